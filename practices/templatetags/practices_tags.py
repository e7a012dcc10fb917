"""Links that change one query parameter of the current listing."""

from django import template
from django.utils.html import escape

from home.urls import query_string

register = template.Library()


@register.simple_tag(takes_context=True)
def with_param(context, name: str, value=None) -> str:
    """The current query string with `name` set to `value` (removed if None), back on page 1."""
    request = context.get("request")
    return escape(query_string(request.GET if request else None, page=None, **{name: value}))
