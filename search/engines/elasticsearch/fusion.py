"""Client-side fusion of the lexical and kNN answers, as the database engine does.

Translations of a record share a `record` keyword. A record matches in every language it has:
it takes the score of its best-scoring matched row, and the row shown is the visitor's
language when one of its rows that pass the filters has it, else the best-scoring of them.
"""

from dataclasses import dataclass

import numpy as np
from django.utils.translation import get_language

from ...names import NAME_WEIGHT
from ...partners import (
    GATHERING_KINDS,
    PAGE_WEIGHT,
    PARTNER_MARGIN,
    PARTNER_WEIGHT,
    after_practices,
    below_partner,
)
from ...passages import lifted
from ...phrases import phrase_share
from ...query import SearchParams
from ..database import (
    COUNTRY_WEIGHT,
    EXACT_TITLE_BONUS,
    NEAREST_COUNT,
    concept_share,
    is_semantic_match,
    lexical_bonus,
    semantic_cutoff,
)
from .index_mapping import OWN_RECORD_PREFIX
from .queries import (
    CONCEPT_TERM,
    CONCEPTS,
    EXACT_TITLE,
    FACET_FIELDS,
    NAMED_FACET,
    PHRASE,
    RECORD,
    ROWS,
)


@dataclass
class Fused:
    ranked: list[tuple[int, float]]  # (entry id, fused score), best first, filters applied
    # (record, score) best first: records with a matched row under the filters, and records
    # matched only through rows the filters leave out (`uncertain`: listed only if another of
    # their rows passes the filters, which the second round tells).
    records: list[tuple[str, float]]
    uncertain: set[str]
    beyond_window: int  # lexical hits under the filters past the fetched window
    semantic_ids: list[int]  # unfiltered semantic matches, for facet and relaxed counts
    nearest: list[tuple[int, float]]  # (entry id, cosine similarity), one per record

    @property
    def total(self) -> int:
        """Records sure to be listed (the uncertain ones are added once resolved)."""
        return len(self.records) - len(self.uncertain) + self.beyond_window


def hits_of(result: dict | None) -> list[dict]:
    return result["hits"]["hits"] if result else []


def record_of(hit: dict) -> str:
    """The hit's record; a hit fetched without the field stands alone (as indexing names it)."""
    values = hit.get("fields", {}).get(RECORD)
    return values[0] if values else f"{OWN_RECORD_PREFIX}{hit['_id']}"


def kind_of(hit: dict) -> str:
    return (hit.get("fields", {}).get(FACET_FIELDS["type"]) or [""])[0]


def record_best(score: dict[int, float], entry_ids: list[int], record: dict) -> list[float]:
    """The best score of each record among the rows (its translations included)."""
    best: dict[str, float] = {}
    for entry_id in entry_ids:
        if entry_id in score:
            best[record[entry_id]] = max(best.get(record[entry_id], -np.inf), score[entry_id])
    return list(best.values())


def lift_gatherings(score, tagged: dict[int, str], base, pages: set[int], record) -> None:
    """The named partner's discussions (GATHERING_KINDS, `base` their scores before) lifted
    after its practices (search.partners.after_practices), in place."""
    practices = [i for i, kind in tagged.items() if kind not in GATHERING_KINDS and i not in pages]
    best = record_best(score, practices, record)
    for entry_id, kind in tagged.items():
        if kind in GATHERING_KINDS:
            score[entry_id] = float(after_practices(base[entry_id], best))


def hold_below(scores: dict[int, float], partner_best: list[float], tagged, record) -> None:
    """Rows of records not tagged with the named partner held below its records' lowest best
    score (search.partners.below_partner), in place."""
    partner_records = {record[entry_id] for entry_id in tagged}
    for entry_id, value in scores.items():
        if record[entry_id] not in partner_records:
            scores[entry_id] = float(below_partner(value, partner_best))


def language_of(hit: dict) -> str:
    return (hit.get("fields", {}).get("language") or [""])[0]


def visitor_language() -> str:
    return (get_language() or "").split("-")[0]


