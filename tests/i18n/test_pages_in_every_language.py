"""Every page answers under every language prefix, in the visitor's version, with a switcher
that leads to the same page in each language."""

import re

import pytest

from home.i18n import native_url
from tests.i18n.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

PAGES = [
    "home",
    "about",
    "discussions",
    "discussion",
    "practices",
    "practice",
    "partners",
    "partner",
]


def switcher_links(html: str) -> dict[str, str]:
    nav = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    found = re.findall(r'<a href="([^"]*)" lang="([a-z]+)"', nav)
    return {code: url for url, code in found}


def path_of(page, language: str) -> str:
    """The page's path under a language prefix."""
    from home.i18n import native_url, swap_language_prefix

    return swap_language_prefix(native_url(page), language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_answers_under_every_prefix_after_one_page_is_translated(
    client, tree, french_discussion, language
):
    for name in PAGES:
        path = path_of(tree[name], language)
        response = client.get(path)
        assert response.status_code == 200, (name, path)
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        links = switcher_links(html)
        assert set(links) == set(LANGUAGES)
        for code, url in links.items():
            assert url.startswith(f"/{code}/"), (name, code, url)
            followed = client.get(url)
            assert followed.status_code == 200, (name, code, url)
            assert followed.context["page"].translation_key == tree[name].translation_key


def test_the_translated_discussion_is_served_in_french_under_fr(client, tree, french_discussion):
    html = client.get(path_of(tree["discussion"], "fr")).content.decode()
    assert "Cercles d’apprentissage mutuel" in html
    assert "Qu&#x27;est-ce qui marche ?" in html or "Qu'est-ce qui marche ?" in html
    assert "not yet available" not in html and "pas encore disponible" not in html


def test_the_english_link_on_a_fallback_page_leads_back_to_english(client, tree):
    html = client.get("/es/good-practices/").content.decode()
    assert switcher_links(html)["en"] == "/en/good-practices/"


def test_the_switcher_on_a_translated_page_leads_to_each_version(client, tree, french_discussion):
    links = switcher_links(client.get("/en/discussions/peers/").content.decode())
    assert links["en"] == "/en/discussions/peers/"
    assert links["fr"] == native_url(french_discussion)
    assert links["ar"] == "/ar/discussions/peers/"
    arabic = client.get(links["ar"])
    assert arabic.context["page"].pk == tree["discussion"].pk


def test_an_untranslated_page_shows_the_source_with_a_notice_and_its_language(client, tree):
    response = client.get("/fr/good-practices/seed-banks/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="fr"' in html
    assert re.search(r'<main id="main" tabindex="-1" lang="en">', html)
    assert "Seed banks" in html
    assert 'class="translation-notice' in html and 'lang="fr"' in html


def test_the_notice_names_the_language_the_visitor_chose(client, tree):
    from django.utils import translation

    with translation.override("en"):
        html = client.get("/en/about/").content.decode()
    assert "translation-notice" not in html
    html = client.get("/pt/about/").content.decode()
    assert "Português" in html.split('class="translation-notice', 1)[1].split("</div>", 1)[0]


def test_pages_in_the_visitors_language_carry_no_notice(client, tree, french_discussion):
    html = client.get(native_url(french_discussion)).content.decode()
    assert "translation-notice" not in html
    assert '<main id="main" tabindex="-1">' in html


def test_a_page_under_an_untranslated_parent_answers_after_the_french_home_is_published(
    client, tree, french_discussion
):
    from wagtail.models import Locale

    from home.translations import translate

    translate(tree["home"], "fr", {})
    assert tree["home"].get_translation(Locale.objects.get(language_code="fr")).live
    for path in ["/fr/good-practices/", "/fr/partners/dakar-lab/", "/fr/about/", "/fr/"]:
        assert client.get(path).status_code == 200, path


def test_a_draft_translation_leaves_the_source_in_place(client, tree):
    from home.translations import translate

    french = translate(tree["about"], "fr", {"About Minga": "À propos de Minga"}, publish=False)
    assert not french.live
    html = client.get("/fr/about/").content.decode()
    assert "About Minga" in html and "À propos" not in html


def test_unknown_language_prefixes_are_404_not_500(client, tree):
    for path in ["/de/", "/de/good-practices/", "/xx/about/", "/en-gb/", "/zz/discussions/peers/"]:
        assert client.get(path, follow=True).status_code == 404, path


def test_unknown_pages_under_a_prefix_are_404(client, tree, french_discussion):
    for path in ["/fr/no-such-page/", "/fr/discussions/no-such/", "/ar/good-practices/x/y/"]:
        assert client.get(path).status_code == 404, path
