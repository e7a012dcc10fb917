"""No query parameter of a public page or an API answers 5xx, whatever its characters."""

import pytest
from hypothesis import given

from .strategies import params_from, query_string

pytestmark = pytest.mark.django_db

FACETS = ["type", "region", "country", "sdg", "theme", "modality", "language", "period", "partner"]
PAGE_PARAMETERS = {
    "search": ["q", "page", "sort", *FACETS],
    "practices": ["q", "page", "sort", *FACETS],
    "partners": ["q", "page", "sort", "country", "type", "region"],
    "discussion": ["question", "language", "country", "sort", "page", "original", "thread"],
    "discussions": ["page", "status", "theme"],
    "home": ["q", "page"],
    "feed": ["page"],
}
API_PARAMETERS = {
    "/api/search/": ["q", "page", "sort", *FACETS],
    "/api/search/suggest/": ["q"],
    "/api/v2/pages/": ["search", "locale", "site", "offset", "limit", "type", "fields", "order"],
    "/api/v2/pages/find/": ["html_path", "site", "locale"],
}


def page_path(pages, name: str) -> str:
    if name == "search":
        return "/en/search/"
    if name == "feed":
        return pages["discussion"].url + "feed/"
    return pages[name].url


def assert_no_server_error(response, url: str) -> None:
    assert response.status_code < 500, f"{response.status_code} for {url}"


@pytest.mark.parametrize("name", sorted(PAGE_PARAMETERS))
def test_no_query_parameter_makes_a_public_page_fail(client, pages, name):
    path = page_path(pages, name)

    @given(params=params_from(PAGE_PARAMETERS[name]))
    def check(params):
        url = f"{path}?{query_string(params)}"
        assert_no_server_error(client.get(url), url)

    check()


@pytest.mark.parametrize("path", sorted(API_PARAMETERS))
def test_no_api_parameter_makes_the_api_fail(client, pages, path):
    @given(params=params_from(API_PARAMETERS[path]))
    def check(params):
        url = f"{path}?{query_string(params)}"
        assert_no_server_error(client.get(url), url)

    check()