def similarities(
    result: dict | None,
    bias: dict[str, float] | None = None,
    passages: dict[int, float] | None = None,
) -> list[tuple[int, float, float]]:
    """(entry id, cosine, similarity without the language) from a kNN response, best first.

    For cosine, _score is (1 + similarity) / 2, lifted by the row's best passage similarity
    (`passages`, search.passages); `bias` is the query's similarity to each language's mean
    vector (search.centering), subtracted from the rows in that language."""
    bias = bias or {}
    passages = passages or {}
    rows = []
    for hit in hits_of(result):
        cosine = 2.0 * float(hit["_score"]) - 1.0
        if int(hit["_id"]) in passages:
            cosine = float(lifted(cosine, passages[int(hit["_id"])]))
        rows.append((int(hit["_id"]), cosine, cosine - bias.get(language_of(hit), 0.0)))
    return sorted(rows, key=lambda row: -row[2])


def cutoff_of(neighbours: list[tuple[int, float, float]]) -> float | None:
    if not neighbours:
        return None
    _ids, cosine, similarity = (np.asarray(column) for column in zip(*neighbours, strict=True))
    return semantic_cutoff(cosine, similarity)


def worded(hit: dict) -> bool:
    """Whether a full-text hit holds every query word (or the exact title): it was matched by
    more than the query's concepts or the facets it names alone."""
    named = set(hit.get("matched_queries", ()))
    return not named or not all(name == CONCEPTS or name.startswith(NAMED_FACET) for name in named)


def bonus_of(hit: dict, bonus: float) -> float:
    """A full-text hit's bonus when it holds every query word (a hit matched by the query's
    concepts only takes its concept share, concept_shares); plus the country bonus for each
    facet it is tagged with among those the query names alone (countries, goals)."""
    names = hit.get("matched_queries", ())
    country = COUNTRY_WEIGHT * sum(1 for name in names if name.startswith(NAMED_FACET))
    return (bonus if worded(hit) else 0.0) + country


def named_shares(result: dict | None, prefix: str, share) -> dict[int, float]:
    """Per row of a rows_holding answer, `share` of how many of its clauses named `prefix`
    it matched."""
    shares = {}
    for hit in hits_of(result):
        held = sum(1 for name in hit.get("matched_queries", ()) if name.startswith(prefix))
        shares[int(hit["_id"])] = share(held)
    return shares


def concept_shares(result: dict | None, terms: int) -> dict[int, float]:
    """Per row naming concepts of the query's concept-naming terms (concept_search), its share
    of the concept bonus, as the database engine gives it."""
    return named_shares(result, CONCEPT_TERM, lambda named: concept_share(named, terms))


def phrase_shares(result: dict | None, phrases: int) -> dict[int, float]:
    """Per row holding phrases of the query (phrase_search), its share of the phrase bonus,
    as the database engine gives it (fusion adds it to matching rows only)."""
    return named_shares(result, PHRASE, lambda held: phrase_share(held, phrases))


def fused_scores(
    lexical: list[dict],
    semantic: list[tuple[int, float, float]],
    cutoff: float | None,
    title_bonus: dict[int, float] | None = None,
    concept_bonus: dict[int, float] | None = None,
) -> dict[int, float]:
    """Fused score per entry, as the database engine computes it: similarity without the
    language plus the lexical bonus of full-text hits, or the concept share of the rest;
    kNN hits match alone as the database engine's is_semantic_match says; exact titles are
    lifted above everything. A lexical hit kNN did not return is less similar than every row
    it returned: it counts at the lowest."""
    similarity = {entry_id: value for entry_id, _cosine, value in semantic}
    unknown = min(similarity.values(), default=0.0)
    score = {
        int(hit["_id"]): similarity.get(int(hit["_id"]), unknown) + bonus_of(hit, float(bonus))
        for hit, bonus in zip(lexical, lexical_bonus(len(lexical)), strict=True)
    }
    for entry_id, cosine, value in semantic:
        if entry_id not in score and is_semantic_match(cosine, value, cutoff):
            score[entry_id] = value
    with_words = {int(hit["_id"]) for hit in lexical if worded(hit)}
    for entry_id, share in (concept_bonus or {}).items():
        if entry_id in score and entry_id not in with_words:
            score[entry_id] += share
    for hit in lexical:
        if EXACT_TITLE in hit.get("matched_queries", ()):
            score[int(hit["_id"])] += EXACT_TITLE_BONUS
    for entry_id, bonus in (title_bonus or {}).items():
        if entry_id in score:
            score[entry_id] += bonus
    return score


