"""Request bodies, built with elasticsearch.dsl: pure functions, so tests check them offline."""

from django.conf import settings
from elasticsearch.dsl import Q, Search

from ...folding import fold
from ...partners import UNLIFTED_KINDS
from ...passages import lowest_liftable
from ...phrases import query_phrases
from ...places import asks_for_practices, query_facets
from ...query import SearchParams
from ...snapshot import FACETS, normalise
from ...thesaurus import query_concept_labels
from ..database import FULL_TEXT_LIMIT, SEMANTIC_TIE_FLOOR, concepts_needed
from .index_mapping import LANGUAGE_ANALYZERS, OWN_RECORD_PREFIX, index_name

FACET_FIELDS = {facet: facet for facet in FACETS}
KNN_K = 100
KNN_CANDIDATES = 400
FACET_SIZE = 200
# Lexical hits fetched for fusion, like the database engine's full-text window.
LEXICAL_WINDOW = FULL_TEXT_LIMIT
EXACT_TITLE = "exact_title"
# Named parts of the text query: every word matched, or every concept of the query named
# (search.thesaurus; fusion gives the smaller concept bonus).
WORDS = "words"
CONCEPTS = "concepts"
# Named clauses of the facets a query names alone (search.places.query_facets): the records
# tagged with them, "facet:country", "facet:sdg"; fusion gives each the database engine's
# country bonus.
NAMED_FACET = "facet:"
# Per concept-naming term of the query, the rows naming one of its concepts (concept_search),
# named CONCEPT_TERM + its position: fusion gives each row its share of the concept bonus.
CONCEPT_TERM = "concept-term-"
CONCEPT_FIELDS = ["title", "body", "keywords", "folded"]
# Per phrase of the query (search.phrases), the rows holding it, named PHRASE + its position:
# fusion gives each row its share of the phrase bonus.
PHRASE = "phrase-"
NEWEST_FIRST = {"published_at": {"order": "desc", "missing": "_last"}}
# Rows that translate one record share this keyword; results, facets and totals count records.
RECORD = "record"
ROWS = "rows"  # the inner hits holding a collapsed record's rows
# Record counts are cardinality (HyperLogLog++) aggregations: near-exact up to
# precision_threshold distinct records, within a few per cent above. Memory grows with the
# threshold in every facet bucket, so buckets use a modest one; the one total uses the maximum.
FACET_PRECISION = 3000
TOTAL_PRECISION = 40_000


def text_query(text: str) -> Q:
    """BM25 over every language's analysis; an exact title is named so fusion can lift it."""
    fields = ["title^3", "body", "keywords", "discussion_title", "questions"]
    fields += [f"title.{code}^3" for code in LANGUAGE_ANALYZERS]
    fields += [f"body.{code}" for code in LANGUAGE_ANALYZERS]
    should = [
        Q(
            "multi_match",
            query=text,
            fields=fields,
            type="most_fields",
            operator="and",
            _name=WORDS,
        ),
        Q("term", title_exact={"value": normalise(text), "boost": 100, "_name": EXACT_TITLE}),
        # Either spelling (accents, Arabic letter forms): the folded copy, as the database
        # engine matches it.
        Q("match", folded={"query": fold(text), "operator": "and", "_name": WORDS}),
    ]
    groups = query_concept_labels(text)
    if groups:
        # A concept of every concept-naming term of the query (or of two of them, when it
        # has more), named in the record in any language (its keywords).
        should.append(
            Q(
                "bool",
                should=[concept_clause(labels, CONCEPT_FIELDS) for labels in groups],
                minimum_should_match=concepts_needed(len(groups)),
                boost=0.5,
                _name=CONCEPTS,
            )
        )
    for facet, values in query_facets(text).items():  # places or goals named alone
        tagged = [Q("terms", **{FACET_FIELDS[facet]: values})]
        if asks_for_practices(text):  # "projetos em Moçambique": its practices only
            tagged.append(Q("term", type="practice"))
        should.append(Q("bool", filter=tagged, _name=f"{NAMED_FACET}{facet}"))
    return Q("bool", should=should, minimum_should_match=1)


def concept_clause(labels: tuple[str, ...], fields: list[str]) -> Q:
    """The record names the concept, or one of the concepts a term names, as a phrase."""
    phrases = [Q("multi_match", query=label, fields=fields, type="phrase") for label in labels]
    if len(phrases) == 1:
        return phrases[0]
    return Q("bool", should=phrases, minimum_should_match=1)


def rows_holding(clauses: list[Q]) -> Search | None:
    """The rows any of the named clauses matches, as many as fusion considers (it reads each
    row's matched clauses); None when there is no clause."""
    if not clauses:
        return None
    return (
        Search(index=index_name())
        .query(Q("bool", should=clauses, minimum_should_match=1))
        .source(False)
        .extra(track_total_hits=False, docvalue_fields=[RECORD])[:LEXICAL_WINDOW]
    )


