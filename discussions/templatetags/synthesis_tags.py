"""`{% published_synthesis page as questions %}`: a closed discussion's published key points."""

from django import template

from ..models import Status
from ..synthesis.public import published_points

register = template.Library()


@register.simple_tag
def published_synthesis(page) -> list:
    if getattr(page, "status", None) != Status.CLOSED:
        return []
    return published_points(page)
