"""Contributions cross the language barrier: machine translations stored beside the original.

The provider is a real HTTP server on 127.0.0.1 speaking LibreTranslate's API
(tests/translation/server.py); with a real Celery worker (CI's second run) the worker reaches it
through the URL tests/conftest.py gives it.
"""

import csv
import io
import logging
import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from discussions.models import Contribution, ContributionTranslation, translation_source_hash
from discussions.tasks import translate_contribution
from discussions.translations import store_translation
from tests.conftest import wait_until
from tests.discussions.helpers import form_data
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory
from tests.translation.server import XSS, fake_translation, use_as_provider

SPANISH = "La cooperación Sur-Sur funciona cuando los pares comparten también sus fracasos."


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


@pytest.fixture
def libretranslate(settings):
    return use_as_provider(settings)


def url_in(language: str, discussion) -> str:
    """The discussion's address under a language prefix (`url` follows the active language)."""
    return f"/{language}" + discussion.url[3:]


def french_url(discussion) -> str:
    return url_in("fr", discussion)


def post(client, discussion, member, text):
    return client.post(
        reverse("discussions:post", args=[discussion.pk]),
        form_data(discussion, member, comment=text, language="es"),
    )


def body_div(page: str, version: str) -> tuple[str, bool, str]:
    """A contribution body of the page: its lang attribute, whether hidden, its HTML."""
    found = re.search(
        rf'<div class="contribution-body"([^>]*) data-version="{version}"( hidden)?>(.*?)\s*</div>',
        page,
        re.DOTALL,
    )
    assert found, f"no {version} body"
    lang = re.search(r'lang="[^"]*"', found.group(1))
    return (lang.group(0) if lang else "", bool(found.group(2)), found.group(3))


def translations_of(contribution) -> dict[str, ContributionTranslation]:
    return {
        t.language: t for t in ContributionTranslation.objects.filter(contribution=contribution)
    }


def stored(contribution, language, text, provider="LibreTranslate"):
    return store_translation(contribution, language, text, provider)


@pytest.mark.django_db(transaction=True)
def test_a_posted_contribution_is_translated_into_the_other_site_languages(
    client, discussion, member, libretranslate
):
    client.force_login(member)
    assert post(client, discussion, member, SPANISH).status_code == 302
    contribution = Contribution.objects.get()
    found = wait_until(
        lambda: len(translations_of(contribution)) == 4 and translations_of(contribution)
    )
    assert set(found) == {"en", "fr", "pt", "ar"}
    french = found["fr"]
    assert french.body == fake_translation(SPANISH, "fr")
    assert french.provider == "LibreTranslate" and not french.is_human
    assert french.source_hash == translation_source_hash(SPANISH, "es")
    assert french.body_html == f"<p>{fake_translation(SPANISH, 'fr')}</p>\n"


@pytest.mark.django_db(transaction=True)
def test_only_the_discussions_accepted_languages_are_translated(
    client, discussion, member, libretranslate
):
    discussion.accepted_languages = ["es", "fr"]
    discussion.save()
    client.force_login(member)
    post(client, discussion, member, SPANISH)
    contribution = Contribution.objects.get()
    assert wait_until(lambda: set(translations_of(contribution)) == {"fr"})


@pytest.mark.django_db(transaction=True)
def test_an_edit_retranslates_and_an_unchanged_text_is_never_sent_twice(
    client, discussion, member, libretranslate
):
    client.force_login(member)
    post(client, discussion, member, SPANISH)
    contribution = Contribution.objects.get()
    wait_until(lambda: len(translations_of(contribution)) == 4)
    sent = len(libretranslate.translate_requests())
    translate_contribution.apply(args=[contribution.pk])  # the same text again
    contribution.is_featured = True
    contribution.save()  # a change that keeps the text
    assert len(libretranslate.translate_requests()) == sent

    edited = SPANISH + " Y también sus éxitos."
    client.post(
        reverse("discussions:edit", args=[contribution.pk]), {"comment": edited, "language": "es"}
    )
    assert wait_until(
        lambda: translations_of(contribution)["fr"].body == fake_translation(edited, "fr")
    )
    assert wait_until(lambda: len(libretranslate.translate_requests()) == sent + 4)


