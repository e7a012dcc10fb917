"""A member contributes to an e-discussion in French and replies; a visitor filters by question."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FRENCH = (
    "Notre expérience au Bénin montre que les échanges de personnel réussissent quand "
    "l'institution d'accueil fixe aussi ses propres objectifs d'apprentissage."
)


@pytest.fixture
def discussion_site(transactional_db, settings):
    """Home, demo accounts and the demo discussions (practices are not needed here)."""
    from django.core.cache import cache

    from accounts import demo as accounts_demo
    from discussions import demo as discussions_demo
    from home import demo as home_demo

    settings.MINGA_PREMODERATE_FIRST_CONTRIBUTIONS = 0  # moderation has its own browser test
    cache.clear()
    home_demo.load()
    accounts_demo.load()
    discussions_demo.load()
    from discussions.models import DiscussionPage

    return DiscussionPage.objects.get(slug="personnel-exchange-south-south")


def test_member_contributes_in_french_and_a_visitor_filters_by_question(
    live_server, page, browser, discussion_site, axe
):
    discussion_url = live_server.url + discussion_site.url
    page.goto(discussion_url)
    axe(page)

    page.get_by_role("link", name="Log in or sign up to contribute").click()
    page.wait_for_url("**/accounts/login/**")
    axe(page)
    page.get_by_label("E-mail address or username").fill("member")
    page.get_by_label("Password").fill("minga-member-demo")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(re.escape(discussion_url)))

    page.get_by_label("Your contribution").fill(FRENCH)
    page.locator("#contribute").get_by_label(re.compile(r"^2\. ")).check()
    page.get_by_role("button", name="Publish contribution").click()
    page.wait_for_url(re.compile(r"#c\d+$"))
    mine = page.locator(f"#{page.url.rsplit('#', 1)[1]}")
    assert FRENCH in mine.inner_text()
    assert mine.locator(".contribution-language").inner_text() == "French"
    assert mine.get_by_role("link", name="Question 2").is_visible()
    assert "recorded as French" in page.locator(".messages").inner_text()
    axe(page)

    welcome = page.locator("article.contribution").first
    welcome.get_by_role("link", name=re.compile("^Reply")).click()
    page.wait_for_url("**/reply/")
    axe(page)
    page.get_by_label("Your contribution").fill("Thank you, Amara: this framing helps a lot.")
    page.get_by_role("button", name="Send reply").click()
    page.wait_for_url(re.compile(r"#c\d+$"))
    reply = page.locator(f"#{page.url.rsplit('#', 1)[1]}")
    assert "this framing helps" in reply.inner_text()
    # A reply's permalink opens its thread page, the reply among the thread's replies.
    assert "/thread/" in page.url
    assert reply.locator("xpath=ancestor::ol[contains(@class, 'replies')]").count() == 1
    axe(page)

    visitor = browser.new_context(locale="en-GB", bypass_csp=True).new_page()
    visitor.goto(discussion_url)
    visitor.get_by_role("link", name=re.compile(r"contributions? to question 2$")).click()
    visitor.wait_for_url(re.compile(r"question=\d+"))
    assert visitor.get_by_text(FRENCH).is_visible()
    assert "answering question 2" in visitor.locator(".active-filters").inner_text()
    axe(visitor)

    # The index lists open before closed; the closed discussion stays readable, without a form.
    visitor.goto(live_server.url + discussion_site.get_parent().url)
    titles = visitor.locator(".discussion-list h2").all_inner_texts()
    assert titles[0] == discussion_site.title and len(titles) == 2
    axe(visitor)
    visitor.get_by_role("link", name=titles[1]).click()
    assert "closed on" in visitor.locator("#contribute").inner_text()
    assert visitor.locator("article.contribution").count() > 0
    axe(visitor)
    visitor.context.close()
