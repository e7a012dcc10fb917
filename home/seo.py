"""Search engines and sharing: the XML sitemap, robots.txt, the favicon, the web manifest, and
the text of a page's meta description and Open Graph tags.

Which URLs the sitemap lists. Every page answers under every language prefix (home/i18n.py), but
a page shown in its source language under another prefix declares the source's URL canonical
(`page_links`), and Google asks sitemaps to list canonical URLs only. So the sitemap lists each
live, public translation once, at its own URL, with `xhtml:link rel="alternate" hreflang` entries
for every translation of the same page plus `x-default` (the source, the version the others
were translated from): the same set as the page's `<link rel="alternate">` head links, Google's
documented way for multilingual sitemaps. Aliases (wagtail-localize's untranslated copies) are left out.
"""

import html
from functools import cache as memoize
from functools import reduce
from operator import or_
from pathlib import Path

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction

from .i18n import native_url, page_language
from .images import hero_alt
from .page_cache import add_tags, purge
from .text import clean_text
from .urls import absolute_url

ICONS = Path(settings.BASE_DIR) / "static" / "img"
THEME_COLOR = "#8a3b12"  # --brand in static/css/minga.css, the mark's background
DESCRIPTION_LENGTH = 160  # what search engines show of a description
# Per page type, where its description comes from when `search_description` is empty.
DESCRIPTION_FIELDS = ("intro", "introduction", "summary", "description")
IMAGE_FIELDS = ("hero_image", "logo")
# Open Graph wants language_TERRITORY; Minga's Portuguese is Brazilian (README, catalogues).
OG_LOCALES = {"en": "en_US", "fr": "fr_FR", "es": "es_ES", "pt": "pt_BR", "ar": "ar_AR"}
# Paths search engines need not crawl: back offices and machine interfaces, and under each
# language prefix the contribution endpoints (forms, flags, permalinks that redirect).
# Pages that must stay out of results (sign-in, profiles, forms) say `noindex` themselves and stay
# crawlable: a crawler that may not fetch a page never sees its noindex, and Lighthouse counts
# a blocked page as not indexable.
DISALLOWED = ("/admin/", "/django-admin/", "/api/", "/i18n/")
MEMBER_PATHS = ("contributions/",)


def site_description() -> str:
    return _("Knowledge sharing for South-South and triangular cooperation.")


# ---- the sitemap -----------------------------------------------------------------------------


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap over every locale's tree: each translation at its own URL, with its
    siblings in other languages as hreflang alternates (see the module docstring)."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_site = reduce(
            or_, (Page.objects.descendant_of_q(root, inclusive=True) for root in roots)
        )
        return (
            Page.objects.live()
            .public()
            .filter(in_site, alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
        )

    def _versions(self) -> dict:
        """{translation_key: {language: (page id, absolute URL)}} for every listed page."""
        if not hasattr(self, "_version_urls"):
            self._version_urls = {}
            for page in self.items():
                url = native_url(page, self.request)
                if url:
                    by_language = self._version_urls.setdefault(page.translation_key, {})
                    by_language[page.locale.language_code] = (page.pk, absolute_url(url))
        return self._version_urls

    def _alternates(self, versions: dict[str, tuple[int, str]]) -> list[dict]:
        if len(versions) < 2:
            return []  # a page in one language has no alternates
        # x-default is the source, the oldest version (home.i18n's rule, as in `page_links`)
        _pk, default = min(versions.values())
        listed = [
            {"lang_code": code, "location": url} for code, (_pk, url) in sorted(versions.items())
        ]
        return [*listed, {"lang_code": "x-default", "location": default}]

    def _urls(self, page, protocol, domain):
        versions = self._versions()
        urls, last_mods = [], set()
        for item in self.paginator.page(page).object_list:
            siblings = versions.get(item.translation_key, {})
            if item.locale.language_code not in siblings:
                continue
            _pk, location = siblings[item.locale.language_code]
            lastmod = item.last_published_at or item.latest_revision_created_at
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": lastmod,
                    "alternates": self._alternates(siblings),
                }
            )
            last_mods.add(lastmod)
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


@require_safe
def sitemap(request):
    """/sitemap.xml, cached for anonymous visitors until a page is published, unpublished,
    moved or deleted (all purge the "search" tag) or a page's privacy changes ("sitemap")."""
    add_tags(request, "search", "sitemap")
    return wagtail_sitemap(request, sitemaps={"pages": TranslatedSitemap})


def privacy_changed(sender, instance, **kwargs) -> None:
    purge("sitemap")


def connect() -> None:
    for signal in (post_save, post_delete):
        signal.connect(privacy_changed, sender=PageViewRestriction, dispatch_uid="seo-privacy")


# ---- robots.txt, favicon, manifest -----------------------------------------------------------


def robots_lines() -> list[str]:
    prefixes = [code for code, _name in settings.LANGUAGES]
    member = [f"/{code}/{path}" for code in prefixes for path in MEMBER_PATHS]
    return [
        "User-agent: *",
        *(f"Disallow: {path}" for path in (*DISALLOWED, *member)),
        "Allow: /",
        "",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]


@require_safe
def robots_txt(request):
    add_tags(request, "site")
    return HttpResponse("\n".join(robots_lines()) + "\n", content_type="text/plain; charset=utf-8")


@memoize
def _icon_bytes(name: str) -> bytes:
    return (ICONS / name).read_bytes()


@require_safe
@cache_control(public=True, max_age=86400)
def favicon(request):
    """/favicon.ico, where browsers and crawlers look for it whatever the page says."""
    return HttpResponse(_icon_bytes("favicon.ico"), content_type="image/x-icon")


@require_safe
def manifest(request):
    """The web manifest in the visitor's language (its URL carries the language prefix)."""
    add_tags(request, "site")
    language = get_language()
    data = {
        "name": settings.WAGTAIL_SITE_NAME,
        "short_name": settings.WAGTAIL_SITE_NAME,
        "description": site_description(),
        "lang": language,
        "dir": "rtl" if get_language_bidi() else "ltr",
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": [
            {"src": static("img/minga.svg"), "sizes": "any", "type": "image/svg+xml"},
            {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    return response


# ---- what a page says about itself ------------------------------------------------------------


def plain(text, rich: bool = False) -> str:
    """Field text as one line of plain text; rich text (HTML) loses its tags and entities."""
    text = str(text or "")
    if rich:
        text = html.unescape(strip_tags(text))
    return clean_text(text, single_line=True).strip()


def _field_texts(page):
    """(text, is rich text) of the page's description fields, best first."""
    yield getattr(page, "search_description", ""), False
    for name in DESCRIPTION_FIELDS:
        try:
            field = page._meta.get_field(name)
        except (AttributeError, FieldDoesNotExist):
            continue
        yield getattr(page, name, ""), isinstance(field, RichTextField)


def page_description(page) -> str:
    """The page's search description, else its introduction or summary, else the site's."""
    for text, rich in _field_texts(page) if page is not None else ():
        text = plain(text, rich)
        if text:
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return site_description()


def page_image(page):
    """The page's hero image or logo, if it has one."""
    for name in IMAGE_FIELDS:
        image = getattr(page, name, None)
        if image is not None:
            return image
    return None


def page_image_alt(page, image) -> str:
    """The shared image's alternative text: for a hero image, the page's own (home/images.py)."""
    if image == getattr(page, "hero_image", None):
        return hero_alt(page)
    return image.default_alt_text


def og_locale(language: str | None) -> str:
    return OG_LOCALES.get(language or "", OG_LOCALES[settings.LANGUAGE_CODE])


def content_locale(page) -> str:
    return og_locale(page_language(page) or get_language())
