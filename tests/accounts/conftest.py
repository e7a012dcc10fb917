import re

import pytest

SIGNUP_URL = "/en/accounts/signup/"
LOGIN_URL = "/en/accounts/login/"
PASSWORD = "quiet-river-stones-42"


@pytest.fixture(autouse=True)
def _site_and_fresh_rate_limits(site):
    """Pages render inside the site's layout; allauth's rate limits (in the cache) start over."""
    from django.core.cache import cache

    cache.clear()
    return site


@pytest.fixture
def signup_data() -> dict:
    return {
        "email": "ana.souza@example.org",
        "username": "ana",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "full_name": "Ana Souza",
        "organisation": "Instituto de Estudos do Sul",
        "partner": "",
        "country": "BR",
        "role": "Research fellow",
        "preferred_language": "pt",
        "bio": "Works on South-South cooperation in health.",
    }


def link_in(message, path_fragment: str) -> str:
    """The first link in an e-mail whose path contains the fragment, as a path."""
    body = message.body if hasattr(message, "body") else message.get_content()
    match = re.search(rf"https?://[^/\s]+(/\S*{re.escape(path_fragment)}\S*)", body)
    assert match, f"no link with {path_fragment!r} in:\n{body}"
    return match.group(1)


def mail_subject(message) -> str:
    return getattr(message, "subject", None) or str(message["Subject"])


def mail_recipients(message) -> list[str]:
    return list(getattr(message, "to", None) or [str(message["To"])])


def tag_with_id(html: str, element_id: str) -> str:
    """The opening tag of the element with that id."""
    match = re.search(rf'<[a-z]+\b[^>]*\bid="{re.escape(element_id)}"[^>]*>', html)
    assert match, f"no element with id {element_id!r}"
    return match.group(0)
