"""The embedded engine: Wagtail's database full-text backend fused with in-process embeddings."""

import logging

import numpy as np
from django.utils.translation import get_language

from home.embeddings import embed_query

from .. import fulltext
from ..asking import SAID_KINDS, SAID_WEIGHT, asks_what_was_said
from ..models import SearchEntry
from ..names import NAME_WEIGHT, name_shares
from ..partners import (
    GATHERING_KINDS,
    NAME_CANDIDATES,
    NAME_WINDOW,
    PAGE_WEIGHT,
    PARTNER_MARGIN,
    PARTNER_WEIGHT,
    UNLIFTED_KINDS,
    after_practices,
    below_partner,
    lead_partner_score,
    partner_by_name,
)
from ..phrases import phrase_share, query_phrases
from ..places import asks_for_practices, query_facets, topic_facets
from ..query import FacetValue, Hit, SearchParams, SearchResponse, facet_label, highlight
from ..snapshot import FACETS, Snapshot, get_snapshot, normalise
from ..thesaurus import (
    expand_query,
    query_concept_labels,
    query_concept_terms,
    title_names_query,
)

logger = logging.getLogger("minga.search")

FULL_TEXT_LIMIT = 2000
# Fusion: a row's score is its similarity to the query without the language (search.centering)
# plus LEXICAL_WEIGHT when full text matches it (every query term is in it, in its text or
# keywords). Reciprocal-rank fusion put every full-text hit above every record that matched
# only by meaning, so a record sharing one word with the query in the query's language buried
# a better match written in another language; with a bonus in similarity units a lexical hit
# wins only when the two are about as similar, and meaning orders full-text hits among
# themselves. Calibrated on the relevance set (benchmarks/relevance.py): MRR is flat for
# weights from 0.02 to 0.05; a bonus decaying with the BM25 rank did slightly worse (recall@5
# 0.934 against 0.944), as country names matched in keywords rank low in BM25. With the
# thesaurus's names in the keywords (search.thesaurus) a full-text hit is surer: 0.05 kept
# MRR and raised recall@5 from 0.984 to 0.992 (0.08 lowered MRR).
LEXICAL_WEIGHT = 0.05
# A record that names every concept of the query (search.thesaurus), in any language, without
# holding every query word ("intercâmbio de parteiras": a record about midwives that never says
# "intercâmbio") matches with this smaller bonus.
CONCEPT_WEIGHT = 0.03
# A query naming three or four concepts ("Comment les éleveurs nomades font-ils vacciner leurs
# enfants ?": livestock, nomads, vaccination) also matches a record naming two of them (the
# Bedouin mobile clinics that vaccinate children), and a query naming two ("personnel exchange
# twinning") a record naming either; every row gets CONCEPT_WEIGHT times the share of the
# query's concept-naming terms it names, unless it holds every query word, so records naming
# all come first. On the relevance set: all 272 queries MRR .985 -> .987, recall@5 .996 ->
# .999 (three or four); two: no set moved, the twinning records now listed.
PARTIAL_CONCEPTS = 2
# A query naming places, goals or modalities only ("Jordan", "Egipto", "ODS 6", "Sahel",
# search.places) lists the records tagged with them first: each gets this bonus per facet (and
# matches), on top of its full-text bonus, so a contribution or partner that merely mentions
# the country no longer comes before them.
COUNTRY_WEIGHT = 0.1
# A query naming a topic and places, goals or modalities ("Moçambique Angola pesca", "Sudeste
# Asiático sequía", "cooperação triangular em educação"): the matching rows tagged so get this
# bonus, so the topic's records there come first; only practices when the query asks what was
# done ("health projects in West Africa": search.places.asks_for_practices), as a partner based
# there is not. On the relevance set (680 queries) tuned MRR .983 -> .987, blind4 .958 -> .967.
COUNTRY_TOPIC_WEIGHT = 0.03
# A row matches by meaning alone when its cosine similarity (multilingual-e5-small) is at least
# SEMANTIC_FLOOR, and either at least SEMANTIC_SURE or, without the language, within
# SEMANTIC_MARGIN of the query's best row above the floor. The floor lies above the best rows
# of nonsense queries ("xyzzy blorf": 0.80); the best row above it always matches, so no query
# with a row above the floor ends with zero results.
SEMANTIC_FLOOR = 0.82
SEMANTIC_SURE = 0.87
SEMANTIC_MARGIN = 0.05
# A row about as similar without the language as that best row (within SEMANTIC_TIE) matches
# when its cosine is a little below the floor (SEMANTIC_TIE_FLOOR): a long English paraphrase
# of a French practice ("farmers in Niger letting tree stumps regrow in their fields instead of
# clearing them", cosine 0.816) came second by meaning to the one row above the floor (0.822)
# and was not listed. No query of the relevance set read before changed (1 551, 2 Dec 2026);
# it still matches nothing for a query with no row above the floor.
SEMANTIC_TIE = 0.01
SEMANTIC_TIE_FLOOR = 0.81
SEMANTIC_LIMIT = 200
# A matching row whose title names a concept of every concept-naming term of the query
# (search.thesaurus), in its own language, is about what the query asks: "intercâmbio de
# parteiras" lifts "Utveksling av jordmødre …" above records that name midwives only in their
# text or in another language's keywords. On the relevance set 0.02 raised MRR from 0.961 to
# 0.976 and recall@5 from 0.994 to 0.996 (0.01 kept recall, 0.03 did as 0.02).
TITLE_CONCEPT_WEIGHT = 0.02
# Exact title matches stay on top.
EXACT_TITLE_BONUS = 1.0
NEAREST_COUNT = 5