def fuse(
    lexical: dict,
    semantic: dict | None = None,
    everything: dict | None = None,
    elsewhere: dict | None = None,
    bias: dict[str, float] | None = None,
    title_bonus: dict[int, float] | None = None,
    partner: dict | None = None,
    partner_pages: set[int] | None = None,
    concepts: dict | None = None,
    concept_terms: int = 0,
    names: dict | None = None,
    name_shares: dict[int, float] | None = None,
    passages: dict[int, float] | None = None,
    lead: dict[int, str] | None = None,
    lead_score: float = 0.0,
) -> Fused:
    """Fusion with the database engine's weights, floor, margin and title lift.

    Whether a kNN hit matches by meaning alone is decided against the best row of the whole
    index (`everything`), as the database engine does. Rows the filters leave out
    (`elsewhere`, and unfiltered kNN matches) rank their records the same way, as candidates
    whose translations may pass the filters. The rows tagged with a partner the query names
    (`partner`, search.partners) get the partner bonus and match, as in the database engine,
    and its page's rows (`partner_pages`) the page bonus.
    Rows naming the query's concepts (`concepts`, of its `concept_terms` concept-naming terms)
    take their share of the concept bonus. When no row holds every query word, the rows saying
    a name of the query (`names`, with each row's share of the names: search.names) get the
    name bonus and match. kNN rows are lifted by their best passage (`passages`: per entry id,
    its best passage's cosine similarity to the query, search.passages). The rows of the lead
    partner's page (`lead`: entry id -> record, search.partners.lead_partner_score) match with
    at least `lead_score`; one no answer returned under the filters is uncertain, as the
    second round tells whether it passes them.
    """
    answers = (lexical, semantic, everything, elsewhere, partner, concepts, names)
    record = {int(hit["_id"]): record_of(hit) for answer in answers for hit in hits_of(answer)}
    lead = lead or {}
    record |= {entry_id: key for entry_id, key in lead.items() if entry_id not in record}
    neighbours = similarities(everything, bias, passages)
    cutoff = cutoff_of(neighbours)
    shares = concept_shares(concepts, concept_terms)
    score = fused_scores(
        hits_of(lexical), similarities(semantic, bias, passages), cutoff, title_bonus, shares
    )
    # The rows tagged with the partner, by kind; its discussions are lifted after the rest.
    tagged = {int(hit["_id"]): kind_of(hit) for hit in hits_of(partner)}
    raised: list[tuple[int, float]] = []
    for entry_id, kind in tagged.items():
        page = PAGE_WEIGHT if entry_id in (partner_pages or ()) else 0.0
        if kind not in GATHERING_KINDS:
            raised.append((entry_id, PARTNER_WEIGHT + page))
    if not hits_of(lexical):
        said = name_shares or {}
        raised += [
            (int(hit["_id"]), NAME_WEIGHT * said.get(int(hit["_id"]), 0.0))
            for hit in hits_of(names)
        ]
    similarity = {entry_id: value for entry_id, _c, value in similarities(semantic, bias, passages)}
    similarity |= {
        entry_id: value for entry_id, _c, value in neighbours if entry_id not in similarity
    }
    unknown = min(similarity.values(), default=0.0)
    for entry_id, bonus in raised:
        score[entry_id] = score.get(entry_id, similarity.get(entry_id, unknown)) + bonus
    if tagged:
        base = {i: score.get(i, similarity.get(i, unknown)) for i in tagged}
        lift_gatherings(score, tagged, base, set(partner_pages or ()), record)
        held_below = record_best(score, list(tagged), record)
        hold_below(score, held_below, tagged, record)
    for entry_id in lead:
        if entry_id in score:
            score[entry_id] = max(score[entry_id], lead_score)
    ranked = sorted(score.items(), key=lambda item: -item[1])
    outside = fused_scores(hits_of(elsewhere), neighbours, cutoff, title_bonus, shares)
    if tagged:
        hold_below(outside, held_below, tagged, record)
    record_score: dict[str, float] = {}
    for entry_id, value in ranked:
        record_score.setdefault(record[entry_id], value)
    certain = set(record_score)
    for entry_id, value in sorted(outside.items(), key=lambda item: -item[1]):
        # A row of its own that the filters leave out has no translation to pass them.
        if entry_id not in score and not record[entry_id].startswith(OWN_RECORD_PREFIX):
            record_score.setdefault(record[entry_id], value)
    for entry_id, key in lead.items():
        if entry_id not in score:
            record_score[key] = max(record_score.get(key, lead_score), lead_score)
    matched = [
        entry_id
        for entry_id, cosine, value in neighbours
        if is_semantic_match(cosine, value, cutoff)
    ]
    return Fused(
        ranked=ranked,
        records=sorted(record_score.items(), key=lambda item: -item[1]),
        uncertain=set(record_score) - certain,
        beyond_window=max(0, lexical["hits"]["total"]["value"] - len(hits_of(lexical))),
        semantic_ids=matched,
        nearest=distinct_records([(i, value) for i, _c, value in neighbours], record)[
            :NEAREST_COUNT
        ],
    )


