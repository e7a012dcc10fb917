"""A visitor finds their way from the home page through the main navigation."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_visitor_reaches_sections_from_home_page(live_server, page, demo_site, axe):
    page.goto(f"{live_server.url}/en/")
    assert page.locator("h1").first.inner_text() == "Learn from peers across the Global South"
    axe(page)
    page.get_by_role("link", name="Skip to main content").focus()
    assert page.get_by_role("link", name="Skip to main content").is_visible()

    page.get_by_role("navigation", name="Language").get_by_role("link", name="FR").click()
    assert page.url.endswith("/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    axe(page)
