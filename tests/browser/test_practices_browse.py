"""A visitor narrows the catalogue by region and SDG, then reads a practice."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def open_facet(page, label: str) -> None:
    facet = page.locator(".filters details", has=page.locator("summary", has_text=label))
    if facet.get_attribute("open") is None:
        facet.locator("summary").click()


def test_visitor_filters_practices_by_region_and_sdg_and_opens_one(
    live_server, page, demo_site, axe
):
    page.goto(f"{live_server.url}/en/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Practices").click()
    assert page.locator("h1").inner_text() == "Good practices"
    total = int(re.search(r"(\d+) practices", page.get_by_role("status").inner_text()).group(1))
    axe(page)

    open_facet(page, "Region")
    page.locator(".filters").get_by_role("link", name=re.compile(r"^Africa \d")).click()
    assert "region=002" in page.url
    in_africa = int(re.search(r"(\d+) practice", page.get_by_role("status").inner_text()).group(1))
    assert 0 < in_africa < total
    axe(page)

    open_facet(page, "Sustainable Development Goal")
    page.locator(".filters").get_by_role("link", name=re.compile(r"^2\. Zero hunger")).click()
    assert "region=002" in page.url and "sdg=2" in page.url
    cards = page.locator(".practice-card")
    assert 0 < cards.count() <= in_africa
    active = page.get_by_role("list", name="Active filters")
    assert "Africa" in active.inner_text() and "Zero hunger" in active.inner_text()
    axe(page)

    title = cards.first.get_by_role("heading").inner_text()
    cards.first.get_by_role("link", name=title).click()
    assert page.locator("h1").inner_text() == title
    assert page.locator(".practice-header .sdg-badge.sdg-2").count() == 1
    assert page.get_by_role("heading", name="Partners").is_visible()
    axe(page)

    partner = page.locator(".partner-roles a").first
    partner_name = partner.inner_text()
    partner.click()
    assert page.locator("h1").inner_text().startswith(partner_name)
    assert page.get_by_role("link", name=title).is_visible()  # listed under its role
    axe(page)

    page.locator("main").get_by_role("link", name="Partners", exact=True).first.click()
    assert page.locator("h1").inner_text() == "Partners"
    axe(page)
    page.locator(".filters").get_by_role("link", name=re.compile(r"^UN entity \d")).click()
    assert "type=un-entity" in page.url
    axe(page)


def test_member_proposes_a_practice_through_an_accessible_form(live_server, page, axe):
    from django.test import Client

    from home.demo import get_home_page
    from tests.factories.accounts import UserFactory
    from tests.factories.practices import PracticeIndexPageFactory

    PracticeIndexPageFactory(parent=get_home_page())
    client = Client()
    client.force_login(UserFactory(username="amina"))
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )

    page.goto(f"{live_server.url}/en/practices-submit/")
    assert page.locator("h1").inner_text() == "Propose a practice"
    axe(page)
    page.get_by_role("button", name="Send for review").click()
    expect(page.get_by_role("alert")).to_be_visible()
    axe(page)

    page.get_by_label("Title").fill("Peer exchanges on school meals")
    page.get_by_label("Summary").fill("Ministries visit each other's school meal programmes.")
    page.get_by_label("Countries").select_option(["BR", "MZ"])
    page.get_by_label("2. Zero hunger").check()
    page.get_by_role("button", name="Send for review").click()
    assert "Editors will review" in page.locator(".messages").inner_text()
    assert "waiting for review" in page.locator("main").inner_text()
    axe(page)
