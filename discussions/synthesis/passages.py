"""Contributions cut into passages: paragraphs, and long paragraphs into runs of sentences."""

import re

from home.text import clean_text

# Long enough to carry one idea, short enough that one paragraph rarely mixes two.
MAX_PASSAGE_CHARS = 420
MIN_PASSAGE_CHARS = 25
# A short first paragraph before two or more others greets and frames ("Hello from Kigali. On
# questions 1 and 3:"); as a passage it grouped with other greetings, not with a theme.
OPENING_CHARS = 160
# Part of every stored passage's source hash: changing how texts are cut re-cuts them all.
RULES_VERSION = "2"

_PARAGRAPHS = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?؟…])\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LINE_MARKERS = re.compile(r"^\s{0,3}(?:>+|[-*+]|\d+[.)])\s+", re.MULTILINE)
_EMPHASIS = re.compile(r"[*_`]+")
_BLANKS = re.compile(r"\s+")


def plain(markdown: str) -> str:
    """The words of a Markdown paragraph, without markup or link targets."""
    text = _LINK.sub(r"\1", markdown or "")
    text = _EMPHASIS.sub("", _LINE_MARKERS.sub(" ", text))
    return _BLANKS.sub(" ", clean_text(text)).strip()


def _sentence_runs(paragraph: str) -> list[str]:
    runs, current = [], ""
    for sentence in _SENTENCE_END.split(paragraph):
        if current and len(current) + len(sentence) + 1 > MAX_PASSAGE_CHARS:
            runs.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        runs.append(current)
    return runs


def split_passages(markdown: str) -> list[str]:
    """The passages of a contribution, in order, without its greeting or one-word lines."""
    paragraphs = [plain(block) for block in _PARAGRAPHS.split(markdown or "")]
    paragraphs = [paragraph for paragraph in paragraphs if len(paragraph) >= MIN_PASSAGE_CHARS]
    if len(paragraphs) >= 3 and len(paragraphs[0]) < OPENING_CHARS:
        paragraphs = paragraphs[1:]
    return [
        run
        for paragraph in paragraphs
        for run in _sentence_runs(paragraph)
        if len(run) >= MIN_PASSAGE_CHARS
    ]


def short_phrase(text: str, limit: int = 90) -> str:
    """The passage's first sentence, cut at a word boundary within `limit` characters."""
    first = _SENTENCE_END.split(text.strip(), maxsplit=1)[0].rstrip(".!?;: ")
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"