def concept_search(text: str) -> Search | None:
    """The rows naming a concept of any concept-naming term of the query, each term's clause
    named (CONCEPT_TERM); None when the query names none."""
    return rows_holding(
        [
            Q("bool", must=[concept_clause(labels, CONCEPT_FIELDS)], _name=f"{CONCEPT_TERM}{n}")
            for n, labels in enumerate(query_concept_labels(text))
        ]
    )


def phrase_search(text: str) -> Search | None:
    """The rows holding a phrase of the query (search.phrases), each phrase's clause named
    (PHRASE); None when the query has none."""
    return rows_holding(
        [
            Q(
                "multi_match",
                query=phrase,
                fields=CONCEPT_FIELDS,
                type="phrase",
                _name=f"{PHRASE}{n}",
            )
            for n, phrase in enumerate(query_phrases(text))
        ]
    )


def filter_clauses(filters: dict[str, list[str]], skip: str | None = None) -> list[Q]:
    return [
        Q("terms", **{FACET_FIELDS[facet]: values})
        for facet, values in filters.items()
        if values and facet != skip
    ]


def matched_query(text: str, semantic_ids: list[int], records: list[str] = ()) -> Q:
    """Everything the fused search matches before filters: the text, a semantic match, or a
    translation of a matched record (a record matches in every language it has)."""
    if not text:
        return Q("match_all")
    should = [text_query(text)]
    if semantic_ids:
        should.append(Q("ids", values=[str(i) for i in semantic_ids]))
    if records:
        should.append(Q("terms", **{RECORD: list(records)}))
    if len(should) == 1:
        return should[0]
    return Q("bool", should=should, minimum_should_match=1)


def records_count(precision: int) -> dict:
    return {"cardinality": {"field": RECORD, "precision_threshold": precision}}


def with_facets(search: Search, filters: dict[str, list[str]]) -> Search:
    """One terms aggregation per facet, each under every *other* facet's filters, counting
    records (a value two translations of a record share counts once)."""
    for facet in FACETS:
        others = filter_clauses(filters, skip=facet)
        bucket = search.aggs.bucket(f"facet_{facet}", "filter", Q("bool", filter=others))
        values = bucket.bucket("values", "terms", field=FACET_FIELDS[facet], size=FACET_SIZE)
        values.metric("records", records_count(FACET_PRECISION))
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


def rows_per_record() -> int:
    """At most one row per content language translates a record."""
    return max(1, len(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES)))


def collapsed(search: Search, text: str) -> Search:
    """One hit per record; its rows under the query and filters come as inner hits, so the
    engine can show the visitor's language."""
    inner = {
        "name": ROWS,
        "size": rows_per_record(),
        "sort": [{"entry_id": "asc"}],
        "_source": False,
        "docvalue_fields": ["language"],
    }
    if text:
        inner["highlight"] = with_highlight(Search(), text).to_dict()["highlight"]
    return search.collapse(RECORD, inner_hits=inner)


def lexical_search(params: SearchParams) -> Search:
    """BM25 hits under every filter, best first, as many as fusion considers."""
    query = Q("bool", must=[text_query(params.text)], filter=filter_clauses(params.filters))
    return (
        Search(index=index_name())
        .query(query)
        .source(False)
        .extra(track_total_hits=True, docvalue_fields=[RECORD])[:LEXICAL_WINDOW]
    )


