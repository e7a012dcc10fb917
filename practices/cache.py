"""What purges cached pages when the catalogue changes: practices, partners, taxonomies.

Practice and partner pages, their indexes and the home page list practices (related practices,
a partner's practices, filters and counts): they carry `practices`; partner names appear on
practices and discussions, which carry `partners`.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from home.models import HomePage
from home.page_cache import purge, register_page_tags

from .models import (
    SDG,
    Country,
    GoodPracticePage,
    PartnerIndexPage,
    PartnerPage,
    PracticeIndexPage,
    Region,
    SDGTarget,
    Theme,
)

LISTING_PAGES = (PracticeIndexPage, GoodPracticePage, PartnerIndexPage, PartnerPage, HomePage)
TAXONOMIES = (SDG, SDGTarget, Region, Country, Theme)


@register_page_tags
def tags_for_page(page, request) -> list[str]:
    if isinstance(page, LISTING_PAGES):
        return ["practices", "partners"]
    return []


def catalogue_page_changed(sender, instance, **kwargs) -> None:
    purge("practices", "partners" if isinstance(instance, PartnerPage) else "")


def taxonomy_changed(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        purge("practices", "search")


def connect() -> None:
    for model in (GoodPracticePage, PartnerPage):
        for signal in (page_published, page_unpublished, post_delete):
            signal.connect(catalogue_page_changed, sender=model, dispatch_uid="cache-catalogue")
    for model in TAXONOMIES:
        for signal in (post_save, post_delete):
            signal.connect(taxonomy_changed, sender=model, dispatch_uid="cache-taxonomy")
