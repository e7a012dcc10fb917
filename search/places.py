"""What queries and records name among the facets: countries, regions, goals, modalities.

Queries that name countries only ("Jordan", "Egipto", "بنغلاديش", "Brazil Mozambique").

Such a query asks for the records about those countries. Full text finds them through the
country names in each entry's keywords, but also finds every contribution or partner whose
text merely mentions the country, and meaning ranks these as high. The records tagged with a
country the query names (their `countries` facet) get a bonus (COUNTRY_WEIGHT, both engines),
so they come first. A query naming a topic and countries ("Moçambique Angola pesca",
"seconded health workers Brazil Mozambique") asks for that topic there: among the rows its
words or meaning match, those tagged with a country it names get a smaller bonus
(COUNTRY_TOPIC_WEIGHT, both engines), so the topic's record about those countries comes before
the same topic elsewhere.

Names are those full text indexes (home.countries.country_name in English and every site
language), matched on folded words (search.folding), small function words skipped as in the
thesaurus ("Côte d'Ivoire" and "Cote d Ivoire" are one name). Arabic spells foreign names
several ways: a "g" as غ or ج, a long i written or not ("بنغلاديش", "بنغلادش", "بنجلاديش"),
so Arabic words are compared by their skeleton (غ for ج, no ي after the first letter).

Words that name practices in general (PRACTICE_WORDS: projects, good practices, experiences,
initiatives, programmes, examples, in every site language) name no topic: "projetos em
Moçambique", "bonnes pratiques au Sénégal" and "مشاريع في الأردن" ask for the practices about
the country, so only practices get the bonus (a partner based there does not). A query naming
goals alone ("SDG 4", "ODS 6") is answered the same way (query_facets).

Records: the thesaurus's concepts a record's tags name (tagged_concepts: the regions its
countries lie in, its goals, its modality) join its keywords, so "Afrique de l'Ouest", "ODS 6
agua" or "coopération triangulaire" find records whose text never says so.
"""

from dataclasses import dataclass
from functools import lru_cache

import pycountry
from django.conf import settings

from home.countries import country_name

from .thesaurus import LANGUAGES, Lexicon, goal_key, goal_number, thesaurus, words

ARABIC_SKELETON = str.maketrans({"ج": "غ", "ي": None})


def skeleton(word: str) -> str:
    """An Arabic word without the letters its spellings of a foreign name disagree on."""
    if not word or not ("\u0600" <= word[0] <= "\u06ff"):
        return word
    return word[0] + word[1:].translate(ARABIC_SKELETON)


def name_key(text: str) -> tuple[str, ...]:
    return tuple(skeleton(word) for word in words(text))


# Words naming practices in general, not a topic; folded, stemmed and skeletonised as a
# query's words are (name_key).
PRACTICE_WORDS = frozenset(
    name_key(
        "project projects practice practices good best experience experiences initiative "
        "initiatives programme programmes program programs example examples case cases "
        "projet projets pratique pratiques bonne bonnes meilleure meilleures expérience "
        "expériences initiative initiatives programme programmes exemple exemples cas "
        "proyecto proyectos práctica prácticas buena buenas mejores experiencia experiencias "
        "iniciativa iniciativas programa programas ejemplo ejemplos caso casos "
        "projeto projetos projecto projectos prática práticas boa boas melhores experiência "
        "experiências iniciativa iniciativas programa programas exemplo exemplos caso casos "
        "مشروع مشاريع المشاريع ممارسة ممارسات الممارسات جيدة الجيدة فضلى الفضلى تجربة تجارب "
        "مبادرة مبادرات برنامج برامج مثال أمثلة "
        "prosjekt prosjekter praksis god gode beste erfaring erfaringer initiativ initiativer "
        "program programmer eksempel eksempler"
    )
)
# Words naming nothing else in a country query: those, and prepositions the thesaurus keeps.
GENERIC_WORDS = PRACTICE_WORDS | frozenset(name_key("from about fra om sobre"))


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


@lru_cache(maxsize=1)
def country_words() -> Lexicon:
    """The words of every country's name, in any site language (folded, skeletonised)."""
    return Lexicon.of(word for key in country_table() for word in key)


def mend(token: str) -> str:
    """A query word as the country-name word one edit away ("Mozambque", "Etiopia",
    "rwandan"), when no country, generic or thesaurus word is spelt so (Latin script only,
    at least MIN_TYPO letters, as the thesaurus mends words)."""
    known = country_words()
    if token in known.vocabulary or token in GENERIC_WORDS or not token.isascii():
        return token
    if not token.isalpha() or token in thesaurus().vocabulary:
        return token
    return next(iter(known.nearest(token)), token)


@dataclass(frozen=True)
class Named:
    """What a query names among the facets: countries, goals (search.thesaurus.goal_key),
    whether it names nothing else but words that name records in general, and whether it names
    practices in general ("projetos", "bonnes pratiques")."""

    countries: tuple[str, ...]
    goals: tuple[str, ...]
    only: bool
    practices: bool


def _goal_at(tokens: list[str], position: int) -> tuple[int, list[str]]:
    """(words, goal numbers) of a goal named at `position` ("SDG 6", "ODS 6"), else (0, [])."""
    length, keys = thesaurus().longest_term(tokens, position)
    numbers = [goal_number(key) for key in keys]
    if not length or not numbers or None in numbers:
        return 0, []
    return length, [str(number) for number in numbers]


