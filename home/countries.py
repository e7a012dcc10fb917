"""Country and language choices from pycountry, with names in the visitor's language."""

from functools import lru_cache

import pycountry
from django.utils.translation import get_language


@lru_cache(maxsize=8)
def _translator(language: str):
    import gettext

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except FileNotFoundError:
        return None


def country_name(alpha2: str, language: str | None = None) -> str:
    """The country's common name in the given (or active) language; the code if unknown."""
    country = pycountry.countries.get(alpha_2=(alpha2 or "").upper())
    if country is None:
        return alpha2 or ""
    name = getattr(country, "common_name", None) or country.name
    translator = _translator((language or get_language() or "en").split("-")[0])
    return translator.gettext(name) if translator else name


def country_choices() -> list[tuple[str, str]]:
    """All ISO 3166 countries as (alpha-2, English name), sorted by name."""
    countries = (
        (c.alpha_2, getattr(c, "common_name", None) or c.name) for c in pycountry.countries
    )
    return sorted(countries, key=lambda item: item[1])


def language_name(code: str) -> str:
    language = pycountry.languages.get(alpha_2=(code or "").lower())
    return language.name if language else (code or "")


def language_choices() -> list[tuple[str, str]]:
    """ISO 639-1 languages as (code, English name), sorted by name."""
    languages = (
        (lang.alpha_2, lang.name) for lang in pycountry.languages if hasattr(lang, "alpha_2")
    )
    return sorted(languages, key=lambda item: item[1])
