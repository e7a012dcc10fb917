"""Arabic pages read right to left, and text in the other direction keeps its own."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARABIC_TEXT = "نحتاج إلى تبادل الخبرات بين بلدان الجنوب في مجال الأمن الغذائي."


TEXT_RIGHT_EDGE = (
    "element => { const range = document.createRange(); range.selectNodeContents(element);"
    " return range.getBoundingClientRect().right; }"
)


def in_arabic(url: str) -> str:
    return url.replace("/en/", "/ar/", 1)


def assert_right_to_left(page) -> None:
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # Also where the page's content is shown in its (left-to-right) source language.
    assert page.evaluate("getComputedStyle(document.querySelector('main')).direction") == "rtl"
    heading = page.locator("h1").first
    if heading.get_attribute("dir") != "auto":  # an interface heading, in Arabic
        box = heading.bounding_box()
        text_end = heading.evaluate(TEXT_RIGHT_EDGE)
        assert abs(text_end - (box["x"] + box["width"])) < 2


def test_arabic_home_discussion_practice_and_search_pages_are_right_to_left(
    live_server, page, demo_site, axe
):
    from discussions.models import DiscussionPage
    from practices.models import GoodPracticePage

    page.goto(f"{live_server.url}/ar/")
    assert_right_to_left(page)
    assert page.get_by_role("link", name="انتقل إلى المحتوى الرئيسي").count() == 1
    axe(page)

    discussion = DiscussionPage.objects.live().filter(locale__language_code="en").first()
    page.goto(live_server.url + in_arabic(discussion.url))
    assert_right_to_left(page)
    assert page.get_by_role("heading", name="الأسئلة التوجيهية").is_visible()
    axe(page)

    english = GoodPracticePage.objects.live().filter(locale__language_code="en")
    arabic_keys = GoodPracticePage.objects.filter(locale__language_code="ar").values(
        "translation_key"
    )
    untranslated = english.exclude(translation_key__in=arabic_keys).first()
    page.goto(live_server.url + in_arabic(untranslated.url))
    assert_right_to_left(page)
    assert page.get_by_role("heading", name="لمحة سريعة").is_visible()
    # The English record keeps its own direction inside the Arabic page.
    assert page.locator("h1").evaluate("element => getComputedStyle(element).direction") == "ltr"
    axe(page)

    translated = english.filter(translation_key__in=arabic_keys).first()
    if translated is not None:  # the demo ships Arabic translations of some practices
        page.goto(live_server.url + in_arabic(translated.url))
        assert_right_to_left(page)
        heading = page.locator("h1")
        assert heading.evaluate("element => getComputedStyle(element).direction") == "rtl"
        axe(page)

    page.goto(f"{live_server.url}/ar/search/?q=water")
    assert_right_to_left(page)
    axe(page)


def test_arabic_contribution_reads_right_to_left_in_an_english_discussion(
    live_server, page, demo_site, axe
):
    from discussions.models import DiscussionPage
    from tests.factories.discussions import ContributionFactory

    discussion = DiscussionPage.objects.live().filter(locale__language_code="en").first()
    contribution = ContributionFactory(discussion=discussion, comment=ARABIC_TEXT, language="ar")
    page.goto(live_server.url + discussion.url + f"#c{contribution.pk}")
    assert page.locator("html").get_attribute("dir") == "ltr"
    body = page.locator(f"#c{contribution.pk} .contribution-body p").first
    assert body.inner_text().strip() == ARABIC_TEXT
    box = body.bounding_box()
    text_end = body.evaluate(TEXT_RIGHT_EDGE)
    # Right to left: the text hugs the right edge of its paragraph.
    assert abs(text_end - (box["x"] + box["width"])) < 2
    axe(page)
