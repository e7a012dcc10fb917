"""Practice teasers for other apps' templates (the home page), without Python imports."""

from django import template

register = template.Library()


@register.simple_tag
def latest_practices(limit: int = 3):
    from ..models import GoodPracticePage

    return list(
        GoodPracticePage.objects.live()
        .order_by("-first_published_at")
        .prefetch_related("countries", "sdgs")[:limit]
    )
