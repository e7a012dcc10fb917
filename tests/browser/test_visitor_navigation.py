"""A visitor finds their way from the home page through the main navigation."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_visitor_follows_the_navigation_to_a_discussion(live_server, page, demo_site, axe):
    page.goto(f"{live_server.url}/en/")
    assert page.locator("h1").first.inner_text() == "Learn from peers across the Global South"
    axe(page)
    skip_link = page.get_by_role("link", name="Skip to main content")
    page.keyboard.press("Tab")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Discussions").click()
    assert page.url == f"{live_server.url}/en/discussions/"
    assert page.locator("h1").inner_text() == "E-discussions"
    axe(page)

    page.get_by_role("link", name="Learning by working together", exact=False).first.click()
    assert page.locator("h1").inner_text().startswith("Learning by working together")
    assert page.get_by_text("Open", exact=True).first.is_visible()
    assert page.get_by_role("heading", name="Guiding questions").is_visible()
    assert page.get_by_role("link", name="Log in or sign up to contribute").is_visible()
    assert page.locator("article.contribution").count() > 5
    axe(page)


def test_visitor_switches_the_interface_language(live_server, page, demo_site, axe):
    page.goto(f"{live_server.url}/en/discussions/")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="FR").click()
    page.wait_for_url(f"{live_server.url}/fr/discussions-en-ligne/")  # the French index page
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_role("link", name="Aller au contenu principal").count() == 1
    axe(page)
    page.get_by_role("navigation", name="Principal").get_by_role("link", name="Pratiques").click()
    page.wait_for_url(
        lambda url: url.startswith(f"{live_server.url}/fr/") and "discussions" not in url
    )
    axe(page)
