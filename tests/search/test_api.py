"""The JSON API contract, and 400s with a message for every kind of bad parameter."""

import pytest

pytestmark = pytest.mark.django_db


def test_search_api_returns_the_documented_shape(client, corpus):
    response = client.get("/api/search/", {"q": "school feeding", "type": "practice"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"query", "total", "page", "results", "facets"}
    assert data["query"] == "school feeding"
    assert data["page"] == 1
    first = data["results"][0]
    assert set(first) == {
        "type",
        "id",
        "title",
        "url",
        "language",
        "score",
        "snippet",
        "source_id",
        "translated_from",
        "machine_translated",
        "years",
        "date",
    }
    # A practice's years, not the day it was imported; an original, not a translation.
    assert (first["years"], first["date"]) == ([2015, 2018], None)
    assert (first["translated_from"], first["machine_translated"]) == (None, False)
    assert first["title"] == "Home-grown school feeding with family farmers"
    assert first["source_id"] == "UNDESA-0001"
    assert first["type"] == "practice"
    assert "<mark>" in first["snippet"]
    assert set(data["facets"]) >= {
        "type",
        "region",
        "country",
        "sdg",
        "theme",
        "modality",
        "language",
    }
    assert set(data["facets"]["sdg"][0]) == {"value", "label", "count"}


def test_partner_results_have_no_source_id(client, corpus):
    data = client.get("/api/search/", {"q": "Norec", "type": "partner"}).json()
    assert data["results"][0]["source_id"] is None


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"sdg": "18"}, "Unknown value"),
        ({"type": "recipe"}, "Unknown value"),
        ({"country": "XX"}, "Unknown value"),
        ({"theme": "No such theme"}, "Unknown value"),
        ({"language": "english"}, "Unknown value"),
        ({"page": "0"}, "page"),
        ({"page": "two"}, "page"),
        ({"q": "x" * 10_000}, "too long"),
        ({"sort": "random"}, "sort"),
        ({"colour": "red"}, "Unknown parameter"),
    ],
)
def test_bad_parameters_get_a_400_with_a_message(client, corpus, params, message):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_pages_beyond_the_results_are_empty_not_errors(client, corpus):
    data = client.get("/api/search/", {"page": "40"}).json()
    assert data["results"] == []
    assert data["total"] == 13


def test_suggest_offers_practice_titles_partner_names_and_themes(client, corpus):
    data = client.get("/api/search/suggest/", {"q": "mang"}).json()
    assert {"label": "Community mangrove restoration", "type": "practice"} in data["suggestions"]
    data = client.get("/api/search/suggest/", {"q": "nor"}).json()
    assert data["suggestions"][0] == {"label": "Norec", "type": "partner"}
    data = client.get("/api/search/suggest/", {"q": "food sec"}).json()
    assert {"label": "Food security", "type": "theme"} in data["suggestions"]
    assert client.get("/api/search/suggest/", {"q": ""}).json()["suggestions"] == []
    assert client.get("/api/search/suggest/", {"q": "x" * 600}).status_code == 400


def test_search_api_query_count_is_bounded(client, corpus, django_assert_max_num_queries):
    client.get("/api/search/", {"q": "water"})
    with django_assert_max_num_queries(6):
        client.get("/api/search/", {"q": "climate", "sdg": "13"})
