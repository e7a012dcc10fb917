"""The engine: two msearch rounds per search (retrieve, then facets and the page), suggestions."""

from functools import lru_cache, partial

import elastic_transport
import elasticsearch
from django.conf import settings
from django.utils.safestring import mark_safe
from elasticsearch.dsl import Search

from home.embeddings import embed_query

from ...asking import SAID_KINDS, SAID_WEIGHT, asks_what_was_said
from ...centering import language_bias
from ...models import SearchEntry
from ...names import name_shares
from ...partners import (
    NAME_CANDIDATES,
    NAME_WINDOW,
    UNLIFTED_KINDS,
    lead_partner_score,
    partner_by_name,
)
from ...passages import passage_matrix
from ...phrases import query_phrases
from ...places import asks_for_practices, query_facets, topic_facets
from ...query import FacetValue, Hit, SearchParams, SearchResponse, facet_label, highlight
from ...snapshot import FACET_COLUMNS, FACETS, current_language_means, facet_values
from ...thesaurus import (
    expand_query,
    query_concept_labels,
    query_concept_terms,
    title_concepts,
    title_names_query,
)
from ..database import COUNTRY_TOPIC_WEIGHT, TITLE_CONCEPT_WEIGHT
from .fusion import (
    clear_leader,
    fuse,
    hits_of,
    listed,
    page_records,
    phrase_shares,
    record_of,
    shown_from_collapsed,
    shown_rows,
    visitor_language,
)
from .index_mapping import document_for, index_name, mapping_body, record_key
from .queries import (
    browse_search,
    build_suggest,
    count_search,
    facet_search,
    first_round,
    members_search,
    newest_search,
    partner_search,
    rows_search,
)


def best_passages(vector, answers: list[dict | None]) -> dict[int, float]:
    """Per kNN row that has passages (search.passages), its best passage's cosine similarity to
    the query, from the passage vectors the database stores (the index keeps one vector a
    row): rows beyond the kNN answers' window are not lifted."""
    ids = {int(hit["_id"]) for answer in answers for hit in hits_of(answer)}
    rows = SearchEntry.objects.filter(pk__in=ids).exclude(passages=b"")
    best = {}
    for entry_id, blob in rows.values_list("pk", "passages").iterator(chunk_size=200):
        matrix = passage_matrix(blob)
        if len(matrix):
            best[entry_id] = float((matrix @ vector).max())
    return best


def staff_records(partner: str, fused) -> set[str]:
    """The records among the best listed that the partner's members wrote (tagged with it but
    left out of the partner bonus: search.partners.UNLIFTED_KINDS)."""
    ids = [entry_id for entry_id, _score in fused.ranked[:NAME_WINDOW]]
    rows = SearchEntry.objects.filter(pk__in=ids, kind__in=UNLIFTED_KINDS)
    return {
        record_key(row)
        for row in rows.only("pk", "translation_key", "partners")
        if partner in facet_values(row.partners)
    }


# Rows of the fused list read for the lead partner (search.partners.lead_partner_score): the
# first record that is not a practice is among them but for queries matching practices only.
LEAD_WINDOW = 100


# Seconds a bulk indexing request may take (reindex_all); a search keeps the client's 3.
BULK_TIMEOUT = 60


