"""Names a query shares with few records: "valle de la Bekaa", "enfermeiras entre Recife e
Nampula".

A place, a river or a project's name is written the same in every language, but a query
asks for it among words of its own language ("valle", "enfermeiras"): full text needs every
word, so it matches nothing, and the embedding model, which has seldom seen the name, ranks
the record about it among many others. A query word is taken as a name when at most
NAME_RECORDS records say it and every record saying it writes it with a capital letter
(common words of a language that few records are written in, such as "funcionar", are
written in lower case). Each record saying a name gets NAME_WEIGHT times the share of the
query's names it says, and matches (both engines).

Calibrated on the relevance set (benchmarks/relevance.py, 680 queries, database engine):
blind3 recall@5 .979 -> .990, blind8 .903/.940 -> .918/.957, no set lower; 3 to 5 records
and weights .03 to .05 did the same. Without the capital-letter test, words of the
minority languages counted as names and blind9 MRR fell from .946 to .938.
"""

import re
from functools import lru_cache

from . import fulltext
from .models import SearchEntry
from .places import GENERIC_WORDS, country_words
from .thesaurus import thesaurus, words

NAME_RECORDS = 3
NAME_WEIGHT = 0.03
MIN_LETTERS = 4
# A word found in more rows than this is not rare (a record has a row per language).
MAX_ROWS = 40
# The longest query words are looked up, at most this many (one full-text lookup each): a
# name is seldom short, and a 500-character query costs no more than a short one.
MAX_CANDIDATES = 8
WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Words with bonuses of their own: the thesaurus's, countries' and generic words."""
    return thesaurus().vocabulary | country_words().vocabulary | GENERIC_WORDS


def candidate_words(text: str) -> list[str]:
    """The query's words that may be names: long enough, and neither a thesaurus, country nor
    generic word (those have their own bonuses); the MAX_CANDIDATES longest, in query order.
    None for a one-word query: full text already matches the records saying it."""
    plain = words(text or "")
    if len(plain) < 2:
        return []
    known = _known_words()
    candidates = [
        word
        for word in dict.fromkeys(plain)
        if len(word) >= MIN_LETTERS and word.isalpha() and word not in known
    ]
    longest = set(sorted(candidates, key=len, reverse=True)[:MAX_CANDIDATES])
    return [word for word in candidates if word in longest]


def written_as_name(word: str, texts: list[str]) -> bool:
    """Whether the texts say the word (as search.thesaurus.words reads them: folded, a final
    -s dropped), always with a capital letter."""
    said = False
    for text in texts:
        for found in WORD.finditer(text):
            token = found.group()
            if words(token) == [word]:
                if not token[0].isupper():
                    return False
                said = True
    return said


def name_shares(text: str) -> dict[int, float]:
    """{entry id: the share of the query's names the entry says}, for entries saying any."""
    names: list[set[int]] = []
    for word in candidate_words(text):
        ids = fulltext.ranked_ids(word, MAX_ROWS + 1)
        if not ids or len(ids) > MAX_ROWS:
            continue
        rows = SearchEntry.objects.filter(id__in=ids).values_list(
            "id", "translation_key", "title", "body"
        )
        records = {key or f"entry-{entry_id}" for entry_id, key, _title, _body in rows}
        texts = [f"{title} {body}" for _id, _key, title, body in rows]
        if len(records) <= NAME_RECORDS and written_as_name(word, texts):
            names.append(set(ids))
    shares: dict[int, float] = {}
    for ids in names:
        for entry_id in ids:
            shares[entry_id] = shares.get(entry_id, 0.0) + 1.0 / len(names)
    return shares
