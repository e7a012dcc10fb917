"""A visitor searches with autocomplete, filters by SDG and opens a practice."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PRACTICE = "Mangrove-friendly shrimp farming on the Bay of Bengal coast"


def test_visitor_picks_a_suggestion_filters_by_sdg_and_opens_a_result(
    live_server, page, demo_site, axe
):
    page.goto(f"{live_server.url}/en/search/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Search")
    axe(page)

    box = page.get_by_role("combobox", name="Search practices, partners and discussions")
    box.press_sequentially("mangrove-fr", delay=40)
    option = page.get_by_role("option", name=re.compile("Mangrove-friendly shrimp"))
    expect(option).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    axe(page)
    box.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    box.press("Enter")

    page.wait_for_url(re.compile(r"/en/search/\?q=Mangrove"))
    results = page.locator(".result-list").first.get_by_role("heading", level=3)
    expect(results.first).to_have_text(PRACTICE, ignore_case=True)
    axe(page)

    page.get_by_role("navigation", name="Filter by SDG").get_by_role(
        "link", name=re.compile(r"^14\. Life below water")
    ).click()
    page.wait_for_url(re.compile(r"sdg=14"))
    expect(page.locator("[data-facet=sdg][aria-current=true]")).to_have_count(1)
    axe(page)

    results.first.get_by_role("link").click()
    page.wait_for_url(re.compile(r"/good-practices/mangrove-friendly"))
    expect(page.get_by_role("heading", level=1)).to_have_text(PRACTICE, ignore_case=True)
    axe(page)
