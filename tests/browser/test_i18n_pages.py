"""An editor translates one discussion into French in the admin, without its parents; visitors
then find it once, in French, and every other page still answers under /fr/."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site_tree(transactional_db):
    from home.demo import get_home_page
    from home.models import StandardPage
    from tests.factories.discussions import (
        DiscussionIndexPageFactory,
        DiscussionPageFactory,
        GuidingQuestionFactory,
    )
    from tests.factories.practices import GoodPracticePageFactory, PracticeIndexPageFactory

    home = get_home_page()
    home.add_child(instance=StandardPage(title="About Minga", slug="about"))
    discussions = DiscussionIndexPageFactory(parent=home)
    discussion = DiscussionPageFactory(
        parent=discussions, title="Peer learning circles", slug="circles"
    )
    GuidingQuestionFactory(discussion=discussion, question="What works?", sort_order=0)
    practices = PracticeIndexPageFactory(parent=home)
    GoodPracticePageFactory(parent=practices, title="Seed banks", slug="seed-banks")
    return discussion


def log_in_as_editor(page, live_server) -> None:
    from django.test import Client

    from tests.factories.accounts import UserFactory

    client = Client()
    client.force_login(UserFactory(username="editor", is_staff=True, is_superuser=True))
    cookie = client.cookies["sessionid"].value
    page.context.add_cookies([{"name": "sessionid", "value": cookie, "url": live_server.url}])


def switch_to(page, code: str) -> None:
    page.get_by_role("navigation", name=re.compile("Language|Langue|اللغة")).get_by_role(
        "link", name=re.compile(rf"^{code}\b")
    ).click()


def test_editor_translates_a_discussion_and_visitors_find_it_once_in_french(
    live_server, page, site_tree, axe
):
    discussion = site_tree
    page.set_default_timeout(15_000)
    log_in_as_editor(page, live_server)

    # Translate: tick French and submit, on the discussion only (its parents stay English).
    page.goto(f"{live_server.url}/admin/localize/submit/page/{discussion.pk}/")
    page.get_by_label("Français").check()
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))

    # The translation editor: translate the title (the first string), then publish in French.
    page.get_by_role("button", name="Translate").first.click()
    page.locator("textarea").first.fill("Cercles d’apprentissage mutuel")
    page.get_by_role("button", name="Save").first.click()
    expect(page.get_by_text("Cercles d’apprentissage mutuel", exact=True)).to_be_visible()
    page.get_by_role("button", name="Publish in Français").click()
    page.wait_for_load_state()

    # /fr/ lists the discussion once, in French.
    page.goto(f"{live_server.url}/fr/discussions/")
    main = page.locator("main")
    assert main.get_by_text("Cercles d’apprentissage mutuel").count() == 1
    assert main.get_by_text("Peer learning circles").count() == 0
    axe(page)
    main.get_by_role("link", name="Cercles d’apprentissage mutuel").click()
    assert page.locator("h1").inner_text() == "Cercles d’apprentissage mutuel"
    assert page.locator(".translation-notice").count() == 0
    axe(page)

    # The switcher: FR -> EN -> AR -> FR, always the same discussion.
    switch_to(page, "EN")
    assert page.url == f"{live_server.url}/en/discussions/circles/"
    assert page.locator("h1").inner_text() == "Peer learning circles"
    switch_to(page, "AR")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("h1").inner_text() == "Peer learning circles"
    assert page.locator(".translation-notice").is_visible()
    assert page.locator("main").get_attribute("lang") == "en"
    axe(page)
    switch_to(page, "FR")
    assert page.locator("h1").inner_text() == "Cercles d’apprentissage mutuel"

    # Untranslated pages answer in French chrome with the English content and the notice.
    for path in ["/fr/good-practices/", "/fr/good-practices/seed-banks/", "/fr/about/"]:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == "fr"
        assert "pas encore disponible" in page.locator(".translation-notice").inner_text()
        assert page.locator("main").get_attribute("lang") == "en"
        axe(page)
    switch_to(page, "EN")
    assert page.url == f"{live_server.url}/en/about/"
    assert page.locator(".translation-notice").count() == 0
