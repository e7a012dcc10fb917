"""Country and language names and choices from pycountry, in the visitor's language."""

import gettext
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import pycountry
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# Names that replace pycountry's: short names where ISO's read "Congo, The Democratic Republic
# of the"; Minga's Portuguese is Brazilian (pycountry's pt-BR catalogue still has
# European-Portuguese or outdated names), and some common names lack a translation.
COUNTRY_NAMES = {
    "en": {
        "CC": "Cocos Islands",
        "CD": "Democratic Republic of the Congo",
        "FK": "Falkland Islands",
        "FM": "Micronesia",
        "PS": "Palestine",
        "SH": "Saint Helena",
        "VA": "Holy See",
        "VG": "British Virgin Islands",
        "VI": "United States Virgin Islands",
    },
    "fr": {
        "AX": "Îles Åland",
        "CC": "Îles Cocos",
        "CX": "Île Christmas",
        "FK": "Îles Malouines",
        "FM": "Micronésie",
        "PS": "Palestine",
        "RE": "La Réunion",
        "RU": "Russie",
        "SB": "Îles Salomon",
        "VA": "Saint-Siège",
        "VI": "Îles Vierges des États-Unis",
    },
    "pt": {
        "AZ": "Azerbaijão",
        "BA": "Bósnia e Herzegovina",
        "BF": "Burkina Faso",
        "BH": "Bahrein",
        "BY": "Belarus",
        "CD": "República Democrática do Congo",
        "CZ": "Tchéquia",
        "DM": "Dominica",
        "ER": "Eritreia",
        "FM": "Micronésia",
        "IR": "Irã",
        "LA": "Laos",
        "PS": "Palestina",
        "RU": "Rússia",
        "SZ": "Essuatíni",
        "TL": "Timor-Leste",
        "TT": "Trinidad e Tobago",
    },
    "es": {
        "CD": "República Democrática del Congo",
        "DZ": "Argelia",
        "FM": "Micronesia",
        "KM": "Comoras",
        "PS": "Palestina",
        "VG": "Islas Vírgenes Británicas",
        "VI": "Islas Vírgenes de los Estados Unidos",
    },
    "ar": {
        "CD": "جمهورية الكونغو الديمقراطية",
        "FM": "ميكرونيزيا",
        "IR": "إيران",
        "KP": "كوريا الشمالية",
        "KR": "كوريا الجنوبية",
        "LA": "لاوس",
        "SY": "سوريا",
        "TR": "تركيا",
        "VG": "جزر العذراء البريطانية",
        "VI": "جزر العذراء الأمريكية",
    },
}

# Interface languages and the usual languages of records, named by Minga's own catalogues (the
# ISO 639 catalogues misspell some: "Árábe", "الأسبانية"); other languages come from pycountry.
# Other names people write for a country, in any language: former, colloquial or English-style
# names, and abbreviations (search reads them in queries: "Ivory Coast", "Burma", "RDC").
COUNTRY_ALIASES = {
    "CD": [
        "DR Congo",
        "DRC",
        "Congo-Kinshasa",
        "RDC",
        "RD Congo",
        "DR Kongo",
        "الكونغو الديمقراطية",
    ],
    "CG": ["Congo-Brazzaville", "Republic of the Congo"],
    "CI": ["Ivory Coast", "Costa de Marfil", "Côte-d'Ivoire", "كوت ديفوار"],
    "CV": ["Cape Verde", "Cap Vert", "Cabo-Verde"],
    "CZ": ["Czech Republic"],
    "LA": ["Lao PDR", "Lao People's Democratic Republic"],
    "MK": ["Macedonia"],
    "MM": ["Burma", "Birmanie", "Birmânia", "Mianmar", "بورما"],
    "PS": ["Palestinian territories", "Territoires palestiniens", "فلسطين"],
    "SZ": ["Swaziland", "Suazilandia", "Suazilândia", "Swasiland", "سوازيلاند"],
    "TL": ["East Timor", "Timor Leste", "Timor-Est", "تيمور الشرقية"],
    "TR": ["Turkey"],
    "TZ": ["United Republic of Tanzania"],
    "VN": ["Viet Nam", "Vietnã", "فيتنام"],
}
LANGUAGE_NAMES = {
    "en": _("English"),
    "fr": _("French"),
    "es": _("Spanish"),
    "pt": _("Portuguese"),
    "ar": _("Arabic"),
    "nb": _("Norwegian"),
    "no": _("Norwegian"),
    "sw": _("Swahili"),
    "de": _("German"),
    "ru": _("Russian"),
    "zh": _("Chinese"),
}

# pycountry names its catalogues by locale; Minga's "pt" is Brazilian Portuguese.
CATALOGUE_LOCALES = {"pt": ["pt_BR", "pt"]}


@lru_cache(maxsize=32)
def _translator(domain: str, language: str):
    locales = CATALOGUE_LOCALES.get(language, [language])
    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=locales)
    except FileNotFoundError:
        return None


def _active_language(language: str | None) -> str:
    return (language or get_language() or "en").split("-")[0].lower()


def country_name(alpha2: str, language: str | None = None) -> str:
    """The country's common name in the given (or active) language; the code if unknown."""
    country = pycountry.countries.get(alpha_2=(alpha2 or "").upper())
    if country is None:
        return alpha2 or ""
    name = getattr(country, "common_name", None) or country.name
    language = _active_language(language)
    if country.alpha_2 in COUNTRY_NAMES.get(language, {}):
        return COUNTRY_NAMES[language][country.alpha_2]
    translator = _translator("iso3166-1", language)
    return translator.gettext(name) if translator else name


def country_choices() -> list[tuple[str, str]]:
    """All ISO 3166 countries as (alpha-2, English short name), sorted by name."""
    countries = ((c.alpha_2, country_name(c.alpha_2, "en")) for c in pycountry.countries)
    return sorted(countries, key=lambda item: item[1])


def language_name(code: str, language: str | None = None) -> str:
    """The language's name in the given (or active) language; the code if unknown."""
    code = (code or "").lower()
    if code in LANGUAGE_NAMES:
        with translation.override(language or get_language()):
            return str(LANGUAGE_NAMES[code])
    record = pycountry.languages.get(alpha_2=code) if code else None
    if record is None:
        return code
    translator = _translator("iso639-3", _active_language(language))
    name = translator.gettext(record.name) if translator else record.name
    return name[:1].upper() + name[1:]


def language_choices(codes: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(code, name in the active language) of `codes`, in their order; without `codes`, every
    ISO 639-1 language, sorted by name. Callable as a field's `choices` (named when used)."""
    if codes is not None:
        return [(code, language_name(code)) for code in codes]
    named = ((code, language_name(code)) for code in _iso_639_1_codes())
    return sorted(named, key=lambda item: _sort_key(item[1]))


@lru_cache(maxsize=1)
def _iso_639_1_codes() -> tuple[str, ...]:
    return tuple(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def _sort_key(name: str) -> str:
    """Alphabetical order that files "Árabe" under A."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
