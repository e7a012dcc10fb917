"""Header navigation, resolved once per site and language and kept until a page or a site
setting changes (`home/cache.py` purges the `navigation` and `site` tags)."""

from django.utils import translation
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from .models import NavigationSettings
from .page_cache import cached_by_tags


def _localized(page):
    return page.localized.specific_deferred if page else None


def _resolve(site) -> dict:
    nav = NavigationSettings.for_site(site)
    return {
        "discussions": _localized(nav.discussions_page),
        "practices": _localized(nav.practices_page),
        "partners": _localized(nav.partners_page),
        "settings": nav,
    }


def _navigation(request):
    site = Site.find_for_request(request)
    if site is None:  # a host no site answers for
        return {"discussions": None, "practices": None, "partners": None, "settings": None}
    name = f"navigation|{site.pk}|{translation.get_language()}"
    return cached_by_tags(name, ("site", "navigation"), lambda: _resolve(site))


def navigation(request):
    return {"navigation": SimpleLazyObject(lambda: _navigation(request))}
