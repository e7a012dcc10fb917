"""Absolute links (e-mails, feeds, the API, page full URLs) from one setting: WAGTAILADMIN_BASE_URL.

Minga serves one Wagtail site. Its public address (scheme, host and port, e.g.
https://minga.example.org:8443) is WAGTAILADMIN_BASE_URL; the Site record's hostname and port are
kept in step by `sync_default_site()`, but the setting wins: a Site record cannot say "https on
port 8443" and requests handled behind a proxy may carry another host.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def base_url() -> str:
    """The site's public address without a trailing slash: "https://minga.example.org:8443"."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL.strip())
    return urlunsplit((parts.scheme or "http", parts.netloc, "", "", "")).rstrip("/")


def absolute_url(path: str) -> str:
    """`path` (e.g. "/en/discussions/") under the site's address; absolute URLs stay as they are."""
    if urlsplit(path).scheme:
        return path
    return f"{base_url()}/{path.lstrip('/')}"


def rebase_url(url: str) -> str:
    """The same path, query and fragment under the site's address, whatever host `url` named."""
    parts = urlsplit(url)
    return absolute_url(urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment)))


def absolute_page_url(page, request=None) -> str:
    """A page's address under the site's address; empty when the page is not routable."""
    url = page.get_url(request)
    return rebase_url(url) if url else ""


def site_address() -> tuple[str, int]:
    """(hostname, port) of the site's address, as Wagtail's Site record stores them."""
    parts = urlsplit(base_url())
    return parts.hostname or "localhost", parts.port or DEFAULT_PORTS.get(parts.scheme, 80)


def sync_default_site() -> bool:
    """Set the default Site's hostname and port from the setting; True if it changed."""
    hostname, port = site_address()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save()  # save(), not update(): Wagtail clears its cache of site root paths on save
    return True


def with_base_url(url_parts):
    """Wagtail's (site_id, root_url, page_path) with the root URL from the setting."""
    if not url_parts:
        return url_parts
    site_id, _root_url, page_path = url_parts
    return site_id, base_url(), page_path
