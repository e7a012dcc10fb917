"""The multilingual thesaurus (search/thesaurus.toml): a concept named in one language finds
records that name it in another, on both engines, whatever the capitals and accents."""

import pytest

from search.thesaurus import concepts_in, expand_query, query_concept_labels, thesaurus
from tests.search.conftest import engine_search, index_records

pytestmark = pytest.mark.django_db

# A Portuguese twinning practice, a Spanish desert-locust one, and decoys that share a word
# with the queries in the query's language.
RECORDS = [
    (
        "geminacao",
        "pt",
        "Geminação de hospitais distritais entre Cabo Verde e Guiné-Bissau",
        "Equipas de enfermagem trabalham lado a lado durante seis meses em cada hospital.",
    ),
    (
        "langosta",
        "es",
        "Vigilancia de la langosta del desierto con pastores nómadas",
        "Los pastores reportan los enjambres por mensajes de texto a los servicios de sanidad.",
    ),
    (
        "decoy-fr",
        "fr",
        "Festival de musique des communes du Sahel",
        "Un festival annuel réunit des musiciens de onze communes sahéliennes.",
    ),
    (
        "decoy-en",
        "en",
        "Locust bean processing by rural women",
        "Women's groups ferment locust beans (néré) into a seasoning sold in city markets.",
    ),
]


@pytest.fixture
def records(db):
    return index_records({key: (title, body, language) for key, language, title, body in RECORDS})


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def engine_records(request, records):
    if request.param == "elasticsearch":
        request.getfixturevalue("live_index")
    return records


def concept_keys(text: str) -> list[str]:
    return [concept.key for concept in concepts_in(text)]


def titles(response) -> list[str]:
    return [hit.entry.title for hit in response.hits]


@pytest.mark.parametrize(
    "text",
    ["twinning", "jumelage", "Jumelages", "hermanamiento", "التوأمة", "vennskapskommuner"],
)
def test_twinning_in_any_language_finds_the_portuguese_geminacao_first(engine_records, text):
    response = engine_search(text)
    assert titles(response)[:1] == [engine_records["geminacao"].title], titles(response)


@pytest.mark.parametrize(
    "text", ["desert locust", "criquet pèlerin", "الجراد الصحراوي", "ørkengresshopper"]
)
def test_desert_locust_in_any_language_finds_the_spanish_record_first(engine_records, text):
    response = engine_search(text)
    assert titles(response)[:1] == [engine_records["langosta"].title], titles(response)


def test_capitals_never_change_the_results_and_accents_find_the_same_record(engine_records):
    for variants in (["jumelage", "JUMELAGE", "Jumelage"], ["Geminação", "GEMINAÇÃO"]):
        answers = [(titles(r), r.total) for r in map(engine_search, variants)]
        assert all(answer == answers[0] for answer in answers), (variants, answers)
        assert answers[0][0][:1] == [engine_records["geminacao"].title]
    for text in ("criquet pelerin", "CRIQUET PELERIN", "geminacao"):
        first = titles(engine_search(text))[:1]
        assert first in ([engine_records["langosta"].title], [engine_records["geminacao"].title])
        assert ("pelerin" in text.lower()) == (first == [engine_records["langosta"].title])


def test_every_concept_is_named_in_every_language():
    concepts = thesaurus().concepts
    assert len(concepts) >= 150
    for concept in concepts.values():
        assert all(concept.terms[language] for language in ("en", "fr", "es", "pt", "ar", "nb"))


def test_terms_match_folded_words_plurals_and_skip_function_words():
    def keys(text):
        return [concept.key for concept in concepts_in(text)]

    assert keys("Irrigation GOUTTE-À-GOUTTE des palmiers") == ["drip_irrigation"]
    assert keys("bancos de leche materna") == ["human_milk_bank"]
    assert keys("Banque de lait maternel pour prématurés") == ["human_milk_bank", "newborn_health"]
    assert keys("الإنذار المبكر بالجراد الصحراوي") == ["early_warning", "desert_locust"]
    assert keys("exchange") == []  # too broad to name a concept


def test_an_arabic_word_names_its_concept_after_the_conjunction_wa():
    def keys(text):
        return [concept.key for concept in concepts_in(text)]

    # "and vaccinating the children", "and the drip irrigation" (article folded already)
    assert keys("لمتابعة الحوامل وتطعيم الأطفال") == ["maternal_health", "vaccination"]
    assert keys("والري بالتنقيط") == ["drip_irrigation"]
    assert keys("وزارة الصحة") == ["health"]  # و that belongs to the word is kept


