"""A French visitor reads a Spanish contribution in French, shows the original, and back."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FRENCH = (
    "Au Pérou, nos échanges entre municipalités n'ont fonctionné que lorsque chaque "
    "équipe d'accueil savait ce qu'elle voulait apprendre."
)


@pytest.fixture
def spanish_contribution(transactional_db, settings):
    """The demo discussion, with a French translation stored for a Spanish contribution."""
    from django.core.cache import cache

    from accounts import demo as accounts_demo
    from discussions import demo as discussions_demo
    from discussions.models import Contribution
    from discussions.translations import store_translation
    from home import demo as home_demo

    settings.MINGA_TRANSLATION_URL = settings.MINGA_DEEPL_KEY = ""  # stored translations only
    cache.clear()
    home_demo.load()
    accounts_demo.load()
    discussions_demo.load()
    contribution = Contribution.objects.get(comment__startswith="Saludos desde Quetzaltenango")
    store_translation(contribution, "fr", FRENCH, "LibreTranslate")
    return contribution


def french_page_url(live_server, contribution) -> str:
    return live_server.url + "/fr" + contribution.discussion.url[3:]


def versions(page, contribution):
    article = page.locator(f"#c{contribution.pk}")
    translated = article.locator('.contribution-body[data-version="translation"]')
    original = article.locator('.contribution-body[data-version="original"]')
    return article, translated, original


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_french_visitor_switches_between_translation_and_original(
    live_server, browser, spanish_contribution, axe, javascript
):
    # axe-core is a script: it checks the pages (both states) in the run with JavaScript.
    check = axe if javascript else (lambda page: None)
    context = browser.new_context(
        java_script_enabled=javascript,
        locale="fr-FR",
        bypass_csp=True,
        viewport={"width": 1280, "height": 900},
    )
    page = context.new_page()
    page.goto(french_page_url(live_server, spanish_contribution))
    article, translated, original = versions(page, spanish_contribution)
    assert translated.is_visible() and FRENCH in translated.inner_text()
    assert translated.get_attribute("lang") == "fr"
    assert not original.is_visible()
    assert article.get_attribute("lang") == "es"
    check(page)

    article.locator('a[data-show="original"]').click()
    page.wait_for_load_state()
    article, translated, original = versions(page, spanish_contribution)
    original.wait_for(state="visible")
    assert "Quetzaltenango" in original.inner_text()
    assert not translated.is_visible()
    if javascript:  # switched in place
        assert "original=" not in page.url
    else:  # the server rendered the original
        assert f"original={spanish_contribution.pk}" in page.url
    check(page)

    article.locator('a[data-show="translation"]').click()
    page.wait_for_load_state()
    article, translated, original = versions(page, spanish_contribution)
    translated.wait_for(state="visible")
    assert FRENCH in translated.inner_text() and not original.is_visible()
    assert "original=" not in page.url
    check(page)
    if javascript:  # the page the link opens without JavaScript, checked too
        page.goto(
            french_page_url(live_server, spanish_contribution)
            + f"?original={spanish_contribution.pk}"
        )
        check(page)
    context.close()
