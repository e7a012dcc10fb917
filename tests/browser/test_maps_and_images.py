"""The world map and the images in a browser: on a phone, in Arabic, in dark mode, with axe."""

import re

import pytest

from practices.templatetags.practices_maps import MAP_LIST_SHOWN

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 800}
PRACTICE = (
    "/{language}/good-practices/community-seed-banks-for-drought-tolerant-millet-and-sorghum/"
)


@pytest.fixture
def open_page(browser):
    contexts = []

    def open_page(viewport=PHONE, color_scheme="light"):
        context = browser.new_context(
            viewport=viewport, color_scheme=color_scheme, locale="en-GB", bypass_csp=True
        )
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_practice_map_fits_a_phone_and_its_countries_lead_to_the_catalogue(
    live_server, open_page, demo_site, axe, language
):
    page = open_page()
    page.goto(live_server.url + PRACTICE.format(language=language))
    world_map = page.locator("svg.world-map")
    box = world_map.bounding_box()
    assert box["width"] <= 375 and box["height"] > 100
    hero = page.locator("picture.practice-hero img")
    assert hero.get_attribute("fetchpriority") == "high"
    assert hero.get_attribute("loading") is None
    assert hero.get_attribute("alt")  # described, in the page's language
    axe(page)

    senegal = world_map.locator('a[href$="?country=SN"]')
    name = senegal.get_attribute("aria-label")
    assert name == ("Senegal" if language == "en" else "السّنغال")
    senegal.click()
    page.wait_for_url(re.compile(r"/good-practices/\?country=SN$"))
    assert page.get_by_role("link", name=re.compile("seed banks|بنوك بذور", re.I)).count()


def test_the_home_map_of_all_practices_is_accessible_in_dark_mode(
    live_server, open_page, demo_site, axe
):
    page = open_page(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    page.goto(f"{live_server.url}/en/")
    section = page.locator(".map-section")
    assert section.get_by_role("heading", name="Where the practices are").is_visible()
    links = section.locator("svg.world-map a")
    assert links.count() >= 10
    assert re.fullmatch(r".+: \d+ practices?", links.first.get_attribute("aria-label"))
    # the text list names the countries with the most practices, with the map's links, and
    # links to the catalogue for the rest
    listed = section.locator(".map-list a")
    map_links = {link.get_attribute("href") for link in links.all()}
    assert listed.count() == min(links.count(), MAP_LIST_SHOWN)
    assert {link.get_attribute("href") for link in listed.all()} <= map_links
    if links.count() > MAP_LIST_SHOWN:
        more = section.get_by_role(
            "link", name=f"See all {links.count()} countries in the catalogue"
        )
        assert more.is_visible()
    for image in page.locator("main picture img").all():  # no hero here: all wait
        assert image.get_attribute("loading") == "lazy"
        assert image.get_attribute("width") and image.get_attribute("height")
    axe(page)
