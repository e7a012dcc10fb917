"""Anonymous page cache: whole responses keyed by site, language, path and query string.

Each stored response carries tags (`page:<translation key>`, `discussion:12`, `practices`,
`search`...) with the version each tag had when it was stored; `purge(tag)` gives the tag a new
version, so exactly the responses carrying it miss from then on. What purges which tag lives in
one module per app (`discussions/cache.py`, `practices/cache.py`), connected to signals.

Never cached: anything but GET/HEAD, a visitor with a session or messages cookie (members, and
anyone with something to be told), a response that sets a cookie (a CSRF token, a session) or
that is not 200, and views that did not declare tags. Cached responses get an ETag, a
Last-Modified and `Cache-Control: public`; the others `private` and no store.
"""

import hashlib
import time
import uuid
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

PREFIX = "pagecache:v1"
PageTagProvider = Callable[[object, HttpRequest], Iterable[str]]
_page_tag_providers: list[PageTagProvider] = []


def cache():
    return caches["default"]


def lifetime() -> int:
    return settings.MINGA_PAGE_CACHE_SECONDS


# ---- declaring and purging tags -------------------------------------------------------------


def add_tags(request: HttpRequest, *tags: str) -> None:
    """Mark the response to this request cacheable, purged by any of `tags`."""
    existing = getattr(request, "_page_cache_tags", set())
    request._page_cache_tags = existing | {str(tag) for tag in tags}


def limit_lifetime(request: HttpRequest, seconds: float) -> None:
    """The page changes by itself in `seconds` (a discussion opens or closes)."""
    current = getattr(request, "_page_cache_lifetime", lifetime())
    request._page_cache_lifetime = max(1, min(current, int(seconds)))


def register_page_tags(provider: PageTagProvider) -> PageTagProvider:
    """Apps add tags for the Wagtail pages they own (`provider(page, request) -> tags`)."""
    _page_tag_providers.append(provider)
    return provider


def tag_pages(page, request: HttpRequest) -> None:
    """Every served Wagtail page: its record (all languages), its children, then apps' tags."""
    key = getattr(page, "translation_key", None) or page.pk
    add_tags(request, "site", f"page:{key}", f"children:{key}")
    for provider in _page_tag_providers:
        add_tags(request, *provider(page, request))


# Views outside Wagtail's page tree that are public and cacheable, by URL name.
ROUTE_TAGS = {
    "search:search": ("site", "search"),
    "search-api": ("search",),
    "search-suggest": ("search",),
}
API_TAGS = ("search", "practices", "partners")  # the Wagtail API (/api/v2/)


def tag_route(request: HttpRequest) -> None:
    match = getattr(request, "resolver_match", None)
    if match is None:
        return
    if match.view_name in ROUTE_TAGS:
        add_tags(request, *ROUTE_TAGS[match.view_name])
    elif match.view_name.startswith("wagtailapi:"):
        add_tags(request, *API_TAGS)


def _tag_key(tag: str) -> str:
    return f"{PREFIX}:tag:{hashlib.md5(tag.encode()).hexdigest()}"


def purge_now(*tags: str) -> None:
    cache().set_many({_tag_key(tag): uuid.uuid4().hex for tag in tags}, None)


def purge(*tags: str) -> None:
    """New versions for `tags` now and once the transaction commits (no stale re-store)."""
    tags = tuple(str(tag) for tag in tags if tag)
    if not tags:
        return
    purge_now(*tags)
    transaction.on_commit(lambda: purge_now(*tags))


def page_tags(page) -> list[str]:
    """The tags a change to `page` purges: the page in every language, and its parent's list."""
    tags = [f"page:{page.translation_key}"]
    parent = page.get_parent() if page.depth > 1 else None
    if parent is not None:
        tags.append(f"children:{parent.translation_key}")
    return tags


def _versions(tags: Iterable[str], create: bool) -> dict[str, str] | None:
    keys = {tag: _tag_key(tag) for tag in tags}
    found = cache().get_many(list(keys.values()))
    versions = {}
    for tag, key in keys.items():
        if key not in found:
            if not create:
                return None
            found[key] = uuid.uuid4().hex
            if not cache().add(key, found[key], None):
                found[key] = cache().get(key)
        versions[tag] = found[key]
    return versions


def cached_by_tags(name: str, tags: Iterable[str], compute: Callable[[], object]):
    """A value (facet counts, related records) kept until one of `tags` is purged."""
    if not settings.MINGA_PAGE_CACHE:
        return compute()
    versions = _versions(tags, create=True)
    raw = f"{name}|{sorted(versions.items())}"
    key = f"{PREFIX}:value:{hashlib.sha256(raw.encode()).hexdigest()}"
    value = cache().get(key)
    if value is None:
        value = compute()
        cache().set(key, value, lifetime())
    return value


# ---- the middleware --------------------------------------------------------------------------


def _bypass(request: HttpRequest) -> bool:
    if not settings.MINGA_PAGE_CACHE or request.method not in ("GET", "HEAD"):
        return True
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies


def request_key(request: HttpRequest) -> str:
    """Site (host), language, path, query string (sorted) and whether gzip is accepted."""
    language = translation.get_language_from_path(request.path_info) or (
        translation.get_language_from_request(request, check_path=False)
    )
    query = "&".join(sorted(request.META.get("QUERY_STRING", "").split("&")))
    gzip = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
    raw = f"{request.get_host()}|{language}|{request.path}|{query}|{int(gzip)}"
    return f"{PREFIX}:page:{hashlib.sha256(raw.encode()).hexdigest()}"


def fetch(request: HttpRequest) -> HttpResponse | None:
    entry = cache().get(request_key(request))
    if not entry:
        return None
    if _versions(entry["tags"], create=False) != entry["tags"]:
        return None
    response = entry["response"]
    response["X-Page-Cache"] = "hit"
    return response


def _cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    user = getattr(request, "user", None)
    return (
        request.method == "GET"
        and bool(getattr(request, "_page_cache_tags", None))
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not (user is not None and user.is_authenticated)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


def store(request: HttpRequest, response: HttpResponse) -> None:
    if "ETag" not in response:
        response["ETag"] = f'"{hashlib.md5(response.content).hexdigest()}"'
    response.setdefault("Last-Modified", http_date(time.time()))
    shared = settings.MINGA_PAGE_CACHE_SHARED_SECONDS
    patch_cache_control(response, public=True, max_age=0, s_maxage=shared, must_revalidate=True)
    versions = _versions(request._page_cache_tags, create=True)
    seconds = getattr(request, "_page_cache_lifetime", lifetime())
    cache().set(request_key(request), {"tags": versions, "response": response}, seconds)


class PageCacheMiddleware:
    """Serve anonymous pages from the cache; store the ones views tagged."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        bypass = _bypass(request)
        if not bypass:
            cached = fetch(request)
            if cached is not None:
                return self._conditional(request, cached)
        response = self.get_response(request)
        tag_route(request)
        if not bypass and _cacheable(request, response):
            store(request, response)
            response["X-Page-Cache"] = "miss"
            return self._conditional(request, response)
        if "Cache-Control" not in response:
            patch_cache_control(response, private=True, no_store=True)
        return response

    @staticmethod
    def _conditional(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        return (
            get_conditional_response(
                request,
                etag=response.get("ETag"),
                last_modified=None,
                response=response,
            )
            or response
        )
