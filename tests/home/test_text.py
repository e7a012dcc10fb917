"""home/text.py: untrusted text made safe, and Markdown read as plain words and sentences (the
one home for both the synthesis' passages and a practice drafted from a contribution)."""

import pytest

from discussions.synthesis.passages import short_phrase, split_passages
from home.text import (
    clean_text,
    cut_at_word,
    markdown_paragraphs,
    markdown_to_plain,
    split_sentences,
)
from practices.from_contribution import cut_at_word as practices_cut_at_word


def test_clean_text_drops_controls_and_bounds_length():
    assert clean_text("a\x00b\x0cc", max_length=4) == "ab\nc"
    assert clean_text(None) == ""


@pytest.mark.parametrize(
    "markdown, plain",
    [
        ("Some **bold** and *italic* and `code`.", "Some bold and italic and code."),
        ("See [the report](https://example.org/r.pdf) now.", "See the report now."),
        ("An image ![chart](c.png) here.", "An image chart here."),
        ("Autolink <https://example.org> here.", "Autolink https://example.org here."),
        ("- one\n- two\n1. three", "one two three"),
        ("> quoted\n> text", "quoted text"),
        ("## A heading", "A heading"),
        ("snake_case stays, __strong__ goes", "snake_case stays, strong goes"),
        ("form\x0cfeed\x00", "form feed"),
    ],
)
def test_markdown_to_plain(markdown, plain):
    assert markdown_to_plain(markdown) == plain


def test_markdown_paragraphs_are_the_blocks_between_blank_lines():
    text = "First *one*\ncontinues.\n\n  \n\nSecond [two](x).\n\n\n"
    assert markdown_paragraphs(text) == ["First one continues.", "Second two."]
    assert markdown_paragraphs("") == []
    assert markdown_paragraphs(None) == []


def test_split_sentences_in_several_scripts():
    assert split_sentences("One. Two? Three! Four… Five") == [
        "One.",
        "Two?",
        "Three!",
        "Four…",
        "Five",
    ]
    assert split_sentences("ما هي التجربة؟ كانت ناجحة.") == ["ما هي التجربة؟", "كانت ناجحة."]
    assert split_sentences("e.g.no space stays one") == ["e.g.no space stays one"]
    assert split_sentences("  ") == []


def test_cut_at_word():
    assert cut_at_word("short", 10) == "short"
    cut = cut_at_word("a sentence that is much too long for the limit", 20)
    assert cut == "a sentence that is…"
    assert len(cut) <= 20
    assert cut_at_word("x" * 30, 10) == "x" * 9 + "…"


def test_synthesis_and_practices_use_the_same_rules():
    assert practices_cut_at_word is cut_at_word
    markdown = (
        "Hello.\n\nWe **piloted** [school meals](https://x.org) in Cabo Verde, with the "
        "`ministry`.\n\nToo short."
    )
    # Markup and link targets gone; the greeting and the short line are no passages.
    assert split_passages(markdown) == ["We piloted school meals in Cabo Verde, with the ministry."]
    assert short_phrase("We piloted school meals. Then more.") == "We piloted school meals"
