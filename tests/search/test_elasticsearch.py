"""Elasticsearch: request bodies built with elasticsearch.dsl, and the client-side fusion."""

import numpy as np
import pytest
from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig

from search.engines.database import RRF_K, SEMANTIC_FLOOR
from search.engines.elasticsearch import (
    LANGUAGE_ANALYZERS,
    LEXICAL_WINDOW,
    ElasticsearchEngine,
    browse_search,
    build_suggest,
    count_search,
    document_for,
    facet_search,
    first_round,
    fuse,
    mapping_body,
    page_search,
)
from search.query import SearchParams
from tests.search.conftest import keys, search
from tests.search.osmem import osmem_index_body, plain_media_type

VECTOR = np.full(384, 0.05, dtype=np.float32)
FILTERS = {"sdg": ["6"], "region": ["002", "019"]}
ALL_FILTERS = {
    "bool": {"filter": [{"terms": {"sdg": ["6"]}}, {"terms": {"region": ["002", "019"]}}]}
}


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


def test_lexical_request_is_bm25_over_every_language_under_every_filter():
    lexical = first_round(SearchParams(text="eau potable", filters=FILTERS), VECTOR)[0].to_dict()
    query = lexical["query"]["bool"]
    assert query["filter"] == ALL_FILTERS["bool"]["filter"]
    should = query["must"][0]["bool"]["should"]
    assert {"body.fr", "body.no", "title.pt^3", "title^3"} <= set(
        should[0]["multi_match"]["fields"]
    )
    assert should[1] == {
        "term": {"title_exact": {"value": "eau potable", "boost": 100, "_name": "exact_title"}}
    }
    assert "knn" not in lexical and "post_filter" not in lexical and "aggs" not in lexical
    assert (lexical["size"], lexical["_source"], lexical["track_total_hits"]) == (
        LEXICAL_WINDOW,
        False,
        True,
    )


def test_knn_applies_the_filters_before_picking_its_neighbours():
    _lexical, filtered, everything = (
        search.to_dict()
        for search in first_round(SearchParams(text="water", filters=FILTERS), VECTOR)
    )
    assert filtered["knn"]["filter"] == ALL_FILTERS
    assert filtered["knn"]["similarity"] == SEMANTIC_FLOOR
    assert (filtered["knn"]["field"], filtered["knn"]["k"], filtered["size"]) == (
        "embedding",
        100,
        100,
    )
    assert len(filtered["knn"]["query_vector"]) == 384
    assert "query" not in filtered and "post_filter" not in filtered
    # The whole index's neighbourhood: no filter, no floor (it sets the threshold and nearest).
    assert "filter" not in everything["knn"] and "similarity" not in everything["knn"]


def test_without_a_query_vector_only_the_lexical_request_is_sent():
    searches = first_round(SearchParams(text="water"), None)
    assert len(searches) == 1 and "knn" not in searches[0].to_dict()


def test_facets_count_every_match_and_each_ignores_its_own_filter():
    body = facet_search(SearchParams(text="water", filters=FILTERS), [7, 9]).to_dict()
    assert body["size"] == 0
    should = body["query"]["bool"]["should"]
    assert should[1] == {"ids": {"values": ["7", "9"]}}
    assert "exact_title" in str(should[0])
    aggs = body["aggs"]
    assert aggs["facet_sdg"]["filter"] == {
        "bool": {"filter": [{"terms": {"region": ["002", "019"]}}]}
    }
    assert aggs["facet_region"]["filter"] == {"bool": {"filter": [{"terms": {"sdg": ["6"]}}]}}
    assert aggs["facet_theme"]["aggs"]["values"]["terms"] == {"field": "theme", "size": 200}


