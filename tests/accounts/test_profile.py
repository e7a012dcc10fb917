"""The member reads and edits their own profile."""

import pytest

from tests.accounts.conftest import tag_with_id
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

EDIT_URL = "/en/accounts/profile/edit/"


@pytest.fixture
def member(client):
    user = UserFactory(profile__full_name="Mei Chen", profile__country="CN")
    client.force_login(user)
    return user


def profile_data(**changes) -> dict:
    data = {
        "full_name": "Mei Chen",
        "organisation": "Asia Cooperation Lab",
        "partner": "",
        "country": "VN",
        "role": "Director",
        "preferred_language": "fr",
        "bio": "Rice value chains.",
    }
    return {**data, **changes}


def test_anonymous_visitor_is_sent_to_login_and_back(client):
    response = client.get(EDIT_URL)

    assert response.status_code == 302
    assert response.url == "/en/accounts/login/?next=/en/accounts/profile/edit/"


def test_profile_page_shows_the_profile_and_links_to_editing(client, member):
    html = client.get("/en/accounts/profile/").content.decode()

    assert "Mei Chen" in html
    assert "China" in html
    assert f'href="{EDIT_URL}"' in html


def test_profile_edit_saves_every_field(client, member):
    response = client.post(EDIT_URL, profile_data())

    assert response.status_code == 302
    assert response.url == "/en/accounts/profile/"
    profile = member.profile.__class__.objects.get(user=member)
    assert (profile.organisation, profile.country, profile.role) == (
        "Asia Cooperation Lab",
        "VN",
        "Director",
    )
    assert (profile.preferred_language, profile.bio) == ("fr", "Rice value chains.")
    assert "Your profile has been saved." in client.get(response.url).content.decode()


def test_profile_edit_keeps_what_was_typed_when_something_is_wrong(client, member):
    response = client.post(EDIT_URL, profile_data(country="ZZ", full_name=""))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Asia Cooperation Lab" in html
    assert 'aria-invalid="true"' in tag_with_id(html, "id_country")
    assert "id_full_name_error" in tag_with_id(html, "id_full_name")
    member.profile.refresh_from_db()
    assert member.profile.country == "CN"


def test_profile_edit_rejects_an_overlong_bio(client, member):
    response = client.post(EDIT_URL, profile_data(bio="x" * 601))

    assert response.status_code == 200
    assert 'id="id_bio_error"' in response.content.decode()


def test_profile_edit_page_runs_a_bounded_number_of_queries(
    client, member, django_assert_max_num_queries
):
    with django_assert_max_num_queries(25):
        response = client.get(EDIT_URL)
    assert response.status_code == 200
