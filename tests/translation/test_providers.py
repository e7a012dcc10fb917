"""The providers' production client code against a real local HTTP server speaking their APIs."""

import pytest
from django.core.cache import cache

from translation.providers import (
    DeepLProvider,
    LibreTranslateProvider,
    TranslationError,
    get_provider,
    is_enabled,
)

from .server import fake_translation


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def provider_for(server, **overrides) -> LibreTranslateProvider:
    options = {"timeout": 1.0, "max_chars": 5000, **overrides}
    return LibreTranslateProvider(server.url, **options)


def test_without_url_or_key_no_provider_is_configured(settings):
    settings.MINGA_TRANSLATION_URL = ""
    settings.MINGA_DEEPL_KEY = ""
    assert get_provider() is None
    assert not is_enabled()


def test_libretranslate_is_the_default_when_its_url_is_set(libretranslate, settings):
    settings.MINGA_DEEPL_KEY = "test-key:fx"
    assert isinstance(get_provider(), LibreTranslateProvider)
    settings.MINGA_TRANSLATION_PROVIDER = "deepl"
    assert isinstance(get_provider(), DeepLProvider)


def test_libretranslate_translates_a_list_of_texts_in_order(libretranslate):
    texts = ["Hola a todos.", "¿Cómo están?"]
    assert provider_for(libretranslate).translate(texts, "es", "fr") == [
        fake_translation("Hola a todos.", "fr"),
        fake_translation("¿Cómo están?", "fr"),
    ]
    sent = libretranslate.translate_requests()[0]["payload"]
    assert sent["source"] == "es" and sent["target"] == "fr" and sent["format"] == "text"


def test_the_api_key_is_sent_when_configured(libretranslate):
    provider = LibreTranslateProvider(libretranslate.url, "secret", timeout=1.0, max_chars=5000)
    provider.translate(["Bonjour"], "fr", "en")
    assert libretranslate.translate_requests()[0]["payload"]["api_key"] == "secret"


def test_blank_texts_are_returned_without_being_sent(libretranslate):
    assert provider_for(libretranslate).translate(["", "  "], "es", "fr") == ["", "  "]
    assert libretranslate.translate_requests() == []


def test_the_language_list_comes_from_the_languages_endpoint(libretranslate):
    provider = provider_for(libretranslate)
    assert provider.languages() == {"en", "fr", "es", "pt", "ar"}
    assert provider.supports("es", "fr")
    assert not provider.supports("es", "sw")


def test_a_text_longer_than_the_limit_is_sent_in_pieces_cut_between_paragraphs(libretranslate):
    libretranslate.char_limit = 120
    paragraphs = [f"Paragraph {n}: " + "palabra " * 10 for n in range(6)]
    text = "\n\n".join(paragraphs)
    [translation] = provider_for(libretranslate, max_chars=120).translate([text], "es", "fr")
    requests = libretranslate.translate_requests()
    assert len(requests) > 1
    assert all(sum(len(q) for q in r["payload"]["q"]) <= 120 for r in requests)
    assert translation.count("\n\n") == 5
    for paragraph in paragraphs:
        assert fake_translation(paragraph.strip(), "fr") in translation


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("error", "HTTP 500: Cannot load translation model"),
        ("429", "rate-limiting"),
        ("slow", "did not answer within 1 seconds"),
        ("notjson", "not JSON"),
        ("wrongshape", "without translatedText"),
        ("wrongcount", "4 translations for 1 texts"),
        ("oversized", "too large"),
        ("hangup", "cannot be reached"),
    ],
)
def test_every_fault_of_the_server_is_one_clear_translation_error(libretranslate, mode, message):
    libretranslate.mode = mode
    with pytest.raises(TranslationError, match=message):
        provider_for(libretranslate).translate(["Hola"], "es", "fr")


def test_a_rate_limit_says_when_to_come_back(libretranslate):
    libretranslate.mode = "429"
    with pytest.raises(TranslationError) as raised:
        provider_for(libretranslate).translate(["Hola"], "es", "fr")
    assert raised.value.retry_after == 1


def test_an_unreachable_server_is_a_translation_error():
    provider = LibreTranslateProvider("http://127.0.0.1:9", timeout=1.0, max_chars=5000)
    with pytest.raises(TranslationError, match="cannot be reached"):
        provider.translate(["Hola"], "es", "fr")


def test_a_translation_far_longer_than_its_source_is_refused(libretranslate):
    libretranslate.mode = "bloated"
    with pytest.raises(TranslationError, match="refused"):
        provider_for(libretranslate).translate(["Hi"], "en", "fr")


def test_deepl_uses_its_own_api_with_the_key_in_a_header(libretranslate, settings):
    settings.MINGA_TRANSLATION_URL = ""
    settings.MINGA_DEEPL_KEY = "test-key:fx"
    settings.MINGA_DEEPL_URL = libretranslate.url
    provider = get_provider()
    assert isinstance(provider, DeepLProvider)
    assert provider.translate(["Olá"], "pt", "en") == [fake_translation("Olá", "EN-GB")]
    assert libretranslate.requests[-1]["payload"]["source_lang"] == "PT"
    assert provider.languages() == {"en", "fr", "es", "pt", "ar"}


def test_a_free_deepl_key_uses_the_free_endpoint():
    assert DeepLProvider("abc:fx", timeout=1, max_chars=10).url == "https://api-free.deepl.com"
    assert DeepLProvider("abc", timeout=1, max_chars=10).url == "https://api.deepl.com"


def test_a_wrong_deepl_key_is_a_translation_error(libretranslate):
    provider = DeepLProvider("wrong", url=libretranslate.url, timeout=1.0, max_chars=5000)
    with pytest.raises(TranslationError, match="HTTP 403: Wrong endpoint or key"):
        provider.translate(["Olá"], "pt", "en")