def test_page_request_fetches_the_fused_page_with_highlights():
    body = page_search(SearchParams(text="water", page=3), [12, 4, 8]).to_dict()
    assert body["query"] == {"bool": {"filter": [{"ids": {"values": ["12", "4", "8"]}}]}}
    assert body["size"] == 3 and "sort" not in body
    assert body["highlight"]["pre_tags"] == ["<mark>"]
    assert body["highlight"]["encoder"] == "html"
    assert body["highlight"]["highlight_query"]["multi_match"]["query"] == "water"
    newest = page_search(SearchParams(text="water", sort="newest", page=2), [1, 2], offset=20)
    newest = newest.to_dict()
    assert newest["sort"] == [{"published_at": {"order": "desc", "missing": "_last"}}]
    assert (newest["from"], newest["size"]) == (20, 20)


def test_browsing_without_a_query_filters_after_counting_and_sorts_newest_first():
    body = browse_search(SearchParams(filters=FILTERS, page=3)).to_dict()
    assert "knn" not in body and "query" not in body
    assert body["post_filter"] == ALL_FILTERS
    assert body["aggs"]["facet_region"]["filter"] == {
        "bool": {"filter": [{"terms": {"sdg": ["6"]}}]}
    }
    assert body["sort"][0] == {"published_at": {"order": "desc", "missing": "_last"}}
    assert (body["from"], body["size"]) == (40, 20)


def test_relaxed_count_uses_the_other_filters_only():
    body = count_search(SearchParams(text="water", filters=FILTERS), {"sdg": ["6"]}, [3]).to_dict()
    assert body["query"]["bool"]["filter"] == [{"terms": {"sdg": ["6"]}}]
    assert (body["size"], body["track_total_hits"]) == (0, True)


def test_suggest_asks_titles_and_themes_completions():
    body = build_suggest("mang", 8).to_dict()
    assert body["suggest"]["suggest_title"] == {
        "prefix": "mang",
        "completion": {"field": "suggest_title", "skip_duplicates": True, "size": 8},
    }
    assert "suggest_theme" in body["suggest"]


# -- Fusion ----------------------------------------------------------------------------------


def lexical(*ids, total=None, exact=()):
    hits = [{"_id": str(i), "_score": 1.0} for i in ids]
    for hit in hits:
        if int(hit["_id"]) in exact:
            hit["matched_queries"] = ["exact_title"]
    return {"hits": {"total": {"value": len(ids) if total is None else total}, "hits": hits}}


def knn(*pairs):
    """A kNN response from (id, cosine) pairs: Elasticsearch scores cosine as (1 + cos) / 2."""
    hits = [{"_id": str(i), "_score": (1 + cosine) / 2} for i, cosine in pairs]
    return {"hits": {"total": {"value": len(hits)}, "hits": hits}}


def test_fusion_adds_reciprocal_ranks_with_the_database_constant():
    fused = fuse(lexical(1, 2, 3), knn((3, 0.9), (4, 0.89)), knn((3, 0.9), (4, 0.89)))
    scores = dict(fused.ranked)
    assert scores[1] == pytest.approx(1 / (RRF_K + 1))
    assert scores[3] == pytest.approx(1 / (RRF_K + 3) + 1 / (RRF_K + 1))
    assert scores[4] == pytest.approx(1 / (RRF_K + 2))
    assert [entry_id for entry_id, _score in fused.ranked] == [3, 1, 2, 4]
    assert fused.total == 4


def test_exact_title_stays_on_top_of_the_fused_list():
    fused = fuse(lexical(1, 2, 5, exact={5}), knn((1, 0.9)), knn((1, 0.9)))
    assert fused.ranked[0][0] == 5


def test_semantic_only_hits_need_the_floor_and_the_margin_from_the_best_in_the_index():
    # Best in the whole index 0.90, so the threshold is 0.875 (above the 0.815 floor).
    everything = knn((9, 0.90), (4, 0.88), (6, 0.86), (7, 0.80))
    filtered = knn((4, 0.88), (6, 0.86), (2, 0.84))
    fused = fuse(lexical(2), filtered, everything)
    ids = [entry_id for entry_id, _score in fused.ranked]
    assert 4 in ids and 6 not in ids
    # A lexical hit below the threshold still gets its kNN rank, so meaning orders it too.
    assert dict(fused.ranked)[2] == pytest.approx(1 / (RRF_K + 1) + 1 / (RRF_K + 3))
    assert fused.semantic_ids == [9, 4]
    assert [entry_id for entry_id, _similarity in fused.nearest] == [9, 4, 6, 7]


