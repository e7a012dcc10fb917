"""`{% synthesis_section page %}`: a closed discussion's published key points, as HTML kept in
the cache until the discussion (its synthesis, its contributions) or the page changes."""

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from home.page_cache import cached_by_tags

from ..cache_tags import kept_part_tags
from ..models import Status
from ..synthesis.public import published_points

register = template.Library()
TEMPLATE = "discussions/includes/synthesis.html"


@register.simple_tag(takes_context=True)
def synthesis_section(context, page) -> str:
    if getattr(page, "status", None) != Status.CLOSED:
        return ""
    request = context.get("request")

    def render() -> str:
        questions = published_points(page)
        return render_to_string(TEMPLATE, {"synthesis_questions": questions}) if questions else ""

    if page.pk is None or getattr(request, "is_preview", False):
        return mark_safe(render())  # noqa: S308 - our own template, escaped there
    name = f"synthesis|{page.pk}|{translation.get_language()}"
    return mark_safe(cached_by_tags(name, kept_part_tags(page), render))  # noqa: S308 - as above
