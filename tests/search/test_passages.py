"""A long contribution is embedded with its whole text, a passage at a time
(search.documents.embedding_passages, search.indexing.embed_entries): what it says after its
greeting is found by meaning, in any language."""

import pytest

from search.documents import MAX_PASSAGES, PASSAGE_CHARS, embedding_passages
from tests.search.conftest import engine_search, records_beside_corpus

GREETING = (
    "Dear colleagues, thank you to the facilitators for opening this discussion, and to "
    "everyone who has written so far. I write from our centre in Dakar, where we have followed "
    "the first weeks of the exchange with great interest and many conversations. "
)
ANSWER = (
    "On the second question: in our district, deaf children learn sign language from deaf "
    "teachers who travelled to Ghana for a year. The schools now teach every class in sign "
    "language, and hearing parents take evening lessons so that families can talk together."
)


def test_a_contribution_is_cut_into_passages_at_sentence_ends():
    passages = embedding_passages({"kind": "contribution", "body": GREETING + ANSWER})
    assert len(passages) >= 2
    assert all(len(passage) <= PASSAGE_CHARS for passage in passages)
    assert passages[-1].endswith("talk together.")
    assert " ".join(passages) == (GREETING + ANSWER).strip()


def test_a_very_long_contribution_keeps_at_most_the_first_passages():
    body = "A sentence of about forty characters. " * 500
    passages = embedding_passages({"kind": "contribution", "body": body})
    assert len(passages) == MAX_PASSAGES


def test_a_practice_is_embedded_from_its_opening_only():
    assert embedding_passages({"kind": "practice", "body": GREETING + ANSWER}) == []


contribution = records_beside_corpus(
    9000,
    [{"kind": "contribution", "title": GREETING[:80], "body": GREETING + ANSWER}],
)


@pytest.mark.parametrize(
    "text", ["langue des signes pour les enfants sourds", "lengua de señas para niños sordos"]
)
def test_what_a_contribution_says_after_its_greeting_is_found_in_another_language(
    contribution, text
):
    titles = [hit.entry.title for hit in engine_search(text).hits]
    assert GREETING[:80] in titles, titles