def test_an_arabic_word_names_its_concept_after_a_one_letter_preposition():
    def keys(text):
        return [concept.key for concept in concepts_in(text)]

    # "irrigation with treated waste water": بـ (with) is written on a word without the article
    assert keys("الري بمياه الصرف المعالجة") == ["irrigation", "wastewater_reuse"]
    assert keys("وبمياه الصرف المعالجة") == ["wastewater_reuse"]  # and + with
    assert keys("بذور محلية") == ["seed_bank"]  # a word that is a term as written stays one


@pytest.mark.parametrize(
    "text",
    ["felles tokt", "research cruises", "campagnes océanographiques", "cruceros de investigación"],
)
def test_research_cruises_name_ocean_monitoring(text):
    assert [concept.key for concept in concepts_in(text)] == ["ocean_monitoring"]


@pytest.mark.parametrize("text", ["vacciner", "vacunar", "vacinar", "vaccinate", "vaksinere"])
def test_a_verb_names_the_vaccination_concept_as_its_noun_does(text):
    assert [concept.key for concept in concepts_in(text)] == ["vaccination"]


def test_a_query_is_embedded_with_the_english_names_of_its_concepts():
    assert expand_query("jumelage") == "jumelage (twinning)"
    assert expand_query("langosta del desierto") == "langosta del desierto (desert locust)"
    # Nothing to add: the query already says it in English, or names no concept.
    assert expand_query("twinning") == "twinning"
    assert expand_query("xyzzy blorf") == "xyzzy blorf"


def test_a_term_naming_two_concepts_asks_for_either_in_the_concept_match():
    from search.engines.elasticsearch.queries import text_query
    from search.thesaurus import query_concept_labels

    # "tinglysing" (land registration) is both a land-tenure and a cadastre term: a record
    # naming either matches, not only one naming both.
    assert query_concept_labels("tinglysing av eiendom") == [("land tenure", "cadastre")]
    assert query_concept_labels("eau potable en milieu rural") == [
        ("drinking water",),
        ("rural communities",),
    ]
    concept = text_query("tinglysing").to_dict()["bool"]["should"][-1]["bool"]
    assert concept["minimum_should_match"] == 1
    either = concept["should"][0]["bool"]
    assert [clause["multi_match"]["query"] for clause in either["should"]] == [
        "land tenure",
        "cadastre",
    ]
    assert either["minimum_should_match"] == 1


def test_a_title_names_the_query_when_it_names_a_concept_of_every_concept_term():
    from search.thesaurus import query_concept_terms, title_concepts, title_names_query

    midwives = query_concept_terms("intercâmbio de parteiras")
    assert midwives == [("midwives",)]
    # Any language, any form: the Norwegian plural, the English singular.
    assert title_names_query(
        title_concepts("Utveksling av jordmødre mellom Tanzania og Malawi"), midwives
    )
    assert title_names_query(title_concepts("Midwife exchange in the Sahel"), midwives)
    assert not title_names_query(title_concepts("Téléconsultation obstétricale"), midwives)
    # Every concept-naming term must be named; a query naming none lifts no title.
    both = query_concept_terms("coopératives de femmes")
    assert len(both) == 2
    assert not title_names_query(title_concepts("Coopératives laitières"), both)
    assert not title_names_query(
        title_concepts("Midwife exchange"), query_concept_terms("exchange")
    )


def test_a_phrase_that_holds_a_term_without_its_meaning_names_no_concept():
    def keys(text):
        return [concept.key for concept in concepts_in(text)]

    # القابلة is the midwife, and "capable of" before لِـ + a verbal noun: "verifiable
    # credentials" and "renewable energy" are not about midwives.
    assert keys("وثائق الاعتماد القابلة للتحقق") == []
    assert keys("الطاقة القابلة للتجديد") == ["renewable_energy"]
    assert keys("القابلة في القرية") == ["midwives"]
    assert keys("تدريب القابلات") == ["midwives"]


def test_a_word_another_language_writes_the_same_names_no_concept_there():
    def keys(text):
        return [concept.key for concept in concepts_in(text)]

    # "AIDS" reads "aid" once its final -s is ignored: aid that is help names no disease.
    assert keys("AIDS medicines") == ["hiv_aids", "pharmaceuticals"]
    assert keys("psychosocial first aid after a hurricane") == ["hurricane"]
    assert keys("humanitarian aid") == []
    # Arabic الساحل is also "the coast", Spanish and Portuguese "mil" "a thousand",
    # Norwegian "ved" (firewood) also "at", Spanish "poco" (Portuguese "poços") "a little".
    assert "sahel" not in keys("على ساحل خليج البنغال")
    assert "sahel" in keys("ثلاثة بلدان في منطقة الساحل")
    assert keys("dos mil agricultores") == []
    assert keys("ved hverandres fødeavdelinger") == ["maternal_health"]
    assert keys("un poco de agua") == ["water"]  # water, not boreholes


