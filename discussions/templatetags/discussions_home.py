"""Discussion teasers for other apps' templates (the home page), without Python imports."""

from django import template

from home.i18n import one_per_record

from ..models import DiscussionPage

register = template.Library()


@register.simple_tag
def current_discussions(limit: int = 3):
    """Open discussions first, then upcoming ones, with their published contribution counts;
    each discussion once, in the visitor's language when translated."""
    counted = one_per_record(DiscussionPage.objects.live()).with_participation()
    open_now = list(counted.open().order_by("closes_at")[:limit])
    upcoming = list(counted.upcoming().order_by("opens_at")[: max(limit - len(open_now), 0)])
    return open_now + upcoming
