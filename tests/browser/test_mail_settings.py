"""A member chooses a weekly digest for a followed discussion, from their profile."""

import pytest

from discussions.mail.models import Delivery, Frequency
from discussions.models import DiscussionPage, Subscription
from tests.factories.accounts import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_member_switches_a_followed_discussion_to_a_weekly_digest(
    live_server, page, demo_site, axe, client
):
    member = UserFactory(username="digest-reader")
    discussion = DiscussionPage.objects.live().filter(locale__language_code="en").first()
    subscription = Subscription.objects.create(user=member, discussion=discussion)
    client.force_login(member)
    cookie = client.cookies["sessionid"].value
    page.context.add_cookies([{"name": "sessionid", "value": cookie, "url": live_server.url}])

    page.goto(f"{live_server.url}/en/accounts/profile/")
    page.get_by_role("link", name="E-mails about discussions").click()
    page.wait_for_url(f"{live_server.url}/en/contributions/mail/")
    axe(page)
    page.get_by_label(discussion.title).select_option(label="A weekly digest")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(f"{live_server.url}/en/contributions/mail/")
    assert page.get_by_text("Your e-mail settings have been saved.").is_visible()
    assert page.get_by_label(discussion.title).input_value() == Frequency.WEEKLY
    axe(page)
    assert Delivery.objects.get(subscription=subscription).frequency == Frequency.WEEKLY

    page.goto(f"{live_server.url}/ar/contributions/mail/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    axe(page)
