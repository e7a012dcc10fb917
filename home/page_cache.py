"""Anonymous page cache: whole responses keyed by site, language, path and query string.

Each stored response carries tags (`page:<translation key>`, `discussion:12`, `practices`,
`search`...) with the version each tag had when it was stored; `purge(tag)` gives the tag a new
version, so exactly the responses carrying it miss from then on. What purges which tag lives in
one module per app (`discussions/cache.py`, `practices/cache.py`), connected to signals.

Purges are hard by default: nothing stored before them is served again. A purge that only adds
(a contribution posted or edited by its author, approved, a translation stored) may be soft,
`purge(tag, hard=False)`: the first request for a page it purged rebuilds it, holding a short
lock in the cache (`REBUILD_LOCK_SECONDS`); requests arriving meanwhile get the previous copy,
marked `X-Page-Cache: stale` with an `Age`, not stored again, while the lock is held.
A page is rebuilt after soft purges at most once every `MINGA_PAGE_CACHE_REBUILD_SECONDS`:
when posts come faster, readers get the previous copy until then (an addition shows that much
later to visitors; members, who get fresh pages, see it at once).
Each tag has two versions for this: the version any purge renews, and the hard version only
hard purges renew; a previous copy is served only when every hard version it carries is current.

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
# How long one request may rebuild a softly purged page while others get the previous copy.
REBUILD_LOCK_SECONDS = 5
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


def _hard_key(tag: str) -> str:
    return f"{PREFIX}:hard:{hashlib.md5(tag.encode()).hexdigest()}"


def purge_now(*tags: str, hard: bool = True) -> None:
    versions = {_tag_key(tag): uuid.uuid4().hex for tag in tags}
    if hard:
        versions.update({_hard_key(tag): uuid.uuid4().hex for tag in tags})
    cache().set_many(versions, None)


def purge(*tags: str, hard: bool = True) -> None:
    """New versions for `tags` now and once the transaction commits (no stale re-store).

    `hard=False` only for changes that add or update without taking anything away: until the
    first request after it has rebuilt a page, other requests may get the previous copy.
    """
    tags = tuple(str(tag) for tag in tags if tag)
    if not tags:
        return
    purge_now(*tags, hard=hard)
    transaction.on_commit(lambda: purge_now(*tags, hard=hard))


def page_tags(page) -> list[str]:
    """The tags a change to `page` purges: the page in every language, and its parent's list."""
    tags = [f"page:{page.translation_key}"]
    parent = page.get_parent() if page.depth > 1 else None
    if parent is not None:
        tags.append(f"children:{parent.translation_key}")
    return tags


def _versions(tags: Iterable[str], create: bool, key_of=_tag_key) -> dict[str, str] | None:
    keys = {tag: key_of(tag) for tag in tags}
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


def _current(tags: Iterable[str]) -> tuple[dict, dict]:
    """Each tag's version and hard version now (None where the cache has none), one round trip."""
    tags = list(tags)
    keys = [_tag_key(tag) for tag in tags] + [_hard_key(tag) for tag in tags]
    found = cache().get_many(keys)
    versions = {tag: found.get(_tag_key(tag)) for tag in tags}
    hards = {tag: found.get(_hard_key(tag)) for tag in tags}
    return versions, hards


def _lock_key(key: str, versions: dict) -> str:
    """One rebuild per page and purge: the lock names the versions the rebuild will store."""
    raw = f"{key}|{sorted(versions.items())}"
    return f"{PREFIX}:lock:{hashlib.sha256(raw.encode()).hexdigest()}"


def fetch(request: HttpRequest) -> HttpResponse | None:
    """The stored response if fresh; the previous copy while another request rebuilds it after
    a soft purge, or if it was rebuilt less than MINGA_PAGE_CACHE_REBUILD_SECONDS ago; None
    when this request must build the page (and store it)."""
    key = request_key(request)
    found = cache().get_many([key, _rebuilt_key(key)])
    entry = found.get(key)
    if not entry:
        return None
    versions, hards = _current(entry["tags"])
    if versions == entry["tags"]:
        response = entry["response"]
        response["X-Page-Cache"] = "hit"
        return response
    request._page_cache_seen = (versions, hards)
    if entry.get("hard") != hards or None in hards.values():
        return None  # a hard purge (or a lost version): never the previous copy
    if _rebuilt_key(key) in found:  # rebuilt moments ago: the next rebuild waits for the interval
        shared = min(settings.MINGA_PAGE_CACHE_SHARED_SECONDS, _rebuild_seconds())
        return _stale(entry, shared)
    lock, token = _lock_key(key, versions), uuid.uuid4().hex
    if cache().add(lock, token, REBUILD_LOCK_SECONDS):
        request._page_cache_lock = (lock, token)
        if _rebuild_seconds() > 0:
            cache().set(_rebuilt_key(key), 1, _rebuild_seconds())
        return None  # the first request after the purge rebuilds
    return _stale(entry)


def _rebuild_seconds() -> int:
    return settings.MINGA_PAGE_CACHE_REBUILD_SECONDS


def _rebuilt_key(key: str) -> str:
    """Present for MINGA_PAGE_CACHE_REBUILD_SECONDS after a rebuild after a soft purge began."""
    return f"{key}:rebuilt"


def _stale(entry: dict, shared: int = 0) -> HttpResponse:
    """The previous copy. The browser may not keep it; a shared cache neither while a rebuild
    is under way (the next request gets the new page), and for at most `shared` seconds (as
    long as the previous copy is what everyone gets anyway) within the rebuild interval."""
    response = entry["response"]
    response["X-Page-Cache"] = "stale"
    response["Age"] = str(max(0, int(time.time() - entry.get("stored", time.time()))))
    del response["Cache-Control"]
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    if shared > 0:
        patch_cache_control(response, s_maxage=shared)
    return response


def _release(request: HttpRequest) -> None:
    lock = getattr(request, "_page_cache_lock", None)
    if lock is not None and cache().get(lock[0]) == lock[1]:
        cache().delete(lock[0])


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
    tags = request._page_cache_tags
    versions = _versions(tags, create=True)
    hards = _versions(tags, create=True, key_of=_hard_key)
    # A rebuild stores the versions read before it rendered: a purge during the rendering
    # makes its copy miss (and, if hard, never served stale).
    seen_versions, seen_hards = getattr(request, "_page_cache_seen", ({}, {}))
    for stored, seen in ((versions, seen_versions), (hards, seen_hards)):
        stored.update({tag: seen[tag] for tag in stored if seen.get(tag) is not None})
    entry = {"tags": versions, "hard": hards, "stored": time.time(), "response": response}
    seconds = getattr(request, "_page_cache_lifetime", lifetime())
    cache().set(request_key(request), entry, seconds)


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
        try:
            response = self.get_response(request)
            tag_route(request)
            if not bypass and _cacheable(request, response):
                store(request, response)
                response["X-Page-Cache"] = "miss"
                return self._conditional(request, response)
        finally:
            _release(request)
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
