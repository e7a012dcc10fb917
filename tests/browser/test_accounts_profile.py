"""A member edits their profile and account settings; the site then opens in their language."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct-horse-battery"


@pytest.fixture
def member(transactional_db):
    from allauth.account.models import EmailAddress
    from django.core.cache import cache

    from home import demo
    from tests.factories.accounts import UserFactory

    cache.clear()  # allauth's rate limits live in the cache
    demo.load()
    user = UserFactory(username="tariq", profile__full_name="Tariq Aziz", profile__country="PK")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def log_in(page, base_url: str) -> None:
    page.goto(f"{base_url}/en/accounts/login/")
    page.get_by_label("E-mail address or username").fill("tariq")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_member_edits_profile_and_account_settings(live_server, page, member, axe):
    log_in(page, live_server.url)
    page.locator(".account-menu").get_by_role("link", name="Tariq Aziz").click()
    assert page.locator("h1").inner_text() == "Your profile"
    axe(page)

    page.get_by_role("link", name="Edit your profile").click()
    axe(page)
    page.get_by_label("Full name").fill("")
    page.get_by_role("button", name="Save your profile").click()
    expect(page.get_by_role("alert")).to_be_visible()
    axe(page)
    page.get_by_label("Full name").fill("Tariq Aziz Khan")
    page.get_by_label("Role or title (optional)").fill("Economist")
    page.get_by_label("Preferred language").select_option("fr")
    page.get_by_role("button", name="Save your profile").click()
    expect(page.get_by_text("Your profile has been saved.")).to_be_visible()
    assert page.get_by_text("Economist").is_visible()
    axe(page)

    page.get_by_role("link", name="E-mail addresses").click()
    assert page.locator("h1").inner_text() == "E-mail addresses"
    axe(page)
    page.goto(f"{live_server.url}/en/accounts/password/change/")
    axe(page)

    page.locator(".account-menu").get_by_role("button", name="Log out").click()
    page.goto(f"{live_server.url}/en/accounts/password/reset/")
    page.get_by_label("Email").fill("tariq@example.org")
    page.get_by_role("button", name="Reset My Password").click()
    assert page.locator("h1").inner_text() == "Password Reset"
    axe(page)

    log_in(page, live_server.url)
    page.wait_for_url("**/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    axe(page)
