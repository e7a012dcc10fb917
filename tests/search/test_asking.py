"""A question asking what an e-discussion's participants said lists the discussion first.

search.asking reads the frame in six languages; both engines give the matching discussions and
contributions SAID_WEIGHT, on the relevance set's records (tests/search/test_relevance_set.py).
"""

import pytest

from search.asking import asks_what_was_said
from tests.search import test_relevance_set
from tests.search.test_partner_queries import titles_and_partners

relevance_index = test_relevance_set.relevance_index
engine = test_relevance_set.engine

FOOD = "What travels and what does not: South-South knowledge exchange for food security"
EXCHANGE = (
    "Learning by working together: personnel exchange in South-South and triangular cooperation"
)


@pytest.mark.parametrize(
    "text",
    [
        "what did participants say about paying host farmers to teach?",
        "qu'ont dit les participants sur la souveraineté des données ?",
        "¿qué opinaron los participantes sobre los intercambios virtuales?",
        "o que foi dito na discussão sobre compras públicas locais?",
        "hva sa deltakerne om reisekostnader?",
        "ماذا قال المشاركون عن الامن الغذائي؟",
        "e-discussion on food security",
        "diskusjonen om matsikkerhet",
        "o que foi dito sobre o custo das viagens?",
        "what was said about per diems?",
        "hva ble sagt om reisekostnader?",
        "ماذا قيل عن إعارة الموظفين؟",
        "qu'ont proposé les participants pour les femmes des coopératives ?",
        "hva skrev deltakerne om kvinners deltakelse?",
    ],
)
def test_a_question_about_what_was_said_is_read_so(text):
    assert asks_what_was_said(text)


@pytest.mark.parametrize(
    "text",
    [
        "¿cómo lograr que las mujeres campesinas participen en los intercambios?",
        "participatory budgeting",
        "what did Brazil do on school meals?",
        "les participants aux échanges de personnel",
        "what Kenya said it would do on mobile money",
        "how members share the costs of exchanges",
        "Forum for Agricultural Research in Africa",
    ],
)
def test_a_topic_or_another_question_is_not(text):
    assert not asks_what_was_said(text)


def first_titles(engine, text: str, language: str) -> list[str]:
    return [title for title, _partners in titles_and_partners(engine, text, language)[:5]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text, language, discussion",
    [
        (
            "o que foi dito na discussão sobre compras públicas locais para a merenda escolar?",
            "pt",
            FOOD,
        ),
        ("what did participants say about buying school meals from family farmers?", "en", FOOD),
        ("qu'ont dit les participants sur les cantines scolaires ?", "fr", FOOD),
        ("hva sa deltakerne om skolemat fra lokale bønder?", "nb", FOOD),
        ("¿qué dijeron los participantes sobre el intercambio de funcionarios?", "es", EXCHANGE),
    ],
)
def test_the_discussion_comes_before_practices_on_its_topic(engine, text, language, discussion):
    titles = first_titles(engine, text, language)
    assert titles[:1] == [discussion], titles
