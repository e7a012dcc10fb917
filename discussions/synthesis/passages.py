"""Contributions cut into passages: paragraphs, and long paragraphs into runs of sentences.

Markdown to plain text and sentence splitting are `home/text.py`'s (shared with a practice
drafted from a contribution). Each passage knows where it lies in its contribution (`Span`), so
the same words can be found in a translation (`translated_passage`).
"""

from dataclasses import dataclass

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


@dataclass(frozen=True)
class Span:
    """Where a passage lies: sentences [start, end) of paragraph `paragraph` (of `paragraphs`,
    the contribution's non-empty paragraphs), which has `sentences` sentences."""

    paragraph: int
    paragraphs: int
    start: int
    end: int
    sentences: int


def _run_ranges(sentences: list[str]) -> list[tuple[int, int]]:
    """Runs of whole sentences, each at most MAX_PASSAGE_CHARS when it can be: (start, end)."""
    ranges, start, length = [], 0, 0
    for index, sentence in enumerate(sentences):
        if index > start and length + len(sentence) + 1 > MAX_PASSAGE_CHARS:
            ranges.append((start, index))
            start, length = index, len(sentence)
        else:
            length += len(sentence) + (1 if index > start else 0)
    if sentences:
        ranges.append((start, len(sentences)))
    return ranges


def passage_spans(markdown: str) -> list[tuple[str, Span]]:
    """The passages of a contribution with their places, in order, without its greeting (a
    short first paragraph before two others) or one-word lines."""
    paragraphs = markdown_paragraphs(markdown)
    kept = [(i, text) for i, text in enumerate(paragraphs) if len(text) >= MIN_PASSAGE_CHARS]
    if len(kept) >= 3 and len(kept[0][1]) < OPENING_CHARS:
        kept = kept[1:]
    found = []
    for index, paragraph in kept:
        sentences = split_sentences(paragraph)
        for start, end in _run_ranges(sentences):
            text = " ".join(sentences[start:end])
            if len(text) >= MIN_PASSAGE_CHARS:
                span = Span(index, len(paragraphs), start, end, len(sentences))
                found.append((text, span))
    return found


def split_passages(markdown: str) -> list[str]:
    """The passages of a contribution, in order, without its greeting or one-word lines."""
    return [text for text, _span in passage_spans(markdown)]


def _by_proportion(original: list[list[str]], span: Span, translated: list[list[str]]) -> str:
    """The translation's sentences at the same share of the text as the passage's (lengths in
    characters: translations lengthen or shorten a text roughly evenly)."""

    def offsets(paragraphs: list[list[str]]) -> list[tuple[int, int, str]]:
        found, position = [], 0
        for sentences in paragraphs:
            for sentence in sentences:
                found.append((position, position + len(sentence), sentence))
                position += len(sentence) + 1
        return found

    source, target = offsets(original), offsets(translated)
    if not source or not target:
        return ""
    before = sum(len(sentences) for sentences in original[: span.paragraph])
    start_item = source[before + span.start]
    end_item = source[before + span.end - 1]
    total, target_total = source[-1][1], target[-1][1]
    low, high = start_item[0] / total, end_item[1] / total
    chosen = [text for begin, end, text in target if low <= (begin + end) / 2 / target_total < high]
    if not chosen:
        middle = (low + high) / 2 * target_total
        chosen = [min(target, key=lambda item: abs((item[0] + item[1]) / 2 - middle))[2]]
    return " ".join(chosen)


def translated_passage(original: str, translation: str, position: int) -> str:
    """The words of passage `position` of `original` (Markdown) in `translation` (Markdown).

    Paragraphs that align give the same paragraph; within it, the same sentences when the
    counts match, else the sentences at the same share of the paragraph. Paragraphs that do
    not align (a translator merged or split some) give the sentences at the same share of the
    whole text. Empty when the position is unknown or the translation is empty.
    """
    spans = passage_spans(original)
    translated = [split_sentences(p) for p in markdown_paragraphs(translation)]
    if not 0 <= position < len(spans) or not translated:
        return ""
    span = spans[position][1]
    if len(translated) != span.paragraphs:
        source = [split_sentences(p) for p in markdown_paragraphs(original)]
        return _by_proportion(source, span, translated)
    sentences = translated[span.paragraph]
    if (span.start, span.end) == (0, span.sentences) or not sentences:
        return " ".join(sentences)
    if len(sentences) == span.sentences:
        return " ".join(sentences[span.start : span.end])
    start = round(span.start * len(sentences) / span.sentences)
    end = max(start + 1, round(span.end * len(sentences) / span.sentences))
    return " ".join(sentences[start:end])


def short_phrase(text: str, limit: int = 90) -> str:
    """The passage's first sentence, cut at a word boundary within `limit` characters."""
    first = (split_sentences(text) or [""])[0].rstrip(".!?;: ")
    return cut_at_word(first, limit)
