"""A new member posts, a moderator approves it in the Wagtail admin, the member sees it published."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "quiet-river-stones-42"
TEXT = "In our district, peer visits between clinics halved the time to adopt new protocols."


@pytest.fixture
def discussion_site(transactional_db):
    """Home, demo accounts (the moderator joins Moderators), the demo discussions, a newcomer."""
    from allauth.account.models import EmailAddress
    from django.core.cache import cache

    from accounts import demo as accounts_demo
    from discussions import demo as discussions_demo
    from discussions.models import DiscussionPage
    from discussions.moderation import demo as moderation_demo
    from home import demo as home_demo
    from tests.factories.accounts import UserFactory

    cache.clear()  # allauth's rate limits live in the cache
    home_demo.load()
    accounts_demo.load()
    discussions_demo.load()
    moderation_demo.load()
    newcomer = UserFactory(
        username="zanele",
        email="zanele@example.org",
        password=PASSWORD,
        profile__full_name="Zanele Dube",
        profile__country="ZA",
    )
    EmailAddress.objects.create(user=newcomer, email=newcomer.email, verified=True, primary=True)
    return DiscussionPage.objects.get(slug="personnel-exchange-south-south")


def own_contribution(page):
    return page.locator(f"#{page.url.rsplit('#', 1)[1]}")


def test_new_member_posts_moderator_approves_member_sees_it_published(
    live_server, page, browser, discussion_site, axe
):
    discussion_url = live_server.url + discussion_site.url
    page.goto(discussion_url)
    axe(page)
    page.get_by_role("link", name="Log in or sign up to contribute").click()
    page.wait_for_url("**/accounts/login/**")
    axe(page)
    page.get_by_label("E-mail address or username").fill("zanele")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(re.escape(discussion_url)))

    page.get_by_label("Your contribution").fill(TEXT)
    page.get_by_role("button", name="Publish contribution").click()
    page.wait_for_url(re.compile(r"#c\d+$"))
    contribution_id = page.url.rsplit("#c", 1)[1]
    mine = own_contribution(page)
    assert TEXT in mine.inner_text()
    assert "Awaiting moderation" in mine.inner_text()
    assert "awaiting moderation" in page.locator(".messages").inner_text()
    axe(page)

    # Nobody else sees it yet.
    visitor = browser.new_context(locale="en-GB", bypass_csp=True).new_page()
    visitor.goto(discussion_url)
    assert TEXT not in visitor.content()
    axe(visitor)

    # The moderator approves it from the Wagtail admin's queue (admin pages are exempt from axe).
    admin = browser.new_context(locale="en-GB", bypass_csp=True).new_page()
    admin.goto(f"{live_server.url}/admin/login/?next=/admin/moderation/")
    admin.locator("input[name=username]").fill("moderator")
    admin.locator("input[name=password]").fill("minga-moderator-demo")
    admin.locator("form button[type=submit]").first.click()
    admin.wait_for_url("**/admin/moderation/")
    row = admin.locator(f"#contribution-{contribution_id}")
    assert "peer visits between clinics" in row.inner_text()
    row.get_by_role("button", name="Approve").click()
    admin.wait_for_load_state()
    assert admin.locator(f"#contribution-{contribution_id}").count() == 0
    admin.context.close()

    # The member sees it published; so does everyone else.
    page.reload()
    mine = own_contribution(page)
    assert TEXT in mine.inner_text()
    assert "Awaiting moderation" not in mine.inner_text()
    axe(page)
    visitor.goto(discussion_url)
    assert visitor.get_by_text(TEXT).is_visible()
    axe(visitor)
    visitor.context.close()
