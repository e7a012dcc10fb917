"""Hybrid retrieval on the multilingual corpus: same language, across languages, exact titles."""

import pytest

from tests.search.conftest import keys, search

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("school feeding", "school-feeding"),
        ("mini-réseaux solaires", "solar-mini-grids"),
        ("agua de lluvia", "water-harvesting"),
        ("saúde da família", "family-health"),
        ("utveksling av fagfolk", "volunteer-exchange"),
        ("mangrove restoration", "mangroves"),
    ],
)
def test_same_language_query_ranks_the_matching_record_first(corpus, query, expected):
    assert keys(search(query), corpus)[0] == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("repas scolaires et agriculteurs locaux", "school-feeding"),
        ("solar electricity for remote villages", "solar-mini-grids"),
        ("rainwater harvesting", "water-harvesting"),
        ("dinero móvil inclusión financiera", "mobile-money"),
        ("transferts monétaires pour les familles pauvres", "cash-transfers"),
        ("replantio de mangue para proteger a costa", "mangroves"),
        ("restauration des mangroves", "mangroves"),
        ("skolemat fra lokale bønder", "school-feeding"),
        ("solcellestrøm til landsbyer", "solar-mini-grids"),
    ],
)
def test_query_in_another_language_finds_the_record(corpus, query, expected):
    assert expected in keys(search(query), corpus)[:2]


def test_exact_title_is_the_first_result(corpus):
    response = search("Norec")
    assert keys(response, corpus)[0] == "norec"
    response = search("community MANGROVE restoration")
    assert keys(response, corpus)[0] == "mangroves"


def test_filtered_query_keeps_only_records_with_that_value(corpus):
    response = search("climate", sdg="14")
    assert keys(response, corpus) == ["mangroves"]
    response = search("", type="partner", country="BR")
    assert keys(response, corpus) == ["fiocruz"]


def test_nonsense_query_finds_nothing_but_offers_nearest_matches(corpus):
    response = search("xyzzy blorf")
    assert response.total == 0
    assert len(response.nearest) == 5


def test_newest_sort_orders_by_publication_date(corpus):
    response = search("", type="practice")
    dates = [hit.entry.published_at for hit in response.hits]
    assert dates == sorted(dates, reverse=True)


def test_snippet_marks_the_query_terms(corpus):
    hit = search("smallholder farmers").hits[0]
    assert "<mark>smallholder</mark>" in hit.snippet
    assert "<mark>farmers</mark>" in hit.snippet
