"""Template helpers for discussions (dates: home/templatetags/minga_time.py)."""

from django import template
from django.utils.safestring import mark_safe

from home.page_cache import cached_by_tags, page_tags

from ..markdown import render_markdown
from ..readers import reader_of

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


@register.simple_tag(takes_context=True)
def discussion_partners(context, page) -> dict:
    """`organisers` and `facilitators` of a discussion as links (`url`, `title`), kept in the
    cache until a page is published, moved or deleted (a partner's title or address changes
    that way), so a reader's page asks nothing for them."""
    request = context.get("request")

    def links() -> dict:
        return {
            role: [
                {"url": partner.get_url(request=request), "title": partner.title}
                for partner in getattr(page, role).all()
            ]
            for role in ("organisers", "facilitators")
        }

    if page.pk is None or getattr(request, "is_preview", False):
        return links()  # a draft's relations live in memory, not in the cached rows
    name = f"discussion-partners|{page.pk}|{request.get_host() if request else ''}"
    return cached_by_tags(name, (*page_tags(page), "navigation"), links)


@register.filter
def blocked_reader(request, discussion) -> bool:
    """`request|blocked_reader:discussion`: the logged-in reader may not post here
    (policy.is_blocked, from the reader's facts the page asks once)."""
    return reader_of(request, discussion).blocked
