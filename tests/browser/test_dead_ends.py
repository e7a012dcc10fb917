"""Dead ends users hit, now open: each test walks the path a person took and checks where it ends.

Flaggers return to the discussion, a new member's e-mail confirmation brings them back to the
page in their language, the import form keeps its file between the dry run and the import, and
the first Publish of a new discussion publishes it.
"""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "amber-meadow-kites-7"


def admin_login(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


@pytest.fixture
def discussion_index(site):
    from tests.factories.discussions import DiscussionIndexPageFactory

    return DiscussionIndexPageFactory(parent=site.root_page)


@pytest.fixture
def superuser(db):
    from tests.factories.accounts import UserFactory

    return UserFactory(username="chief", password=PASSWORD, is_staff=True, is_superuser=True)


@pytest.mark.parametrize("pause", [0, 700])
def test_the_first_publish_of_a_new_discussion_publishes_it(
    live_server, page, discussion_index, superuser, axe, pause
):
    """Publish at once, or while autosave is saving what was just typed: the page goes live."""
    from discussions.models import DiscussionPage

    admin_login(page, live_server, "chief")
    title = f"Water for every village ({pause})"
    page.goto(
        f"{live_server.url}/admin/pages/add/discussions/discussionpage/{discussion_index.pk}/"
    )
    # No axe here: Wagtail's own rich text editor leaves its Draftail boxes unnamed (upstream).
    # Autosave is off (minga/settings/base.py says why): nothing can save over the Publish.
    assert page.locator("form[data-controller~='w-autosave']").count() == 0
    page.locator("#id_title").fill(title)
    # The dates are set without focusing their fields: Wagtail's date picker opens 100 ms after
    # a field takes focus, so on a busy machine it opened after the click meant to close it and
    # covered the "More actions" button. What is under test is the publish.
    for field, value in (
        ("#id_opens_at", "2026-01-05 09:00"),
        ("#id_closes_at", "2027-01-05 09:00"),
    ):
        page.locator(field).evaluate(
            "(input, value) => { input.value = value;"
            " input.dispatchEvent(new Event('change', {bubbles: true})); }",
            value,
        )
    page.locator("#id_introduction").fill("How villages share their wells.")
    page.wait_for_timeout(pause)  # autosave starts half a second after the last change
    more_actions = page.get_by_role("button", name="More actions")
    # A click before Wagtail's dropdown controller has built its menu (tippy) opens nothing;
    # on a busy machine the page's scripts can still be starting when the form is filled.
    page.wait_for_function(
        "toggle => toggle._tippy !== undefined", arg=more_actions.element_handle()
    )
    more_actions.click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/"))
    page.wait_for_load_state("networkidle")
    discussion = DiscussionPage.objects.get(title=title)
    assert discussion.live, "the first Publish left the discussion a draft"
    assert not discussion.has_unpublished_changes
    page.goto(f"{live_server.url}{discussion.url}")
    assert page.locator("h1").inner_text() == title
    axe(page)


@pytest.fixture
def flagged_twice(site):
    from allauth.account.models import EmailAddress
    from django.core.cache import cache

    from discussions.moderation import actions
    from tests.factories.accounts import UserFactory
    from tests.factories.discussions import (
        ContributionFactory,
        DiscussionIndexPageFactory,
        DiscussionPageFactory,
    )

    cache.clear()  # allauth's rate limits live in the cache
    discussion = DiscussionPageFactory(
        parent=DiscussionIndexPageFactory(parent=site.root_page), title="Peer learning"
    )
    contribution = ContributionFactory(
        discussion=discussion, user=UserFactory(), comment="Cheap watches at example.com"
    )
    for reason in ("spam", "abusive"):
        actions.add_flag(contribution, UserFactory(), reason)
    reader = UserFactory(username="reader", password=PASSWORD, profile__full_name="Ana Reader")
    EmailAddress.objects.create(user=reader, email=reader.email, verified=True, primary=True)
    return discussion, contribution


def test_the_third_flagger_returns_to_the_discussion_with_a_message(
    live_server, page, flagged_twice, axe
):
    # Two members flagged it already; the third flag (MINGA_FLAG_THRESHOLD = 3) hides it.
    discussion, contribution = flagged_twice
    page.goto(f"{live_server.url}/en/accounts/login/?next={discussion.url}")
    page.get_by_label("E-mail address or username").fill("reader")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(re.escape(discussion.url) + "$"))

    page.locator(f"#c{contribution.pk}").get_by_role("link", name=re.compile("^Flag")).click()
    page.wait_for_url(f"**/contributions/moderation/flag/{contribution.pk}/")
    page.get_by_label("Spam or advertising").check()
    page.get_by_role("button", name="Send to the moderators").click()

    # The third flag hides it: the member lands on the discussion, not on a 404 permalink.
    page.wait_for_url(re.compile(re.escape(discussion.url) + "$"))
    assert page.locator("h1").inner_text() == "Peer learning"
    message = page.locator(".messages").inner_text()
    assert "hidden until a moderator has looked at it" in message
    assert page.locator(f"#c{contribution.pk}").count() == 0
    axe(page)


