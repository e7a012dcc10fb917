"""A name a query shares with few records (a valley, a city) finds them, though the query's
other words are in another language than the records (search.names); both engines, on the
relevance set's records (tests/search/test_relevance_set.py)."""

import pytest
from django.http import QueryDict
from django.utils import translation

from search.names import MAX_CANDIDATES, candidate_words, written_as_name
from search.query import parse_params
from tests.search import test_relevance_set

pytestmark = pytest.mark.django_db

relevance_index = test_relevance_set.relevance_index
engine = test_relevance_set.engine

# The practice on treated wastewater in Lebanon's Bekaa valley.
BEKAA = "MINGA-DEMO-015"


def first_results(engine, text: str, language: str, count: int = 5) -> list[str]:
    data = QueryDict(mutable=True)
    data["q"] = text
    with translation.override(language):
        response = engine.search(parse_params(data))
    return [hit.entry.source_id or hit.entry.title for hit in response.hits[:count]]


def test_a_name_in_a_query_in_another_language_finds_the_records_saying_it(engine):
    assert BEKAA in first_results(engine, "valle de la bekaa", "es", 3)


def test_words_of_the_query_s_language_are_not_names():
    # Lower case in the records that say them; a thesaurus or country word has its own bonus.
    assert not written_as_name("funcionar", ["Para funcionar bien", "Funcionar"])
    assert written_as_name("bekaa", ["Lebanon's Bekaa valley", "the Bekaa"])
    assert candidate_words("valle de la bekaa") == ["valle", "bekaa"]
    assert candidate_words("bekaa") == []  # one word: full text finds it
    assert "mozambique" not in candidate_words("fisheries Mozambique")
    long_query = " ".join(f"word{letters}" for letters in ("a" * n for n in range(1, 21)))
    assert len(candidate_words(long_query)) == MAX_CANDIDATES  # one lookup per word, bounded
