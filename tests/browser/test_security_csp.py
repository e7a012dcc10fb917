"""With the Content-Security-Policy enforced, no page the visitor, member or editor uses breaks."""

import pytest

from discussions.models import DiscussionPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def watched_page(browser):
    """A page in a context that enforces the CSP, recording every violation it reports."""
    page = browser.new_context(locale="en-GB", bypass_csp=False).new_page()
    page.violations = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and page.violations.append(message.text)
        ),
    )
    return page


def test_public_pages_run_under_the_strict_policy(live_server, browser, demo_site, axe):
    page = watched_page(browser)
    for path in ("/en/", "/en/discussions/", "/en/practices/", "/en/search/?q=water"):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Discussions").click()
    page.get_by_role("link", name="Learning by working together", exact=False).first.click()
    page.wait_for_load_state("networkidle")

    assert page.violations == [], "\n".join(page.violations)
    page.context.close()


def test_an_editor_uses_the_admin_and_the_userbar_under_their_policies(
    live_server, browser, demo_site
):
    page = watched_page(browser)
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("input[name=username]").fill("moderator")
    page.locator("input[name=password]").fill("minga-moderator-demo")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")
    for path in ("/admin/pages/", f"/admin/pages/{DiscussionPage.objects.first().pk}/edit/"):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
    page.goto(f"{live_server.url}/en/discussions/")
    page.wait_for_load_state("networkidle")

    assert page.violations == [], "\n".join(page.violations)
    page.context.close()
