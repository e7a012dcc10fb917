"""A member flags a contribution from the discussion page; the form is accessible."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "amber-meadow-kites-7"


@pytest.fixture
def flaggable(site):
    from allauth.account.models import EmailAddress
    from django.core.cache import cache

    from tests.factories.accounts import UserFactory
    from tests.factories.discussions import (
        ContributionFactory,
        DiscussionIndexPageFactory,
        DiscussionPageFactory,
    )

    cache.clear()  # allauth's rate limits live in the cache
    index = DiscussionIndexPageFactory(parent=site.root_page)
    discussion = DiscussionPageFactory(parent=index, title="Peer learning")
    author = UserFactory(username="spammy", profile__full_name="Spam Bot")
    contribution = ContributionFactory(
        discussion=discussion, user=author, comment="Cheap watches at example.com"
    )
    reader = UserFactory(username="reader", password=PASSWORD, profile__full_name="Ana Reader")
    EmailAddress.objects.create(user=reader, email=reader.email, verified=True, primary=True)
    return discussion, contribution


def test_member_flags_a_contribution_as_spam(live_server, page, flaggable, axe):
    from discussions.moderation.models import Flag

    discussion, contribution = flaggable
    page.goto(f"{live_server.url}/en/accounts/login/?next={discussion.url}")
    axe(page)
    page.get_by_label("E-mail address or username").fill("reader")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(re.escape(discussion.url) + "$"))
    axe(page)

    page.locator(f"#c{contribution.pk}").get_by_role("link", name=re.compile("^Flag")).click()
    page.wait_for_url(f"**/contributions/moderation/flag/{contribution.pk}/")
    axe(page)
    page.get_by_role("button", name="Send to the moderators").click()
    expect(page.get_by_text("Please choose a reason.")).to_be_visible()
    axe(page)
    page.get_by_label("Spam or advertising").check()
    page.get_by_label(re.compile("^Details")).fill("Advertising watches")
    page.get_by_role("button", name="Send to the moderators").click()
    page.wait_for_url(re.compile(rf"#c{contribution.pk}$"))
    assert "The moderators will look" in page.locator(".messages").inner_text()
    axe(page)
    flag = Flag.objects.get()
    assert (flag.reason, flag.text) == ("spam", "Advertising watches")
