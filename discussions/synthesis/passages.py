"""Contributions cut into passages: paragraphs, and long paragraphs into runs of sentences.

Markdown to plain text and sentence splitting are `home/text.py`'s (shared with a practice
drafted from a contribution).
"""

from home.text import cut_at_word, markdown_paragraphs, split_sentences

# Long enough to carry one idea, short enough that one paragraph rarely mixes two.
MAX_PASSAGE_CHARS = 420
MIN_PASSAGE_CHARS = 25
# A short first paragraph before two or more others greets and frames ("Hello from Kigali. On
# questions 1 and 3:"); as a passage it grouped with other greetings, not with a theme.
OPENING_CHARS = 160
# Part of every stored passage's source hash: changing how texts are cut re-cuts them all
# (vectors of passages whose text is unchanged are reused, see `draft.refresh_passages`).
RULES_VERSION = "3"


def sentence_runs(paragraph: str) -> list[str]:
    """A paragraph as runs of whole sentences, each at most MAX_PASSAGE_CHARS when it can be."""
    runs, current = [], ""
    for sentence in split_sentences(paragraph):
        if current and len(current) + len(sentence) + 1 > MAX_PASSAGE_CHARS:
            runs.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        runs.append(current)
    return runs


def passage_paragraphs(markdown: str) -> list[str]:
    """The paragraphs passages are cut from: long enough, without an opening greeting."""
    paragraphs = [p for p in markdown_paragraphs(markdown) if len(p) >= MIN_PASSAGE_CHARS]
    if len(paragraphs) >= 3 and len(paragraphs[0]) < OPENING_CHARS:
        paragraphs = paragraphs[1:]
    return paragraphs


def split_passages(markdown: str) -> list[str]:
    """The passages of a contribution, in order, without its greeting or one-word lines."""
    return [
        run
        for paragraph in passage_paragraphs(markdown)
        for run in sentence_runs(paragraph)
        if len(run) >= MIN_PASSAGE_CHARS
    ]


def short_phrase(text: str, limit: int = 90) -> str:
    """The passage's first sentence, cut at a word boundary within `limit` characters."""
    first = (split_sentences(text) or [""])[0].rstrip(".!?;: ")
    return cut_at_word(first, limit)
