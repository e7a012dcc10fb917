"""Elasticsearch: request bodies built with elasticsearch.dsl, and the client-side fusion."""

import numpy as np
import pytest
from django.utils import translation
from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig

from search.engines.database import (
    LEXICAL_WEIGHT,
    SEMANTIC_FLOOR,
    SEMANTIC_MARGIN,
    SEMANTIC_SURE,
    SEMANTIC_TIE_FLOOR,
)
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
    members_search,
    newest_search,
)
from search.engines.elasticsearch.fusion import page_records, shown_rows
from search.engines.elasticsearch.queries import rows_per_record
from search.passages import lowest_liftable
from search.query import SearchParams
from tests.search.conftest import keys, search
from tests.search.osmem import osmem_index_body, plain_media_type

# Request bodies read what a query names, themes included: editors' snippets in the database
# (search.places.query_themes).
pytestmark = pytest.mark.django_db

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
    searches = first_round(SearchParams(text="eau potable", filters=FILTERS), VECTOR)
    lexical = searches["lexical"].to_dict()
    query = lexical["query"]["bool"]
    assert query["filter"] == ALL_FILTERS["bool"]["filter"]
    should = query["must"][0]["bool"]["should"]
    assert {"body.fr", "body.no", "title.pt^3", "title^3"} <= set(
        should[0]["multi_match"]["fields"]
    )
    assert should[1] == {
        "term": {"title_exact": {"value": "eau potable", "boost": 100, "_name": "exact_title"}}
    }
    assert should[0]["multi_match"]["_name"] == "words"
    assert should[2] == {
        "match": {"folded": {"query": "eau potable", "operator": "and", "_name": "words"}}
    }
    # "eau potable" names a thesaurus concept: records naming it in any language match too.
    concept = should[3]["bool"]
    assert concept["_name"] == "concepts"
    assert [clause["multi_match"]["query"] for clause in concept["should"]] == ["drinking water"]
    assert concept["minimum_should_match"] == 1
    # Each concept-naming term is asked once more, named, for its share of the concept bonus.
    concepts = searches["concepts"].to_dict()["query"]["bool"]["should"]
    assert [clause["bool"]["_name"] for clause in concepts] == ["concept-term-0"]
    assert "knn" not in lexical and "post_filter" not in lexical and "aggs" not in lexical
    assert (lexical["size"], lexical["_source"], lexical["track_total_hits"]) == (
        LEXICAL_WINDOW,
        False,
        True,
    )
    assert lexical["docvalue_fields"] == ["record"]


def test_knn_applies_the_filters_before_picking_its_neighbours():
    searches = first_round(SearchParams(text="pumps", filters=FILTERS), VECTOR)
    filtered, everything = (searches[role].to_dict() for role in ("semantic", "everything"))
    assert filtered["knn"]["filter"] == ALL_FILTERS
    # Below the lowest floor (a row tied with the best) by as much as a row's best passage can
    # lift it (search.passages).
    assert filtered["knn"]["similarity"] == pytest.approx(lowest_liftable(SEMANTIC_TIE_FLOOR))
    assert filtered["knn"]["similarity"] < SEMANTIC_TIE_FLOOR < SEMANTIC_FLOOR
    assert (filtered["knn"]["field"], filtered["knn"]["k"], filtered["size"]) == (
        "embedding",
        100,
        100,
    )
    assert len(filtered["knn"]["query_vector"]) == 384
    assert "query" not in filtered and "post_filter" not in filtered
    # The whole index's neighbourhood: no filter, no floor (it sets the threshold and nearest).
    assert "filter" not in everything["knn"] and "similarity" not in everything["knn"]
    assert filtered["docvalue_fields"] == everything["docvalue_fields"] == ["record", "language"]


def test_without_a_query_vector_only_the_lexical_request_is_sent():
    searches = first_round(SearchParams(text="pumps"), None)
    assert list(searches) == ["lexical"] and "knn" not in searches["lexical"].to_dict()


