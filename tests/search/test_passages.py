"""A long contribution is embedded with its whole text, a passage at a time
(search.documents.embedding_passages, search.indexing.embed_entries): what it says after its
greeting is found by meaning, in any language. Every passage of a practice, a contribution or
a discussion also keeps a vector of its own, and its best passage lifts a record
(search.passages): a detail told after a practice's summary is found too."""

import numpy as np
import pytest

from search.documents import MAX_PASSAGES, PASSAGE_CHARS, embedding_passages, reads_passages
from search.engines.database import SEMANTIC_FLOOR
from search.engines.elasticsearch.fusion import similarities
from search.models import SearchEntry
from search.passages import PASSAGE_LIFT, lifted, lowest_liftable, passage_matrix
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


def test_a_practice_is_embedded_from_its_opening_and_keeps_its_passages_apart():
    practice = {"kind": "practice", "body": GREETING + ANSWER}
    assert len(embedding_passages(practice)) >= 2
    assert not reads_passages(practice)
    assert embedding_passages({"kind": "partner", "body": GREETING + ANSWER}) == []


def test_a_lift_never_lowers_a_row_and_reaches_the_floor_from_the_lowest_liftable_cosine():
    assert lifted(0.8, -np.inf) == pytest.approx(0.8)
    assert lifted(0.8, 0.7) == pytest.approx(0.8)
    assert lifted(0.8, 0.9) == pytest.approx(0.8 + PASSAGE_LIFT * 0.1)
    assert lifted(0.8, 0.9) > 0.8
    assert lowest_liftable(SEMANTIC_FLOOR) < SEMANTIC_FLOOR
    assert lifted(lowest_liftable(SEMANTIC_FLOOR), 1.0) == pytest.approx(SEMANTIC_FLOOR)


def test_the_fusion_of_the_elasticsearch_engine_lifts_a_knn_row_by_its_best_passage():
    answer = {"hits": {"hits": [{"_id": "7", "_score": 0.9, "fields": {"language": ["en"]}}]}}
    [(entry_id, cosine, _similarity)] = similarities(answer, {}, {7: 0.95})
    assert entry_id == 7
    assert cosine > 0.8
    assert cosine == pytest.approx(0.8 + PASSAGE_LIFT * 0.15)


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


SUMMARY = (
    "Beekeeping cooperatives in the highlands of Ethiopia and Kenya trained young people to "
    "keep bees in modern hives and to sell honey and wax to regional markets."
)
DETAIL = (
    "The hives earn most in the months when school fees fall due. In the second year the "
    "cooperatives opened a savings account on each member's mobile phone: part of every honey "
    "sale goes into it, and parents pay their children's school fees from it in instalments "
    "instead of selling a goat or borrowing at high interest."
)
practice = records_beside_corpus(
    9100,
    [
        {
            "kind": "practice",
            "title": "Honey cooperatives for rural youth in East Africa",
            "body": SUMMARY + " " + DETAIL,
        }
    ],
)


def test_a_practice_row_stores_a_vector_for_each_of_its_passages(practice):
    row = SearchEntry.objects.get(title="Honey cooperatives for rural youth in East Africa")
    passages = embedding_passages({"kind": "practice", "body": row.body})
    assert len(passage_matrix(row.passages)) == len(passages) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "ahorro en el teléfono móvil para pagar las cuotas escolares",
        "épargne sur téléphone portable pour payer les frais de scolarité par tranches",
        "التوفير عبر الهاتف المحمول لدفع الرسوم المدرسية",
    ],
)
def test_a_detail_told_after_a_practices_summary_lifts_it_in_another_language(practice, text):
    """On the database engine, third without its passages."""
    titles = [hit.entry.title for hit in engine_search(text).hits[:2]]
    assert "Honey cooperatives for rural youth in East Africa" in titles, titles
