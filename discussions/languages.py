"""The languages contributions are written in, and detection of a text's language with lingua."""

from functools import lru_cache

from django.utils.translation import gettext_lazy as _

# ISO 639-1 code -> name; lingua detects only among these (a small set keeps it fast and accurate).
CONTRIBUTION_LANGUAGES = {
    "en": _("English"),
    "fr": _("French"),
    "es": _("Spanish"),
    "pt": _("Portuguese"),
    "nb": _("Norwegian"),
    "ar": _("Arabic"),
    "sw": _("Swahili"),
    "de": _("German"),
    "ru": _("Russian"),
    "zh": _("Chinese"),
}


def language_choices() -> list[tuple[str, str]]:
    return list(CONTRIBUTION_LANGUAGES.items())


def contribution_language_name(code: str) -> str:
    return str(CONTRIBUTION_LANGUAGES.get(code, code or ""))


@lru_cache(maxsize=1)
def _detector():
    """Build lingua's detector once, on first use (loading its models takes a moment)."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    isos = [getattr(IsoCode639_1, code.upper()) for code in CONTRIBUTION_LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()


def detect_language(text: str, default: str = "") -> str:
    """The ISO 639-1 code of the text's language, or `default` when lingua cannot tell."""
    text = (text or "").strip()
    if len(text) < 3:
        return default
    language = _detector().detect_language_of(text)
    if language is None:
        return default
    return language.iso_code_639_1.name.lower()
