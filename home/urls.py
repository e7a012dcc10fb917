"""Absolute links (e-mails, feeds, the API, page full URLs) from one setting: WAGTAILADMIN_BASE_URL.

Minga serves one Wagtail site. Its public address (scheme, host and port, e.g.
https://minga.example.org:8443) is WAGTAILADMIN_BASE_URL. `sync_default_site()` copies its host
and port into the default Site record after every migrate, but links never read that record: it
cannot say "https on port 8443", and requests behind a proxy may carry another host.
"""

from urllib.parse import quote_plus, urlsplit, urlunsplit

from django.conf import settings
from django.db import DatabaseError
from django.http import QueryDict
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


def sync_default_site(using: str = "default", **_signal_arguments) -> bool:
    """Set the default Site's hostname and port from the setting; True if it changed.

    Runs after every `migrate` (home/apps.py) and in setup (home.setup.home_page).
    """
    hostname, port = site_address()
    try:
        site = Site.objects.using(using).filter(is_default_site=True).first()
    except DatabaseError:  # migrated back past Wagtail's tables
        return False
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


def query_string(params=None, /, **changes) -> str:
    """The one way Python code builds a query string (templates use `{% querystring %}`).

    `params` (a QueryDict such as request.GET, or a dict; left unchanged) with `changes`
    applied in place: None or "" drops a key, a list sets every value. Returns "?..." ("?"
    when empty, which clears a query in a link).
    """
    query = QueryDict(mutable=True)
    if isinstance(params, QueryDict):
        query = params.copy()
    elif params:
        changes = {**params, **changes}
    for key, value in changes.items():
        if isinstance(value, list | tuple):
            query.setlist(key, [str(each) for each in value])
        elif value is None or value == "":
            query.pop(key, None)
        else:
            query[key] = str(value)
    return "?" + query.urlencode()


def one_param_query_strings(params, name: str):
    """`query_string(params, page=None, name=value)` as a function of `value`, for a list of
    links that each change one parameter (a catalogue's ~300 filter options): the rest of the
    query is encoded once. Same strings as `query_string` (tests/practices/test_generator_fast.py).
    """
    before, after, seen = [], [], False
    for key, values in params.lists() if params is not None else []:
        if key == "page":
            continue
        if key == name:
            seen = True
            continue
        (after if seen else before).extend(_encoded(key, value) for value in values)

    def query(value=None) -> str:
        middle = [] if value is None or value == "" else [_encoded(name, value)]
        return "?" + "&".join(before + middle + after)

    return query


def _encoded(key: str, value) -> str:
    return f"{quote_plus(key)}={quote_plus(str(value))}"
