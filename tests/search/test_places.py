"""Queries that name places or goals only (search.places) list the records tagged with them first."""

import pytest

from practices.data.m49 import regions_for_country
from search.engines.database import COUNTRY_TOPIC_WEIGHT
from search.places import (
    asks_for_practices,
    query_countries,
    query_facets,
    region_concepts,
    topic_facets,
)
from tests.search.conftest import engine_search, records_beside_corpus

# Themes are editors' snippets: reading what a query names reads them (query_themes).
pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Jordan", ["JO"]),
        ("Egipto", ["EG"]),
        ("Quénia", ["KE"]),
        ("Mosambik", ["MZ"]),
        ("Côte d'Ivoire", ["CI"]),
        ("brazil MOZAMBIQUE", ["BR", "MZ"]),
        ("الأردن", ["JO"]),
        # One Arabic name, spelt three ways.
        ("بنغلاديش", ["BD"]),
        ("بنجلاديش", ["BD"]),
        ("بنغلادش", ["BD"]),
        # Words naming practices in general name no topic.
        ("projetos em Moçambique", ["MZ"]),
        ("bonnes pratiques au Sénégal", ["SN"]),
        ("مشاريع في الأردن", ["JO"]),
        ("gode erfaringer fra Malawi", ["MW"]),
        # A name mistyped by one letter.
        ("Mozambque", ["MZ"]),
        ("Bangaldesh", ["BD"]),
        ("Guatamala", ["GT"]),
        # Cooperation, and the frame of a question about a place, name no topic either.
        ("cooperation with Mozambique", ["MZ"]),
        ("samarbeid med Angola", ["AO"]),
        ("coopération avec le Cameroun", ["CM"]),
        ("what has been done in Mozambique", ["MZ"]),
        ("¿qué se ha hecho en Bolivia?", ["BO"]),
        # Other names people write for a country.
        ("Ivory Coast", ["CI"]),
        ("Burma", ["MM"]),
        ("projets en RDC", ["CD"]),
        # A demonym names its country.
        ("experiencias brasileñas", ["BR"]),
        ("Senegalese projects", ["SN"]),
        ("projetos moçambicanos", ["MZ"]),  # Moçambique: a hard c before the ending
        ("Mozambican", ["MZ"]),
        ("kenyanske prosjekter", ["KE"]),
    ],
)
def test_a_query_of_country_names_names_their_codes(text, codes):
    assert query_countries(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "",
        "twinning",
        "seconded health workers Brazil Mozambique",
        "projects",
        # Norwegian "Island" is Iceland: in English it is a word.
        "island",
        "officials from nearby islands",
        # One word one letter away from a country's name is a word ("cambie": Gambia) ...
        "cambie",
        # ... and a name's words mistyped twice are not read as it.
        "Centrel Amerca",
    ],
)
def test_a_query_saying_anything_else_names_no_country(text):
    assert query_countries(text) == []


@pytest.mark.parametrize(
    ("text", "practices"),
    [
        ("projetos em Moçambique", True),
        ("BONNES PRATIQUES au Sénégal", True),
        ("مشاريع في الأردن", True),
        ("Moçambique", False),
        ("experts from Senegal", False),
        # Goals and no place: what was done for them, not who works on them.
        ("SDG 12", True),
        ("ODS 3 salud y bienestar", True),
        ("ODS 4 Brasil", False),
    ],
)
def test_a_query_saying_projects_or_practices_asks_for_practices(text, practices):
    assert asks_for_practices(text) is practices


@pytest.mark.parametrize(
    ("text", "facets"),
    [
        ("seconded health workers Brazil Mozambique", {"country": ["BR", "MZ"]}),
        ("Moçambique Angola pesca", {"country": ["MZ", "AO"]}),
        ("الصيد في موريتانيا", {"country": ["MR"]}),
        ("Nigerian seed banks", {"country": ["NG"]}),  # a demonym
        ("empresa ruandesa de precios agrícolas", {"country": ["RW"]}),
        ("Sudeste Asiático sequía", {"region": ["035"]}),
        ("ODS 6 riego", {"sdg": ["6"]}),
        ("cooperação triangular em educação", {"modality": ["triangular"]}),
        ("Jordan", {}),  # places only: the country bonus, not this one
        ("twinning", {}),
        ("", {}),
        # A question asking how or why: its places are its setting, its answer as often a
        # contribution (untagged) as a practice tagged with them.
        ("how do fishers in Kenya keep their catch cold?", {}),
        ("¿Por qué fracasan los bancos de semillas en Bolivia?", {}),
        ("hvorfor kunne ikke bøndene i Kambodsja kopiere vanningsmetoden fra Vietnam", {}),
        ("كيف تتعاون الدول الجزرية الصغيرة بعد الأعاصير في الكاريبي؟", {}),
        ("fishers in Kenya keep their catch cold", {"country": ["KE"]}),
    ],
)
def test_a_query_naming_a_topic_and_places_goals_or_modalities_names_them(text, facets):
    assert topic_facets(text) == facets


