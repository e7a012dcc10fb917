"""Meta description, Open Graph and Twitter card tags for every page (includes/meta_tags.html)."""

from django import template
from django.conf import settings
from wagtail.images.models import SourceImageIOError

from home.i18n import available_translations, native_url, page_language
from home.seo import (
    THEME_COLOR,
    content_locale,
    og_locale,
    page_description,
    page_image,
    page_image_alt,
    plain,
)
from home.templatetags.minga_tags import _routed_page
from home.urls import absolute_url, rebase_url

register = template.Library()

SHARED_IMAGE = "max-1200x630"  # the size Open Graph and Twitter cards show
LARGE_CARD_WIDTH = 600  # narrower images (a partner's logo) make a small card, not a large one


def _image(page) -> dict:
    image = page_image(page)
    if image is None:
        return {}
    try:
        rendition = image.get_rendition(SHARED_IMAGE)
    except (SourceImageIOError, OSError):  # a missing or unreadable file: share without it
        return {}
    return {
        "image": absolute_url(rendition.url),
        "image_alt": plain(page_image_alt(page, image)),
        "image_width": rendition.width,
        "image_height": rendition.height,
        "large_card": rendition.width >= LARGE_CARD_WIDTH,
    }


def _page_facts(page, request) -> dict:
    own_language = page_language(page)
    others = set(available_translations(page, request)) - {own_language}
    url = native_url(page, request)
    return {
        "title": plain(page.seo_title or page.title),
        "url": rebase_url(url) if url else "",
        "type": "website" if page.depth <= 2 else "article",
        "locale": content_locale(page),
        "alternate_locales": sorted(og_locale(code) for code in others),
        **_image(page),
    }


@register.inclusion_tag("includes/meta_tags.html", takes_context=True)
def meta_tags(context) -> dict:
    """Description and sharing tags from the page shown, else from the site."""
    request = context.get("request")
    page = _routed_page(context)
    facts = (
        _page_facts(page, request)
        if page is not None
        else {
            "title": settings.WAGTAIL_SITE_NAME,
            "url": absolute_url(request.path) if request is not None else "",
            "type": "website",
            "locale": content_locale(None),
            "alternate_locales": [],
        }
    )
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "theme_color": THEME_COLOR,
        "description": page_description(page),
        **facts,
    }