def test_a_title_naming_a_narrower_concept_names_the_broader_one():
    from search.thesaurus import query_concept_terms, title_concepts, title_names_query

    obstetric = query_concept_terms("soins obstétricaux d'urgence")
    assert obstetric == [("maternal_health",)]
    assert title_names_query(
        title_concepts("Utveksling av jordmødre mellom Tanzania og Malawi"), obstetric
    )
    assert title_names_query(title_concepts("Midwife exchange in the Sahel"), obstetric)
    # Traditional birth attendants are midwives: a title naming them names both, and a query
    # for them lifts their title only.
    traditional = query_concept_terms("tradisjonelle fødselshjelpere")
    assert traditional == [("traditional_birth_attendants",)]
    training = title_concepts("Formação de parteiras tradicionais em Timor-Leste")
    assert title_names_query(training, traditional)
    assert title_names_query(training, query_concept_terms("sages-femmes"))
    assert not title_names_query(title_concepts("Midwife exchange in the Sahel"), traditional)
    # Not the other way: a title about maternal health is not about midwives.
    midwives = query_concept_terms("parteras")
    assert not title_names_query(title_concepts("Salud materna en zonas rurales"), midwives)
    assert not title_names_query(title_concepts("Coopératives laitières"), obstetric)


def test_keywords_name_the_broader_concepts_of_the_text_too():
    from search.thesaurus import keywords

    # "Solar irrigation pumps" names solar pumps only; its keywords also name solar energy in
    # every language, so "الطاقة الشمسية" + "الري" matches it as a concept match.
    pumps = keywords("Solar irrigation pumps for smallholder vegetable growers")
    assert "pompes solaires" in pumps
    assert "الطاقة الشمسية" in pumps and "energia solar" in pumps
    # Not downwards: a text about solar energy is not about solar pumps.
    assert "pompes solaires" not in keywords("Énergie solaire pour les écoles rurales")


@pytest.mark.parametrize(
    "text",
    [
        "health projects in West Africa",
        "projets de santé en Afrique de l'Ouest",
        "proyectos de salud en África occidental",
        "projetos de saúde na África Ocidental",
        "مشاريع الصحة في غرب أفريقيا",
        "helseprosjekter i Vest-Afrika",
    ],
)
def test_health_in_any_language_names_the_health_concept(text):
    from search.thesaurus import query_concept_terms

    assert ("health",) in query_concept_terms(text)


@pytest.mark.parametrize(
    "text, sector",
    [
        ("water projects in the Sahel", "water"),
        ("l'eau dans les villages", "water"),
        ("المياه في الأردن", "water"),
        ("vann til landsbyer", "water"),
        ("energía en América Latina", "energy"),
        ("projets agricoles au Sahel", "agriculture"),
        ("landbruk i Afrika", "agriculture"),
        ("القطاع الزراعي", "agriculture"),
        ("medio ambiente", "environment"),
        ("البيئة", "environment"),
        ("catastrophes naturelles", "disasters"),
        ("naturkatastrofer i Asia", "disasters"),
        ("clima", "climate_change"),
        ("المناخ", "climate_change"),
    ],
)
def test_a_sector_in_any_language_names_its_broad_concept(text, sector):
    from search.thesaurus import query_concept_terms

    assert (sector,) in query_concept_terms(text)


def test_a_sector_is_broader_than_its_fields_and_a_longer_term_keeps_its_own_concept():
    from search.thesaurus import keywords, query_concept_terms

    assert query_concept_terms("agua potable") == [("drinking_water",)]
    assert query_concept_terms("água pluvial") == [("rainwater_harvesting",)]
    assert query_concept_terms("الطاقة الشمسية") == [("solar_energy",)]
    assert "agua" in keywords("Solar-powered boreholes for villages")
    assert "energía" in keywords("Mini-grids for rural clinics")
    assert "landbruk" in keywords("Farmer field schools for cassava growers")
    assert "الكوارث" in keywords("Tsunami drills in coastal schools")
    # The climate of trust is no climate.
    assert query_concept_terms("un clima de confianza entre socios") == []


def test_health_is_broader_than_its_fields_and_not_the_health_of_soil_or_animals():
    from search.thesaurus import keywords, query_concept_terms, title_concepts, title_names_query

    def keys(text):
        return [concept.key for concept in concepts_in(text)]

    health = query_concept_terms("santé")
    assert title_names_query(title_concepts("Midwife exchange in the Sahel"), health)
    assert "salud" in keywords("Mobile clinics for nomadic herders")
    # Not downwards: a text about health is not about midwives.
    assert "sages-femmes" not in keywords("Health for all in rural districts")
    for text in ("soil health", "santé animale", "saúde do solo", "dyrehelse", "صحة التربة"):
        assert "health" not in keys(text), text
    assert keys("الصرف الصحي") == ["sanitation"]


