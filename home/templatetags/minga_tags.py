"""Small template helpers used by the base layout."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from home.i18n import localize_path, swap_language_prefix

register = template.Library()


@register.filter
def startswith(value, prefix) -> bool:
    return bool(prefix) and str(value).startswith(str(prefix))


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """One link per UI language: the page's translation if it has one, else the same path."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    translations = {}
    if page is not None and hasattr(page, "get_translations"):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation.get_url(request)
    path = request.get_full_path() if request else "/"
    return [
        {
            "code": code,
            "name": name,
            "current": code == current,
            "url": translations.get(code) or swap_language_prefix(path, code, add_missing=True),
        }
        for code, name in settings.LANGUAGES
    ]


@register.filter
def localized_path(path: str) -> str:
    """Keep the visitor's interface language on a stored page path."""
    return localize_path(path)
