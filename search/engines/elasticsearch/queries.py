"""Request bodies, built with elasticsearch.dsl: pure functions, so tests check them offline."""

from elasticsearch.dsl import Q, Search

from ...query import SearchParams
from ...snapshot import FACETS, normalise
from ..database import FULL_TEXT_LIMIT, SEMANTIC_FLOOR
from .documents import LANGUAGE_ANALYZERS, index_name

FACET_FIELDS = {facet: facet for facet in FACETS}
KNN_K = 100
KNN_CANDIDATES = 400
FACET_SIZE = 200
# Lexical hits fetched for fusion, like the database engine's full-text window.
LEXICAL_WINDOW = FULL_TEXT_LIMIT
EXACT_TITLE = "exact_title"
NEWEST_FIRST = {"published_at": {"order": "desc", "missing": "_last"}}


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
