"""A visitor sees who runs a discussion; a member writes to its moderators without their address."""

import re

import pytest
from django.core.cache import cache

from accounts import demo as accounts_demo
from discussions import demo as discussions_demo
from discussions.models import DiscussionPage
from home import demo as home_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def discussion_site(transactional_db):
    cache.clear()
    home_demo.load()
    accounts_demo.load()
    discussions_demo.load()
    return DiscussionPage.objects.get(slug="personnel-exchange-south-south")


def test_a_member_contacts_the_moderators_of_a_discussion(
    live_server, page, discussion_site, axe, mailbox
):
    discussion_url = live_server.url + discussion_site.url
    page.goto(discussion_url)
    people = page.locator("section.people")
    assert "Amara Diallo" in people.inner_text() and "Facilitator" in people.inner_text()
    assert "@" not in page.content().replace("@context", "")
    axe(page)

    people.get_by_role("link", name="Contact the moderators").click()
    page.wait_for_url("**/contact/**")
    assert "Only members can write to the moderators" in page.locator("main").inner_text()
    axe(page)
    page.get_by_role("link", name="Log in or sign up to contact the moderators").click()
    page.wait_for_url("**/accounts/login/**")
    page.get_by_label("E-mail address or username").fill("member")
    page.get_by_label("Password").fill("minga-member-demo")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/contact/**")

    page.get_by_role("button", name="Send to the moderators").click()
    assert "Write a subject." in page.locator("main").inner_text()
    axe(page)
    page.get_by_label("Subject").fill("Contributing in Quechua")
    page.get_by_label("Message").fill("May I contribute in Quechua?")
    page.get_by_role("button", name="Send to the moderators").click()
    page.wait_for_url(re.compile(re.escape(discussion_url) + "$"))
    assert "Your message was sent to the moderators." in page.locator(".messages").inner_text()
    sent = mailbox.wait_for(1)
    assert [m.to for m in sent] == [["moderator@example.org"]]