def test_facets_count_records_and_each_ignores_its_own_filter():
    body = facet_search(SearchParams(text="pumps", filters=FILTERS), [7, 9]).to_dict()
    assert body["size"] == 0
    should = body["query"]["bool"]["should"]
    assert should[1] == {"ids": {"values": ["7", "9"]}}
    assert "exact_title" in str(should[0])
    aggs = body["aggs"]
    assert aggs["facet_sdg"]["filter"] == {
        "bool": {"filter": [{"terms": {"region": ["002", "019"]}}]}
    }
    assert aggs["facet_region"]["filter"] == {"bool": {"filter": [{"terms": {"sdg": ["6"]}}]}}
    values = aggs["facet_theme"]["aggs"]["values"]
    assert values["terms"] == {"field": "theme", "size": 200}
    assert values["aggs"]["records"] == {
        "cardinality": {"field": "record", "precision_threshold": 3000}
    }
    assert "uncertain" not in aggs


def test_facets_spread_to_translations_and_ask_which_uncertain_records_pass_the_filters():
    params = SearchParams(text="pumps", filters=FILTERS)
    body = facet_search(params, [7], ["key-a", "entry-9"], ["entry-9"]).to_dict()
    should = body["query"]["bool"]["should"]
    assert should[2] == {"terms": {"record": ["key-a", "entry-9"]}}
    uncertain = body["aggs"]["uncertain"]
    assert uncertain["filter"]["bool"]["filter"] == [
        {"terms": {"record": ["entry-9"]}},
        *ALL_FILTERS["bool"]["filter"],
    ]
    assert uncertain["aggs"]["records"]["terms"] == {"field": "record", "size": 1}


def test_under_filters_the_first_round_also_asks_the_text_matches_they_leave_out():
    searches = first_round(SearchParams(text="pumps", filters=FILTERS), VECTOR)
    assert list(searches) == ["lexical", "semantic", "everything", "elsewhere"]
    elsewhere = searches["elsewhere"].to_dict()
    # Rows of their own (no translation key) cannot have a translation that passes.
    assert elsewhere["query"]["bool"]["must_not"] == [
        ALL_FILTERS,
        {"prefix": {"record": "entry-"}},
    ]
    assert "filter" not in elsewhere["query"]["bool"]
    assert (elsewhere["size"], elsewhere["track_total_hits"]) == (LEXICAL_WINDOW, False)
    assert elsewhere["docvalue_fields"] == ["record"]
    assert "elsewhere" not in first_round(SearchParams(text="pumps"), VECTOR)


def test_page_request_fetches_every_row_of_the_pages_records_under_the_filters():
    params = SearchParams(text="pumps", filters={"sdg": ["6"]}, page=3)
    body = members_search(params, ["key-a", "entry-4"]).to_dict()
    assert body["query"] == {
        "bool": {"filter": [{"terms": {"record": ["key-a", "entry-4"]}}, {"terms": {"sdg": ["6"]}}]}
    }
    assert body["size"] == 2 * rows_per_record()  # at most one row per content language
    assert body["docvalue_fields"] == ["record", "language"]
    assert body["highlight"]["pre_tags"] == ["<mark>"]
    assert body["highlight"]["encoder"] == "html"
    assert body["highlight"]["highlight_query"]["multi_match"]["query"] == "pumps"


def test_newest_first_collapses_each_record_to_one_hit_with_its_rows():
    params = SearchParams(text="pumps", sort="newest", page=2)
    body = newest_search(params, ["key-a", "entry-4"]).to_dict()
    assert body["query"] == {"bool": {"filter": [{"terms": {"record": ["key-a", "entry-4"]}}]}}
    assert body["sort"][0] == {"published_at": {"order": "desc", "missing": "_last"}}
    assert (body["from"], body["size"]) == (20, 20)
    inner = body["collapse"]["inner_hits"]
    assert body["collapse"]["field"] == "record"
    assert (inner["name"], inner["size"], inner["sort"]) == (
        "rows",
        rows_per_record(),
        [{"entry_id": "asc"}],
    )
    assert inner["docvalue_fields"] == ["language"]
    assert inner["highlight"]["highlight_query"]["multi_match"]["query"] == "pumps"


