"""The direct full-text query over Wagtail's index agrees with what the corpus contains."""

import pytest

from search import fulltext

pytestmark = pytest.mark.django_db


def test_full_text_needs_every_term_and_ranks_title_matches_first(corpus):
    ids = fulltext.ranked_ids("mangrove", 10)
    assert ids[0] == corpus["mangroves"].pk
    assert fulltext.ranked_ids("mangrove storms", 10) == [corpus["mangroves"].pk]
    assert fulltext.ranked_ids("mangrove hunger", 10) == []


def test_full_text_ignores_query_syntax(corpus):
    assert fulltext.ranked_ids('"mobile" (money*) -', 10) == [corpus["mobile-money"].pk]
    assert fulltext.ranked_ids("mobile OR NEAR/2", 10) == []  # every word is a plain term
    assert fulltext.ranked_ids("!!! ---", 10) == []


def test_full_text_matches_accented_words_without_accents(corpus):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL's text search configuration decides accent folding")
    assert fulltext.ranked_ids("reseaux", 10) == [corpus["solar-mini-grids"].pk]
