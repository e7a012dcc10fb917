"""Small template helpers used by the base layout."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from home.i18n import (
    autonym,
    available_translations,
    localize_path,
    page_language,
    source_version,
    swap_language_prefix,
    urls_by_language,
)
from home.urls import rebase_url

register = template.Library()


@register.filter
def startswith(value, prefix) -> bool:
    return bool(prefix) and str(value).startswith(str(prefix))


def _routed_page(context):
    """The Wagtail page this response shows, if it is a saved, live page."""
    page = context.get("page")
    if page is None or not getattr(page, "pk", None) or not hasattr(page, "get_translations"):
        return None
    return page if page.live else None


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """One link per UI language to the same page in that language: its translation if it has
    one, else its source under that language's prefix; other views keep their path."""
    request = context.get("request")
    page = _routed_page(context)
    current = get_language()
    path = request.get_full_path() if request else "/"
    page_urls = urls_by_language(page, request) if page is not None else {}
    query = request.META.get("QUERY_STRING", "") if request else ""
    return [
        {
            "code": code,
            "name": name,
            "current": code == current,
            "url": (page_urls[code] + (f"?{query}" if query else ""))
            if code in page_urls
            else swap_language_prefix(path, code, add_missing=True),
        }
        for code, name in settings.LANGUAGES
    ]


@register.inclusion_tag("includes/page_links.html", takes_context=True)
def page_links(context) -> dict:
    """`<link rel="canonical">` and `<link rel="alternate" hreflang>` for a page: one per live
    translation plus x-default (the source language's version)."""
    request = context.get("request")
    page = _routed_page(context)
    if page is None or request is None:
        return {}
    translations = available_translations(page, request)
    own = translations.get(page_language(page))
    default = translations.get(page_language(source_version(page))) or own
    return {
        "canonical": own and rebase_url(own),
        "alternates": [(code, rebase_url(url)) for code, url in sorted(translations.items())],
        "x_default": default and rebase_url(default),
    }


@register.inclusion_tag("includes/translation_notice.html", takes_context=True)
def translation_notice(context) -> dict:
    """Says so when the page is shown in another language than the visitor's."""
    page = _routed_page(context)
    source = page_language(page) if page is not None else None
    current = get_language()
    if not source or source == current:
        return {}
    return {"wanted": autonym(current), "source": source, "current": current}


@register.simple_tag(takes_context=True)
def content_language(context) -> str:
    """The language of the page's content when it differs from the interface language."""
    page = _routed_page(context)
    source = page_language(page) if page is not None else None
    return source if source and source != get_language() else ""


@register.filter
def localized_path(path: str) -> str:
    """Keep the visitor's interface language on a stored page path."""
    return localize_path(path)
