"""Elasticsearch: request bodies built with elasticsearch.dsl (always), a live cluster (if set)."""

import os

import numpy as np
import pytest

from search.engines.elasticsearch import (
    LANGUAGE_ANALYZERS,
    build_search,
    build_suggest,
    document_for,
    mapping_body,
)
from search.query import SearchParams
from tests.search.conftest import keys, search

VECTOR = np.full(384, 0.05, dtype=np.float32)


def test_mapping_has_language_analysers_keyword_facets_vector_and_completion():
    properties = mapping_body()["mappings"]["properties"]
    body_fields = properties["body"]["fields"]
    assert {code: f["analyzer"] for code, f in body_fields.items()} == LANGUAGE_ANALYZERS
    assert properties["title"]["fields"]["fr"] == {"type": "text", "analyzer": "french"}
    for facet in ("type", "region", "country", "sdg", "theme", "modality", "language", "partner"):
        assert properties[facet] == {"type": "keyword"}
    assert properties["embedding"] == {
        "type": "dense_vector",
        "dims": 384,
        "index": True,
        "similarity": "cosine",
    }
    assert properties["suggest_title"]["type"] == "completion"
    assert properties["title_exact"]["normalizer"] == "folded"


def test_query_combines_bm25_over_every_language_with_knn():
    body = build_search(SearchParams(text="eau potable"), VECTOR).to_dict()
    should = body["query"]["bool"]["should"]
    fields = should[0]["multi_match"]["fields"]
    assert {"body.fr", "body.no", "title.pt^3", "title^3"} <= set(fields)
    assert should[1] == {"term": {"title_exact": {"value": "eau potable", "boost": 100}}}
    assert body["knn"]["field"] == "embedding"
    assert body["knn"]["k"] == 100
    assert len(body["knn"]["query_vector"]) == 384
    assert body["highlight"]["pre_tags"] == ["<mark>"]
    assert body["track_total_hits"] is True


def test_filters_are_a_post_filter_and_each_facet_ignores_its_own_filter():
    params = SearchParams(text="water", filters={"sdg": ["6"], "region": ["002", "019"]}, page=3)
    body = build_search(params, VECTOR).to_dict()
    assert body["post_filter"] == {
        "bool": {"filter": [{"terms": {"sdg": ["6"]}}, {"terms": {"region": ["002", "019"]}}]}
    }
    aggs = body["aggs"]
    assert aggs["facet_sdg"]["filter"] == {
        "bool": {"filter": [{"terms": {"region": ["002", "019"]}}]}
    }
    assert aggs["facet_region"]["filter"] == {"bool": {"filter": [{"terms": {"sdg": ["6"]}}]}}
    assert aggs["facet_theme"]["aggs"]["values"]["terms"] == {"field": "theme", "size": 200}
    assert (body["from"], body["size"]) == (40, 20)


def test_browsing_without_a_query_sorts_newest_first_without_knn():
    body = build_search(SearchParams(), None).to_dict()
    assert "knn" not in body and "query" not in body
    assert body["sort"][0] == {"published_at": {"order": "desc", "missing": "_last"}}


def test_suggest_asks_titles_and_themes_completions():
    body = build_suggest("mang", 8).to_dict()
    assert body["suggest"]["suggest_title"] == {
        "prefix": "mang",
        "completion": {"field": "suggest_title", "skip_duplicates": True, "size": 8},
    }
    assert "suggest_theme" in body["suggest"]


@pytest.mark.django_db
def test_documents_carry_facets_and_the_embedding(corpus):
    document = document_for(corpus["school-feeding"]).to_dict()
    assert document["sdg"] == ["2", "4"]
    assert document["type"] == "practice"
    assert document["title_exact"] == "home grown school feeding with family farmers"
    assert len(document["embedding"]) == 384
    assert document["suggest_theme"] == {"input": ["Food security", "Education"]}


@pytest.mark.django_db
def test_unreachable_elasticsearch_falls_back_to_the_database_with_a_notice(
    corpus, settings, client, caplog
):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    response = search("school feeding")
    assert keys(response, corpus)[0] == "school-feeding"
    assert "may be incomplete" in response.notice
    assert "Elasticsearch unavailable" in caplog.text
    html = client.get("/en/search/", {"q": "school feeding"}).content.decode()
    assert "results may be incomplete" in html


# -- Against a real cluster ------------------------------------------------------------------

live = pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="ELASTICSEARCH_URL unset")


@pytest.fixture
def es_corpus(corpus, settings):
    from search.engines.elasticsearch import get_engine, index_name

    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.ELASTICSEARCH_INDEX_PREFIX = "minga-test"
    engine = get_engine()
    engine.client.indices.delete(index=index_name(), ignore_unavailable=True)
    engine.reindex_all()
    engine.client.indices.refresh(index=index_name())
    yield corpus
    engine.client.indices.delete(index=index_name(), ignore_unavailable=True)


@live
@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_cluster_finds_same_and_cross_language_records(es_corpus):
    assert keys(search("mangrove restoration"), es_corpus)[0] == "mangroves"
    assert "school-feeding" in keys(search("repas scolaires et agriculteurs locaux"), es_corpus)[:2]
    assert keys(search("Norec"), es_corpus)[0] == "norec"


@live
@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_cluster_facets_and_suggestions_match_the_database_engine(es_corpus):
    from search import engines

    response = search("", type="practice", region="419")
    assert response.total == 4
    assert {v.value: v.count for v in response.facets["type"]} == {"practice": 4, "partner": 1}
    assert {"label": "Norec", "type": "partner"} in engines.suggest("nor")