def test_total_counts_lexical_hits_beyond_the_fetched_window():
    fused = fuse(lexical(1, 2, total=5000), knn((8, 0.95)), knn((8, 0.95)))
    assert fused.total == 5000 + 1


# -- Engine with a scripted client -----------------------------------------------------------


class ScriptedClient:
    """Answers msearch calls in turn from a script and records the bodies sent."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.sent = []

    def msearch(self, searches):
        self.sent.append(searches[1::2])
        meta = ApiResponseMeta(200, "1.1", HttpHeaders(), 0.0, NodeConfig("http", "es", 9200))
        return ScriptedResult(self.answers.pop(0), meta)


class ScriptedResult(dict):
    """An msearch answer: its responses, and the meta an ApiError needs."""

    def __init__(self, responses, meta):
        super().__init__(responses=responses)
        self.meta = meta


def scripted_engine(*answers) -> ElasticsearchEngine:
    engine = ElasticsearchEngine("http://127.0.0.1:9")
    engine.client = ScriptedClient(*answers)
    return engine


@pytest.mark.django_db
def test_engine_pages_the_fused_list_and_asks_facets_and_highlights_in_one_more_round(corpus):
    ids = [entry.pk for entry in corpus.values()]
    neighbours = knn((ids[3], 0.95), (ids[1], 0.94))
    page_hits = [{"_id": str(i), "_score": 0.0} for i in (ids[2], ids[3])]
    engine = scripted_engine(
        [lexical(*ids[:3]), neighbours, neighbours],
        [{"hits": {"total": {"value": 0}, "hits": []}}, {"hits": {"hits": page_hits}}],
    )
    engine.query_vector = lambda text: VECTOR
    response = engine.search(SearchParams(text="water", page=2, page_size=2))
    assert response.total == 4
    assert [len(bodies) for bodies in engine.client.sent] == [3, 2]
    _facets, page = engine.client.sent[1]
    # Fused: ids[1] (both lists), ids[0] and ids[3] (first in one list each), ids[2].
    assert page["query"]["bool"]["filter"][0]["ids"]["values"] == [str(ids[3]), str(ids[2])]
    assert [hit.entry.pk for hit in response.hits] == [ids[3], ids[2]]
    assert response.hits[0].score == pytest.approx(1 / (RRF_K + 1))


@pytest.mark.django_db
def test_a_failed_part_of_the_search_falls_back_to_the_database(
    corpus, settings, caplog, monkeypatch
):
    from search.engines import elasticsearch as module

    failing = scripted_engine([{"error": {"type": "parsing_exception", "reason": "bad knn"}}])
    failing.query_vector = lambda text: VECTOR
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    monkeypatch.setattr(module, "get_engine", lambda: failing)
    response = search("school feeding")
    assert keys(response, corpus)[0] == "school-feeding"
    assert "may be incomplete" in response.notice
    assert "bad knn" in caplog.text


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


# -- The osmem test setup (tests/search/osmem.py) --------------------------------------------


def test_proxy_turns_compatibility_media_types_into_plain_json():
    compatible = "application/vnd.elasticsearch+json; compatible-with=9"
    assert plain_media_type(compatible) == "application/json"
    ndjson = "application/vnd.elasticsearch+x-ndjson; compatible-with=9"
    assert plain_media_type(ndjson) == "application/x-ndjson"
    assert plain_media_type("application/json") == "application/json"


def test_osmem_index_replaces_only_the_vector_and_the_norwegian_analyser():
    production = mapping_body()
    adapted = osmem_index_body(production)
    properties = adapted["mappings"]["properties"]
    assert properties["embedding"] == {"type": "knn_vector", "dimension": 384}
    assert properties["body"]["fields"]["no"] == {"type": "text", "analyzer": "standard"}
    assert production["mappings"]["properties"]["embedding"]["type"] == "dense_vector"
    for name in ("embedding", "title", "body"):
        properties.pop(name)
        production["mappings"]["properties"].pop(name)
    assert adapted == production
