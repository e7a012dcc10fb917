"""Header navigation, resolved once per request in the visitor's language."""

from django.utils.functional import SimpleLazyObject

from .models import NavigationSettings


def _localized(page):
    return page.localized.specific_deferred if page else None


def _navigation(request):
    nav = NavigationSettings.for_request(request)
    return {
        "discussions": _localized(nav.discussions_page),
        "practices": _localized(nav.practices_page),
        "partners": _localized(nav.partners_page),
        "settings": nav,
    }


def navigation(request):
    return {"navigation": SimpleLazyObject(lambda: _navigation(request))}
