"""The login prompt other apps show where a member-only form would be."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

pytestmark = pytest.mark.django_db


def render_prompt(path: str, anchor: str = "") -> str:
    request = RequestFactory().get(path)
    template = Template('{% include "accounts/includes/login_prompt.html" %}')
    return template.render(Context({"request": request, "anchor": anchor}))


def test_prompt_links_to_login_and_sign_up_and_back_to_the_same_place():
    html = render_prompt("/en/discussions/water/?question=2", anchor="contribute")

    next_value = "next=%2Fen%2Fdiscussions%2Fwater%2F%3Fquestion%3D2%23contribute"
    assert f'href="/en/accounts/login/?{next_value}"' in html
    assert f'href="/en/accounts/signup/?{next_value}"' in html
    assert "to contribute." in html


def test_on_an_account_page_the_links_pass_its_next_along():
    html = render_prompt("/en/accounts/login/?next=/en/about/")

    assert 'href="/en/accounts/signup/?next=%2Fen%2Fabout%2F"' in html


def test_after_logging_in_from_the_prompt_the_member_lands_on_the_anchor(client, site):
    from allauth.account.models import EmailAddress

    from tests.factories.accounts import UserFactory

    user = UserFactory(username="ines")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)

    response = client.post(
        "/en/accounts/login/",
        {"login": "ines", "password": "correct-horse-battery", "next": "/en/about/#contribute"},
    )

    assert response.url == "/en/about/#contribute"
