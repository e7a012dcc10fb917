"""Page translation through wagtail-localize uses the same provider as contributions."""

import importlib

import pytest
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.strings import StringValue

from translation.machine_translator import MingaMachineTranslator
from translation.providers import TranslationError

pytestmark = pytest.mark.django_db


def locales():
    return Locale.objects.get(language_code="en"), Locale.objects.get(language_code="fr")


def test_wagtail_localize_has_a_machine_translator_only_when_a_provider_is_configured(monkeypatch):
    from minga.settings import base

    for name in ("MINGA_TRANSLATION_URL", "MINGA_DEEPL_KEY"):
        monkeypatch.delenv(name, raising=False)
    assert not hasattr(importlib.reload(base), "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    monkeypatch.setenv("MINGA_TRANSLATION_URL", "http://127.0.0.1:5000")
    configured = importlib.reload(base).WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    assert configured["CLASS"] == "translation.machine_translator.MingaMachineTranslator"
    monkeypatch.delenv("MINGA_TRANSLATION_URL")
    importlib.reload(base)


def test_the_page_translator_translates_inline_html_strings(libretranslate, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translation.machine_translator.MingaMachineTranslator",
        "OPTIONS": {},
    }
    translator = get_machine_translator()
    english, french = locales()
    assert translator.display_name == "LibreTranslate"
    assert translator.can_translate(english, french)
    source = StringValue('A <b>bold</b> <a id="a1">link</a>')
    [(string, translated)] = translator.translate(english, french, [source]).items()
    assert translated.data == '[fr] A <b>bold</b> <a id="a1">link</a>'
    assert libretranslate.translate_requests()[0]["payload"]["format"] == "html"


def test_a_malicious_page_translation_is_sanitised(libretranslate):
    libretranslate.mode = "xss"
    english, french = locales()
    translated = MingaMachineTranslator({}).translate(english, french, [StringValue("Hello there")])
    data = next(iter(translated.values())).data
    assert "<script" not in data and "onerror" not in data and "href" not in data


def test_a_provider_fault_reaches_the_editor_as_a_translation_error(libretranslate):
    libretranslate.mode = "error"
    english, french = locales()
    with pytest.raises(TranslationError, match="HTTP 500"):
        MingaMachineTranslator({}).translate(english, french, [StringValue("Hello")])
