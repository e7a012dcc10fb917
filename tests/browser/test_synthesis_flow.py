"""A moderator drafts the demo discussion's synthesis, edits a key point and publishes it; a
visitor reads it per question on the closed discussion's page."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = "/tmp/minga-shots/synth"
TITLE = "Governance matters as much as technique"


@pytest.fixture
def closed_discussion(demo_site):
    from discussions.models import DiscussionPage

    return DiscussionPage.objects.get(
        slug="food-security-knowledge-exchange", locale__language_code="en"
    )


def test_moderator_edits_and_publishes_the_synthesis_a_visitor_reads_it(
    live_server, page, browser, closed_discussion, axe
):
    from tests.conftest import wait_until

    admin = browser.new_context(locale="en-GB", bypass_csp=True).new_page()
    admin.goto(f"{live_server.url}/admin/login/?next=/admin/pages/{closed_discussion.pk}/edit/")
    admin.locator("input[name=username]").fill("moderator")
    admin.locator("input[name=password]").fill("minga-moderator-demo")
    admin.locator("form button[type=submit]").first.click()
    admin.wait_for_url(f"**/admin/pages/{closed_discussion.pk}/edit/")
    synthesis_url = f"/admin/synthesis/{closed_discussion.pk}/"
    # (The page's "Synthesis" action is checked in tests/discussions/test_synthesis.py.)

    admin.goto(live_server.url + synthesis_url)
    admin.get_by_role("button", name=re.compile("Compute a new draft")).click()
    admin.wait_for_url(f"**{synthesis_url}")
    # With a worker, the page shows the progress and reloads itself when the draft is done.
    publish = admin.get_by_role("button", name="Publish the synthesis")
    assert wait_until(lambda: publish.count() == 1 or admin.reload() and False, timeout=120)
    first = admin.locator(".synthesis-point").first
    first.get_by_label("Title").fill(TITLE)
    first.get_by_label("Key point in your words").fill("Farmers agree on turns before drying.")
    first.get_by_role("button", name="Save").click()
    admin.wait_for_url(re.compile(r"#point-\d+$"))
    assert admin.get_by_text("Key point saved.").is_visible()
    admin.screenshot(path=f"{SHOTS}/admin-1280.png", full_page=True)
    admin.get_by_role("button", name="Publish the synthesis").click()
    admin.wait_for_url(f"**{synthesis_url}")
    assert admin.get_by_role("button", name="Back to draft").is_visible()
    admin.context.close()

    page.goto(live_server.url + closed_discussion.url)
    section = page.locator(".discussion-synthesis")
    assert section.get_by_role("heading", name="What participants said").is_visible()
    assert section.get_by_role("heading", name=re.compile(r"^Question 1:")).is_visible()
    point = section.locator(".synthesis-point", has_text=TITLE)
    assert "Farmers agree on turns before drying." in point.inner_text()
    assert re.search(r"\d+ participants? from \d+ countr", point.inner_text())
    axe(page)
    point.get_by_role("link").first.click()
    page.wait_for_url(re.compile(r"#c\d+$"))
    axe(page)