class ElasticsearchEngine:
    name = "elasticsearch"
    unavailable_errors = (elastic_transport.TransportError, elasticsearch.ApiError)

    def __init__(self, url: str):
        self.client = elasticsearch.Elasticsearch(url, request_timeout=3, max_retries=0)

    def ensure_index(self) -> None:
        """Create the index, or add the fields the mapping gained since it was created (before
        a document brings them in under a guessed, dynamic mapping)."""
        body = mapping_body()
        if not self.client.indices.exists(index=index_name()):
            self.client.indices.create(
                index=index_name(), settings=body.get("settings"), mappings=body.get("mappings")
            )
            return
        current = self.client.indices.get_mapping(index=index_name())
        known = set()
        for index in current.values():
            known.update(index.get("mappings", {}).get("properties", {}))
        wanted = body["mappings"]["properties"]
        missing = {name: field for name, field in wanted.items() if name not in known}
        if missing:
            self.client.indices.put_mapping(index=index_name(), properties=missing)

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
        # A batch of 500 documents with their vectors may take longer than a search may wait
        # (a busy server or machine timed out at 3 s): the rebuild waits, searches do not.
        writer = self.client.options(request_timeout=BULK_TIMEOUT)
        done, _errors = bulk(writer, actions, raise_on_error=False)
        return done

    # -- Search ----------------------------------------------------------------------------

    def query_vector(self, text: str):
        return embed_query(expand_query(text))

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

    def _row_bonus(self, text: str, answers) -> dict[int, float]:
        """Per returned entry, the database engine's bonuses read from the database (the index
        returns no source): TITLE_CONCEPT_WEIGHT when its title names a concept of every
        concept-naming term of the query, COUNTRY_TOPIC_WEIGHT when it is tagged with a place,
        goal or modality a query naming a topic too names (a practice, when the query asks for
        practices: search.places.asks_for_practices), SAID_WEIGHT when it is a discussion or
        a contribution and the query asks what was said (search.asking). Fusion adds them to
        matching rows only."""
        terms = query_concept_terms(text)
        named = topic_facets(text)
        said = asks_what_was_said(text)
        if not terms and not named and not said:
            return {}
        ids = {int(hit["_id"]) for answer in answers for hit in hits_of(answer)}
        columns = {FACET_COLUMNS[facet]: set(values) for facet, values in named.items()}
        practices_only = asks_for_practices(text)
        rows = SearchEntry.objects.filter(id__in=ids).values("id", "title", "kind", *columns)
        bonus = {}
        for row in rows:
            entry_id, title = row["id"], row["title"]
            tagged = any(
                wanted & set(facet_values(row[column])) for column, wanted in columns.items()
            ) and (row["kind"] == "practice" or not practices_only)
            value = COUNTRY_TOPIC_WEIGHT if tagged else 0.0
            if said and row["kind"] in SAID_KINDS:
                value += SAID_WEIGHT
            if terms and title_names_query(title_concepts(title), terms):
                value += TITLE_CONCEPT_WEIGHT
            if value:
                bonus[entry_id] = value
        return bonus

    def search(self, params: SearchParams) -> SearchResponse:
        """Two rounds: retrieve and fuse; then facets, the page's rows and, if nothing is
        sure to match, the counts that name a filter to remove."""
        if not params.text:
            return self._browse(params)
        vector = self.query_vector(params.text)
        searches = first_round(params, vector)
        names = name_shares(params.text)
        if names:
            searches["names"] = rows_search(params, list(names))
        answers = dict(zip(searches, self.msearch(list(searches.values())), strict=True))
        bias = language_bias(current_language_means(), vector)
        phrases = phrase_shares(answers.pop("phrases", None), len(query_phrases(params.text)))
        row_bonus = self._row_bonus(params.text, answers.values())
        for entry_id, share in phrases.items():
            row_bonus[entry_id] = row_bonus.get(entry_id, 0.0) + share
        answers["concept_terms"] = len(query_concept_labels(params.text))
        passages = best_passages(vector, [answers.get("semantic"), answers.get("everything")])
        # Fused once, then again with the lead partner's page or the named partner's records.
        fuse_answers = partial(
            fuse, **answers, bias=bias, title_bonus=row_bonus, name_shares=names, passages=passages
        )
        fused = fuse_answers()
        named = self._named_partner(params.text, fused)
        lead = None if named or query_facets(params.text) else self._lead_partner(fused)
        if lead is not None:
            pages, value = lead
            fused = fuse_answers(lead=pages, lead_score=value)
        if named is not None:
            partner, pages = named
            (tagged,) = self.msearch([partner_search(params, partner)])
            fused = fuse_answers(partner=tagged, partner_pages=pages)
        records = [record for record, _score in fused.records]
        relaxations = list(self._relaxations(params)) if not fused.total else []
        counts = [
            count_search(params, filters, fused.semantic_ids, records)
            for *_, filters in relaxations
        ]
        if params.sort == "newest":
            page_request = newest_search(params, records)
        else:
            page_request = members_search(params, page_records(params, fused))
        facets, page, *relaxed = self.msearch(
            [
                facet_search(params, fused.semantic_ids, records, sorted(fused.uncertain)),
                page_request,
                *counts,
            ]
        )
        aggregations = facets.get("aggregations", {})
        buckets = aggregations.get("uncertain", {}).get("records", {}).get("buckets", [])
        in_list = listed(fused, {bucket["key"] for bucket in buckets})
        record_score = dict(in_list)
        response = SearchResponse(
            params=params,
            total=len(in_list) + fused.beyond_window,
            hits=self._hits(
                self._page_rows(params, in_list, page, dict(fused.ranked)),
                params.text,
                record_score,
            ),
            facets=self._facets(aggregations, params),
        )
        if not response.total:
            self._blocking(response, relaxations, relaxed)
            response.nearest = self._nearest(fused.nearest, params.text)
        return response

    @staticmethod
    def _named_partner(text: str, fused) -> tuple[str, set[int]] | None:
        """The partner whose page clearly leads the fused list, or whose name the query is
        (search.partners), and the rows of its page that were listed; else None. A query naming
        countries, regions or goals only is left to the country bonus."""
        if query_facets(text):
            return None
        first = fused.ranked[0][0] if fused.ranked else None
        row = SearchEntry.objects.filter(pk=first, kind="partner").values_list("partners").first()
        if row and row[0] and clear_leader(fused, staff_records(row[0][0], fused)) is not None:
            return row[0][0], {first}
        ranked = [entry_id for entry_id, _score in fused.ranked[:NAME_WINDOW]]
        pages = {
            entry_id: facet_values(partners)[0]
            for entry_id, partners in SearchEntry.objects.filter(
                pk__in=ranked, kind="partner"
            ).values_list("pk", "partners")
            if facet_values(partners)
        }
        candidates = [pages[entry_id] for entry_id in ranked if entry_id in pages]
        partner = partner_by_name(text, candidates[:NAME_CANDIDATES])
        if partner is None:
            return None
        return partner, {entry_id for entry_id, name in pages.items() if name == partner}

    @staticmethod
    def _lead_partner(fused) -> tuple[dict[int, str], float] | None:
        """The rows of the lead partner's page (entry id: record) and the score they take after
        the practice that is the query's one answer (search.partners.lead_partner_score), else
        None."""
        ranked = fused.ranked[:LEAD_WINDOW]
        columns = ("pk", "kind", "partners", "translation_key")
        rows = SearchEntry.objects.only(*columns).in_bulk([entry_id for entry_id, _ in ranked])
        records: dict[str, tuple[SearchEntry, float]] = {}
        for entry_id, value in ranked:
            if entry_id in rows:
                records.setdefault(record_key(rows[entry_id]), (rows[entry_id], value))
        if not records:
            return None
        (top, top_score), *rest = records.values()
        if top.kind != "practice" or not facet_values(top.partners):
            return None
        lead = facet_values(top.partners)[0]
        pages = [
            page
            for page in SearchEntry.objects.filter(kind="partner").only(*columns)
            if facet_values(page.partners)[:1] == [lead]
        ]
        page_records = {record_key(page) for page in pages}
        kinds = [(row.kind, record_key(row), value) for row, value in rest]
        value = lead_partner_score(
            top_score,
            next((value for kind, _key, value in kinds if kind == "practice"), None),
            next(
                (
                    value
                    for kind, key, value in kinds
                    if kind != "practice" and key not in page_records
                ),
                None,
            ),
        )
        if value is None or not pages:
            return None
        return {page.pk: record_key(page) for page in pages}, value

    @staticmethod
    def _page_rows(
        params: SearchParams, in_list: list, page: dict, row_scores: dict[int, float]
    ) -> list[dict]:
        """The row to show for each record on the page, in page order."""
        language = visitor_language()
        if params.sort == "newest":
            return shown_from_collapsed(page["hits"]["hits"], language)
        start = (params.page - 1) * params.page_size
        rows = shown_rows(page["hits"]["hits"], language, row_scores)
        on_page = in_list[start : start + params.page_size]
        return [rows[record] for record, _score in on_page if record in rows]

    def _browse(self, params: SearchParams) -> SearchResponse:
        result = self.client.search(index=index_name(), body=browse_search(params).to_dict())
        aggregations = result.get("aggregations", {})
        response = SearchResponse(
            params=params,
            total=aggregations["total"]["records"]["value"],
            hits=self._hits(
                shown_from_collapsed(result["hits"]["hits"], visitor_language()), "", {}
            ),
            facets=self._facets(aggregations, params),
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
            count = result["aggregations"]["records"]["value"]
            if count:
                response.blocking_filters.append((facet, value, facet_label(facet, value), count))

    def _hits(self, raw_hits: list[dict], text: str, scores: dict[str, float]) -> list[Hit]:
        ids = [int(hit["_id"]) for hit in raw_hits]
        entries = SearchEntry.objects.without_vectors().in_bulk(ids)
        hits = []
        for raw in raw_hits:
            entry = entries.get(int(raw["_id"]))
            if entry is None:
                continue
            fragments = [f for values in raw.get("highlight", {}).values() for f in values]
            snippet = mark_safe(fragments[0]) if fragments else highlight(entry.body, text)  # noqa: S308 - ES html-encodes
            score = scores.get(record_of(raw), 0.0)
            hits.append(Hit(entry=entry, score=score, snippet=snippet))
        return hits

    def _nearest(self, nearest: list[tuple[int, float]], text: str) -> list[Hit]:
        entries = SearchEntry.objects.without_vectors().in_bulk([i for i, _s in nearest])
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
                    b["records"]["value"],  # records, not rows
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