RECORDS = [
    # (kind, language, title, body, countries)
    (
        "practice",
        "ar",
        "تحلية مياه البحر بالطاقة الشمسية للقرى الساحلية",
        "وحدات صغيرة لتحلية مياه البحر تعمل بالطاقة الشمسية لتزويد القرى بمياه الشرب.",
        ["JO"],
    ),
    (
        "contribution",
        "en",
        "A reply from Amman",
        "Joining late, from Jordan: our water utilities faced the same questions.",
        [],
    ),
]


tagged = records_beside_corpus(
    1000,
    [
        {
            "kind": kind,
            "language": language,
            "title": title,
            "body": body,
            "countries": countries,
        }
        for kind, language, title, body, countries in RECORDS
    ],
)


@pytest.mark.parametrize("text", ["Jordan", "jordanie", "الأردن"])
def test_records_tagged_with_the_country_come_before_records_that_mention_it(tagged, text):
    titles = [hit.entry.title for hit in engine_search(text).hits]
    assert titles[0] == RECORDS[0][2], titles


# Two records saying the same thing, the second tagged with Kenya.
FISH_LANDINGS = (
    "Cold storage at small fish landing sites",
    "Fishers' cooperatives run solar cold rooms at the landing beaches, so the catch keeps "
    "until traders arrive and less of it is thrown away.",
)


landings = records_beside_corpus(
    2000,
    [
        {
            "kind": "practice",
            "title": FISH_LANDINGS[0],
            "body": FISH_LANDINGS[1],
            "countries": countries,
        }
        for countries in ([], ["KE"])
    ],
)


def test_a_topic_with_a_country_lists_the_topic_s_record_tagged_with_it_first(landings):
    # "lessons" is in neither record: full text matches none, meaning matches both alike.
    hits = engine_search("cold storage fish landing lessons Kenya").hits
    landing = [hit for hit in hits if hit.entry.title == FISH_LANDINGS[0]]
    assert [hit.entry.countries for hit in landing] == [["KE"], []]
    assert landing[0].score - landing[1].score == pytest.approx(COUNTRY_TOPIC_WEIGHT, abs=1e-3)


# A practice and a partner's page saying the same thing, both tagged with Kenya.
landing_kinds = records_beside_corpus(
    2500,
    [
        {
            "kind": kind,
            "title": FISH_LANDINGS[0],
            "body": FISH_LANDINGS[1],
            "countries": ["KE"],
        }
        for kind in ("practice", "partner")
    ],
)


@pytest.mark.parametrize(
    "text, lifted",
    [
        ("cold storage fish landing lessons Kenya", {"practice", "partner"}),
        # Asking for projects: the partner based there is not what was done there.
        ("cold storage fish landing projects in Kenya", {"practice"}),
    ],
)
def test_a_topic_with_a_country_asked_as_projects_lifts_practices_only(landing_kinds, text, lifted):
    hits = [hit for hit in engine_search(text).hits if hit.entry.title == FISH_LANDINGS[0]]
    score = {hit.entry.kind: hit.score for hit in hits}
    expected = COUNTRY_TOPIC_WEIGHT if lifted == {"practice"} else 0.0
    assert score["practice"] - score["partner"] == pytest.approx(expected, abs=1e-3), score


# A practice tagged with Mozambique, and a partner based there whose text is about projects
# there (in words full text does not take for the query's: "projectos", "moçambicanos").
MAPUTO = [
    (
        "practice",
        "Rede de bancos de leite humano",
        "Bancos de leite humano nos hospitais de referência, com recolha, pasteurização e "
        "distribuição de leite doado para recém-nascidos prematuros.",
    ),
    (
        "partner",
        "Centro de Estudos de Cooperação de Maputo",
        "Um centro de estudos que acompanha os projectos de cooperação moçambicanos e publica "
        "análises dos projectos dos seus parceiros.",
    ),
]


maputo = records_beside_corpus(
    3000,
    [
        {"kind": kind, "language": "pt", "title": title, "body": body, "countries": ["MZ"]}
        for kind, title, body in MAPUTO
    ],
)


def test_projects_in_a_country_lists_its_practices_before_a_partner_based_there(maputo):
    # Without "projetos" naming practices, the partner, nearer the query by meaning, comes
    # first; the country bonus goes to the practices only.
    titles = [hit.entry.title for hit in engine_search("projetos em Moçambique").hits]
    practice, partner = (title for _kind, title, _body in MAPUTO)
    assert titles.index(practice) < (titles.index(partner) if partner in titles else 99), titles


