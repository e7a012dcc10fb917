"""A record translated into several languages is one result: the visitor's language first."""

import uuid

import pytest
from django.template import Context, Template
from django.utils import translation

from search.models import SearchEntry
from tests.search.conftest import search

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


def _ids(response) -> list[int]:
    return [hit.entry.pk for hit in response.hits]


def test_a_translated_record_is_listed_once_in_the_visitors_language(translated):
    english, french = translated
    with translation.override("fr"):
        in_french = search("school feeding family farmers")
    with translation.override("en"):
        in_english = search("school feeding family farmers")
    assert french.pk in _ids(in_french) and english.pk not in _ids(in_french)
    assert english.pk in _ids(in_english) and french.pk not in _ids(in_english)
    assert in_french.total == in_english.total


def test_facet_counts_count_a_translated_record_once(translated):
    with translation.override("en"):
        response = search("", type="practice")
    type_counts = {value.value: value.count for value in response.facets["type"]}
    assert type_counts["practice"] == response.total
    assert {v.value: v.count for v in response.facets["sdg"]}["2"] == len(
        [hit for hit in search("", type="practice", sdg="2").hits]
    )


def test_a_language_filter_shows_the_translation_in_that_language(translated):
    english, french = translated
    with translation.override("en"):
        response = search("school feeding", language="fr")
    assert french.pk in _ids(response)
    assert english.pk not in _ids(response)


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
