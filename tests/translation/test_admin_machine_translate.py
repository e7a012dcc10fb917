"""An editor machine-translates a page in the admin; a failing provider changes nothing."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def translation(site):
    home, french = site.root_page.specific, Locale.objects.get(language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(home)
    home.copy_for_translation(french)
    return Translation.objects.create(source=source, target_locale=french)


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def machine_translate(client, translation):
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    return client.post(f"{url}?next=/admin/")


def test_a_page_is_machine_translated_through_the_provider(
    editor, translation, libretranslate, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translation.machine_translator.MingaMachineTranslator",
        "OPTIONS": {},
    }
    response = machine_translate(editor, translation)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    translated = StringTranslation.objects.filter(locale__language_code="fr")
    assert translated.exists()
    assert all(t.data.startswith("[fr] ") and t.tool_name == "LibreTranslate" for t in translated)


def test_a_failing_provider_gives_the_editor_a_message_and_changes_nothing(
    editor, translation, libretranslate, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translation.machine_translator.MingaMachineTranslator",
        "OPTIONS": {},
    }
    libretranslate.mode = "429"
    response = machine_translate(editor, translation)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    [message] = list(get_messages(response.wsgi_request))
    assert "nothing was changed" in str(message) and "rate-limiting" in str(message)
    assert not StringTranslation.objects.exists()