def elsewhere_search(params: SearchParams) -> Search:
    """BM25 hits among the rows the filters leave out that may have a translation (pages):
    a translation of theirs may pass the filters."""
    query = Q(
        "bool",
        must=[text_query(params.text)],
        must_not=[
            Q("bool", filter=filter_clauses(params.filters)),
            Q("prefix", **{RECORD: OWN_RECORD_PREFIX}),
        ],
    )
    return (
        Search(index=index_name())
        .query(query)
        .source(False)
        .extra(track_total_hits=False, docvalue_fields=[RECORD])[:LEXICAL_WINDOW]
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
        # A row below the lowest floor (a row tied with the best: SEMANTIC_TIE) may reach it
        # through its passages (search.passages).
        knn["similarity"] = lowest_liftable(SEMANTIC_TIE_FLOOR)
        clauses = filter_clauses(filters)
        if clauses:
            knn["filter"] = Q("bool", filter=clauses)
    search = Search(index=index_name()).knn(**knn).source(False)
    # The language: fusion takes each row's language out of its similarity (search.centering).
    return search.extra(docvalue_fields=[RECORD, "language"])[:KNN_K]


def first_round(params: SearchParams, query_vector) -> dict[str, Search]:
    """The msearch that retrieves, by role: lexical, filtered kNN, unfiltered kNN (when there
    is a vector) and, under filters, the text matches the filters leave out."""
    searches = {"lexical": lexical_search(params)}
    if query_vector is not None:
        searches["semantic"] = semantic_search(query_vector, params.filters)
        searches["everything"] = semantic_search(query_vector)
    if filter_clauses(params.filters):
        searches["elsewhere"] = elsewhere_search(params)
    concepts = concept_search(params.text)
    if concepts is not None:
        searches["concepts"] = concepts
    phrases = phrase_search(params.text)
    if phrases is not None:
        searches["phrases"] = phrases
    return searches


def facet_search(
    params: SearchParams,
    semantic_ids: list[int],
    records: list[str] = (),
    uncertain: list[str] = (),
) -> Search:
    """Facet counts over the matched records; and which records matched only through a row
    the filters leave out have another row that passes them."""
    search = Search(index=index_name()).extra(size=0)
    if params.text:
        search = search.query(matched_query(params.text, semantic_ids, records))
    search = with_facets(search, params.filters)
    if uncertain:
        passing = [Q("terms", **{RECORD: list(uncertain)}), *filter_clauses(params.filters)]
        bucket = search.aggs.bucket("uncertain", "filter", Q("bool", filter=passing))
        bucket.bucket("records", "terms", field=RECORD, size=len(uncertain))
    return search


def members_search(params: SearchParams, records: list[str]) -> Search:
    """Every row of these records that passes the filters, highlighted: the page shows one."""
    clauses = [Q("terms", **{RECORD: list(records)}), *filter_clauses(params.filters)]
    search = Search(index=index_name()).query(Q("bool", filter=clauses)).source(False)
    search = with_highlight(search, params.text).extra(docvalue_fields=[RECORD, "language"])
    return search.sort({"entry_id": "asc"})[: len(records) * rows_per_record()]


def newest_search(params: SearchParams, records: list[str]) -> Search:
    """The matched records under the filters, newest first, one hit (with its rows) each."""
    clauses = [Q("terms", **{RECORD: list(records)}), *filter_clauses(params.filters)]
    search = Search(index=index_name()).query(Q("bool", filter=clauses)).source(False)
    search = collapsed(search.sort(NEWEST_FIRST, {"entry_id": "asc"}), params.text)
    start = (params.page - 1) * params.page_size
    return search[start : start + params.page_size]


def browse_search(params: SearchParams) -> Search:
    """No text: every record under the filters, newest first, facets ignoring their own filter."""
    search = Search(index=index_name()).source(False)
    clauses = filter_clauses(params.filters)
    if clauses:
        search = search.post_filter(Q("bool", filter=clauses))
    search = with_facets(search, params.filters).sort(NEWEST_FIRST, "_score")
    # Aggregations ignore the post filter: the total applies the filters itself.
    total = search.aggs.bucket("total", "filter", Q("bool", filter=clauses))
    total.metric("records", records_count(TOTAL_PRECISION))
    search = collapsed(search, "")
    start = (params.page - 1) * params.page_size
    return search[start : start + params.page_size]


def count_search(
    params: SearchParams, filters: dict, semantic_ids: list[int], records: list[str] = ()
) -> Search:
    """How many records match under other filters (to name a filter that empties the list)."""
    query = Q(
        "bool",
        must=[matched_query(params.text, semantic_ids, records)],
        filter=filter_clauses(filters),
    )
    search = Search(index=index_name()).query(query).extra(size=0, track_total_hits=True)
    search.aggs.metric("records", records_count(TOTAL_PRECISION))
    return search


def partner_search(params: SearchParams, partner: str) -> Search:
    """The rows tagged with the partner a query names (search.partners), under the filters,
    but for the kinds the partner bonus leaves out."""
    clauses = [Q("terms", **{FACET_FIELDS["partner"]: [partner]}), *filter_clauses(params.filters)]
    unlifted = Q("terms", **{FACET_FIELDS["type"]: UNLIFTED_KINDS})
    search = Search(index=index_name()).query(Q("bool", filter=clauses, must_not=[unlifted]))
    search = search.source(False)
    fields = [RECORD, "language", FACET_FIELDS["type"]]  # its discussions come after the rest
    return search.extra(docvalue_fields=fields)[:LEXICAL_WINDOW]


def rows_search(params: SearchParams, entry_ids: list[int]) -> Search:
    """The given rows (those saying a name of the query: search.names), under the filters."""
    clauses = [Q("ids", values=[str(entry_id) for entry_id in entry_ids])]
    clauses += filter_clauses(params.filters)
    search = Search(index=index_name()).query(Q("bool", filter=clauses)).source(False)
    return search.extra(docvalue_fields=[RECORD, "language"])[:LEXICAL_WINDOW]


def build_suggest(text: str, limit: int) -> Search:
    search = Search(index=index_name()).source(["type"]).extra(size=0)
    for name in ("suggest_title", "suggest_theme"):
        search = search.suggest(
            name, text, completion={"field": name, "skip_duplicates": True, "size": limit}
        )
    return search