@pytest.mark.django_db
def test_a_moderators_correction_is_never_overwritten_by_a_machine(discussion, libretranslate):
    contribution = ContributionFactory(discussion=discussion, comment=SPANISH, language="es")
    moderator = UserFactory(is_staff=True)
    store_translation(
        contribution, "fr", "La coopération Sud-Sud fonctionne bien.", "", user=moderator
    )
    translate_contribution.apply(args=[contribution.pk])
    translate_contribution.apply(args=[contribution.pk, ["fr"]])
    french = translations_of(contribution)["fr"]
    assert french.is_human and french.body == "La coopération Sud-Sud fonctionne bien."
    assert french.translated_by == moderator and french.provider == ""
    assert "fr" not in {r["payload"]["target"] for r in libretranslate.translate_requests()}


@pytest.mark.django_db
def test_an_xss_payload_in_the_providers_answer_is_neutralised(client, discussion, libretranslate):
    libretranslate.mode = "xss"
    contribution = ContributionFactory(
        discussion=discussion,
        comment="Una contribución con bastante texto para traducir.",
        language="es",
    )
    translate_contribution.apply(args=[contribution.pk, ["fr"]])
    french = translations_of(contribution)["fr"]
    assert french.body == XSS  # stored as the provider said, rendered like any contribution
    page = client.get(french_url(discussion)).content.decode()
    start = page.index(f'id="c{contribution.pk}"')
    article = page[start : page.index("</article>", start)]
    assert "<script" not in article and "<img" not in article  # only escaped text remains
    assert '<a href="javascript' not in article and "<strong>bold</strong>" in article


@pytest.mark.django_db
def test_a_french_reader_sees_the_translation_and_can_switch_to_the_original(client, discussion):
    contribution = ContributionFactory(discussion=discussion, comment=SPANISH, language="es")
    french_text = "La coopération Sud-Sud fonctionne quand les pairs partagent aussi leurs échecs."
    stored(contribution, "fr", french_text)
    page = client.get(french_url(discussion)).content.decode()
    assert body_div(page, "translation") == ('lang="fr"', False, f"<p>{french_text}</p>")
    assert body_div(page, "original") == ("", True, f"<p>{SPANISH}</p>")
    assert f'<a href="?original={contribution.pk}#c{contribution.pk}" data-show="original">' in page

    original = client.get(french_url(discussion), {"original": contribution.pk}).content.decode()
    assert body_div(original, "original") == ("", False, f"<p>{SPANISH}</p>")
    assert body_div(original, "translation") == ('lang="fr"', True, f"<p>{french_text}</p>")
    assert f'<a href="?#c{contribution.pk}" data-show="translation">' in original

    english = client.get(url_in("en", discussion)).content.decode()  # interface in English
    assert "Machine-translated from Spanish" not in english  # no English translation stored
    stored(contribution, "en", "South-South cooperation works.")
    english = client.get(url_in("en", discussion)).content.decode()
    assert "Machine-translated from Spanish · <a" in english and ">Show original</a>" in english


@pytest.mark.django_db
def test_readers_in_the_original_language_or_without_a_translation_see_the_original(
    client, discussion
):
    contribution = ContributionFactory(discussion=discussion, comment=SPANISH, language="es")
    stored(contribution, "fr", "Traduction française.")
    spanish_page = client.get(url_in("es", discussion)).content.decode()
    portuguese_page = client.get(url_in("pt", discussion)).content.decode()
    for page in (spanish_page, portuguese_page):
        assert re.search(rf'<div class="contribution-body"[^>]*><p>{SPANISH}</p>\s*</div>', page)
        assert "Traduction française." not in page and "data-show=" not in page


@pytest.mark.django_db
def test_a_translation_of_an_older_text_is_not_shown(client, discussion):
    contribution = ContributionFactory(discussion=discussion, comment=SPANISH, language="es")
    stored(contribution, "fr", "Traduction de l'ancien texte.")
    Contribution.objects.filter(pk=contribution.pk).update(comment="Texto nuevo.")
    assert "Traduction de l" not in client.get(french_url(discussion)).content.decode()


@pytest.mark.django_db
def test_the_permalink_shows_the_original_first(client, discussion):
    contribution = ContributionFactory(discussion=discussion, comment=SPANISH, language="es")
    response = client.get(reverse("discussions:permalink", args=[contribution.pk]))
    assert f"original={contribution.pk}#c{contribution.pk}" in response["Location"]


@pytest.mark.django_db(transaction=True)
def test_a_member_asks_for_a_missing_language_on_demand(client, discussion, member, libretranslate):
    discussion.accepted_languages = ["es", "fr"]
    discussion.save()
    contribution = ContributionFactory(discussion=discussion, comment=SPANISH, language="es")
    wait_until(lambda: "fr" in translations_of(contribution))
    client.force_login(member)
    portuguese = url_in("pt", discussion)
    url = reverse("discussions:request_translation", args=[contribution.pk])
    assert f'action="/pt{url[3:]}"' in client.get(portuguese).content.decode()
    response = client.post(url, {"language": "pt", "next": portuguese})
    assert response["Location"] == f"{portuguese}#c{contribution.pk}"
    assert wait_until(lambda: "pt" in translations_of(contribution))
    page = client.get(portuguese).content.decode()
    assert f'action="/pt{url[3:]}"' not in page
    assert fake_translation(SPANISH, "pt") in page