def semantic_cutoff(cosine: np.ndarray, similarity: np.ndarray) -> float | None:
    """The similarity without the language a row above the floor needs to match by meaning
    alone (None: no row is above the floor)."""
    eligible = cosine >= SEMANTIC_FLOOR
    if not eligible.any():
        return None
    return float(similarity[eligible].max()) - SEMANTIC_MARGIN


def is_semantic_match(cosine, similarity, cutoff: float | None):
    """Whether rows (arrays or single values) match by meaning alone (see SEMANTIC_FLOOR and
    SEMANTIC_TIE)."""
    if cutoff is None:
        return np.zeros_like(np.asarray(cosine), dtype=bool)
    cosine, similarity = np.asarray(cosine), np.asarray(similarity)
    sure = (cosine >= SEMANTIC_FLOOR) & ((similarity >= cutoff) | (cosine >= SEMANTIC_SURE))
    tied = (cosine >= SEMANTIC_TIE_FLOOR) & (similarity >= cutoff + SEMANTIC_MARGIN - SEMANTIC_TIE)
    return sure | tied


def semantic_matches(cosine: np.ndarray, similarity: np.ndarray) -> np.ndarray:
    """Positions of the rows that match by meaning alone, best first, at most SEMANTIC_LIMIT."""
    chosen = np.flatnonzero(
        is_semantic_match(cosine, similarity, semantic_cutoff(cosine, similarity))
    )
    return chosen[np.argsort(-similarity[chosen], kind="stable")][:SEMANTIC_LIMIT]


def concepts_needed(terms: int) -> int:
    """How many of a query's `terms` concept-naming terms a row must name a concept of to
    match by concepts: one of up to PARTIAL_CONCEPTS, else PARTIAL_CONCEPTS."""
    return 1 if terms <= PARTIAL_CONCEPTS else PARTIAL_CONCEPTS


def concept_share(named: int, terms: int) -> float:
    """The concept bonus of a row naming concepts of `named` of the query's `terms` terms."""
    return CONCEPT_WEIGHT * named / terms if terms else 0.0


def lexical_bonus(count: int) -> np.ndarray:
    """The bonus of each of `count` full-text hits."""
    return np.full(count, LEXICAL_WEIGHT)