def test_a_record_lies_in_the_regions_of_its_countries():
    # Senegal: Western Africa in M49, and the Sahel, a region the UN's regions do not draw.
    assert set(region_concepts(["011", "202", "002"], ["SN"])) == {"west_africa", "sahel"}
    assert region_concepts([], []) == []


# A practice tagged with Senegal whose text names no region.
DAKAR = (
    "Cold chains for small fish traders",
    "Women fish traders in Dakar share solar cold rooms at the landing beach.",
)


dakar = records_beside_corpus(
    4000,
    [
        {
            "kind": "practice",
            "title": DAKAR[0],
            "body": DAKAR[1],
            "countries": ["SN"],
            "regions": list(regions_for_country("SN")),
        }
    ],
)


@pytest.mark.parametrize("text", ["Afrique de l'Ouest", "Sahel", "غرب أفريقيا"])
def test_a_region_named_in_any_language_finds_the_records_of_its_countries(dakar, text):
    titles = [hit.entry.title for hit in engine_search(text).hits]
    assert DAKAR[0] in titles[:3], titles


# Two practices whose text names no goal: one tagged with goal 6, one with goal 2 whose text
# holds a 6.
GOALS = [
    (
        "Water kiosks with smart meters",
        "Kiosks sell safe water by the litre in peri-urban areas.",
        6,
    ),
    ("Seed fairs for farmers", "Farmers from 6 districts swap seeds of local varieties.", 2),
]
# A partner tagged with goal 6 whose text is nearer a query about water than the kiosks'.
WATER_PARTNER = (
    "Network of public water and sanitation utilities",
    "Public utilities share how they bring clean water and sanitation to every household.",
)


goals = records_beside_corpus(
    5000,
    [
        *(
            {"kind": "practice", "title": title, "body": body, "sdgs": [goal]}
            for title, body, goal in GOALS
        ),
        {"kind": "partner", "title": WATER_PARTNER[0], "body": WATER_PARTNER[1], "sdgs": [6]},
    ],
)


@pytest.mark.parametrize(
    ("text", "facets"),
    [
        ("SDG 6", {"sdg": ["6"]}),
        ("bærekraftsmål 13", {"sdg": ["13"]}),
        ("ODS 4 Brasil", {"country": ["BR"], "sdg": ["4"]}),
        # A goal named by its name, or by its number and words of its name.
        ("life below water", {"sdg": ["14"]}),
        ("Vie aquatique", {"sdg": ["14"]}),
        ("livet i havet", {"sdg": ["14"]}),
        ("SDG 14 life below water", {"sdg": ["14"]}),
        ("ODS 6 agua", {"sdg": ["6"]}),
        ("الهدف 4 التعليم الجيد", {"sdg": ["4"]}),
        # By its ordinal or Arabic-Indic digits, as Arabic writes it, or its name in full.
        ("الهدف السادس", {"sdg": ["6"]}),
        ("الهدف ٦", {"sdg": ["6"]}),
        ("الهدف الحادي عشر", {"sdg": ["11"]}),
        ("objectif de développement durable 6", {"sdg": ["6"]}),
        ("ODS 6 riego", {}),  # a topic too: words and meaning decide
        ("sdgs", {}),
        # Regions: an M49 region by its name, a group of countries by the thesaurus's; a name
        # of two regions names the countries they share.
        ("Asie du Sud-Est", {"region": ["035"]}),
        ("Afrique", {"region": ["002"]}),
        ("Sahel", {"country": ["BF", "ML", "MR", "NE", "SN", "TD"]}),
        (
            "Pacific islands",
            {"country": ["FJ", "FM", "KI", "MH", "NR", "PG", "PW", "SB", "TO", "TV", "VU", "WS"]},
        ),
        ("Lower Mekong", {"country": ["KH", "LA", "MM", "TH", "VN"]}),
        # A modality.
        ("coopération triangulaire", {"modality": ["triangular"]}),
        # A name of several words with one of them mistyped: a region, a country, a thesaurus
        # region or modality.
        ("projects in Central Amerca", {"region": ["013"]}),
        ("Afrique de l'Oeust", {"region": ["011"]}),
        ("Guinea Bisau", {"country": ["GW"]}),
        ("cooperacion triangullar", {"modality": ["triangular"]}),
        ("Lower Mekonk", {"country": ["KH", "LA", "MM", "TH", "VN"]}),
        ("Central Amerca Belize", {"country": ["BZ"], "region": ["013"]}),
        ("Amazonía", {}),  # a biome, not the place all its countries' records lie in
    ],
)
def test_a_query_naming_places_or_goals_alone_names_their_facets(text, facets):
    assert query_facets(text) == facets


