"""A record found by its best passage: what one paragraph of a long text says lifts the record.

An entry's embedding reads its title and opening (search.indexing.embed_entries), and a
contribution's or a discussion's the mean of its passages too: a detail told in one paragraph
("the farmers were paid for each day they hosted a visit", a figure, a place) is diluted in
that vector. Every passage of a practice, a contribution and a discussion also keeps a vector
of its own (SearchEntry.passages), and a row's cosine similarity to a query rises by
PASSAGE_LIFT of the amount its best passage beats it: the passage-level evidence of
Dai & Callan's MaxP ("Deeper Text Understanding for IR with Contextual Neural Language
Modeling", 2019), added to the record's own similarity so that a passage alone does not
outrank what the record is about. On the relevance set (benchmarks/relevance.py, 1 351
queries) MRR / recall@5 .978/.987 -> .981/.989 with 0.3, and the one query with no result
("hvordan lærte Bolivia voksne å lese?", adult literacy told in a practice's second paragraph)
found its record; 0.6 did as well on most sets and lost a rank on one never read.
"""

import numpy as np

from home.embeddings import EMBEDDING_DIM

PASSAGE_LIFT = 0.3


def passage_matrix(blob: bytes | memoryview | None) -> np.ndarray:
    """The passage vectors stored in one entry (SearchEntry.passages), one row each."""
    data = bytes(blob or b"")
    if not data or len(data) % (EMBEDDING_DIM * 4):
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    return np.frombuffer(data, dtype=np.float32).reshape(-1, EMBEDDING_DIM)


def lifted(cosine, best_passage):
    """Cosine similarities lifted by their rows' best passage similarity (-inf: none)."""
    cosine = np.asarray(cosine, dtype=np.float64)
    return cosine + PASSAGE_LIFT * np.maximum(np.asarray(best_passage) - cosine, 0.0)


def lowest_liftable(floor: float) -> float:
    """The lowest cosine a row can have and still reach `floor` through its passages (a
    passage's similarity is at most 1): where a search that cuts at the floor must cut."""
    return (floor - PASSAGE_LIFT) / (1.0 - PASSAGE_LIFT)
