"""Query words that stand together in a record: "guardianas de semillas", "unités de mesure".

Full text needs every query word somewhere in a row, and meaning reads the whole text: neither
tells a record that says two of the query's words side by side, as the query does, from one
that has them paragraphs apart. A contribution saying "las guardianas de semillas" came after a
practice about seed banks that says neither word next to the other. Term proximity is the
classic remedy (Tao & Zhai, "An Exploration of Proximity Measures in Information Retrieval",
SIGIR 2007): here each pair of neighbouring content words of the query (function words between
them kept, as the query writes them: search.thesaurus.FUNCTION_WORDS) is a phrase, and a
matching row gets PHRASE_WEIGHT times the share of the query's phrases it holds (both engines,
full text with phrase matching, on the folded words: search.folding). It adds to a row that
matches already; it never makes a row match.

Calibrated on the relevance set (benchmarks/relevance.py, 1 451 queries, database engine): all
MRR / recall@5 .979/.988 -> .980/.989 with 0.03; seven queries moved up and none down (0.02
moved five; 0.04 moved eight and two down).
"""

from .folding import fold
from .thesaurus import FUNCTION_WORDS

PHRASE_WEIGHT = 0.03
# A long query is looked up for its first phrases only (one full-text lookup each).
MAX_PHRASES = 10


def query_phrases(text: str) -> list[str]:
    """The query's pairs of neighbouring content words with the function words between them,
    folded ("Guardianas de semillas" -> ["guardianas de semillas"]), at most MAX_PHRASES."""
    folded = fold(text or "").split()
    content = [index for index, word in enumerate(folded) if word not in FUNCTION_WORDS]
    phrases = [
        " ".join(folded[start : end + 1]) for start, end in zip(content, content[1:], strict=False)
    ]
    return list(dict.fromkeys(phrases))[:MAX_PHRASES]


def phrase_share(held: int, phrases: int) -> float:
    """The bonus of a row holding `held` of the query's `phrases` phrases."""
    return PHRASE_WEIGHT * held / phrases if phrases else 0.0
