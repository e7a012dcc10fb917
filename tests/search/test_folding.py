"""Full text matches either spelling: accents, Arabic hamza forms, tā' marbūṭa and the article."""

import pytest

from search import fulltext
from search.folding import fold
from tests.search.conftest import index_records

pytestmark = pytest.mark.django_db

RECORDS = {
    "floods": ("الإنذار المبكر بالفيضانات في القرى", "ar"),
    "energy": ("Energia renovável para escolas rurais", "pt"),
    "plain": ("Plain hand tools", "en"),
}


@pytest.fixture
def folded_entries(db):
    return index_records(
        {key: (title, title, language) for key, (title, language) in RECORDS.items()}
    )


def test_folding_removes_accents_vowel_marks_letter_forms_and_the_article():
    assert fold("الإنذار المبكر بالفيضانات وَالمَاء للمدرسة") == "انذار مبكر فيضانات ماء مدرسه"
    assert fold("Énergie RENOVÁVEL, São Tomé") == "energie renovavel sao tome"
    assert fold("alliance all") == "alliance all"  # Latin words never lose "al"
    assert fold("الهدف ٦ و۱۳") == "هدف 6 و13"  # Arabic-Indic digits (both forms)


def test_a_query_typed_without_hamza_or_accents_finds_the_record_written_with_them(
    folded_entries,
):
    floods, energy = folded_entries["floods"].pk, folded_entries["energy"].pk
    assert fulltext.ranked_ids("الانذار المبكر", 10) == [floods]
    assert fulltext.ranked_ids("فيضانات", 10) == [floods]
    assert fulltext.ranked_ids("energia renovavel", 10) == [energy]
    assert fulltext.ranked_ids("ENERGÍA renovável", 10) == [energy]
    assert fulltext.ranked_ids("الانذار energia", 10) == []  # still every term


def test_only_text_that_folding_changes_is_indexed_twice(folded_entries):
    assert folded_entries["plain"].folded == ""
    assert "انذار مبكر" in folded_entries["floods"].folded


@pytest.mark.elasticsearch
def test_elasticsearch_matches_either_spelling_through_the_folded_field(folded_entries, request):
    from search.engines.elasticsearch import get_engine, index_name
    from search.engines.elasticsearch.queries import text_query

    request.getfixturevalue("live_index")
    client = get_engine().client

    def lexical(text: str) -> list[int]:
        found = client.search(index=index_name(), query=text_query(text).to_dict())
        return [int(hit["_id"]) for hit in found["hits"]["hits"]]

    assert lexical("الانذار المبكر") == [folded_entries["floods"].pk]
    assert lexical("energia renovavel") == [folded_entries["energy"].pk]
