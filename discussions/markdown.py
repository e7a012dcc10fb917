"""A Markdown subset for contributions: paragraphs, bold, italic, lists, links and quotes."""

import html
import re
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote"}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # "zero" enables nothing but paragraphs and text; raw HTML stays escaped text.
    return MarkdownIt("zero", {"html": False, "breaks": True}).enable(
        ["emphasis", "list", "link", "blockquote", "newline", "escape"]
    )


def render_markdown(source: str) -> str:
    """Safe HTML for a contribution; links get rel="nofollow ugc", images and HTML never pass."""
    html = _parser().render(source or "")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href"}},
        link_rel="nofollow ugc",
        url_schemes={"http", "https", "mailto"},
    )


# Exports hand the Markdown source itself to other tools, which may render raw HTML and any
# link scheme: the source is escaped so that only the subset above can mean anything.
_LINK_DESTINATION = re.compile(r"(\]\(\s*)([^\s)]*)")
_REFERENCE_DEFINITION = re.compile(r"^(\s{0,3}\[[^\]\n]+\]:\s*)(\S+)", re.MULTILINE)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\s\x00-\x1f\x7f]+")
SAFE_SCHEMES = {"http", "https", "mailto"}


def _safe_destination(match: re.Match) -> str:
    destination = match.group(2)
    # What a renderer would see: backslash escapes and entities resolved, blanks dropped.
    probe = _INVISIBLE.sub("", html.unescape(destination.replace("\\", "")))
    scheme = _SCHEME.match(probe)
    if scheme and scheme.group(1).lower() not in SAFE_SCHEMES:
        destination = "#"
    return match.group(1) + destination


def markdown_source_for_export(source: str) -> str:
    """Markdown text without raw HTML, entity tricks or links other than http(s) and mailto."""
    text = (source or "").replace("&", "&amp;").replace("<", "&lt;")
    text = _LINK_DESTINATION.sub(_safe_destination, text)
    return _REFERENCE_DEFINITION.sub(_safe_destination, text)