@lru_cache(maxsize=256)
def named(text: str) -> Named:
    """The countries and goals the query names, the longest name first at each position. A
    mistyped country name counts (mend). Read once per query: each engine asks several times."""
    plain = words(text or "")
    tokens = [mend(skeleton(word)) for word in plain]
    table = country_table()
    longest = max(len(key) for key in table)
    codes: dict[str, None] = {}
    goals: dict[str, None] = {}
    only = bool(tokens)
    position = 0
    while position < len(tokens):
        for length in range(min(longest, len(tokens) - position), 0, -1):
            found = table.get(tuple(tokens[position : position + length]))
            if found:
                codes.update(dict.fromkeys(found))
                position += length
                break
        else:
            length, numbers = _goal_at(plain, position)
            if length:
                goals.update(dict.fromkeys(numbers))
                position += length
                continue
            only = only and tokens[position] in GENERIC_WORDS
            position += 1
    return Named(
        countries=tuple(codes),
        goals=tuple(goals),
        only=only,
        practices=not PRACTICE_WORDS.isdisjoint(tokens),
    )


def query_facets(text: str) -> dict[str, list[str]]:
    """{facet: values} of the countries and goals a query naming nothing else names ("Jordan",
    "ODS 6", "projetos em Moçambique"), else {}: the records tagged with them get the
    country bonus (COUNTRY_WEIGHT, both engines)."""
    found = named(text)
    if not found.only:
        return {}
    pairs = (("country", found.countries), ("sdg", found.goals))
    return {facet: list(values) for facet, values in pairs if values}


def query_countries(text: str) -> list[str]:
    """The countries the query names when it names nothing else, else an empty list."""
    return query_facets(text).get("country", [])


def topic_countries(text: str) -> list[str]:
    """The countries a query naming something else too names, else an empty list."""
    found = named(text)
    return [] if found.only else list(found.countries)


def asks_for_practices(text: str) -> bool:
    """Whether the query names practices in general ("projetos", "bonnes pratiques"): the
    country bonus then goes to practices only."""
    return named(text).practices


# The thesaurus's regions (search/thesaurus.toml) a record lies in by its tags, so that "Afrique
# de l'Ouest" or "Sudeste Asiático" finds the records tagged with a country there by full text
# and concept (the entry's keywords, SearchEntry.keywords), though their text never names the
# region: M49 sub-regions (search facets) ...
REGION_CONCEPTS = {
    "011": "west_africa",
    "014": "east_africa",
    "018": "southern_africa",
    "419": "latin_america",
    "029": "caribbean",
    "013": "central_america",
    "035": "southeast_asia",
    "034": "south_asia",
    "054": "pacific",
    "057": "pacific",
    "061": "pacific",
}
# ... and groups of countries the UN's regions do not draw (alpha-2 codes).
COUNTRY_GROUPS = {
    "sahel": "SN MR ML BF NE TD",
    "maghreb": "DZ LY MA MR TN",
    "andes": "BO CO EC PE",
    "amazon": "BR BO CO EC GY PE SR VE",
    "southern_cone": "AR CL PY UY",
    "arab_region": "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE",
    "levant": "JO LB SY PS",
    "mekong": "KH LA MM TH VN",
    "horn_of_africa": "DJ ER ET SO",
    "great_lakes": "BI CD RW UG",
    "lusophone": "AO BR CV GW MZ PT ST TL GQ",
    "small_island_states": (
        "AG BS BH BB BZ CV KM CU DM DO FJ GD GW GY HT JM KI MV MH FM MU NR PW PG KN LC VC WS "
        "ST SC SG SB SR TL TO TT TV VU"
    ),
}
GROUPS_OF_COUNTRY = {
    code: tuple(group for group, members in COUNTRY_GROUPS.items() if code in members.split())
    for code in {code for members in COUNTRY_GROUPS.values() for code in members.split()}
}


# The thesaurus's cooperation modalities a record's modality (its facet) names.
MODALITY_CONCEPTS = {
    "south-south": "south_south_cooperation",
    "regional-south-south": "south_south_cooperation",
    "triangular": "triangular_cooperation",
    "north-south": "north_south_cooperation",
}


def region_concepts(regions: list[str], countries: list[str]) -> list[str]:
    """The keys of the thesaurus's regions a record tagged with these M49 regions and
    countries lies in."""
    keys = [REGION_CONCEPTS[code] for code in regions or () if code in REGION_CONCEPTS]
    keys += [group for code in countries or () for group in GROUPS_OF_COUNTRY.get(code, ())]
    known = thesaurus().concepts
    return [key for key in dict.fromkeys(keys) if key in known]


def tagged_concepts(entry) -> list[str]:
    """The keys of the thesaurus's concepts a search entry's tags name, for its keywords: the
    regions its countries lie in, its goals ("SDG 6", "ODS 6") and its modality."""
    return [
        *region_concepts(entry.regions, entry.countries),
        *(goal_key(number) for number in entry.sdgs or ()),
        *filter(None, [MODALITY_CONCEPTS.get(entry.modality)]),
    ]