@pytest.mark.parametrize("text", ["SDG 6", "ODS 6", "odd6", "الهدف 6"])
def test_a_goal_named_by_its_number_finds_the_records_tagged_with_it(goals, text):
    titles = [hit.entry.title for hit in engine_search(text).hits]
    water, seeds = (title for title, _body, _goal in GOALS)
    assert titles.index(water) < (titles.index(seeds) if seeds in titles else 99), titles


# A triangular practice whose text never names its modality.
TRIANGULAR = ("Seed certification labs", "Two national labs train seed inspectors together.")


triangular = records_beside_corpus(
    6000,
    [
        {"kind": "practice", "title": title, "body": body, "modality": modality}
        for (title, body), modality in [(TRIANGULAR, "triangular")]
    ],
)


@pytest.mark.parametrize("text", ["coopération triangulaire", "التعاون الثلاثي"])
def test_a_modality_named_in_any_language_finds_the_records_of_that_modality(triangular, text):
    titles = [hit.entry.title for hit in engine_search(text).hits]
    assert TRIANGULAR[0] in titles[:3], titles


@pytest.mark.parametrize("text", ["SDG 6", "ODS 6 agua", "clean water and sanitation"])
def test_a_goal_named_alone_lists_its_practices_before_partners_working_on_it(goals, text):
    titles = [hit.entry.title for hit in engine_search(text).hits]
    water = GOALS[0][0]
    partner = WATER_PARTNER[0]
    assert titles.index(water) < (titles.index(partner) if partner in titles else 99), titles


# The same text twice, the second a triangular practice.
modalities = records_beside_corpus(
    8000,
    [
        {"kind": "practice", "title": FISH_LANDINGS[0], "body": FISH_LANDINGS[1], **tags}
        for tags in ({"modality": "south-south"}, {"modality": "triangular"})
    ],
)


def test_a_topic_with_a_modality_lists_the_topic_s_record_of_that_modality_first(modalities):
    hits = engine_search("cold storage fish landing lessons cooperación triangular").hits
    landing = [hit.entry.modality for hit in hits if hit.entry.title == FISH_LANDINGS[0]]
    assert landing == ["triangular", "south-south"]


# A theme named alone ("Food security", in any language it is translated into) asks for the
# practices tagged with it: before a contribution and a partner's page that say its name.
GRAIN_RESERVES = (
    "Village grain reserves",
    "Households store part of each harvest in a shared granary and borrow it back at planting "
    "time, repaying in grain after the next harvest.",
)
THEMED = [
    {"kind": "practice", "title": GRAIN_RESERVES[0], "body": GRAIN_RESERVES[1]},
    {
        "kind": "contribution",
        "title": "On food security",
        "body": "Food security came up in every answer to the second question; food security "
        "programmes need data that farmers trust.",
    },
    {
        "kind": "partner",
        "title": "Sahel Food Security Forum",
        "body": "A forum of research centres working on food security in the Sahel.",
    },
]
themed = records_beside_corpus(
    9500,
    [
        {**record, "themes": ["Food security"] if record["kind"] != "contribution" else []}
        for record in THEMED
    ],
)


@pytest.fixture
def food_security(db):
    from home.translations import translate
    from tests.factories.practices import ThemeFactory

    theme = ThemeFactory(name="Food security")
    translate(theme, "fr", {"Food security": "Sécurité alimentaire"})
    translate(theme, "ar", {"Food security": "الأمن الغذائي"})
    return theme


@pytest.mark.parametrize(
    ("text", "themed"),
    [
        ("food security", True),
        ("Sécurité alimentaire", True),
        ("projets de sécurité alimentaire", True),
        ("الأمن الغذائي", True),
        ("food security in the Sahel", False),  # a place too: the place decides
        ("food", False),
    ],
)
def test_a_query_naming_a_theme_alone_names_it_in_every_language(food_security, text, themed):
    names = {"Food security", "Sécurité alimentaire", "الأمن الغذائي"}
    assert set(query_facets(text).get("theme", [])) == (names if themed else set())
    assert not themed or asks_for_practices(text)


@pytest.mark.parametrize("text", ["food security", "sécurité alimentaire", "الأمن الغذائي"])
def test_a_theme_named_alone_lists_its_practices_first(food_security, themed, text):
    titles = [hit.entry.title for hit in engine_search(text).hits]
    # The corpus's school feeding practice is tagged with the theme too.
    tagged = {GRAIN_RESERVES[0], "Home-grown school feeding with family farmers"}
    assert set(titles[:2]) == tagged, titles
