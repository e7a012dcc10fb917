"""A Markdown subset for contributions: paragraphs, bold, italic, lists, links and quotes."""

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