def test_women_s_groups_name_women_and_the_producer_groups_of_the_cooperatives_concept():
    from search.thesaurus import query_concept_terms

    assert query_concept_terms("groupements féminins") == [("cooperatives", "women")]
    assert [c.key for c in concepts_in("Cassava processing run by women's groups")] == [
        "cassava",
        "cooperatives",
        "women",
    ]


def test_the_database_engine_counts_the_query_s_concepts_each_row_names(records):
    from search.engines.database import CONCEPT_WEIGHT, DatabaseEngine, concept_share
    from search.snapshot import get_snapshot

    snapshot = get_snapshot()
    # livestock, nomads, vaccination: the desert-locust record names herders and nomads.
    text = "vaccination des enfants d'éleveurs nomades"
    counts, terms = DatabaseEngine().concept_counts(snapshot, text)
    named = {key: int(counts[snapshot.positions[entry.pk]]) for key, entry in records.items()}
    assert (terms, named["langosta"], named["geminacao"]) == (3, 2, 0)
    matched, _score, _similarity = DatabaseEngine().match(snapshot, text)
    assert matched[snapshot.positions[records["langosta"].pk]]
    assert concept_share(2, 3) == pytest.approx(CONCEPT_WEIGHT * 2 / 3)


def test_a_query_s_unknown_word_is_read_as_a_compound_or_the_known_word_one_edit_away():
    found = thesaurus()
    assert found.mend("jordmorutveksling") == ["jordmor", "utveksling"]
    assert found.mend("kunnskapsutveksling") == ["kunnskapsutveksling"]  # a term itself
    assert found.mend("litteracy") == ["literacy"]  # a letter too many
    assert found.mend("alfabetizacoin") == ["alfabetizacion"]  # two letters swapped
    assert found.mend("xyzzy") == ["xyzzy"]  # nothing near: as written
    assert found.mend("litera") == ["litera"]  # too short to correct
    # Norwegian's definite forms, as the thesaurus lists the word; æ, ø and å are letters too.
    assert found.mend("bøndene") == ["bønder"]  # the farmers
    assert found.mend("rismarkene") == ["rismarker"]  # the rice fields
    assert found.mend("utvekslingene") == ["utveksling"]  # the exchanges
    assert found.mend("utvekslinger") == ["utveksling"]  # exchanges
    assert found.mend("fiskerne") == ["fiskere"]  # the fishers: one edit away

    def keys(text, query):
        return [concept.key for concept in found.find(text, query=query)]

    assert keys("adult litteracy classes", query=True) == ["literacy"]
    assert keys("jordmorutveksling", query=True) == ["midwives"]
    # A record's text is read as written.
    assert keys("jordmorutveksling", query=False) == []
    # Both engines' concept match and the embedding see the concept.
    assert query_concept_labels("jordmorutveksling") == [("midwives",)]
    assert query_concept_labels("jumellage") == [("twinning",)]
    assert expand_query("jordmorutveksling") == "jordmorutveksling (midwives)"


def test_a_short_word_or_another_first_letter_is_not_read_as_a_typing_mistake():
    found = thesaurus()
    # Seven letters one edit from a thesaurus word: as often another word as a mistake.
    assert found.mend("partner") == ["partner"]  # not the Spanish "partera", midwife
    assert query_concept_labels("partner agencies") == []
    assert found.mend("getting") == ["getting"]  # not "wetting" (alternate wetting and drying)
    # One edit at the first letter is another word more often than a mistake.
    assert query_concept_labels("aguas fluviales") == [("water",)]  # river, not rain water
    assert found.mend("litteracy") == ["literacy"]
    # Spanish and Portuguese plurals in -es, French feminines: the listed word.
    assert found.mend("globale") == ["global"]  # "globales", its -s dropped already
    # "municipale" is listed itself (local government); it names what "municipal" does.
    assert query_concept_labels("municipale") == query_concept_labels("municipal") != []


def test_a_term_that_would_keep_one_word_without_its_function_words_names_nothing():
    keys = concept_keys
    # "e-health" without the Spanish "e" (and) would name telemedicine wherever "health" is
    assert keys("Mozambique health") == ["health"]
    assert keys("santé maternelle") == ["maternal_health"]
    # "sur" is the south of Spanish terms, not a function word
    assert keys("cooperación Sur-Sur") == ["south_south_cooperation"]
    assert keys("Agencia de Cooperación") == []
    assert keys("Asia del Sur") == ["south_asia"]
    assert keys("Asia Central") == []
