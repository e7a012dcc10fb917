"""An author turns their contribution into a proposed good practice from their profile: the
form starts from the contribution, the proposal goes to the editors' review; another member is
told why they may not. Every page is checked with axe."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct-horse-battery"
SHOTS = "/tmp/minga-shots/synth"
CASE = (
    "Boa tarde.\n\n"
    "Cabo Verde adaptou as compras públicas à agricultura familiar para a alimentação escolar, "
    "com o apoio do PAM. O princípio viajou bem; as metas foram definidas ilha a ilha.\n\n"
    "Hoje as compras locais representam cerca de 25% dos alimentos frescos das cantinas."
)


@pytest.fixture
def case(transactional_db):
    from allauth.account.models import EmailAddress
    from django.core.cache import cache

    from home import demo
    from home.demo import get_home_page
    from practices.workflow import set_up_review
    from tests.factories.accounts import UserFactory
    from tests.factories.discussions import ContributionFactory, DiscussionPageFactory
    from tests.factories.practices import (
        PartnerIndexPageFactory,
        PartnerPageFactory,
        PracticeIndexPageFactory,
    )

    cache.clear()  # allauth's rate limits live in the cache
    demo.load()
    home = get_home_page()
    set_up_review(PracticeIndexPageFactory(parent=home, title="Good practices"))
    partners = PartnerIndexPageFactory(parent=home)
    PartnerPageFactory(parent=partners, title="World Food Programme", acronym="PAM")
    discussion = DiscussionPageFactory(parent=home, title="School meals across the South")
    users = {}
    for name, country in (("edson", "CV"), ("curious", "SN")):
        user = UserFactory(username=name, profile__full_name=name.title(), profile__country=country)
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        users[name] = user
    return ContributionFactory(
        discussion=discussion, user=users["edson"], comment=CASE, language="pt"
    )


def log_in(page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}/en/accounts/login/")
    page.get_by_label("E-mail address or username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state("load")


def test_an_author_proposes_their_contribution_as_a_good_practice(
    live_server, page, browser, case, axe
):
    from practices.models import GoodPracticePage

    log_in(page, live_server.url, "edson")
    page.goto(f"{live_server.url}/en/accounts/profile/")
    section = page.get_by_role("heading", name="Your contributions")
    assert section.is_visible()
    axe(page)
    page.screenshot(path=f"{SHOTS}/profile-contributions-1280.png", full_page=True)
    page.get_by_role("link", name=re.compile("^Propose as a good practice")).click()
    page.wait_for_url(re.compile(r"/practices-submit/from-contribution/\d+/$"))
    assert page.locator("h1").inner_text() == "Propose your contribution as a good practice"
    title = page.get_by_label("Title")
    assert title.input_value().startswith("Cabo Verde adaptou as compras públicas")
    assert page.get_by_label("Language of your text").input_value() == "pt"
    assert page.get_by_label("World Food Programme").is_checked()
    axe(page)
    page.screenshot(path=f"{SHOTS}/propose-from-contribution-1280.png", full_page=True)

    # The goals are the author's to choose: without them the form says so and keeps the text.
    title.fill("Island-by-island school purchases from family farms")
    page.get_by_role("button", name="Send for review").click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert page.get_by_label("Title").input_value() == (
        "Island-by-island school purchases from family farms"
    )
    axe(page)
    page.get_by_role("checkbox", name=re.compile(r"^\s*2\. ")).check()
    page.get_by_role("button", name="Send for review").click()
    page.wait_for_url("**/practices-submit/thanks/")
    assert page.get_by_text("Editors will review").is_visible()
    axe(page)

    practice = GoodPracticePage.objects.get()
    assert practice.source_contribution_id == case.pk and not practice.live
    page.goto(f"{live_server.url}/en/accounts/profile/")
    assert page.get_by_text("Proposed as the good practice").is_visible()
    assert page.get_by_role("link", name=re.compile("^Propose as a good practice")).count() == 0

    other = browser.new_context(locale="en-GB", bypass_csp=True).new_page()
    log_in(other, live_server.url, "curious")
    response = other.goto(f"{live_server.url}/en/practices-submit/from-contribution/{case.pk}/")
    assert response.status == 403
    assert other.get_by_text("Only the author of this contribution").is_visible()
    axe(other)
    other.context.close()
