"""Logging in brings the member back where they were, or home in their own language."""

import pytest
from allauth.account.models import EmailAddress

from tests.accounts.conftest import LOGIN_URL, PASSWORD
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member():
    user = UserFactory(username="kofi", password=PASSWORD, profile__full_name="Kofi Mensah")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_login_returns_to_next(client, member):
    response = client.post(
        f"{LOGIN_URL}?next=/en/about/",
        {"login": "kofi", "password": PASSWORD, "next": "/en/about/"},
    )

    assert response.status_code == 302
    assert response.url == "/en/about/"


def test_next_wins_over_the_preferred_language(client, member):
    member.profile.preferred_language = "fr"
    member.profile.save()

    response = client.post(LOGIN_URL, {"login": "kofi", "password": PASSWORD, "next": "/es/"})

    assert response.url == "/es/"


def test_login_without_next_opens_the_site_in_the_preferred_language(client, member):
    member.profile.preferred_language = "fr"
    member.profile.save()

    response = client.post(LOGIN_URL, {"login": member.email, "password": PASSWORD})

    assert response.status_code == 302
    assert response.url == "/fr/"
    assert response.cookies["django_language"].value == "fr"


def test_login_ignores_a_next_pointing_to_another_site(client, member):
    response = client.post(
        LOGIN_URL, {"login": "kofi", "password": PASSWORD, "next": "https://evil.example/"}
    )

    assert response.status_code == 302
    assert response.url == "/en/"


def test_login_page_keeps_next_in_the_form_and_the_sign_up_link(client):
    html = client.get(f"{LOGIN_URL}?next=/en/about/").content.decode()

    assert 'name="next" value="/en/about/"' in html
    assert "/en/accounts/signup/?next=%2Fen%2Fabout%2F" in html


def test_wrong_password_shows_a_form_error(client, member):
    response = client.post(LOGIN_URL, {"login": "kofi", "password": "not-the-password"})

    assert response.status_code == 200
    assert "not correct" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_member_sees_their_name_in_the_header_after_login(client, member):
    client.post(LOGIN_URL, {"login": "kofi", "password": PASSWORD})

    response = client.get("/en/accounts/profile/")

    assert "Kofi Mensah" in response.content.decode()
