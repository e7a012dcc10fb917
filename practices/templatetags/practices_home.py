"""Practice teasers for other apps' templates (the home page), without Python imports."""

from django import template

from home.i18n import one_per_record

from ..models import GoodPracticePage

register = template.Library()


@register.simple_tag
def latest_practices(limit: int = 3):
    """The latest practices, each once, in the visitor's language when translated."""
    return list(
        one_per_record(GoodPracticePage.objects.live())
        .order_by("-first_published_at")
        .prefetch_related("countries", "sdgs")[:limit]
    )
