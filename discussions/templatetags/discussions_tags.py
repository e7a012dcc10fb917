"""Template helpers for discussions (dates: home/templatetags/minga_time.py)."""

from django import template
from django.utils.safestring import mark_safe

from ..markdown import render_markdown

register = template.Library()


@register.filter
def markdown(source: str) -> str:
    return mark_safe(render_markdown(source))  # noqa: S308 - sanitised by nh3


@register.simple_tag
def filter_url(filters, **changes) -> str:
    """`?…` for the listing with the current filters and `changes` (page always resets)."""
    return f"{filters.querystring(page=None, **changes)}#contributions"


@register.simple_tag(takes_context=True)
def page_url(context, number) -> str:
    return f"{context['filters'].querystring(page=number if number != 1 else None)}#contributions"


@register.filter
def can_edit(contribution, user) -> bool:
    return contribution.can_edit(user)


@register.filter
def can_delete(contribution, user) -> bool:
    return contribution.can_delete(user)


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "") if mapping else ""
