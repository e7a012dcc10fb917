"""Hybrid retrieval on the multilingual corpus: same language, across languages, exact titles.

Each test runs on both engines: the database engine and Elasticsearch (the live server).
"""

import pytest

from tests.search.conftest import engine_search as search
from tests.search.conftest import keys

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("school feeding", "school-feeding"),
        ("mini-réseaux solaires", "solar-mini-grids"),
        ("agua de lluvia", "water-harvesting"),
        ("saúde da família", "family-health"),
        ("utveksling av fagfolk", "volunteer-exchange"),
        ("mangrove restoration", "mangroves"),
    ],
)
def test_same_language_query_ranks_the_matching_record_first(engine_corpus, query, expected):
    assert keys(search(query), engine_corpus)[0] == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("repas scolaires et agriculteurs locaux", "school-feeding"),
        ("solar electricity for remote villages", "solar-mini-grids"),
        ("rainwater harvesting", "water-harvesting"),
        ("dinero móvil inclusión financiera", "mobile-money"),
        ("transferts monétaires pour les familles pauvres", "cash-transfers"),
        ("replantio de mangue para proteger a costa", "mangroves"),
        ("restauration des mangroves", "mangroves"),
        ("skolemat fra lokale bønder", "school-feeding"),
        ("solcellestrøm til landsbyer", "solar-mini-grids"),
    ],
)
def test_query_in_another_language_finds_the_record(engine_corpus, query, expected):
    assert expected in keys(search(query), engine_corpus)[:2]


def test_exact_title_is_the_first_result(engine_corpus):
    response = search("Norec")
    assert keys(response, engine_corpus)[0] == "norec"
    response = search("community MANGROVE restoration")
    assert keys(response, engine_corpus)[0] == "mangroves"


def test_filtered_query_keeps_only_records_with_that_value(engine_corpus):
    response = search("climate", sdg="14")
    assert keys(response, engine_corpus) == ["mangroves"]
    response = search("", type="partner", country="BR")
    assert keys(response, engine_corpus) == ["fiocruz"]


def test_nonsense_query_finds_nothing_but_offers_nearest_matches(engine_corpus):
    response = search("xyzzy blorf")
    assert response.total == 0
    assert len(response.nearest) == 5


def test_newest_sort_orders_by_publication_date(engine_corpus):
    response = search("", type="practice")
    dates = [hit.entry.published_at for hit in response.hits]
    assert dates == sorted(dates, reverse=True)


def test_snippet_marks_the_query_terms(engine_corpus):
    hit = search("smallholder farmers").hits[0]
    assert "<mark>smallholder</mark>" in hit.snippet
    assert "<mark>farmers</mark>" in hit.snippet


@pytest.mark.parametrize("query", ["Capacity development", "SCHOOL feeding", "Mangrove"])
def test_capitals_in_a_query_change_nothing(engine_corpus, query):
    folded, typed = search(query.lower()), search(query)
    assert typed.total == folded.total
    assert keys(typed, engine_corpus) == keys(folded, engine_corpus)


@pytest.mark.parametrize(
    "query", ["jumelage", "twinning", "geminação", "coopération", "إدارة المياه", "fiskeri"]
)
def test_a_query_with_a_record_above_the_semantic_floor_never_returns_nothing(corpus, query):
    from home.embeddings import embed_query
    from search.engines.database import SEMANTIC_FLOOR
    from search.snapshot import get_snapshot

    best = float((get_snapshot().matrix @ embed_query(query)).max())
    response = search(query)
    assert response.total > 0 or best < SEMANTIC_FLOOR


def test_similarity_leaves_out_what_texts_of_one_language_share():
    import numpy as np

    from search.centering import language_bias, language_means

    french, english, topic = np.eye(3, dtype=np.float32)
    # Twenty French rows about nothing in particular; nineteen English ones, and one English
    # row about the topic of a French query.
    matrix = np.vstack([french] * 20 + [english] * 19 + [english * 0.5 + topic])
    languages = ["fr"] * 20 + ["en"] * 20
    query = french * 0.6 + topic * 0.4
    bias = language_bias(language_means(matrix, languages), query)
    raw = matrix @ query
    adjusted = raw - np.array([bias[language] for language in languages])
    assert raw[0] > raw[-1], "by plain cosine the French row wins"
    assert adjusted[-1] > adjusted[0], "without the language the English row about it wins"


def test_a_row_tied_by_meaning_with_the_best_matches_a_little_below_the_floor():
    import numpy as np

    from search.engines.database import (
        SEMANTIC_FLOOR,
        SEMANTIC_TIE,
        SEMANTIC_TIE_FLOOR,
        semantic_matches,
    )

    # The best row just above the floor; the next as similar without the language but a
    # little below it (a long paraphrase in another language); one as similar but lower
    # still; one as close by cosine but far by meaning.
    cosine = np.array([SEMANTIC_FLOOR + 0.002, SEMANTIC_TIE_FLOOR + 0.005, 0.80, 0.815])
    similarity = np.array([0.05, 0.05 - SEMANTIC_TIE / 2, 0.05, 0.05 - 2 * SEMANTIC_TIE])
    assert semantic_matches(cosine, similarity).tolist() == [0, 1]
    # Nothing above the floor: nothing matches by meaning (a nonsense query).
    assert semantic_matches(cosine - 0.01, similarity).tolist() == []
