"""Moderation facts for the discussion templates."""

from django import template

from ..policy import is_blocked

register = template.Library()


@register.filter
def blocked_from_posting(user) -> bool:
    return bool(user and user.is_authenticated and is_blocked(user))
