"""Cutting long texts for providers with a size limit."""

from hypothesis import given
from hypothesis import strategies as st

from translation.chunks import join_pieces, split_text


def test_a_short_text_is_one_piece():
    assert split_text("Hola.", 100) == [("Hola.", "")]


def test_paragraphs_are_kept_whole_when_they_fit():
    text = "First paragraph.\n\nSecond paragraph.\n\nThird."
    pieces = split_text(text, 20)
    assert [piece for piece, _sep in pieces] == ["First paragraph.", "Second paragraph.", "Third."]


def test_a_long_paragraph_is_cut_between_sentences():
    text = "One sentence here. Another sentence there. A third one."
    pieces = split_text(text, 25)
    assert [piece for piece, _sep in pieces] == [
        "One sentence here.",
        "Another sentence there.",
        "A third one.",
    ]


@given(st.text(max_size=400), st.integers(min_value=1, max_value=60))
def test_pieces_fit_the_limit_and_join_back_into_the_text(text, limit):
    pieces = split_text(text, limit)
    assert join_pieces(pieces) == text
    assert all(len(piece) <= limit for piece, _sep in pieces)
