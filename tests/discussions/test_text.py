"""Contribution bodies: a safe Markdown subset; languages detected among a small set."""

import pytest

from discussions.languages import _detector, detect_language
from discussions.markdown import render_markdown


def test_markdown_subset_renders_paragraphs_emphasis_lists_links_and_quotes():
    html = render_markdown(
        "Intro **bold** and *italic*.\n\n- one\n- two\n\n1. first\n\n> quoted\n\n"
        "[a link](https://example.org)"
    )
    for fragment in [
        "<strong>bold</strong>",
        "<em>italic</em>",
        "<ul>",
        "<li>one</li>",
        "<ol>",
        "<blockquote>",
        '<a href="https://example.org" rel="nofollow ugc">a link</a>',
    ]:
        assert fragment in html


@pytest.mark.parametrize(
    "source, forbidden",
    [
        ("<script>alert(1)</script>", "<script"),
        ('<img src="x" onerror="alert(1)">', "<img"),
        ("![photo](https://example.org/p.png)", "<img"),
        ("[click](javascript:alert(1))", 'href="javascript'),
        ('<a href="https://x.org" onclick="evil()">x</a>', '<a href="https://x.org"'),
        ("# Big heading", "<h1"),
    ],
)
def test_raw_html_images_scripts_and_headings_never_pass(source, forbidden):
    assert forbidden not in render_markdown(source)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Nous avons accueilli onze chercheurs venus du Niger et du Mali.", "fr"),
        ("Recibimos funcionarios de Bolivia y Perú durante seis meses.", "es"),
        ("Recebemos técnicos de Moçambique e de Cabo Verde durante o ano.", "pt"),
        ("We hosted eleven researchers from neighbouring countries last year.", "en"),
    ],
)
def test_language_is_detected_among_the_contribution_languages(text, code):
    assert detect_language(text) == code


def test_detector_is_built_once_and_short_texts_fall_back():
    detect_language("Une phrase en français pour commencer.")
    detect_language("Another sentence in English.")
    assert _detector.cache_info().currsize == 1
    assert detect_language("ok", default="es") == "es"
