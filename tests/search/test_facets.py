"""Facet counts follow the query and every other active filter, never their own (both engines)."""

import pytest

from tests.search.conftest import engine_search as search

pytestmark = pytest.mark.django_db


def counts(response, facet: str) -> dict[str, int]:
    return {value.value: value.count for value in response.facets[facet]}


def test_counts_without_query_cover_the_whole_corpus(engine_corpus):
    response = search()
    assert counts(response, "type") == {
        "practice": 8,
        "partner": 3,
        "discussion": 1,
        "contribution": 1,
    }
    assert counts(response, "sdg")["13"] == 3
    assert counts(response, "language")["es"] == 2


def test_counts_respect_the_other_filters(engine_corpus):
    response = search("", type="practice", region="419")
    assert response.total == 4
    assert counts(response, "sdg") == {"1": 1, "2": 1, "3": 1, "4": 1, "6": 1, "10": 1, "13": 1}
    # A facet's own filter does not narrow its counts: other types stay visible with theirs.
    assert counts(response, "type") == {"practice": 4, "partner": 1}


def test_selected_value_with_no_results_is_still_listed(engine_corpus):
    response = search("", type="discussion", country="BR")
    assert response.total == 0
    selected = [v for v in response.facets["country"] if v.selected]
    assert [(v.value, v.count) for v in selected] == [("BR", 0)]
    assert ("type", "discussion") in [(f, v) for f, v, _label, _count in response.blocking_filters]


def test_zero_results_name_the_filter_to_remove(engine_corpus):
    response = search("mangrove", sdg="3")
    assert response.total == 0
    assert [(facet, value) for facet, value, _label, _count in response.blocking_filters] == [
        ("sdg", "3")
    ]


def test_facet_labels_are_human_readable(corpus):
    response = search()
    labels = {v.value: v.label for v in response.facets["sdg"]}
    assert labels["13"] == "13. Climate action"
    assert {v.value: v.label for v in response.facets["region"]}["419"] == (
        "Latin America and the Caribbean"
    )
    assert {v.value: v.label for v in response.facets["country"]}["BR"] == "Brazil"