def test_browsing_without_a_query_filters_after_counting_and_sorts_newest_first():
    body = browse_search(SearchParams(filters=FILTERS, page=3)).to_dict()
    assert "knn" not in body and "query" not in body
    assert body["post_filter"] == ALL_FILTERS
    assert body["aggs"]["facet_region"]["filter"] == {
        "bool": {"filter": [{"terms": {"sdg": ["6"]}}]}
    }
    assert body["sort"][0] == {"published_at": {"order": "desc", "missing": "_last"}}
    assert (body["from"], body["size"]) == (40, 20)
    # One hit per record; the total counts records under the filters (aggregations ignore
    # the post filter, so the total applies them itself).
    assert body["collapse"]["field"] == "record"
    assert "highlight" not in body["collapse"]["inner_hits"]
    assert body["aggs"]["total"] == {
        "filter": ALL_FILTERS,
        "aggs": {"records": {"cardinality": {"field": "record", "precision_threshold": 40000}}},
    }


def test_relaxed_count_counts_records_under_the_other_filters_only():
    params = SearchParams(text="pumps", filters=FILTERS)
    body = count_search(params, {"sdg": ["6"]}, [3], ["key-a"]).to_dict()
    assert body["query"]["bool"]["filter"] == [{"terms": {"sdg": ["6"]}}]
    assert {"terms": {"record": ["key-a"]}} in body["query"]["bool"]["must"][0]["bool"]["should"]
    assert (body["size"], body["track_total_hits"]) == (0, True)
    assert body["aggs"]["records"]["cardinality"]["field"] == "record"


def test_suggest_asks_titles_and_themes_completions():
    body = build_suggest("mang", 8).to_dict()
    assert body["suggest"]["suggest_title"] == {
        "prefix": "mang",
        "completion": {"field": "suggest_title", "skip_duplicates": True, "size": 8},
    }
    assert "suggest_theme" in body["suggest"]


# -- Fusion ----------------------------------------------------------------------------------


def row(entry_id, records=None, language=None, **extra) -> dict:
    """A hit; with `records` ({id: record}) it carries its record as docvalue fields do."""
    hit = {"_id": str(entry_id), **extra}
    fields = {}
    if records and entry_id in records:
        fields["record"] = [records[entry_id]]
    if language:
        fields["language"] = [language]
    return hit | ({"fields": fields} if fields else {})


def lexical(*ids, total=None, exact=(), records=None):
    hits = [row(i, records, _score=1.0) for i in ids]
    for hit in hits:
        if int(hit["_id"]) in exact:
            hit["matched_queries"] = ["exact_title"]
    return {"hits": {"total": {"value": len(ids) if total is None else total}, "hits": hits}}


def knn(*pairs, records=None):
    """A kNN response from (id, cosine) pairs: Elasticsearch scores cosine as (1 + cos) / 2."""
    hits = [row(i, records, _score=(1 + cosine) / 2) for i, cosine in pairs]
    return {"hits": {"total": {"value": len(hits)}, "hits": hits}}


def bonus(rank: int) -> float:
    """A full-text hit's bonus (the same at every rank)."""
    return LEXICAL_WEIGHT


def test_fusion_adds_a_lexical_bonus_to_the_similarity_with_the_database_weights():
    fused = fuse(lexical(1, 2, 3), knn((3, 0.9), (4, 0.89)), knn((3, 0.9), (4, 0.89)))
    scores = dict(fused.ranked)
    # Lexical hits kNN did not return count at the lowest similarity it returned.
    assert scores[1] == pytest.approx(0.89 + bonus(1))
    assert scores[3] == pytest.approx(0.9 + bonus(3))
    assert scores[4] == pytest.approx(0.89)
    assert [entry_id for entry_id, _score in fused.ranked] == [3, 1, 2, 4]
    assert fused.total == 4


def test_a_better_semantic_match_is_not_buried_by_a_lexical_one():
    fused = fuse(lexical(1), knn((2, 0.9), (1, 0.84)), knn((2, 0.9), (1, 0.84)))
    assert [entry_id for entry_id, _score in fused.ranked] == [2, 1]


