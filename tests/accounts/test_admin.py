"""Staff find member profiles in the Wagtail admin; profiles come and go with their user."""

import pytest

from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

INDEX_URL = "/admin/member_profiles/"


@pytest.fixture
def staff(client):
    user = UserFactory(username="admin", is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def test_staff_see_and_search_member_profiles(client, staff, django_assert_max_num_queries):
    for number in range(5):
        UserFactory(profile__full_name=f"Member {number}", profile__organisation="Lab")
    UserFactory(profile__full_name="Zainab Odera", profile__organisation="Nairobi Hub")

    with django_assert_max_num_queries(40):
        response = client.get(INDEX_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Zainab Odera" in html and "Member 4" in html

    found = client.get(INDEX_URL, {"q": "Nairobi"}).content.decode()
    assert "Zainab Odera" in found
    assert "Member 4" not in found


def test_staff_can_inspect_and_correct_a_profile(client, staff):
    member = UserFactory(profile__full_name="Typo Nmae", profile__country="KE")
    profile = member.profile

    assert "Typo Nmae" in client.get(f"{INDEX_URL}inspect/{profile.pk}/").content.decode()
    response = client.post(
        f"{INDEX_URL}edit/{profile.pk}/",
        {"full_name": "Typo Name", "country": "KE", "preferred_language": "en"},
    )

    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.full_name == "Typo Name"


def test_profiles_cannot_be_added_or_deleted_on_their_own(client, staff):
    profile = UserFactory().profile

    # Wagtail answers a forbidden action with a redirect to the dashboard and a message.
    assert client.get(f"{INDEX_URL}new/").url == "/admin/"
    assert client.post(f"{INDEX_URL}delete/{profile.pk}/").url == "/admin/"
    assert f"{INDEX_URL}new/" not in client.get(INDEX_URL).content.decode()
    assert profile.__class__.objects.filter(pk=profile.pk).exists()


def test_non_staff_members_cannot_see_profiles(client):
    client.force_login(UserFactory())

    response = client.get(INDEX_URL)

    assert response.status_code == 302
