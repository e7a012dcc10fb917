"""Mobile first: a one-line header with a Menu button, the questions and contributions before the
sidebar, filters folded behind "Filters", all without JavaScript; dark mode stays accessible."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 800}
DESKTOP = {"width": 1280, "height": 900}
DISCUSSION = "/en/discussions/personnel-exchange-south-south/"
PRACTICE = "/en/good-practices/caribbean-peer-deployments-for-hurricane-recovery/"


@pytest.fixture
def open_page(browser):
    """A page in a context of its own: a viewport, a colour scheme, JavaScript on or off."""
    contexts = []

    def open_page(viewport=PHONE, javascript=True, color_scheme="light"):
        context = browser.new_context(
            viewport=viewport,
            java_script_enabled=javascript,
            color_scheme=color_scheme,
            locale="en-GB",
            bypass_csp=True,  # axe-core is injected as an inline script
        )
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def axe_with_javascript(open_page, url, axe):
    """axe-core runs as a script: pages opened without JavaScript are checked in a twin page."""
    page = open_page()
    page.goto(url)
    axe(page)


def top(locator) -> float:
    return locator.first.bounding_box()["y"]


def test_header_fits_one_line_on_a_phone_and_its_menu_opens_without_javascript(
    live_server, open_page, demo_site, axe
):
    page = open_page(javascript=False)
    page.goto(f"{live_server.url}/en/")
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 72
    brand = page.get_by_role("link", name="Minga home").bounding_box()
    menu = page.locator(".site-menu > summary")
    assert abs(menu.bounding_box()["y"] - brand["y"]) < 16  # side by side, not wrapped
    main_nav = page.get_by_role("navigation", name="Main")
    assert not main_nav.is_visible()

    menu.click()
    assert main_nav.get_by_role("link", name="Practices").is_visible()
    assert page.get_by_role("navigation", name="Language").is_visible()
    main_nav.get_by_role("link", name="Practices").click()
    page.wait_for_url(f"{live_server.url}/en/good-practices/")
    assert page.locator("h1").first.is_visible()

    # axe needs JavaScript: check the open menu in a page that runs it.
    page = open_page()
    page.goto(f"{live_server.url}/en/")
    page.locator(".site-menu > summary").click()
    axe(page)


def test_desktop_header_shows_the_navigation_without_a_menu_button(
    live_server, open_page, demo_site, axe
):
    page = open_page(viewport=DESKTOP)
    page.goto(f"{live_server.url}/en/")
    assert not page.locator(".site-menu > summary").is_visible()
    nav = page.get_by_role("navigation", name="Main")
    assert nav.get_by_role("link", name="Discussions").is_visible()
    assert page.locator(".site-header").bounding_box()["height"] <= 72
    axe(page)


def test_arabic_header_keeps_the_logo_on_the_right(live_server, open_page, demo_site, axe):
    page = open_page()
    page.goto(f"{live_server.url}/ar/")
    brand = page.locator(".brand").bounding_box()
    menu = page.locator(".site-menu > summary").bounding_box()
    assert brand["x"] > menu["x"]
    assert page.locator(".site-header").bounding_box()["height"] <= 72
    axe(page)


def test_phone_reads_questions_and_contributions_before_the_participation_box(
    live_server, open_page, demo_site, axe
):
    page = open_page(javascript=False)
    page.goto(f"{live_server.url}{DISCUSSION}")
    questions = top(page.get_by_role("heading", name="Guiding questions"))
    first_contribution = top(page.locator("article.contribution"))
    participation = top(page.get_by_role("heading", name="Participation"))
    assert questions < first_contribution < participation
    assert first_contribution < 3500  # was 4 200 px before the background folded

    # The filters wait behind "Filters" and open without JavaScript.
    english = page.locator(".contribution-filters").get_by_role("link", name="English")
    assert not english.is_visible()
    page.locator(".contribution-filters > summary").click()
    assert english.is_visible()
    english.click()
    page.wait_for_url(lambda url: "language=en" in url)
    # The filter in force is said above the folded filters, with the way back.
    assert "in English" in page.locator("p.active-filters").inner_text()
    assert page.get_by_role("link", name="Show all contributions").is_visible()
    axe_with_javascript(open_page, page.url, axe)


def test_desktop_discussion_shows_filters_and_participation_beside_the_contributions(
    live_server, open_page, demo_site, axe
):
    page = open_page(viewport=DESKTOP)
    page.goto(f"{live_server.url}{DISCUSSION}")
    filters = page.locator(".contribution-filters").get_by_role("link", name="English")
    assert filters.is_visible()
    participation = page.locator(".participation").bounding_box()
    contributions = page.locator("#contributions").bounding_box()
    assert participation["x"] > contributions["x"] + contributions["width"] - 1
    page.get_by_role("heading", name="Background").scroll_into_view_if_needed()
    assert page.locator(".discussion-background p").first.is_visible()
    axe(page)


def test_phone_search_shows_the_first_result_near_the_top_and_folds_the_facets(
    live_server, open_page, demo_site, axe
):
    page = open_page(javascript=False)
    page.goto(f"{live_server.url}/en/search/?q=water")
    assert top(page.locator(".search-result")) < 800  # within the first screen
    facets = page.locator(".search-filters .filters")
    assert not facets.is_visible()
    page.locator(".search-filters > summary").click()
    assert facets.is_visible()
    axe_with_javascript(open_page, page.url, axe)


def test_desktop_search_button_sits_next_to_its_input(live_server, open_page, demo_site, axe):
    page = open_page(viewport=DESKTOP)
    page.goto(f"{live_server.url}/en/search/?q=water")
    field = page.locator("#search-q").bounding_box()
    button = page.locator(".search-form button[type=submit]").bounding_box()
    assert 0 <= button["x"] - (field["x"] + field["width"]) <= 24
    assert abs(button["y"] - field["y"]) < 8
    assert page.locator(".search-filters .filters").is_visible()
    axe(page)


def test_at_a_glance_goes_one_column_on_a_phone(live_server, open_page, demo_site):
    page = open_page()
    page.goto(f"{live_server.url}{PRACTICE}")
    label = page.locator(".practice-facts dt").first.bounding_box()
    value = page.locator(".practice-facts dd").first.bounding_box()
    assert value["y"] > label["y"]
    assert value["width"] > 300  # the whole width, not what a label column leaves


def test_secondary_and_small_buttons_look_different_from_the_main_button(
    live_server, open_page, demo_site
):
    page = open_page(viewport=DESKTOP)
    page.goto(f"{live_server.url}{DISCUSSION}")
    page.locator(".thread-tools button").first.wait_for()  # added by discussions.js

    def look(locator):
        return locator.evaluate(
            "el => [getComputedStyle(el).backgroundColor, getComputedStyle(el).fontSize]"
        )

    main_button = look(page.locator("a.button", has_text="Contribute to this discussion"))
    tool = look(page.locator(".thread-tools button").first)
    assert tool != main_button


@pytest.mark.parametrize("path", ["/en/", DISCUSSION, "/en/search/?q=water", PRACTICE, "/ar/"])
def test_dark_mode_pages_have_no_contrast_violations(live_server, open_page, demo_site, axe, path):
    page = open_page(viewport=DESKTOP, color_scheme="dark")
    page.goto(f"{live_server.url}{path}")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background != "rgb(255, 255, 255)"
    axe(page)


def test_escape_and_a_click_elsewhere_close_the_menu(live_server, open_page, demo_site):
    page = open_page()
    page.goto(f"{live_server.url}/en/")
    menu = page.locator(".site-menu")
    page.locator(".site-menu > summary").click()
    assert menu.get_attribute("open") is not None
    page.keyboard.press("Escape")
    assert menu.get_attribute("open") is None
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    page.locator(".site-menu > summary").click()
    page.mouse.click(20, PHONE["height"] - 20)  # below the open panel
    assert menu.get_attribute("open") is None
