"""Whether any page is private (password, login or groups), known without a query.

Wagtail checks every served page's restrictions with two queries (the page's ancestors, then
their restrictions). Most sites have none; the answer is kept in the cache until a restriction
is saved or deleted (`home/cache.py` purges `view-restrictions`, and every cached page, since a
restriction covers a whole branch).
"""

from wagtail.models import PageViewRestriction

from .page_cache import cached_by_tags

TAG = "view-restrictions"


def any_view_restrictions() -> bool:
    return cached_by_tags("any-view-restrictions", [TAG], PageViewRestriction.objects.exists)


class ViewRestrictionsMixin:
    """For page types: no restriction queries while no page has a restriction."""

    def get_view_restrictions(self):
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
