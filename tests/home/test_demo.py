"""`manage.py load_demo` builds a site worth looking at, and running it twice changes nothing.

The demo is built once per test run (the `demo_site` fixture restores a copy of it): these tests
check that build and what it printed, and run the loader once more over it.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import HomePage, NavigationSettings

pytestmark = pytest.mark.django_db


def _load() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def _counts() -> dict:
    from django.apps import apps

    counted = {"pages": Page.objects.count(), "users": get_user_model().objects.count()}
    for label in ("discussions.Contribution", "practices.GoodPracticePage"):
        try:
            counted[label] = apps.get_model(label).objects.count()
        except LookupError:
            pass
    return counted


def test_demo_creates_home_page_and_accounts_with_printed_passwords(demo_load_output):
    output = demo_load_output
    home = HomePage.objects.get(locale__language_code="en")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert "moderator / " in output and "member / " in output
    users = get_user_model().objects
    assert users.filter(username="moderator").exists() and users.filter(username="member").exists()


def test_demo_links_the_header_to_each_section(client, demo_site):
    nav = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    html = client.get("/en/").content.decode()
    for page in (nav.discussions_page, nav.practices_page, nav.partners_page):
        if page is not None:
            assert f'href="{page.url}"' in html


def test_demo_loader_is_idempotent(demo_site):
    first = _counts()
    _load()
    assert _counts() == first


def test_demo_keeps_what_editors_changed(demo_site):
    home = HomePage.objects.get(locale__language_code="en")
    home.intro = "Edited by an editor"
    home.save_revision().publish()
    _load()
    assert HomePage.objects.get(locale__language_code="en").intro == "Edited by an editor"
