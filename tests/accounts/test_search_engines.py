"""Log-in and sign-up pages can be found and described by search engines; other account pages say noindex."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/en/accounts/login/", "/en/accounts/signup/"])
def test_entrance_pages_are_indexable_and_described(client, site, path):
    html = client.get(path).content.decode()
    assert 'name="robots"' not in html
    assert html.count('<meta name="description" content="') == 1


def test_password_reset_page_stays_out_of_search_results(client, site):
    html = client.get("/en/accounts/password/reset/").content.decode()
    assert '<meta name="robots" content="noindex">' in html
