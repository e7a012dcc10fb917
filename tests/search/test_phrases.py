"""Query words standing together in a record lift it (search.phrases): a record saying "seed
guardians" comes before one that has both words apart; both engines."""

import pytest

from search.engines.elasticsearch.fusion import phrase_shares
from search.engines.elasticsearch.queries import PHRASE, phrase_search
from search.phrases import MAX_PHRASES, PHRASE_WEIGHT, phrase_share, query_phrases
from tests.search.conftest import engine_search, records_beside_corpus


def test_a_query_s_phrases_are_its_neighbouring_content_words_folded():
    assert query_phrases("Guardianas de semillas") == ["guardianas de semillas"]
    assert query_phrases("unités de mesure sur les marchés") == [
        "unites de mesure",
        "mesure sur",
        "sur les marches",
    ]
    assert query_phrases("l'agriculture de conservation") == ["agriculture de conservation"]
    assert query_phrases("twinning") == []
    assert query_phrases("de la") == []
    long_query = " ".join(f"word{n}" for n in range(40))
    assert len(query_phrases(long_query)) == MAX_PHRASES  # one lookup per phrase, bounded


def test_a_row_s_share_of_the_bonus_follows_the_phrases_it_holds():
    assert phrase_share(0, 3) == 0
    assert phrase_share(3, 3) == pytest.approx(PHRASE_WEIGHT)
    assert phrase_share(1, 2) == pytest.approx(PHRASE_WEIGHT / 2)
    assert phrase_share(0, 0) == 0


def test_the_elasticsearch_engine_names_each_phrase_and_shares_the_bonus_as_the_database():
    body = phrase_search("seed guardians of the highlands").to_dict()
    names = [clause["multi_match"]["_name"] for clause in body["query"]["bool"]["should"]]
    assert names == [f"{PHRASE}0", f"{PHRASE}1"]
    assert phrase_search("seed") is None
    answer = {"hits": {"hits": [{"_id": "4", "matched_queries": [f"{PHRASE}1"]}]}}
    assert phrase_shares(answer, 2) == {4: pytest.approx(PHRASE_WEIGHT / 2)}


TOGETHER = "Women of the highland villages act as seed guardians for the whole community"
APART = "Women of the highland villages guard the seed of the whole community as its guardians"
records = records_beside_corpus(
    9300,
    [
        {
            "kind": "practice",
            "title": "Highland community seed keeping (apart)",
            "body": f"{APART}. They keep native potato varieties and share them at fairs.",
        },
        {
            "kind": "practice",
            "title": "Highland community seed keeping (together)",
            "body": f"{TOGETHER}. They keep native potato varieties and share them at fairs.",
        },
    ],
)


@pytest.mark.parametrize("text", ["seed guardians", "Seed Guardians"])
def test_a_record_saying_the_query_s_words_together_comes_first(records, text):
    titles = [hit.entry.title for hit in engine_search(text).hits]
    assert titles.index("Highland community seed keeping (together)") < titles.index(
        "Highland community seed keeping (apart)"
    ), titles
