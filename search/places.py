"""Queries that name countries only ("Jordan", "Egipto", "بنغلاديش", "Brazil Mozambique").

Such a query asks for the records about those countries. Full text finds them through the
country names in each entry's keywords, but also finds every contribution or partner whose
text merely mentions the country, and meaning ranks these as high. The records tagged with a
country the query names (their `countries` facet) get a bonus (COUNTRY_WEIGHT, both engines),
so they come first; a query that says anything else (a topic with a country) is left to
words and meaning.

Names are those full text indexes (home.countries.country_name in English and every site
language), matched on folded words (search.folding), small function words skipped as in the
thesaurus ("Côte d'Ivoire" and "Cote d Ivoire" are one name). Arabic spells foreign names
several ways: a "g" as غ or ج, a long i written or not ("بنغلاديش", "بنغلادش", "بنجلاديش"),
so Arabic words are compared by their skeleton (غ for ج, no ي after the first letter).
"""

from functools import lru_cache

import pycountry
from django.conf import settings

from home.countries import country_name

from .thesaurus import LANGUAGES, words

ARABIC_SKELETON = str.maketrans({"ج": "غ", "ي": None})


def skeleton(word: str) -> str:
    """An Arabic word without the letters its spellings of a foreign name disagree on."""
    if not word or not ("\u0600" <= word[0] <= "\u06ff"):
        return word
    return word[0] + word[1:].translate(ARABIC_SKELETON)


def name_key(text: str) -> tuple[str, ...]:
    return tuple(skeleton(word) for word in words(text))


@lru_cache(maxsize=1)
def country_table() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded words of a country's name, in any site language -> its alpha-2 codes."""
    languages = dict.fromkeys(
        ["en", *LANGUAGES, *(code.split("-")[0] for code, _name in settings.LANGUAGES)]
    )
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for country in pycountry.countries:
        for language in languages:
            key = name_key(country_name(country.alpha_2, language))
            if key:
                table[key] = tuple(dict.fromkeys([*table.get(key, ()), country.alpha_2]))
    return table


def query_countries(text: str) -> list[str]:
    """The alpha-2 codes of the countries the query names when it names nothing else, else
    an empty list (the longest name first at each position)."""
    tokens = name_key(text or "")
    if not tokens:
        return []
    table = country_table()
    longest = max(len(key) for key in table)
    codes: dict[str, None] = {}
    position = 0
    while position < len(tokens):
        for length in range(min(longest, len(tokens) - position), 0, -1):
            found = table.get(tuple(tokens[position : position + length]))
            if found:
                codes.update(dict.fromkeys(found))
                position += length
                break
        else:
            return []
    return list(codes)
