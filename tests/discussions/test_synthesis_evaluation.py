"""The draft synthesis recovers known themes across languages (adjusted Rand index)."""

import tomllib
from pathlib import Path

import numpy as np

from discussions.synthesis.clustering import adjusted_rand_index, group_passages
from discussions.synthesis.passages import short_phrase, split_passages
from home.embeddings import embed_passages

THEMES = Path(__file__).with_name("data") / "synthesis_themes.toml"
# Measured 0.94-1.0 (four groups found for four themes); the floor leaves room for model noise.
ARI_FLOOR = 0.8


def test_adjusted_rand_index_matches_the_published_examples():
    assert adjusted_rand_index([0, 0, 1, 1], [1, 1, 0, 0]) == 1.0
    assert round(adjusted_rand_index([0, 0, 1, 1], [0, 0, 1, 2]), 2) == 0.57
    assert adjusted_rand_index([0, 0, 0, 0], [0, 1, 2, 3]) == 0.0


def test_contributions_written_around_four_themes_in_four_languages_form_those_groups():
    entries = tomllib.loads(THEMES.read_text(encoding="utf-8"))["contribution"]
    assert len(entries) >= 40 and {e["language"] for e in entries} == {"en", "fr", "es", "pt"}
    texts = [entry["body"] for entry in entries]
    groups = group_passages(embed_passages(texts), [e["language"] for e in entries], texts)
    predicted = np.zeros(len(texts), dtype=int)
    for number, group in enumerate(groups):
        predicted[group.members] = number
    score = adjusted_rand_index([entry["theme"] for entry in entries], predicted)
    assert score >= ARI_FLOOR
    assert len(groups) == 4
    for group in groups:
        languages = {entries[member]["language"] for member in group.members}
        assert len(languages) == 4, "each group crosses the four languages"


def test_a_contribution_is_cut_into_paragraph_passages_without_markup_or_greetings():
    body = (
        "Hello all!\n\nOn **water**: see [our report](https://example.org/r).\n\n"
        "- Rotation schedules were agreed first, then the canals were repaired by the users."
    )
    assert split_passages(body) == [
        "On water: see our report.",
        "Rotation schedules were agreed first, then the canals were repaired by the users.",
    ]


def test_a_long_paragraph_becomes_runs_of_whole_sentences():
    sentence = "Farmers agreed on a rotation schedule for the shared canals in the dry season."
    passages = split_passages(" ".join([sentence] * 12))
    assert len(passages) > 1
    assert all(passage.endswith("season.") for passage in passages)


def test_a_short_phrase_ends_at_a_word():
    phrase = short_phrase("Cost-sharing between the two ministries kept the programme alive " * 3)
    assert phrase.endswith("…") and len(phrase) <= 91