@pytest.mark.django_db
def test_asking_for_an_unknown_language_is_a_400(client, discussion, member, libretranslate):
    contribution = ContributionFactory(discussion=discussion, comment=SPANISH, language="es")
    client.force_login(member)
    url = reverse("discussions:request_translation", args=[contribution.pk])
    assert client.post(url, {"language": "xx"}).status_code == 400
    assert client.get(url).status_code == 405


@pytest.mark.django_db
def test_without_a_provider_nothing_about_translation_shows(client, discussion, member, settings):
    settings.MINGA_TRANSLATION_URL = settings.MINGA_DEEPL_KEY = ""
    client.force_login(member)
    response = post(client, discussion, member, SPANISH)
    assert response.status_code == 302
    page = client.get(french_url(discussion)).content.decode()
    assert SPANISH in page
    assert "/translate/" not in page and "data-show=" not in page
    assert not ContributionTranslation.objects.exists()


@pytest.mark.django_db
def test_a_failing_provider_is_retried_then_given_up_with_a_log_line(
    discussion, libretranslate, settings, caplog
):
    settings.MINGA_TRANSLATION_URL = ""  # no task while the contribution is created
    contribution = ContributionFactory(discussion=discussion, comment=SPANISH, language="es")
    settings.MINGA_TRANSLATION_URL = libretranslate.url
    settings.CELERY_TASK_ALWAYS_EAGER = False  # as with a worker: retries are allowed
    libretranslate.mode = "error"
    libretranslate.requests.clear()
    # Applied in this process, each retry runs at once (a worker waits 2, 4, 8... seconds).
    settings.CELERY_TASK_EAGER_PROPAGATES = False
    with caplog.at_level(logging.WARNING, logger="minga.translation"):
        result = translate_contribution.apply(args=[contribution.pk, ["fr"]])
    assert result.get() == []
    tries = django_settings.MINGA_TRANSLATION_MAX_RETRIES + 1
    assert len(libretranslate.requests) == tries
    assert f"Gave up translating contribution {contribution.pk} after {tries} tries" in caplog.text
    assert "HTTP 500" in caplog.text


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("mode", ["error", "429", "slow", "notjson", "wrongcount", "hangup"])
def test_a_failing_provider_never_loses_or_hides_a_contribution(
    client, discussion, member, libretranslate, mode
):
    libretranslate.mode = mode
    libretranslate.slow_seconds = 1.5
    client.force_login(member)
    response = post(client, discussion, member, SPANISH)
    assert response.status_code == 302
    contribution = Contribution.objects.get()
    assert contribution.is_public and contribution.comment == SPANISH
    assert SPANISH in client.get(french_url(discussion)).content.decode()
    if django_settings.CELERY_BROKER_URL:  # the worker retries, then gives up in its log
        log = Path(django_settings.TEST_RUN_DIR) / "celery-test-worker.log"
        expected = f"Gave up translating contribution {contribution.pk}"
        assert wait_until(lambda: expected in log.read_text(), timeout=60)
    assert not ContributionTranslation.objects.exists()


@pytest.mark.django_db
def test_the_export_in_french_uses_translations_and_notes_the_original_language(discussion):
    from django.core.management import call_command

    spanish = ContributionFactory(discussion=discussion, comment=SPANISH, language="es")
    stored(spanish, "fr", "La coopération Sud-Sud fonctionne.")
    ContributionFactory(
        discussion=discussion, comment="Sans traduction, en français.", language="fr"
    )
    ContributionFactory(discussion=discussion, comment="Only in English.", language="en")
    output = io.StringIO()
    call_command(
        "export_contributions", discussion.slug, "--format", "md", "--language", "fr", stdout=output
    )
    text = output.getvalue()
    assert "La coopération Sud-Sud fonctionne." in text and SPANISH not in text
    assert "Sans traduction, en français." in text and "Only in English." in text
    with translation.override("fr"):
        note = gettext("translated from %(language)s") % {"language": spanish.language_name}
    assert note in text

    csv_output = io.StringIO()
    call_command("export_contributions", discussion.slug, "--language", "fr", stdout=csv_output)
    rows = list(csv.reader(io.StringIO(csv_output.getvalue())))
    translated = next(row for row in rows if "La coopération Sud-Sud fonctionne." in row)
    untranslated = next(row for row in rows if "Only in English." in row)
    assert translated[-2] in ("Spanish", "Espagnol") and untranslated[-2] == ""


