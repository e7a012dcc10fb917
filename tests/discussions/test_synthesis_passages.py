"""Passages: where each lies in its contribution, its words in a translation that does not
follow the original paragraph for paragraph, and vectors kept for unchanged words."""

import numpy as np
import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from discussions.models import ContributionPassage, ContributionTranslation, KeyPoint, Synthesis
from discussions.synthesis import draft
from discussions.synthesis.passages import (
    MAX_PASSAGE_CHARS,
    passage_spans,
    split_passages,
    translated_passage,
)
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory

ORIGINAL = (
    "Bonjour à toutes et à tous.\n\n"
    "Au Sénégal, les cantines achètent aux agriculteurs du village. Les prix sont fixés pour "
    "l'année. Les parents gèrent les cuisines.\n\n"
    "Le financement reste fragile. Le ministère paie avec six mois de retard."
)
# The same words, paragraph for paragraph and sentence for sentence.
ALIGNED = (
    "Hello everyone.\n\n"
    "In Senegal, the canteens buy from village farmers. Prices are set for the year. "
    "Parents run the kitchens.\n\n"
    "Funding remains fragile. The ministry pays six months late."
)
# A translator merged the two last paragraphs and the greeting into one, and split a sentence.
MERGED = (
    "Hello everyone. In Senegal, the canteens buy from village farmers. Prices are set for "
    "the year. Parents run the kitchens. Funding remains fragile. The ministry pays. It pays "
    "six months late."
)


def test_spans_follow_the_passages():
    found = passage_spans(ORIGINAL)
    assert [text for text, _span in found] == split_passages(ORIGINAL)
    assert len(found) == 2  # the greeting before two paragraphs is no passage
    first, second = (span for _text, span in found)
    assert (first.paragraph, first.paragraphs, first.start, first.end) == (1, 3, 0, 3)
    assert (second.paragraph, second.start, second.end, second.sentences) == (2, 0, 2, 2)


def test_a_long_paragraph_is_cut_into_runs_of_whole_sentences():
    sentence = "Farmers and schools agreed on weekly deliveries of fresh vegetables. "
    paragraph = (sentence * 12).strip()
    runs = split_passages(paragraph)
    assert len(runs) > 1
    assert all(len(run) <= MAX_PASSAGE_CHARS and run.endswith(".") for run in runs)
    assert " ".join(runs) == paragraph


def test_a_translation_that_follows_the_original():
    assert translated_passage(ORIGINAL, ALIGNED, 0) == (
        "In Senegal, the canteens buy from village farmers. Prices are set for the year. "
        "Parents run the kitchens."
    )
    assert translated_passage(ORIGINAL, ALIGNED, 1) == (
        "Funding remains fragile. The ministry pays six months late."
    )


def test_a_translation_with_merged_paragraphs_gives_the_same_share_of_the_text():
    assert translated_passage(ORIGINAL, MERGED, 1) == (
        "Funding remains fragile. The ministry pays. It pays six months late."
    )
    first = translated_passage(ORIGINAL, MERGED, 0)
    assert "canteens buy from village farmers" in first and "Parents run" in first
    assert "Funding" not in first


def test_a_paragraph_with_another_number_of_sentences_gives_its_share():
    sentences = " ".join(
        f"Sentence number {n} of a long paragraph about canals." for n in range(12)
    )
    original = f"{sentences}\n\nA second paragraph that is long enough."
    translated = (
        " ".join(f"Phrase {n} d'un long paragraphe sur les canaux." for n in range(10))
        + "\n\nUn second paragraphe assez long."
    )
    spans = passage_spans(original)
    assert len(spans) == 3 and spans[0][1].paragraph == spans[1][1].paragraph == 0
    first, second = (
        translated_passage(original, translated, 0),
        translated_passage(original, translated, 1),
    )
    assert first.startswith("Phrase 0 ") and second.endswith(
        "Phrase 9 d'un long paragraphe sur les canaux."
    )
    assert not set(first.split(". ")) & set(second.split(". "))
    assert translated_passage(original, translated, 2) == "Un second paragraphe assez long."


def test_no_translation_for_an_unknown_position_or_an_empty_text():
    assert translated_passage(ORIGINAL, ALIGNED, 5) == ""
    assert translated_passage(ORIGINAL, "", 0) == ""


@pytest.mark.django_db
def test_the_moderator_reads_a_passage_in_their_language_from_a_merged_translation(
    client, discussion, questions
):
    contribution = ContributionFactory(discussion=discussion, comment=ORIGINAL, language="fr")
    ContributionTranslation.objects.create(
        contribution=contribution, language="en", body=MERGED, is_human=True
    )
    synthesis = Synthesis.objects.create(discussion=discussion)
    text = split_passages(ORIGINAL)[1]
    KeyPoint.objects.create(
        synthesis=synthesis,
        question=questions[0],
        title="Funding",
        text=text,
        passages=[{"contribution": contribution.pk, "position": 1, "language": "fr", "text": text}],
    )
    moderator = UserFactory(username="mod")
    moderator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    discussion.moderators.add(moderator)
    discussion.save()
    client.force_login(moderator)
    html = client.get(
        reverse("synthesis_admin:synthesis", args=[discussion.pk]), HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "Le ministère paie avec six mois de retard." in html
    assert "Funding remains fragile. The ministry pays. It pays six months late." in html


@pytest.mark.django_db
def test_an_edit_embeds_only_the_paragraph_that_changed(discussion, monkeypatch):
    contribution = ContributionFactory(discussion=discussion, comment=ORIGINAL, language="fr")
    assert draft.refresh_passages([contribution], lambda percent: None) == 2
    before = dict(
        ContributionPassage.objects.filter(contribution=contribution).values_list(
            "text", "embedding"
        )
    )
    contribution.comment = ORIGINAL.replace("six mois", "neuf mois")
    contribution.save()
    embedded = []
    real = draft.embed_passages
    monkeypatch.setattr(
        draft, "embed_passages", lambda texts: embedded.extend(texts) or real(texts)
    )
    assert draft.refresh_passages([contribution], lambda percent: None) == 1
    assert embedded == ["Le financement reste fragile. Le ministère paie avec neuf mois de retard."]
    after = dict(
        ContributionPassage.objects.filter(contribution=contribution).values_list(
            "text", "embedding"
        )
    )
    kept = split_passages(ORIGINAL)[0]
    assert bytes(after[kept]) == bytes(before[kept])
    assert len(after) == 2
    changed = np.frombuffer(bytes(after[embedded[0]]), dtype=np.float32)
    assert changed.shape == (384,) and abs(float(np.linalg.norm(changed)) - 1) < 1e-3
    # Nothing changed: nothing embedded, nothing rewritten.
    assert draft.refresh_passages([contribution], lambda percent: None) == 0