@pytest.fixture
def spanish_pages(transactional_db):
    from django.core.cache import cache

    from home import demo

    cache.clear()
    demo.load()


def test_confirming_the_e_mail_returns_to_the_page_in_the_members_language(
    live_server, page, spanish_pages, axe, mailbox
):
    page.goto(f"{live_server.url}/es/about/")
    assert page.locator("html").get_attribute("lang") == "es"
    page.locator(".account-menu a[href*='/accounts/signup/']").first.click()
    page.wait_for_url("**/es/accounts/signup/**")
    axe(page)
    page.locator("input[name=email]").fill("lucia.gomez@example.org")
    page.locator("input[name=username]").fill("lucia")
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.locator("input[name=full_name]").fill("Lucía Gómez")
    page.locator("select[name=country]").select_option("AR")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/es/accounts/confirm-email/")

    [message] = mailbox.wait_for(1)
    body = message.body if hasattr(message, "body") else message.get_content()
    path = re.search(r"https?://[^/\s]+(/\S*/accounts/confirm-email/\S+)", body).group(1)
    assert path.startswith("/es/"), path
    page.goto(live_server.url + path)
    axe(page)
    page.locator("main form button[type=submit]").click()

    # Back on the page they signed up from, in Spanish, told so in Spanish.
    page.wait_for_url("**/es/about/")
    assert page.locator("html").get_attribute("lang") == "es"
    notice = page.locator(".messages").inner_text()
    assert "lucia.gomez@example.org" in notice and "You have confirmed" not in notice
    assert page.locator(".account-menu").get_by_role("link", name="Lucía Gómez").is_visible()
    axe(page)


@pytest.fixture
def importer(transactional_db, site):
    from django.contrib.auth.models import Permission

    from tests.factories.accounts import UserFactory
    from tests.factories.practices import PartnerIndexPageFactory, PracticeIndexPageFactory

    PracticeIndexPageFactory(parent=site.root_page)
    PartnerIndexPageFactory(parent=site.root_page)
    user = UserFactory(username="importer", password=PASSWORD, is_superuser=True, is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_the_import_form_keeps_the_file_between_dry_run_and_import(
    live_server, page, importer, axe
):
    from pathlib import Path

    from practices.models import GoodPracticePage

    good = Path(__file__).resolve().parents[1] / "practices" / "files" / "good.csv"
    admin_login(page, live_server, "importer")
    page.goto(f"{live_server.url}/admin/practices/import/")
    axe(page)
    page.get_by_label("File", exact=True).set_input_files(str(good))
    assert page.get_by_label("Only check the file (dry run)").is_checked()
    page.get_by_role("button", name="Import", exact=True).click()
    page.wait_for_load_state("load")
    assert "dry run" in page.locator("main").inner_text()
    assert not GoodPracticePage.objects.exists()
    assert page.get_by_text("The file “good.csv” is kept").is_visible()
    axe(page)

    # The editor does not choose the file again: unticking the dry run imports it.
    page.get_by_label("Only check the file (dry run)").uncheck()
    page.get_by_role("button", name="Import", exact=True).click()
    page.wait_for_load_state("load")
    assert page.get_by_role("heading", name="Import finished").is_visible()
    assert GoodPracticePage.objects.exists()
    axe(page)
