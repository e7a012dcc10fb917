"""`manage.py setup_site` starts a real deployment: migrate, setup_site, import, serve."""

import io
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from discussions.models import DiscussionIndexPage
from home.models import HomePage, NavigationSettings
from home.setup import setup_site
from practices.models import GoodPracticePage, PartnerIndexPage, PracticeIndexPage

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PRACTICES_FILE = Path(__file__).parents[1] / "practices" / "files" / "good.jsonl"
LANGUAGES = ["en", "fr", "es", "pt", "ar"]
INDEX_PATHS = ["/good-practices/", "/partners/", "/discussions/"]


def _run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_an_empty_database_serves_an_imported_practice_after_setup_site(client):
    _run("migrate", "--verbosity", "0")
    assert "Site ready" in _run("setup_site")
    _run("import_practices", str(PRACTICES_FILE), "--publish")
    practice = GoodPracticePage.objects.get(source_id="PAN-7")
    assert practice.url.startswith("/en/good-practices/")
    response = client.get(practice.url)
    assert response.status_code == 200
    assert "Mangrove restoration" in response.content.decode()


def test_running_setup_site_twice_creates_nothing_new_and_keeps_an_editors_changes():
    assert setup_site() > 0
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    index.title, index.slug = "Practices", "practices"
    index.save_revision().publish()
    pages = Page.objects.count()
    assert setup_site() == 0
    assert Page.objects.count() == pages and Site.objects.count() == 1
    assert PracticeIndexPage.objects.get(locale__language_code="en").slug == "practices"


def test_setup_site_creates_no_account_no_content_and_links_the_header_to_each_section():
    setup_site()
    assert get_user_model().objects.count() == 0
    assert Page.objects.filter(depth__gt=3).count() == 0  # only the home pages and indexes
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    assert navigation.practices_page.specific_class is PracticeIndexPage
    assert navigation.partners_page.specific_class is PartnerIndexPage
    assert navigation.discussions_page.specific_class is DiscussionIndexPage
    assert navigation.practices_page.locale.language_code == "en"


def test_every_index_page_is_translated_and_answers_under_every_language_prefix(client):
    setup_site()
    for model in (HomePage, PracticeIndexPage, PartnerIndexPage, DiscussionIndexPage):
        languages = model.objects.filter(alias_of__isnull=True, live=True)
        assert sorted(languages.values_list("locale__language_code", flat=True)) == sorted(
            LANGUAGES
        ), model.__name__
    for language in LANGUAGES:
        assert client.get(f"/{language}/").status_code == 200
        for path in INDEX_PATHS:
            assert client.get(f"/{language}{path}").status_code == 200, f"/{language}{path}"


def test_index_pages_have_translated_titles_and_slugs(client):
    setup_site()
    french = PracticeIndexPage.objects.get(locale__language_code="fr")
    assert (french.title, french.slug) == ("Bonnes pratiques", "bonnes-pratiques")
    assert "Bonnes pratiques" in client.get("/fr/bonnes-pratiques/").content.decode()
    assert PartnerIndexPage.objects.get(locale__language_code="es").title == "Socios"
    arabic = DiscussionIndexPage.objects.get(locale__language_code="ar")
    assert arabic.title == "النقاشات الإلكترونية"
    assert arabic.slug == "discussions"  # no ASCII slug for Arabic: the source slug stays


def test_a_production_deployment_starts_from_an_empty_database(tmp_path):
    """The README's "Starting a production site", in fresh processes with production settings."""
    leave_out = {"DATABASE_URL", "CELERY_BROKER_URL", "ELASTICSEARCH_URL", "CACHE_URL"}
    leave_out |= {"MEDIA_STORAGE_URL", "PRIVATE_STORAGE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {key: value for key, value in os.environ.items() if key not in leave_out}
    env.update(
        DJANGO_SETTINGS_MODULE="minga.settings.production",
        DATABASE_URL=f"sqlite:///{tmp_path / 'minga.sqlite3'}",
        SECRET_KEY=secrets.token_urlsafe(64),
        COMMENTS_XTD_SALT=secrets.token_urlsafe(32),
        ALLOWED_HOSTS="minga.example.org",
        WAGTAILADMIN_BASE_URL="https://minga.example.org",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
        PRIVATE_ROOT=str(tmp_path / "private"),
        EMAIL_URL="dummymail://",
    )

    def run(*command: str) -> str:
        done = subprocess.run(
            [sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True,
            timeout=900,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    run("manage.py", "migrate", "--noinput", "--verbosity", "0")
    assert "Site ready" in run("manage.py", "setup_site")
    assert "1 imported" in run("manage.py", "import_practices", str(PRACTICES_FILE), "--publish")
    run("manage.py", "collectstatic", "--noinput", "--verbosity", "0")
    served = run(
        "-c",
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "from practices.models import GoodPracticePage\n"
        "url = GoodPracticePage.objects.get(source_id='PAN-7').url\n"
        "answer = Client().get(url, secure=True, HTTP_HOST='minga.example.org')\n"
        "print(url, answer.status_code, 'Mangrove restoration' in answer.content.decode())",
    )
    assert served.split() == ["/en/good-practices/mangrove-restoration/", "200", "True"]
