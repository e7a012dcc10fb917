"""The languages contributions are written in, and detection of a text's language with lingua.

Languages are named by `home.countries` (`language_name`, `language_choices`)."""

from functools import lru_cache

from lingua import IsoCode639_1, LanguageDetectorBuilder

from home.countries import language_choices as choices_for
from home.countries import language_name

# ISO 639-1 codes; lingua detects only among these (a small set keeps it fast and accurate).
CONTRIBUTION_LANGUAGES = ("en", "fr", "es", "pt", "nb", "ar", "sw", "de", "ru", "zh")


def contribution_language_choices() -> list[tuple[str, str]]:
    """(code, name) of the languages members write in; a field's `choices`."""
    return choices_for(CONTRIBUTION_LANGUAGES)


# Older names of the same rules: discussions' migrations 0001 and 0006 record the choices as
# `language_choices` (keep it: it is the same function object, so no migration changes).
language_choices = contribution_language_choices
contribution_language_name = language_name


@lru_cache(maxsize=1)
def _detector():
    """Build lingua's detector once, on first use (loading its models takes a moment)."""
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
