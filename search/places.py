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
so Arabic words are compared by their skeleton (غ for ج, no ي after the first letter). Other
names people write ("Ivory Coast", "RDC") and demonyms ("brasileñas", "Senegalese") count.

Words that name practices in general (PRACTICE_WORDS: projects, good practices, experiences,
initiatives, programmes, examples, in every site language), cooperation ("cooperation with
Mozambique") or a question's frame ("what has been done in Mozambique") name no topic:
"projetos em Moçambique", "bonnes pratiques au Sénégal" and "مشاريع في الأردن" ask for the
practices about the country, so only practices get the bonus (a partner based there does not).
Regions (an M49 region by name, a thesaurus region as its countries), goals (by number or by
name: "SDG 4", "Vida submarina") and modalities ("coopération triangulaire") are named and
answered the same way (named, query_facets, topic_facets). So are themes, named alone in any
language they are translated into ("Digital public infrastructure", "البنية التحتية الرقمية
العامة", "projets de sécurité alimentaire"): the practices tagged with the theme come first
(query_themes).

Records: the thesaurus's concepts a record's tags name (tagged_concepts: the regions its
countries lie in, its goals, its modality) join its keywords, so "Afrique de l'Ouest", "ODS 6
agua" or "coopération triangulaire" find records whose text never says so.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from django.utils import translation
from django.utils.translation import gettext

from home.countries import COUNTRY_ALIASES, country_name
from home.i18n import language_codes
from practices.data.m49 import COUNTRY_REGIONS
from practices.data.m49 import REGION_NAMES as M49_NAMES
from practices.data.sdgs import GOAL_NAMES_NB, SDGS
from practices.models import Theme

from .folding import fold
from .thesaurus import (
    LANGUAGES,
    Lexicon,
    goal_key,
    goal_number,
    one_edit_apart,
    thesaurus,
    words,
)

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
# Words that name the platform's subject itself, cooperation: "cooperation with Mozambique",
# "samarbeid med Angola" ask for what is done with the country, as its name alone does.
COOPERATION_WORDS = frozenset(
    name_key(
        "cooperation collaboration partnership partnerships coopération partenariat "
        "partenariats cooperación colaboración alianza alianzas cooperação colaboração "
        "parceria parcerias samarbeid partnerskap تعاون التعاون شراكة شراكات الشراكة"
    )
)
# The frame of a question about a place: "what has been done in Mozambique", "qué se ha hecho
# en Bolivia", "o que foi feito em Angola", "hva er gjort i Malawi", "ماذا تم في الأردن".
QUESTION_WORDS = frozenset(
    name_key(
        "what which who has have been was were is are done happening there any "
        "que quoi qui quel quels quelle quelles est été fait faits font "
        "qué quién cuál cuáles se ha han sido hecho hay "
        "quem qual quais foi foram feito feitos há "
        "hva hvem hvilke er har blitt gjort gjøres finnes "
        "ماذا ما تم يتم هناك"
    )
)
# The first words of a question asking how or why ("how can small island states share the
# costs", "hvorfor kunne ikke bøndene i Kambodsja …"): its places are its setting, and its
# answer is as often what a contribution says as a practice tagged with them.
HOW_WORDS = frozenset(
    {
        *(
            (word,)
            for word in "how why comment pourquoi como porque hvordan hvorfor كيف لماذا".split()
        ),
        ("por", "que"),
    }
)


def asks_how(text: str) -> bool:
    """Whether the query is a question asking how or why (by its first words: "¿Por qué…",
    "Comment…", "كيف…")."""
    first = tuple(fold(text or "").split()[:2])
    return first[:1] in HOW_WORDS or first in HOW_WORDS


# Words asking for what was done (practices) rather than for whatever is tagged with a place.
ASKING_WORDS = PRACTICE_WORDS | COOPERATION_WORDS | QUESTION_WORDS
# Words naming nothing else in a country query: those, and prepositions the thesaurus keeps.
GENERIC_WORDS = ASKING_WORDS | frozenset(
    name_key("from about fra om sobre avec between entre mellom مع بين")
)


# Country names in one site language that are common words in another: Norwegian "Island"
# (Iceland) is English "island" ("officials from nearby islands", "small island states").
# Found by reading every one-word name against the words the records write in lower case.
COMMON_WORD_NAMES = frozenset({("island",)})


@lru_cache(maxsize=1)
def country_table() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded words of a country's name, in any site language, or of another name people write
    for it (home.countries.COUNTRY_ALIASES) -> its alpha-2 codes."""
    languages = dict.fromkeys(["en", *LANGUAGES, *sorted(language_codes())])
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    names = [
        *(
            (country.alpha_2, country_name(country.alpha_2, language))
            for country in pycountry.countries
            for language in languages
        ),
        *((code, alias) for code, aliases in COUNTRY_ALIASES.items() for alias in aliases),
    ]
    for code, name in names:
        key = name_key(name)
        if key and key not in COMMON_WORD_NAMES:
            table[key] = tuple(dict.fromkeys([*table.get(key, ()), code]))
    return table


@lru_cache(maxsize=1)
def country_words() -> Lexicon:
    """The words of every country's name, in any site language (folded, skeletonised)."""
    return Lexicon.of(word for key in country_table() for word in key)


# Endings that make a country's name an adjective or a people ("brasileñas", "ruandesa",
# "senegalese", "sénégalais", "kenyane", "brasiliansk"), as the query's words are folded and
# stemmed (a final -s dropped); a vowel the name ends with may be dropped before them.
DEMONYM_ENDINGS = frozenset(
    "n an ane ian ese ais ai aise ien ienne een en ena eno ano ana es esa ense eiro eira ske "
    "ino ina iano iana i o a e sk isk iske ansk anske iansk ianske esisk esiske".split()
)
MIN_NAME = 4


def demonym(token: str) -> str | None:
    """The country-name word a word is made from with a demonym ending (DEMONYM_ENDINGS), the
    shortest ending first, else None."""
    known = country_words().vocabulary
    for cut in range(1, len(token) - MIN_NAME + 2):
        if token[-cut:] not in DEMONYM_ENDINGS:
            continue
        stem = token[:-cut]
        # Mozambique: mozambicano, moçambicana, Mozambican.
        hard_c = (stem[:-1] + "que",) if stem.endswith("c") else ()
        for name in (stem, *(stem + vowel for vowel in "aeio"), *hard_c):
            if len(name) >= MIN_NAME and name in known:
                return name
    return None


def mend(token: str) -> str:
    """A query word as the country-name word one edit away ("Mozambque", "Etiopia"), or that
    it is the demonym of ("Nigerian", "brasileñas"), when no country, generic or thesaurus
    word is spelt so (Latin script only; one edit away at least MIN_TYPO letters, as the
    thesaurus mends words)."""
    known = country_words()
    if token in known.vocabulary or token in GENERIC_WORDS or not token.isascii():
        return token
    if not token.isalpha() or token in thesaurus().vocabulary:
        return token
    return next(iter(known.nearest(token)), None) or demonym(token) or token


@lru_cache(maxsize=1)
def facet_table() -> dict[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Folded words of a name -> the (facet, value) pairs it names: every country's name
    (country_table), every M49 region's ("Sub-Saharan Africa", "Afrique"), every goal's
    ("Life below water", "Vida submarina", "الحياة تحت الماء"), in English and every site
    language, and goals' names in Norwegian (practices.data.sdgs.GOAL_NAMES_NB)."""
    table: dict[tuple[str, ...], dict[tuple[str, str], None]] = {}

    def add(name: str, facet: str, value: str) -> None:
        key = name_key(name)
        if key:
            table.setdefault(key, {})[(facet, value)] = None

    for key, codes in country_table().items():
        table[key] = {("country", code): None for code in codes}
    for language in sorted(language_codes()):
        with translation.override(language):
            for code, name in M49_NAMES.items():
                add(gettext(name), "region", code)
            for goal in SDGS:
                add(gettext(goal["short_name"]), "sdg", str(goal["number"]))
    for number, name in GOAL_NAMES_NB.items():
        add(name, "sdg", str(number))
    return {key: tuple(pairs) for key, pairs in table.items()}


# A name of several words may have one of them mistyped ("Central Amerca", "Afrique de
# l'Oeust", "Guinea Bisau"): one edit away, at least MIN_NAME_TYPO letters, every other word
# as written. The name's other words make the reading safe at lengths where a lone word is not
# ("cambie" is a Spanish verb before it is "Gambia").
MIN_NAME_TYPO = 5


def _patterns(names: Iterable[tuple[str, ...]]) -> dict[tuple, tuple[tuple[str, ...], ...]]:
    """Per name of several words with one of its long words left out (None), the names it may
    be."""
    patterns: dict[tuple, list[tuple[str, ...]]] = {}
    for key in names:
        for index, word in enumerate(key if len(key) > 1 else ()):
            if len(word) >= MIN_NAME_TYPO:
                patterns.setdefault((*key[:index], None, *key[index + 1 :]), []).append(key)
    return {pattern: tuple(keys) for pattern, keys in patterns.items()}


@lru_cache(maxsize=1)
def name_patterns() -> dict[tuple, tuple[tuple[str, ...], ...]]:
    """The names of several words of countries, regions and goals (facet_table)."""
    return _patterns(facet_table())


@lru_cache(maxsize=1)
def term_patterns() -> dict[tuple, tuple[tuple[str, ...], ...]]:
    """The thesaurus's terms of several words naming goals, regions or modalities."""
    return _patterns(key for key, keys in thesaurus().table.items() if _concept_pairs(keys))


def mistyped_name(
    tokens: list[str], position: int, shorter_than: int, patterns: dict | None = None
) -> tuple[str, ...]:
    """The longest name of several words (name_patterns, or `patterns`), longer than
    `shorter_than` words, that the words at `position` spell with one word mistyped
    (MIN_NAME_TYPO), else ()."""
    patterns = name_patterns() if patterns is None else patterns
    for length in range(len(tokens) - position, max(shorter_than, 1), -1):
        span = tokens[position : position + length]
        for index, word in enumerate(span):
            if len(word) < MIN_NAME_TYPO:
                continue
            for key in patterns.get((*span[:index], None, *span[index + 1 :]), ()):
                if one_edit_apart(word, key[index]):
                    return key
    return ()


@lru_cache(maxsize=1)
def goal_words() -> dict[str, frozenset[str]]:
    """Per goal number, the words of its names: in "ODS 6 agua" or "الهدف 4 التعليم الجيد" they
    say again which goal the query names, and name nothing else."""
    found: dict[str, set[str]] = {}
    for key, pairs in facet_table().items():
        for facet, value in pairs:
            if facet == "sdg":
                found.setdefault(value, set()).update(key)
    return {number: frozenset(words) for number, words in found.items()}


def _concept_at(plain: list[str], position: int) -> tuple[int, list[tuple[str, str]]]:
    """(words, facet pairs) of goals ("SDG 6", "ODS 6"), a region or a modality ("coopération
    triangulaire") the thesaurus names at `position`, naming nothing else, else (0, []); its
    first word may be mistyped (search.thesaurus mends it), or another word of a term of
    several (mistyped_name: "West Afirca")."""
    found = thesaurus()
    length, keys = found.longest_term(plain, position)
    mended = [] if length else found.mend(plain[position])
    if len(mended) == 1:  # a typing mistake: "barekraftsmal 6"
        length, keys = found.longest_term(
            [*plain[:position], *mended, *plain[position + 1 :]], position
        )
    pairs = _concept_pairs(keys)
    if not pairs:
        mistyped = mistyped_name(plain, position, 1, term_patterns())
        length, pairs = len(mistyped), _concept_pairs(found.table.get(mistyped, ()))
    return (length, pairs) if pairs else (0, [])


def _concept_pairs(keys: tuple[str, ...]) -> list[tuple[str, str]]:
    """The facet pairs of the thesaurus's concepts when all are goals, regions or modalities,
    else []. A term naming several regions ("Pacific islands": the Pacific, small island
    states) names the countries they share."""
    goals = [goal_number(key) for key in keys]
    if keys and None not in goals:
        return [("sdg", str(number)) for number in goals]
    if keys and all(key in REGION_COUNTRIES for key in keys):
        shared = frozenset.intersection(*(REGION_COUNTRIES[key] for key in keys))
        return [("country", code) for code in sorted(shared)]
    if keys and all(key in MODALITY_CONCEPTS.values() for key in keys):
        return [
            ("modality", modality) for modality, key in MODALITY_CONCEPTS.items() if key in keys
        ]
    return []


# The facets a query may name (search.snapshot.FACETS), in Named's order.
NAMED_FACETS = ("country", "region", "sdg", "modality")


@dataclass(frozen=True)
class Named:
    """What a query names among the facets: countries, M49 regions, goals (by number),
    modalities; whether it names nothing else but words that name records in general, and
    whether it asks for practices rather than whatever is tagged so (asks_for_practices)."""

    countries: tuple[str, ...]
    regions: tuple[str, ...]
    goals: tuple[str, ...]
    modalities: tuple[str, ...]
    only: bool
    practices: bool

    def facets(self) -> dict[str, list[str]]:
        """{facet: values} of what it names."""
        values = (self.countries, self.regions, self.goals, self.modalities)
        pairs = zip(NAMED_FACETS, values, strict=True)
        return {facet: list(values) for facet, values in pairs if values}


@lru_cache(maxsize=256)
def named(text: str) -> Named:
    """The countries, regions, goals and modalities the query names, the longest name first at
    each position. A mistyped country name or a demonym counts (mend). Words of a named goal's
    name name nothing else. Read once per query: each engine asks several times."""
    plain = words(text or "")
    tokens = [mend(skeleton(word)) for word in plain]
    table = facet_table()
    longest = max(len(key) for key in table)
    found: dict[str, dict[str, None]] = {facet: {} for facet in NAMED_FACETS}
    rest: list[str] = []
    a_country = False  # a country named by its name, not as part of a region
    position = 0
    while position < len(tokens):
        for length in range(min(longest, len(tokens) - position), 0, -1):
            pairs = table.get(tuple(tokens[position : position + length]))
            if pairs:
                break
        else:
            length, pairs = 0, ()
        mistyped = mistyped_name(tokens, position, shorter_than=length)
        if mistyped:
            length, pairs = len(mistyped), table[mistyped]
        if pairs:
            a_country = a_country or any(facet == "country" for facet, _value in pairs)
        else:
            length, pairs = _concept_at(plain, position)
        if not length:
            rest.append(tokens[position])
            length = 1
        for facet, value in pairs or ():
            found[facet][value] = None
        position += length
    restated = set().union(*(goal_words().get(goal, ()) for goal in found["sdg"]))
    pairs_named = any(found.values())
    return Named(
        countries=tuple(found["country"]),
        regions=tuple(found["region"]),
        goals=tuple(found["sdg"]),
        modalities=tuple(found["modality"]),
        only=bool(tokens) and all(word in GENERIC_WORDS or word in restated for word in rest),
        practices=not ASKING_WORDS.isdisjoint(rest) or bool(pairs_named and not a_country),
    )


def query_themes(text: str) -> list[str]:
    """The names, in every language, of the theme a query names alone (words naming practices
    in general aside: "Food security", "projets de sécurité alimentaire"), else []. Themes are
    editors' snippets, read afresh: a few dozen rows."""
    key = tuple(word for word in name_key(text) if word not in GENERIC_WORDS)
    if not key:
        return []
    groups: dict[str, list[str]] = {}
    for name, group in Theme.objects.values_list("name", "translation_key"):
        groups.setdefault(str(group), []).append(name)
    for names in groups.values():
        if any(tuple(w for w in name_key(n) if w not in GENERIC_WORDS) == key for n in names):
            return names
    return []


def query_facets(text: str) -> dict[str, list[str]]:
    """{facet: values} of the places, goals and modalities a query naming nothing else names
    ("Jordan", "ODS 6", "Asie du Sud-Est", "projetos em Moçambique"), or of the theme it names
    alone (query_themes), else {}: the records tagged with them get the country bonus
    (COUNTRY_WEIGHT, both engines)."""
    found = named(text)
    if found.only:
        return found.facets()
    themes = query_themes(text)
    return {"theme": themes} if themes else {}


def query_countries(text: str) -> list[str]:
    """The countries the query names when it names nothing else, else an empty list."""
    return query_facets(text).get("country", [])


def topic_facets(text: str) -> dict[str, list[str]]:
    """{facet: values} of the places, goals and modalities a query naming something else too
    names ("Moçambique Angola pesca", "Sudeste Asiático sequía", "cooperação triangular em
    educação"), else {}: the rows its topic matches that are tagged with them get the
    topic-place bonus (COUNTRY_TOPIC_WEIGHT). A question asking how or why names its places as
    its setting (asks_how): {}."""
    found = named(text)
    return {} if found.only or asks_how(text) else found.facets()


def asks_for_practices(text: str) -> bool:
    """Whether the query asks what was done, not for whatever is tagged so: it says projects,
    practices, cooperation or a question's frame ("projetos em Moçambique", "cooperation with
    Mozambique", "what has been done in Mozambique"), or names goals, regions or modalities and
    no country ("SDG 12", "Sahel": a partner is tagged with the goals it works on). The country
    bonus then goes to practices only; a country named alone keeps it for partners based
    there. A theme named alone asks for its practices too (a partner's focus is not a
    record of what was done)."""
    found = named(text)
    return found.practices or (not found.only and bool(query_themes(text)))


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

# The thesaurus's regions as the countries they hold, for a query naming a region alone ("Asie du
# Sud-Est", "Sahel"): an M49 region's members (REGION_CONCEPTS read backwards) or a group's
# (COUNTRY_GROUPS). The Amazon is a biome more than a place its countries' records all lie in.
REGION_COUNTRIES: dict[str, frozenset[str]] = {
    **{
        key: frozenset(
            country
            for country, chain in COUNTRY_REGIONS.items()
            if any(REGION_CONCEPTS.get(code) == key for code in chain)
        )
        for key in dict.fromkeys(REGION_CONCEPTS.values())
    },
    **{
        key: frozenset(members.split())
        for key, members in COUNTRY_GROUPS.items()
        if key != "amazon"
    },
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
