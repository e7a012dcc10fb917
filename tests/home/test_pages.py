"""Page types, routing and the base layout."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


class TestPageTypes(WagtailPageTestCase):
    def test_home_page_can_only_be_created_at_the_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_standard_pages_nest_under_home(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)


def test_root_redirects_to_a_language_prefix(client, site):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.parametrize(
    "language,direction",
    [("en", "ltr"), ("fr", "ltr"), ("es", "ltr"), ("pt", "ltr"), ("ar", "rtl")],
)
def test_home_page_renders_in_every_language(client, site, language, direction):
    response = client.get(f"/{language}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert 'href="#main"' in html and '<main id="main"' in html
    assert "<header" in html and "<footer" in html and 'class="language-switcher"' in html


def test_home_page_is_translated_into_french(client, site):
    html = client.get("/fr/").content.decode()
    assert "Aller au contenu principal" in html


def test_unknown_address_gets_a_friendly_404(client, site):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_health_check_reports_ok(client, db):
    assert client.get("/healthz/").json() == {"status": "ok"}


def test_links_keep_the_visitors_language_while_pages_are_untranslated(client, site):
    from home.models import StandardPage

    home = site.root_page.specific
    home.add_child(instance=StandardPage(title="About", slug="about"))
    html = client.get("/fr/").content.decode()
    response = client.get("/fr/about/")
    assert response.status_code == 200
    assert '<html lang="fr" dir="ltr">' in response.content.decode()
    assert 'href="/fr/"' in html


def test_translated_pages_link_to_their_own_locale(client, site):
    from wagtail.models import Locale

    home = site.root_page.specific
    french_home = home.copy_for_translation(Locale.objects.get(language_code="fr"))
    french_home.save_revision().publish()
    from django.utils import translation

    with translation.override("fr"):
        assert french_home.url == "/fr/"
    with translation.override("es"):
        assert home.url == "/es/"


@pytest.mark.django_db(transaction=True)
def test_home_page_leads_to_current_discussions_and_recent_practices(client, demo_site):
    html = client.get("/en/").content.decode()
    assert "Join an e-discussion" in html
    assert "Learning by working together" in html  # the open demo discussion
    assert "Recently added good practices" in html
    assert html.count('class="card practice-card"') == 3


def test_comment_api_revealing_email_hashes_is_not_routed(client, site):
    assert client.get("/en/comments/api/feedback/").status_code == 404