def test_exact_title_stays_on_top_of_the_fused_list():
    fused = fuse(lexical(1, 2, 5, exact={5}), knn((1, 0.9)), knn((1, 0.9)))
    assert fused.ranked[0][0] == 5


def test_semantic_only_hits_need_the_floor_and_the_margin_from_the_best_in_the_index():
    # Best 0.90: a row needs 0.90 - SEMANTIC_MARGIN (or SEMANTIC_SURE) and the floor.
    assert SEMANTIC_SURE > 0.86 > 0.9 - SEMANTIC_MARGIN > 0.84 > SEMANTIC_FLOOR
    everything = knn((9, 0.9), (4, 0.86), (6, 0.84), (7, 0.5))
    filtered = knn((4, 0.86), (6, 0.84), (2, 0.84))
    fused = fuse(lexical(2), filtered, everything)
    ids = [entry_id for entry_id, _score in fused.ranked]
    assert 4 in ids and 6 not in ids
    # A lexical hit below the threshold keeps its similarity, so meaning orders it too.
    assert dict(fused.ranked)[2] == pytest.approx(0.84 + bonus(1))
    assert fused.semantic_ids == [9, 4]
    assert [entry_id for entry_id, _similarity in fused.nearest] == [9, 4, 6, 7]


def test_total_counts_lexical_hits_beyond_the_fetched_window():
    fused = fuse(lexical(1, 2, total=5000), knn((8, 0.95)), knn((8, 0.95)))
    assert fused.total == 5000 + 1


def test_translations_are_one_record_with_the_best_rows_score():
    records = {1: "key-a", 2: "key-a", 3: "entry-3"}
    fused = fuse(lexical(2, 3, 1, records=records), knn(records=records), knn(records=records))
    assert fused.records == [
        ("key-a", pytest.approx(bonus(1))),
        ("entry-3", pytest.approx(bonus(2))),
    ]
    assert fused.uncertain == set() and fused.total == 2


def test_records_matched_only_outside_the_filters_are_uncertain_until_resolved():
    records = {1: "key-a", 5: "key-b", 9: "key-c", 11: "entry-11"}
    fused = fuse(
        lexical(1, records=records),
        knn(records=records),
        knn((9, 0.9), (11, 0.89), (5, 0.8), records=records),  # 5 is below the threshold
        elsewhere=lexical(5, records=records),
    )
    # entry-11 matched outside the filters too, but a row of its own has no translation.
    # key-c matched by meaning (0.9); key-b lexically outside the filters, with its own
    # similarity (0.8); key-a lexically, with no similarity known (kNN returned nothing).
    assert [record for record, _score in fused.records] == ["key-c", "key-b", "key-a"]
    assert fused.uncertain == {"key-b", "key-c"}
    assert fused.total == 1


def test_nearest_matches_list_a_record_once():
    records = {1: "key-a", 2: "key-a", 3: "entry-3"}
    fused = fuse(lexical(), knn(), knn((1, 0.8), (2, 0.79), (3, 0.7), records=records))
    assert [entry_id for entry_id, _similarity in fused.nearest] == [1, 3]


def test_the_page_request_spans_every_record_that_can_land_on_the_page():
    records = {1: "a", 2: "u1", 3: "b", 4: "u2", 5: "c"}
    fused = fuse(
        lexical(1, 3, 5, records=records),
        knn(records=records),
        knn(records=records),
        elsewhere=lexical(2, 4, records=records),
    )
    fused.records = [(record, 1.0) for record in ("a", "u1", "b", "u2", "c")]
    assert page_records(SearchParams(text="x", page=2, page_size=1), fused) == ["u1", "b"]
    assert page_records(SearchParams(text="x", page=1, page_size=2), fused) == ["a", "u1", "b"]


def test_a_record_shows_the_visitors_language_else_its_first_row():
    rows = [row(7, {7: "key-a"}, "fr"), row(4, {4: "key-a"}, "en"), row(5, {5: "entry-5"}, "en")]
    assert {k: int(v["_id"]) for k, v in shown_rows(rows, "fr").items()} == {
        "key-a": 7,
        "entry-5": 5,
    }
    assert int(shown_rows(rows, "es")["key-a"]["_id"]) == 4


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


