"""Head links (canonical, hreflang) and listings that show each record once."""

import re

import pytest

from home.i18n import native_url
from tests.factories.discussions import DiscussionPageFactory
from tests.factories.practices import GoodPracticePageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db


def head_links(html: str) -> tuple[str | None, dict[str, str]]:
    head = html.split("</head>", 1)[0]
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', head)
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head))
    return (canonical.group(1) if canonical else None), alternates


def test_a_translated_page_lists_every_translation_and_x_default(client, tree, french_discussion):
    canonical, alternates = head_links(client.get("/en/discussions/peers/").content.decode())
    assert canonical == "http://testserver/en/discussions/peers/"
    assert alternates == {
        "en": "http://testserver/en/discussions/peers/",
        "fr": f"http://testserver{native_url(french_discussion)}",
        "x-default": "http://testserver/en/discussions/peers/",
    }


def test_the_french_version_is_its_own_canonical(client, tree, french_discussion):
    canonical, _alternates = head_links(client.get(native_url(french_discussion)).content.decode())
    assert canonical == f"http://testserver{native_url(french_discussion)}"


def test_a_fallback_page_points_its_canonical_at_the_source(client, tree):
    canonical, alternates = head_links(
        client.get("/ar/good-practices/seed-banks/").content.decode()
    )
    assert canonical == "http://testserver/en/good-practices/seed-banks/"
    assert alternates == {
        "en": "http://testserver/en/good-practices/seed-banks/",
        "x-default": "http://testserver/en/good-practices/seed-banks/",
    }


def test_the_french_home_shows_the_translated_discussion_once_in_french(
    client, tree, french_discussion
):
    from home.translations import translate

    english = client.get("/en/").content.decode()
    translate(tree["home"], "fr", {})
    html = client.get("/fr/").content.decode()
    assert english.count("Peer learning circles") > 0
    assert html.count("Cercles d’apprentissage mutuel") == english.count("Peer learning circles")
    assert "Peer learning circles" not in html


def test_the_discussion_index_lists_each_discussion_once_in_the_visitors_language(
    client, tree, french_discussion
):
    DiscussionPageFactory(parent=tree["discussions"], title="Climate finance", slug="climate")
    french = client.get("/fr/discussions/").content.decode()
    assert (
        french.count("Cercles d’apprentissage mutuel") == 1
        and "Peer learning circles" not in french
    )
    assert french.count("Climate finance") == 1
    english = client.get("/en/discussions/").content.decode()
    assert (
        english.count("Peer learning circles") == 1
        and "Cercles d’apprentissage mutuel" not in english
    )
    spanish = client.get("/es/discussions/").content.decode()
    assert spanish.count("Peer learning circles") == 1 and "Apprendre" not in spanish


def test_the_practice_index_lists_each_practice_once(client, tree):
    from home.translations import translate

    GoodPracticePageFactory(parent=tree["practices"], title="Mobile clinics", slug="clinics")
    translate(tree["practice"], "fr", {"Seed banks": "Banques de semences"})
    french = client.get("/fr/good-practices/").content.decode()
    assert "Banques de semences" in french and "Seed banks" not in french
    assert "Mobile clinics" in french
    assert client.get("/fr/good-practices/").context["result_count"] == 2
    english = client.get("/en/good-practices/").context
    assert english["result_count"] == 2
    assert "Seed banks" in [practice.title for practice in english["practices"]]


def test_the_partner_index_lists_each_partner_once(client, tree):
    from home.translations import translate

    PartnerPageFactory(parent=tree["partners"], title="Nairobi Hub", slug="nairobi")
    translate(tree["partner"], "pt", {"Dakar Lab": "Laboratório de Dacar"})
    portuguese = client.get("/pt/partners/").content.decode()
    assert portuguese.count("Laboratório de Dacar") == 1 and "Dakar Lab" not in portuguese
    assert portuguese.count("Nairobi Hub") == 1


def test_a_theme_filter_keeps_working_and_shows_the_translated_theme_name(client, tree):
    from home.translations import translate
    from practices.models import Theme

    theme = Theme.objects.get(name="Food security")
    translate(theme, "fr", {"Food security": "Sécurité alimentaire"})
    translate(tree["practice"], "fr", {"Seed banks": "Banques de semences"})
    response = client.get(f"/fr/good-practices/?theme={theme.slug}")
    assert response.context["result_count"] == 1
    theme_facet = next(f for f in response.context["facets"] if f.param == "theme")
    assert [(o.label, o.count) for o in theme_facet.options] == [("Sécurité alimentaire", 1)]
    assert "Sécurité alimentaire" in client.get("/fr/good-practices/seed-banks/").content.decode()
    english = client.get(f"/en/good-practices/?theme={theme.slug}")
    assert english.context["result_count"] == 1


def test_the_home_page_shows_the_latest_practices_once_each(client, tree):
    from home.translations import translate

    translate(tree["practice"], "fr", {"Seed banks": "Banques de semences"})
    english = client.get("/en/").content.decode()
    assert "Seed banks" in english and "Banques de semences" not in english
    french = client.get("/fr/").content.decode()
    assert "Banques de semences" in french and "Seed banks" not in french


def test_a_translated_practice_is_a_record_in_its_own_language_with_its_own_identifier(tree):
    from home.translations import translate

    french = translate(tree["practice"], "fr", {"Seed banks": "Banques de semences"})
    tree["practice"].refresh_from_db()
    assert (french.language, tree["practice"].language) == ("fr", "en")
    assert french.source_id and french.source_id != tree["practice"].source_id


def test_a_record_written_in_french_is_shown_in_french_where_no_translation_exists(client, tree):
    from home.translations import translate

    french_index = translate(tree["practices"], "fr", {"Good practices": "Bonnes pratiques"})
    original = GoodPracticePageFactory(
        parent=french_index, title="Cantines scolaires", slug="cantines", language="fr"
    )
    assert original.locale.language_code == "fr"
    translate(original, "en", {"Cantines scolaires": "School canteens"})
    spanish = client.get("/es/good-practices/").content.decode()
    assert "Cantines scolaires" in spanish and "School canteens" not in spanish
    english = client.get("/en/good-practices/").content.decode()
    assert "School canteens" in english and "Cantines scolaires" not in english
    canonical, alternates = head_links(client.get("/es/good-practices/cantines/").content.decode())
    assert canonical == alternates["x-default"] == alternates["fr"]
