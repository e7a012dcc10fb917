"""A visitor signs up from a page, confirms their e-mail address and comes back as a member."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "sunlit-harbour-lanterns-8"


@pytest.fixture
def home_pages(transactional_db):
    """Only the home app's pages (home, about): sign-up needs nothing more, and it is quick."""
    from django.core.cache import cache

    from home import demo

    cache.clear()  # allauth's rate limits live in the cache
    demo.load()


def confirmation_path(mailbox) -> str:
    [message] = mailbox.wait_for(1)
    body = message.body if hasattr(message, "body") else message.get_content()
    return re.search(r"https?://[^/\s]+(/\S*/accounts/confirm-email/\S+)", body).group(1)


def test_visitor_signs_up_confirms_and_sees_their_name(live_server, page, home_pages, axe, mailbox):
    page.goto(f"{live_server.url}/en/about/")
    axe(page)

    page.get_by_role("link", name="Sign up").click()
    page.wait_for_url("**/en/accounts/signup/**")
    axe(page)
    page.get_by_label("Email").fill("noor.haddad@example.org")
    page.get_by_label("Username").fill("noor")
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again):", exact=True).fill("a-different-one-entirely")
    page.get_by_label("Full name").fill("Noor Haddad")
    page.get_by_label("Organisation (optional)").fill("Levant Development Forum")
    page.get_by_label("Country").select_option("JO")
    page.get_by_label("Role or title (optional)").fill("Policy analyst")
    page.get_by_role("button", name="Sign up").click()

    # A mistake is announced at the top and next to the field; what was typed stays.
    expect(page.get_by_role("alert")).to_be_visible()
    assert page.get_by_label("Full name").input_value() == "Noor Haddad"
    axe(page)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again):", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()

    page.wait_for_url("**/accounts/confirm-email/")
    assert page.locator("h1").inner_text() == "Verify Your Email Address"
    axe(page)

    page.goto(live_server.url + confirmation_path(mailbox))
    axe(page)
    page.get_by_role("button", name="Confirm").click()

    # Confirming in the same browser logs the member in and brings them back.
    page.wait_for_url("**/en/about/")
    assert page.locator(".account-menu").get_by_role("link", name="Noor Haddad").is_visible()
    axe(page)

    page.locator(".account-menu").get_by_role("button", name="Log out").click()
    page.get_by_role("link", name="Log in").click()
    axe(page)
    page.get_by_label("E-mail address or username").fill("noor.haddad@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.wait_for_url("**/en/**")
    assert page.locator(".account-menu").get_by_role("link", name="Noor Haddad").is_visible()
    page.locator(".account-menu").get_by_role("link", name="Noor Haddad").click()
    assert page.locator("h1").inner_text() == "Your profile"
    assert page.get_by_text("Levant Development Forum").is_visible()
    axe(page)
