"""allauth's pages render inside Minga's layout, with one h1 and labelled fields."""

import re

import pytest
from allauth.account.models import EmailAddress

from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

ANONYMOUS_PAGES = [
    "/en/accounts/login/",
    "/en/accounts/signup/",
    "/en/accounts/password/reset/",
    "/en/accounts/password/reset/done/",
    "/en/accounts/confirm-email/",
    "/en/accounts/confirm-email/not-a-real-key/",
    "/fr/accounts/login/",
]
MEMBER_PAGES = [
    "/en/accounts/email/",
    "/en/accounts/password/change/",
    "/en/accounts/logout/",
    "/en/accounts/profile/",
    "/en/accounts/profile/edit/",
]


def assert_in_site_layout(html: str) -> None:
    assert 'class="skip-link"' in html
    assert 'class="site-header"' in html
    assert html.count("<h1") == 1
    for field_id in re.findall(r'<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"', html):
        assert f'for="{field_id}"' in html, f"no label for {field_id}"


@pytest.mark.parametrize("url", ANONYMOUS_PAGES)
def test_account_page_renders_in_the_site_layout(client, url):
    response = client.get(url)

    assert response.status_code == 200
    assert_in_site_layout(response.content.decode())


@pytest.mark.parametrize("url", MEMBER_PAGES)
def test_member_account_page_renders_in_the_site_layout(client, url):
    user = UserFactory()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client.force_login(user)

    response = client.get(url)

    assert response.status_code == 200
    assert_in_site_layout(response.content.decode())


def test_page_language_follows_the_url(client):
    html = client.get("/fr/accounts/login/").content.decode()

    assert '<html lang="fr" dir="ltr">' in html
