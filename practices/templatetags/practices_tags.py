"""Links that change one query parameter of the current listing."""

from django import template
from django.http import QueryDict
from django.utils.html import escape

register = template.Library()


@register.simple_tag(takes_context=True)
def with_param(context, name: str, value=None) -> str:
    """The current query string with `name` set to `value` (removed if None), back on page 1."""
    request = context.get("request")
    params = request.GET.copy() if request else QueryDict(mutable=True)
    params.pop("page", None)
    params.pop(name, None)
    if value is not None and value != "":
        params[name] = value
    encoded = params.urlencode() if params else ""
    return escape(f"?{encoded}" if encoded else "?")