def test_engine_pages_the_fused_list_and_asks_facets_and_highlights_in_one_more_round(corpus):
    ids = [entry.pk for entry in corpus.values()]
    neighbours = knn((ids[3], 0.95), (ids[1], 0.94))
    page_hits = [row(i, _score=0.0) for i in (ids[2], ids[3])]
    engine = scripted_engine(
        [lexical(*ids[:3]), neighbours, neighbours],
        [{"hits": {"total": {"value": 0}, "hits": []}}, {"hits": {"hits": page_hits}}],
    )
    engine.query_vector = lambda text: VECTOR
    response = engine.search(SearchParams(text="pumps", page=2, page_size=2))
    assert response.total == 4
    assert [len(bodies) for bodies in engine.client.sent] == [3, 2]
    _facets, page = engine.client.sent[1]
    # Lexical hits kNN did not return count at its lowest similarity (0.94), so the fused list
    # is ids[0], ids[1], ids[2] (0.94 and the lexical bonus), then ids[3] (0.95, by meaning).
    assert page["query"]["bool"]["filter"][0] == {
        "terms": {"record": [f"entry-{ids[2]}", f"entry-{ids[3]}"]}
    }
    assert [hit.entry.pk for hit in response.hits] == [ids[2], ids[3]]
    assert response.hits[0].score == pytest.approx(0.94 + bonus(3))


@pytest.fixture
def translated_pair(corpus):
    """Two corpus entries made translations of one record: (english id, "french" id)."""
    from search.models import SearchEntry

    english, french = corpus["school-feeding"].pk, corpus["mobile-money"].pk
    SearchEntry.objects.filter(pk__in=[english, french]).update(translation_key="key-a")
    return english, french


def test_the_visitors_translation_is_shown_when_another_language_matched(translated_pair):
    english, french = translated_pair
    records = {english: "key-a", french: "key-a"}
    members = [row(english, records, "en", _score=0.0), row(french, records, "fr", _score=0.0)]
    shown = {}
    for language in ("fr", "en", "es"):
        engine = scripted_engine(
            [lexical(english, records=records), knn(), knn()],
            [{"hits": {"total": {"value": 0}, "hits": []}}, {"hits": {"hits": members}}],
        )
        engine.query_vector = lambda text: VECTOR
        with translation.override(language):
            response = engine.search(SearchParams(text="pumps"))
        assert response.total == 1 and len(engine.client.sent) == 2
        assert response.hits[0].score == pytest.approx(bonus(1))
        shown[language] = response.hits[0].entry.pk
    assert shown == {"fr": french, "en": english, "es": min(english, french)}


def test_a_record_matched_outside_the_filters_is_listed_if_a_translation_passes(
    translated_pair,
):
    english, french = translated_pair
    records = {english: "key-a", french: "key-a"}
    params = SearchParams(text="pumps", filters={"language": ["fr"]})
    for passing, total in (True, 1), (False, 0):
        buckets = [{"key": "key-a", "doc_count": 1}] if passing else []
        facets = {
            "hits": {"hits": []},
            "aggregations": {"uncertain": {"records": {"buckets": buckets}}},
        }
        members = [row(french, records, "fr", _score=0.0)] if passing else []
        relaxed = {"hits": {"total": {"value": 2}}, "aggregations": {"records": {"value": 1}}}
        engine = scripted_engine(
            [lexical(), knn(), knn(), lexical(english, records=records)],
            [facets, {"hits": {"hits": members}}, relaxed],
        )
        engine.query_vector = lambda text: VECTOR
        response = engine.search(params)
        assert [len(bodies) for bodies in engine.client.sent] == [4, 3]
        assert response.total == total
        assert [hit.entry.pk for hit in response.hits] == ([french] if passing else [])
    # Nothing listed: the relaxed count names the filter, counting records (not 2 rows).
    assert response.blocking_filters == [("language", "fr", "French", 1)]


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


