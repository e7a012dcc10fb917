"""Client-side reciprocal-rank fusion of the lexical and kNN answers, as the database engine does."""

from dataclasses import dataclass

from elasticsearch.dsl import Search

from ...query import SearchParams
from ..database import NEAREST_COUNT, RRF_K, SEMANTIC_FLOOR, SEMANTIC_MARGIN
from .queries import EXACT_TITLE, page_search


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