def test_an_export_in_an_unknown_language_is_a_command_error(db):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="invalid choice"):
        call_command("export_contributions", "any", "--language", "xx")


@pytest.mark.django_db(transaction=True)
def test_a_follower_is_mailed_in_their_language_with_the_original_below(
    client, discussion, member, libretranslate, mailbox
):
    from discussions.models import Subscription

    follower = UserFactory(email="ana@example.org", profile__preferred_language="pt")
    Subscription.objects.create(user=follower, discussion=discussion)
    client.force_login(member)
    post(client, discussion, member, SPANISH)
    [mail] = mailbox.wait_for(1)
    body = mail.body
    assert fake_translation(SPANISH, "pt") in body
    assert body.index(fake_translation(SPANISH, "pt")) < body.rindex(SPANISH + "\n")


@pytest.mark.django_db
def test_a_moderator_corrects_a_machine_translation(client, discussion):
    contribution = ContributionFactory(discussion=discussion, comment=SPANISH, language="es")
    stored(contribution, "fr", "Une traduction maladroite.")
    moderator = UserFactory(username="mod")
    discussion.moderators.add(moderator)
    discussion.save_revision().publish()
    url = reverse("discussions:correct_translation", args=[contribution.pk, "fr"])
    client.force_login(moderator)
    page = client.get(french_url(discussion)).content.decode()
    assert f'href="/fr{url[3:]}"' in page
    form = client.get(url)
    assert form.status_code == 200 and "Une traduction maladroite." in form.content.decode()
    assert client.post(url, {"body": "   "}).status_code == 400
    response = client.post(url, {"body": "La coopération Sud-Sud fonctionne bien."})
    assert response.status_code == 302
    french = translations_of(contribution)["fr"]
    assert french.is_human and french.translated_by == moderator and french.provider == ""
    assert (
        "La coopération Sud-Sud fonctionne bien."
        in client.get(french_url(discussion)).content.decode()
    )


@pytest.mark.django_db
def test_only_moderators_may_correct_a_translation(client, discussion, member):
    contribution = ContributionFactory(discussion=discussion, comment=SPANISH, language="es")
    url = reverse("discussions:correct_translation", args=[contribution.pk, "fr"])
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(member)
    assert client.get(url).status_code == 404
    assert client.post(url, {"body": "Pirate"}).status_code == 404
    staff = UserFactory(is_staff=True)
    client.force_login(staff)
    assert (
        client.get(
            reverse("discussions:correct_translation", args=[contribution.pk, "xx"])
        ).status_code
        == 404
    )
    assert not ContributionTranslation.objects.exists()


@pytest.mark.django_db
def test_the_demo_shows_stored_translations_without_a_provider(client, site, settings):
    from accounts import demo as accounts_demo
    from discussions import demo as discussions_demo

    settings.MINGA_TRANSLATION_URL = settings.MINGA_DEEPL_KEY = ""
    accounts_demo.load()
    discussions_demo.load()
    count = ContributionTranslation.objects.count()
    assert count >= 15
    assert set(ContributionTranslation.objects.values_list("language", flat=True)) == {
        "en",
        "fr",
        "es",
        "pt",
        "ar",
    }
    discussions_demo.load()  # idempotent
    assert ContributionTranslation.objects.count() == count
    ndiaye = Contribution.objects.get(
        comment__startswith="Bonjour à toutes et à tous,\n\nJe réponds"
    )
    page = client.get(url_in("en", ndiaye.discussion)).content.decode()
    assert "I am answering questions 1 and 2 from our experience at COAPA" in page
    assert f'<a href="?original={ndiaye.pk}#c{ndiaye.pk}" data-show="original">' in page


@pytest.mark.django_db(transaction=True)
def test_a_held_contribution_is_translated_only_once_a_moderator_approves_it(
    client, discussion, member, libretranslate, settings
):
    from discussions.moderation.actions import approve

    settings.MINGA_PREMODERATE_FIRST_CONTRIBUTIONS = 1
    client.force_login(member)
    post(client, discussion, member, SPANISH)
    contribution = Contribution.objects.get()
    assert not contribution.is_public
    assert not wait_until(lambda: translations_of(contribution), timeout=3)
    approve(contribution, UserFactory(is_staff=True))
    assert wait_until(lambda: len(translations_of(contribution)) == 4)