def test_documents_carry_facets_the_embedding_and_their_record(corpus):
    document = document_for(corpus["school-feeding"]).to_dict()
    assert document["record"] == f"entry-{corpus['school-feeding'].pk}"
    corpus["norec"].translation_key = "4c1f1a4e-0000-4000-8000-000000000000"
    assert document_for(corpus["norec"]).to_dict()["record"] == corpus["norec"].translation_key
    assert document["sdg"] == ["2", "4"]
    assert document["type"] == "practice"
    assert document["title_exact"] == "home grown school feeding with family farmers"
    assert len(document["embedding"]) == 384
    assert document["suggest_theme"] == {"input": ["Food security", "Education"]}


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


def test_unreachable_elasticsearch_gives_database_suggestions_and_logs_it(corpus, settings, caplog):
    from search import engines

    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    assert {"label": "Norec", "type": "partner"} in engines.suggest("nor")
    assert "Elasticsearch unavailable for suggestions" in caplog.text


def test_an_existing_index_gains_the_fields_the_mapping_added():
    class Indices:
        def __init__(self):
            self.put = []

        def exists(self, index):
            return True

        def get_mapping(self, index):
            properties = dict(mapping_body()["mappings"]["properties"])
            properties.pop("record")
            return {index: {"mappings": {"properties": properties}}}

        def put_mapping(self, index, properties):
            self.put.append(properties)

    engine = ElasticsearchEngine("http://127.0.0.1:9")
    engine.client = type("Client", (), {"indices": Indices()})()
    engine.ensure_index()
    assert engine.client.indices.put == [{"record": {"type": "keyword"}}]


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


def test_fusion_adds_the_title_concept_bonus_to_the_rows_that_match():
    from search.engines.database import TITLE_CONCEPT_WEIGHT

    fused = fuse(
        lexical(1),
        knn((2, 0.9), (1, 0.9)),
        knn((2, 0.9), (1, 0.9), (3, 0.5)),
        title_bonus={1: TITLE_CONCEPT_WEIGHT, 3: TITLE_CONCEPT_WEIGHT},
    )
    scores = dict(fused.ranked)
    assert scores[1] == pytest.approx(0.9 + bonus(1) + TITLE_CONCEPT_WEIGHT)
    assert scores[2] == pytest.approx(0.9)
    # A row that does not match gains nothing from its title.
    assert 3 not in scores


def test_rows_take_their_share_of_the_concept_bonus_unless_they_hold_every_query_word():
    from search.engines.database import CONCEPT_WEIGHT
    from search.engines.elasticsearch.fusion import fuse

    # A query naming two concepts: row 1 holds every word, row 2 names both concepts only,
    # row 3 (found by meaning) names one of them, row 4 (by meaning) none.
    words_hit = row(1, _score=1.0, matched_queries=["words", "concepts"])
    concepts_hit = row(2, _score=1.0, matched_queries=["concepts"])
    lexical_answer = {"hits": {"total": {"value": 2}, "hits": [words_hit, concepts_hit]}}
    neighbours = knn((1, 0.90), (2, 0.90), (3, 0.90), (4, 0.90))
    named = {
        "hits": {
            "hits": [
                row(1, matched_queries=["concept-term-0", "concept-term-1"]),
                row(2, matched_queries=["concept-term-0", "concept-term-1"]),
                row(3, matched_queries=["concept-term-1"]),
            ]
        }
    }
    fused = fuse(lexical_answer, neighbours, neighbours, concepts=named, concept_terms=2)
    score = dict(fused.ranked)
    assert score[1] - score[4] == pytest.approx(LEXICAL_WEIGHT)
    assert score[2] - score[4] == pytest.approx(CONCEPT_WEIGHT)
    assert score[3] - score[4] == pytest.approx(CONCEPT_WEIGHT / 2)


def test_a_query_naming_three_concepts_matches_records_naming_two_of_them():
    text = "vaccination des enfants d'éleveurs nomades"
    clause = first_round(SearchParams(text=text), VECTOR)["lexical"].to_dict()
    concepts = clause["query"]["bool"]["must"][0]["bool"]["should"][-1]["bool"]
    assert len(concepts["should"]) == 3
    assert concepts["minimum_should_match"] == 2
