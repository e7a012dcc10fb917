"""Moderation facts for the discussion templates."""

from django import template

from ..policy import is_blocked

register = template.Library()


@register.filter
def blocked_from_posting(user, discussion) -> bool:
    """Blocked site-wide or in this discussion."""
    return bool(user and user.is_authenticated and is_blocked(user, discussion))
