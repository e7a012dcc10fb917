"""Moderation facts for the discussion templates."""

from django import template

from home.text import markdown_to_plain

from ..policy import is_blocked

register = template.Library()


@register.filter
def blocked_from_posting(user, discussion) -> bool:
    """Blocked site-wide or in this discussion."""
    return bool(user and user.is_authenticated and is_blocked(user, discussion))


@register.filter
def markdown_text(source: str) -> str:
    """A contribution's Markdown as plain text on one line, for a short quote in the queue."""
    return markdown_to_plain(source)