class DatabaseEngine:
    name = "database"

    # -- Matching --------------------------------------------------------------------------

    def full_text_positions(self, snapshot: Snapshot, text: str) -> list[int]:
        """Snapshot positions of full-text hits (all terms), best first.

        Records matching only some terms are left to the semantic side, which ranks them by
        meaning rather than by shared stop words.
        """
        ids = fulltext.ranked_ids(text, FULL_TEXT_LIMIT)
        positions = snapshot.positions
        return [positions[entry_id] for entry_id in ids if entry_id in positions]

    def concept_counts(self, snapshot: Snapshot, text: str) -> tuple[np.ndarray, int]:
        """(per row, how many of the query's concept-naming terms it names a concept of;
        how many such terms the query has). Keywords carry each concept's English name
        (search.thesaurus)."""
        groups = query_concept_labels(text)
        return self.groups_held(snapshot, groups), len(groups)

    def phrase_bonus(self, snapshot: Snapshot, text: str) -> np.ndarray:
        """Per row, its share of the phrase bonus (search.phrases)."""
        phrases = query_phrases(text)
        held = self.groups_held(snapshot, [(phrase,) for phrase in phrases])
        return phrase_share(held, len(phrases))

    def groups_held(self, snapshot: Snapshot, groups: list[tuple[str, ...]]) -> np.ndarray:
        """Per row, how many of the groups it holds one phrase of (full text, phrase match)."""
        counts = np.zeros(snapshot.size, dtype=np.int32)
        positions = snapshot.positions
        for phrases in groups:
            ids = set()
            for phrase in phrases:
                ids |= set(fulltext.ranked_ids(phrase, FULL_TEXT_LIMIT, phrase=True))
            counts[[positions[i] for i in ids if i in positions]] += 1
        return counts

    def semantic_scores(self, snapshot: Snapshot, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(cosine similarity, similarity without the language) per row."""
        if not snapshot.size:
            empty = np.zeros(0, dtype=np.float32)
            return empty, empty
        return snapshot.similarities(embed_query(expand_query(text)))

    def match(self, snapshot: Snapshot, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(matching rows, fused score per row, similarity without the language per row)."""
        size = snapshot.size
        if not text:
            return np.ones(size, dtype=bool), np.zeros(size), np.zeros(size)
        full_text = self.full_text_positions(snapshot, text)
        cosine, similarity = self.semantic_scores(snapshot, text)
        score = similarity.astype(np.float64)
        matched = np.zeros(size, dtype=bool)
        counts, terms = self.concept_counts(snapshot, text)
        counts[full_text] = 0
        if terms:
            score += concept_share(counts, terms)
            matched |= counts >= concepts_needed(terms)
        if full_text:
            score[full_text] += lexical_bonus(len(full_text))
            matched[full_text] = True
        matched[semantic_matches(cosine, similarity)] = True
        if not full_text:
            for entry_id, share in name_shares(text).items():
                if entry_id in snapshot.positions:
                    position = snapshot.positions[entry_id]
                    score[position] += NAME_WEIGHT * share
                    matched[position] = True
        facets = query_facets(text)
        # Read once: a query naming a theme reads the themes from the database.
        practices_only = asks_for_practices(text)
        for facet, values in facets.items():
            tagged = snapshot.mask(facet, values)
            if practices_only:
                tagged &= snapshot.mask("type", ["practice"])
            score[tagged] += COUNTRY_WEIGHT
            matched |= tagged
        in_places = np.zeros(size, dtype=bool)
        for facet, values in topic_facets(text).items():
            in_places |= snapshot.mask(facet, values)
        if practices_only:
            in_places &= snapshot.mask("type", ["practice"])
        score[matched & in_places] += COUNTRY_TOPIC_WEIGHT
        for position in snapshot.titles.get(normalise(text), []):
            score[position] += EXACT_TITLE_BONUS
            matched[position] = True
        terms = query_concept_terms(text)
        if terms and snapshot.title_concepts:
            for position in np.flatnonzero(matched):
                if title_names_query(snapshot.title_concepts[position], terms):
                    score[position] += TITLE_CONCEPT_WEIGHT
        score += np.where(matched, self.phrase_bonus(snapshot, text), 0.0)
        if not facets:
            partner = self.named_partner(snapshot, matched, score) or partner_by_name(
                text, self.partner_candidates(snapshot, matched, score)
            )
            if partner is not None:
                self.lift_partner(snapshot, matched, score, partner)
            else:
                self.follow_lead_partner(snapshot, matched, score)
        if asks_what_was_said(text):  # "what did participants say about …"
            score[matched & snapshot.mask("type", SAID_KINDS)] += SAID_WEIGHT
        return matched, score, similarity

    def named_partner(self, snapshot: Snapshot, matched, score) -> str | None:
        """The partner whose page is the clear best match (search.partners), else None."""
        rows = np.flatnonzero(matched)
        if not len(rows):
            return None
        ranked = rows[np.argsort(-score[rows], kind="stable")]
        top = ranked[0]
        if not snapshot.mask("type", ["partner"])[top]:
            return None
        others = ranked[snapshot.groups[ranked] != snapshot.groups[top]]
        # What the partner's members wrote (tagged with it, search.partners) does not compete.
        staff = snapshot.mask("partner", [snapshot.partner_pages.get(int(top), "")])
        staff &= snapshot.mask("type", UNLIFTED_KINDS)
        others = others[~staff[others]]
        if len(others) and score[top] - score[others[0]] < PARTNER_MARGIN:
            return None
        return snapshot.partner_pages.get(int(top))

    def lift_partner(self, snapshot: Snapshot, matched, score, partner: str) -> None:
        """A query names the partner (search.partners): its page first, then its practices,
        then its discussions, then whatever else matched (in place)."""
        tagged = snapshot.mask("partner", [partner]) & ~snapshot.mask("type", UNLIFTED_KINDS)
        gatherings = tagged & snapshot.mask("type", GATHERING_KINDS)
        practices = tagged & ~gatherings
        score[practices] += PARTNER_WEIGHT
        pages = snapshot.pages_of(partner)
        score[pages] += PAGE_WEIGHT
        practices[pages] = False
        score[gatherings] = after_practices(
            score[gatherings], self.record_best(snapshot, practices, score)
        )
        matched |= tagged
        others = matched & ~tagged
        score[others] = below_partner(score[others], self.record_best(snapshot, tagged, score))

    def follow_lead_partner(self, snapshot: Snapshot, matched, score) -> None:
        """The lead partner's page after the practice that is the query's one answer
        (search.partners.lead_partner_score), in place."""
        rows = np.flatnonzero(matched)
        if not len(rows):
            return
        ranked = self.distinct_records(snapshot, rows[np.argsort(-score[rows], kind="stable")])
        lead = snapshot.lead_partners.get(int(ranked[0]))
        pages = snapshot.pages_of(lead)
        if not pages:
            return
        rest = ranked[1:]
        practices = snapshot.mask("type", ["practice"])[rest]
        others = rest[~practices & ~np.isin(snapshot.groups[rest], snapshot.groups[pages])]
        value = lead_partner_score(
            score[ranked[0]],
            score[rest[practices][0]] if practices.any() else None,
            score[others[0]] if len(others) else None,
        )
        if value is not None:
            score[pages] = np.maximum(score[pages], value)
            matched[pages] = True

    @staticmethod
    def record_best(snapshot: Snapshot, rows: np.ndarray, score) -> np.ndarray:
        """The best score of each record among the rows (a mask), its translations included."""
        best = np.full(snapshot.size, -np.inf)
        np.maximum.at(best, snapshot.groups[rows], score[rows])
        return best[best > -np.inf]

    def partner_candidates(self, snapshot: Snapshot, matched, score) -> list[str]:
        """The partners whose pages are among the best rows (NAME_WINDOW), best first
        (search.partners)."""
        rows = np.flatnonzero(matched)
        best = rows[np.argsort(-score[rows], kind="stable")][:NAME_WINDOW]
        pages = [snapshot.partner_pages[p] for p in best.tolist() if p in snapshot.partner_pages]
        return pages[:NAME_CANDIDATES]

    def filter_mask(self, snapshot: Snapshot, filters: dict[str, list[str]]) -> np.ndarray:
        mask = np.ones(snapshot.size, dtype=bool)
        for facet, values in filters.items():
            if values:
                mask &= snapshot.mask(facet, values)
        return mask

    # -- Search ----------------------------------------------------------------------------

    def search(self, params: SearchParams) -> SearchResponse:
        snapshot = get_snapshot()
        matched, score, similarity = self.match(snapshot, params.text)
        if snapshot.has_translations:
            own_score = score
            matched, score = self.spread_to_translations(snapshot, matched, score)
        selected = matched & self.filter_mask(snapshot, params.filters)
        positions = np.flatnonzero(selected)
        if snapshot.has_translations:
            positions = self.one_per_record(snapshot, positions, own_score)
        if params.sort == "newest" or not params.text:
            key = -snapshot.published[positions]
        else:
            key = -score[positions]
        ordered = positions[np.argsort(key, kind="stable")]
        start = (params.page - 1) * params.page_size
        page_positions = ordered[start : start + params.page_size]
        response = SearchResponse(
            params=params,
            total=int(len(positions)),
            hits=self.hits(snapshot, page_positions, score, params.text),
            facets=self.facets(snapshot, matched, params),
        )
        if not response.total:
            self.explain_zero(snapshot, matched, similarity, response)
        return response

    def spread_to_translations(self, snapshot: Snapshot, matched, score):
        """A record matches in every language it has: translations share the best row's score."""
        groups = snapshot.groups
        best = np.full(snapshot.size, -np.inf)
        np.maximum.at(best, groups[matched], score[matched])
        spread = best[groups] > -np.inf
        return spread, np.where(spread, best[groups], score)

    def one_per_record(self, snapshot: Snapshot, positions: np.ndarray, score) -> np.ndarray:
        """Of rows that translate one record, keep one: the visitor's language, else the row
        that matched best by its own score."""
        if not len(positions):
            return positions
        language = (get_language() or "").split("-")[0]
        preferred = snapshot.mask("language", [language]) if language else None
        other_language = ~preferred[positions] if preferred is not None else 0
        order = np.lexsort(
            (positions, -score[positions], other_language, snapshot.groups[positions])
        )
        _groups, first = np.unique(snapshot.groups[positions[order]], return_index=True)
        return np.sort(positions[order][first])

    def hits(self, snapshot: Snapshot, positions, score, text: str) -> list[Hit]:
        ids = [int(snapshot.ids[p]) for p in positions]
        entries = SearchEntry.objects.without_vectors().in_bulk(ids)
        return [
            Hit(entry=entries[i], score=float(score[p]), snippet=highlight(entries[i].body, text))
            for i, p in zip(ids, positions, strict=True)
            if i in entries
        ]

    def distinct_records(self, snapshot: Snapshot, ranked: np.ndarray) -> np.ndarray:
        """Ranked rows without later translations of a record already listed."""
        if not snapshot.has_translations:
            return ranked
        _groups, first = np.unique(snapshot.groups[ranked], return_index=True)
        return ranked[np.sort(first)]

    def facets(self, snapshot: Snapshot, matched, params: SearchParams) -> dict:
        """Counts per value among matching rows with every *other* facet's filters applied."""
        facets = {}
        for facet in FACETS:
            others = {name: values for name, values in params.filters.items() if name != facet}
            base = matched & self.filter_mask(snapshot, others)
            chosen = set(params.filters.get(facet, []))
            names, counts = snapshot.counts(facet, base)
            values = [
                FacetValue(value, facet_label(facet, value), int(count), value in chosen)
                for value, count in zip(names, counts.tolist(), strict=True)
                if count or value in chosen
            ]
            values.sort(key=lambda v: (-v.count, v.label))
            facets[facet] = values
        return facets

    def record_count(self, snapshot: Snapshot, rows: np.ndarray) -> int:
        """Selected records: translations of one record count once."""
        if not snapshot.has_translations:
            return int(np.count_nonzero(rows))
        return len(np.unique(snapshot.groups[rows]))

    def explain_zero(self, snapshot, matched, similarity, response: SearchResponse) -> None:
        params = response.params
        for facet, values in params.filters.items():
            for value in values:
                rest = self.filter_mask(snapshot, params.without(facet, value))
                count = self.record_count(snapshot, matched & rest)
                if count:
                    response.blocking_filters.append(
                        (facet, value, facet_label(facet, value), count)
                    )
        if params.text and snapshot.size:
            nearest = self.distinct_records(snapshot, np.argsort(-similarity, kind="stable"))
            nearest = nearest[:NEAREST_COUNT]
            response.nearest = self.hits(snapshot, nearest, similarity, params.text)

    # -- Suggestions and similar items -----------------------------------------------------

    def suggest(self, text: str, limit: int = 8) -> list[dict]:
        prefix = normalise(text)
        if not prefix:
            return []
        snapshot = get_snapshot()
        starts, contains = [], []
        for key, label, kind in snapshot.suggestions:
            if key.startswith(prefix) or f" {prefix}" in f" {key}":
                (starts if key.startswith(prefix) else contains).append(
                    {"label": label, "type": kind}
                )
        return (starts + contains)[:limit]

    def similar(self, entry: SearchEntry, kinds: list[str], limit: int = 4) -> list[SearchEntry]:
        snapshot = get_snapshot()
        position = snapshot.positions.get(entry.pk)
        if position is None or not snapshot.size:
            return []
        similarity = snapshot.matrix @ snapshot.matrix[position]
        similarity[position] = -1
        mask = snapshot.mask("type", kinds)
        mask &= snapshot.groups != snapshot.groups[position]  # nor its own translations
        candidates = np.flatnonzero(mask)
        ranked = candidates[np.argsort(-similarity[candidates], kind="stable")]
        best = self.distinct_records(snapshot, ranked)[:limit]
        ids = [int(snapshot.ids[p]) for p in best]
        entries = SearchEntry.objects.without_vectors().in_bulk(ids)
        return [entries[i] for i in ids if i in entries]
