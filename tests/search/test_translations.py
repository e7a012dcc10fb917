"""A record translated into several languages is one result: the visitor's language first.

The search scenarios run on both engines: the database engine, and the Elasticsearch engine
against a live server (ELASTICSEARCH_URL, else osmem-server, as in test_elasticsearch_live).
"""

import uuid

import pytest
from django.template import Context, Template
from django.utils import translation

from search.models import SearchEntry
from tests.search.conftest import engine_search as search

pytestmark = pytest.mark.django_db

FRENCH_SCHOOL_FEEDING = {
    "kind": "practice",
    "title": "Alimentation scolaire avec les agriculteurs familiaux",
    "language": "fr",
    "body": "Les écoles achètent des produits frais aux petits exploitants locaux : les enfants "
    "reçoivent un repas nutritif chaque jour et les agriculteurs gagnent un marché stable.",
    "countries": ["BR", "GH"],
    "regions": ["419", "019", "011", "202", "002"],
    "sdgs": [2, 4],
    "themes": ["Food security", "Education"],
    "modality": "triangular",
    "source_id": "UNDESA-0001",
    "url": "/fr/practices/school-feeding/",
}


@pytest.fixture
def translated(corpus):
    """The English school-feeding practice and a French translation sharing its key."""
    from search.indexing import store_entries

    key = str(uuid.uuid4())
    english = corpus["school-feeding"]
    SearchEntry.objects.filter(pk=english.pk).update(translation_key=key)
    store_entries(
        [
            {
                **FRENCH_SCHOOL_FEEDING,
                "content_type_id": english.content_type_id,
                "object_id": 1000,
                "translation_key": key,
            }
        ]
    )
    french = SearchEntry.objects.get(object_id=1000)
    return english, french


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def on_engine(request, translated):
    """The translated record, searched with each engine in turn (like `engine_corpus`, but
    the live index is filled after the translation is stored)."""
    if request.param == "elasticsearch":
        request.getfixturevalue("live_index")
    return translated


def _ids(response) -> list[int]:
    return [hit.entry.pk for hit in response.hits]


def test_a_translated_record_is_listed_once_in_the_visitors_language(on_engine):
    english, french = on_engine
    with translation.override("fr"):
        in_french = search("school feeding family farmers")
    with translation.override("en"):
        in_english = search("school feeding family farmers")
    assert french.pk in _ids(in_french) and english.pk not in _ids(in_french)
    assert english.pk in _ids(in_english) and french.pk not in _ids(in_english)
    assert in_french.total == in_english.total


def test_without_the_visitors_language_the_best_matching_translation_is_shown(on_engine):
    english, french = on_engine
    with translation.override("es"):  # neither row is in Spanish
        by_french_words = search("alimentation scolaire agriculteurs familiaux")
        by_english_words = search("home-grown school feeding family farmers")
    assert french.pk in _ids(by_french_words) and english.pk not in _ids(by_french_words)
    assert english.pk in _ids(by_english_words) and french.pk not in _ids(by_english_words)


def test_facet_counts_count_a_translated_record_once(on_engine):
    with translation.override("en"):
        response = search("", type="practice")
    type_counts = {value.value: value.count for value in response.facets["type"]}
    assert type_counts["practice"] == response.total
    sdg_counts = {v.value: v.count for v in response.facets["sdg"]}
    assert sdg_counts["2"] == len(search("", type="practice", sdg="2").hits)


def test_a_language_filter_shows_the_translation_in_that_language(on_engine):
    english, french = on_engine
    with translation.override("en"):
        response = search("school feeding", language="fr")
    assert french.pk in _ids(response)
    assert english.pk not in _ids(response)


def test_every_way_of_listing_shows_the_visitors_translation_once(on_engine):
    english, french = on_engine
    with translation.override("fr"):
        listings = [
            search("school feeding family farmers", sort="newest"),
            search("", type="practice"),
            search("", sdg="2"),
            search("farmers", sdg="2"),
        ]
    for response in listings:
        assert french.pk in _ids(response) and english.pk not in _ids(response)
        assert response.total == len(response.hits)


def test_a_filter_only_the_translation_passes_still_finds_the_record(on_engine):
    english, french = on_engine
    # The English row matches "smallholder"; only the French row is in French.
    with translation.override("en"):
        response = search("smallholder", language="fr")
    # Other records may match by meaning (the query is embedded with its thesaurus concept,
    # "family farming"); this one is listed once, in French.
    assert french.pk in _ids(response) and english.pk not in _ids(response)
    counts = {v.value: v.count for v in response.facets["language"]}
    assert counts["en"] >= 1 and counts["fr"] >= 1


def test_total_and_counts_without_a_query_count_records(on_engine):
    with translation.override("en"):
        response = search("")
    records = SearchEntry.objects.count() - 1
    assert response.total == records
    assert sum(v.count for v in response.facets["type"]) == records
    # School feeding, the only record with SDG 2, has two rows: one record.
    assert {v.value: v.count for v in response.facets["sdg"]}["2"] == 1


def test_nearest_matches_list_a_record_once(on_engine):
    english, french = on_engine
    with translation.override("fr"):
        response = search("xyzzy blorf")
    assert response.total == 0
    nearest = [hit.entry.pk for hit in response.nearest]
    assert len(nearest) == 5
    assert not {english.pk, french.pk} <= set(nearest)


def test_similar_items_leave_out_the_records_own_translations(translated):
    english, french = translated
    page = type("Page", (), {"pk": french.object_id, "content_type_id": french.content_type_id})
    html = Template(
        "{% load search_tags %}{% similar_items page 'practice' 20 as items %}"
        "{% for item in items %}[{{ item.pk }}]{% endfor %}"
    ).render(Context({"page": page}))
    assert f"[{english.pk}]" not in html
    assert f"[{french.pk}]" not in html
    assert html.count("[") == SearchEntry.objects.filter(kind="practice").count() - 2


def test_a_page_entry_carries_the_pages_translation_key(site):
    from search import documents
    from tests.factories.practices import PartnerIndexPageFactory, PartnerPageFactory

    index = PartnerIndexPageFactory(parent=site.root_page)
    partner = PartnerPageFactory(parent=index, title="Andean Water Institute")
    entry = documents.build_entry(partner)
    assert entry["translation_key"] == str(partner.translation_key)


def test_a_page_translations_entry_says_what_it_was_translated_from_and_by_whom(site):
    from wagtail_localize.models import StringTranslation

    from home.translations import translate
    from search import documents
    from tests.factories.practices import PartnerIndexPageFactory, PartnerPageFactory

    index = PartnerIndexPageFactory(parent=site.root_page)
    partner = PartnerPageFactory(parent=index, title="Dakar Lab")
    french = translate(partner, "fr", {"Dakar Lab": "Laboratoire de Dakar"})
    source = documents.build_entry(partner)
    assert (source["translated_from"], source["machine_translated"]) == ("", False)
    entry = documents.build_entry(french)
    assert (entry["translated_from"], entry["machine_translated"]) == ("en", False)
    StringTranslation.objects.filter(locale__language_code="fr").update(translation_type="machine")
    assert documents.build_entry(french)["machine_translated"] is True
