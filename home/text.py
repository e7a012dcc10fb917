"""Untrusted text made safe to store, index, render and export: one home for the rule.

Text from forms, queries, imports and the API is normalised to NFKC (so compatibility
characters such as the ligature U+FDFA become the ordinary letters they stand for), loses the
characters that cannot be stored (NUL is refused by PostgreSQL), rendered (XML 1.0 forbids most
C0 controls, so a form feed pasted from a PDF broke the Atom feed and the XLSX/DOCX exports) or
that are invisible direction tricks, and is bounded in length.
"""

import re
import unicodedata

# C0 controls except tab, line feed and carriage return; DEL and the C1 controls; the
# non-characters XML and the database refuse. Form feed and vertical tab become a line break.
_UNSTORABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_PAGE_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def clean_text(text: str | None, max_length: int | None = None, single_line: bool = False) -> str:
    """`text` in NFKC without control characters, at most `max_length` characters long."""
    if not text:
        return ""
    text = str(text)
    if max_length is not None:
        # Bound before normalising too: NFKC can multiply a string's length by up to 18.
        text = text[: max_length * 2]
    text = _PAGE_BREAKS.sub("\n", text)
    text = _UNSTORABLE.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    text = _UNSTORABLE.sub("", text)
    if single_line:
        text = " ".join(text.split())
    if max_length is not None:
        text = text[:max_length]
    return text


# Markdown as plain words, sentences and short phrases: the synthesis cuts contributions into
# passages with them, and a contribution becomes a practice's title and summary with them.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?؟…。])\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_LINE_MARKERS = re.compile(r"^\s{0,3}(?:>+|[-*+]|\d+[.)]|#{1,6})\s+", re.MULTILINE)
_EMPHASIS = re.compile(r"(?<!\w)[*_]+|[*_]+(?!\w)|`+")
_BLANKS = re.compile(r"\s+")


def markdown_to_plain(markdown: str | None) -> str:
    """The words of Markdown on one line: no markup, no link targets, clean (`clean_text`)."""
    text = _LINK.sub(r"\1", markdown or "")
    text = _AUTOLINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", _LINE_MARKERS.sub(" ", text))
    return _BLANKS.sub(" ", clean_text(text)).strip()


def markdown_paragraphs(markdown: str | None) -> list[str]:
    """The non-empty paragraphs of Markdown (blocks between blank lines), each as plain text."""
    paragraphs = (markdown_to_plain(block) for block in _PARAGRAPH_BREAK.split(markdown or ""))
    return [paragraph for paragraph in paragraphs if paragraph]


def split_sentences(text: str) -> list[str]:
    """The sentences of plain text (ending in . ! ? … or the Arabic question mark)."""
    return [part for part in _SENTENCE_END.split(text.strip()) if part]


def cut_at_word(text: str, limit: int) -> str:
    """`text` at most `limit` characters long, cut at a word boundary (with an ellipsis)."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"