def clear_leader(fused: Fused, allied: set[str] = frozenset()) -> int | None:
    """The entry id of the best row when its record leads every other by PARTNER_MARGIN (the
    caller checks that it is a partner's page), else None. `allied` records do not compete
    (what the partner's members wrote: search.partners)."""
    if not fused.records or fused.records[0][0] in fused.uncertain or not fused.ranked:
        return None
    others = [score for record, score in fused.records[1:] if record not in allied]
    if others and fused.records[0][1] - others[0] < PARTNER_MARGIN:
        return None
    return fused.ranked[0][0]


def distinct_records(pairs: list[tuple[int, float]], record: dict[int, str]) -> list:
    """The pairs without later translations of a record already listed."""
    seen: set[str] = set()
    kept = []
    for entry_id, value in pairs:
        if record[entry_id] not in seen:
            seen.add(record[entry_id])
            kept.append((entry_id, value))
    return kept


# -- The page --------------------------------------------------------------------------------


def page_records(params: SearchParams, fused: Fused) -> list[str]:
    """The records whose rows the page request fetches: every one that can land on the page.

    Until the same round says which uncertain records are listed, the page may start as early
    as its position in the fused list and ends by the record that completes it with certain
    records only.
    """
    start = (params.page - 1) * params.page_size
    end = start + params.page_size
    window, certain = [], 0
    for position, (record, _score) in enumerate(fused.records):
        if certain >= end:
            break
        if position >= start:
            window.append(record)
        certain += record not in fused.uncertain
    return window


def listed(fused: Fused, passing: set[str]) -> list[tuple[str, float]]:
    """The fused records that are listed: certain ones, and uncertain ones found to pass."""
    return [item for item in fused.records if item[0] not in fused.uncertain or item[0] in passing]


def shown_rows(
    rows: list[dict], language: str, row_scores: dict[int, float] | None = None
) -> dict[str, dict]:
    """Per record, the row to show: the one in the visitor's language, else the row that
    matched best by its own score (`row_scores`), else the first by id."""
    row_scores = row_scores or {}
    chosen: dict[str, dict] = {}

    def preference(row: dict) -> tuple:
        in_language = bool(language) and language_of(row) == language
        return (in_language, row_scores.get(int(row["_id"]), float("-inf")))

    for row in sorted(rows, key=lambda hit: int(hit["_id"])):
        current = chosen.get(record_of(row))
        if current is None or preference(row) > preference(current):
            chosen[record_of(row)] = row
    return chosen


def shown_from_collapsed(hits: list[dict], language: str) -> list[dict]:
    """The row to show of each collapsed hit, from its inner hits (or the hit itself)."""
    shown = []
    for hit in hits:
        rows = hit.get("inner_hits", {}).get(ROWS, {}).get("hits", {}).get("hits") or [hit]
        rows = [
            {**row, "fields": {**row.get("fields", {}), RECORD: [record_of(hit)]}} for row in rows
        ]
        shown.append(shown_rows(rows, language)[record_of(hit)])
    return shown
