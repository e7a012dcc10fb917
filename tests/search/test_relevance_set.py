"""The relevance set (benchmarks/data): MRR, recall@5 and zero-result floors on both engines.

The records are built straight from the data files (demo practices, partners and discussions,
and the extra multilingual practices) as search entries, not through pages, so the module
indexes once in seconds. `benchmarks/search.py --relevance` measures the same queries on
the real pipeline (load_demo and import_practices). The floors sit just under what the
engines reach: a change that makes relevance worse fails here.
"""

import pytest

from benchmarks import relevance
from discussions import demo_data as discussion_data
from practices import demo_data as practice_data
from practices.data.m49 import regions_for_country

pytestmark = pytest.mark.django_db

# Reached 30 Nov 2026 on 232 queries (150 tuned, 42 held out, 40 blind), both engines alike:
# MRR 0.989, capped recall@5 1.0 (benchmarks.relevance.Outcome.recall), no zero-result
# query; cross-language MRR 0.989, same-language 0.991 (with the thesaurus's broader
# concepts, traditional birth attendants and "women's groups" as producer groups,
# search/thesaurus.toml; before them 0.983, 0.999, 0.981, 0.991; before the title concept
# bonus 0.966, 0.996, 0.957, 0.991).
FLOORS = {"mrr": 0.985, "recall": 1.0, "zero_rate": 0.0}
CROSS_LANGUAGE_MRR_FLOOR = 0.985
SAME_LANGUAGE_MRR_FLOOR = 0.985
# The sets above were read while the ranking was tuned. "blind2" (40 queries written on
# 30 Nov 2026 from the records alone, after that tuning, and never tuned for) keeps floors
# of its own, just under what both engines reached untouched on these entries: MRR .950,
# recall@5 .915 (.963 and .940 on the full pipeline, benchmarks/search.py --relevance).
# Read after the partner bonus (search.partners, the entries now tagged with their partners):
# MRR .950, recall@5 .975 on both engines (.963 and .970 on the full pipeline).
# After topic + country queries (search.places), the Arabic conjunction and vaccination's verbs
# in the thesaurus, and records naming two of a query's three or four concepts matching
# (search.engines.database.PARTIAL_CONCEPTS): blind2 MRR .975, recall@5 1.000 on both engines
# (.988 and .995 on the full pipeline); the sets above MRR .987 (cross-language .986,
# same-language .991), recall@5 1.0.
TUNED_SETS = ("tuned", "heldout", "blind")
BLIND2_FLOORS = {"mrr": 0.97, "recall": 1.0, "zero_rate": 0.0}
# "blind3" (48 queries written from the records alone after that) was read once the figures
# above were reached: MRR 1.000, recall@5 .954 on both engines (.990 and .947 on the full
# pipeline). Its misses showed general weaknesses, now served by the thesaurus reading a
# query's unknown word as a compound or a typing mistake (search.thesaurus, Thesaurus.mend)
# and by Spanish "aviso temprano" (early warning): MRR 1.000, recall@5 .985 on both engines
# (.990 and .978 on the full pipeline; .990 and .985 once "e-health" no longer named every
# "health"); the sets above and blind2 unchanged.
# On PostgreSQL since the thesaurus names nurses (30 Nov 2026), blind3 recall@5 was .979: its
# English stemmer matches the concept's name in more records' text ("nurse", "nursing"), which
# lifted three midwife and maternal-health practices above a partner expected for "intercâmbio
# de enfermeiras entre Recife e Nampula"; since Recife and Nampula are read as names
# (search.names), .990 on every database and engine.
BLIND3_FLOORS = {"mrr": 0.99, "recall": 0.98, "zero_rate": 0.0}
# "blind4", "blind5" and "blind6" (60 queries each, written the same way on 30 Nov 2026; blind6
# also names goals, regions and modalities) were run untouched, then the ranking learnt general
# rules (projects in a country, two concepts, regions, goals and modalities in keywords, a
# mistyped country); blind4's misses were read, blind5's and blind6's never. Reached on these
# entries (no contributions, no translations; database / Elasticsearch): blind4 .945/.941 and
# .938/.924, blind5 .920/.914 on both, blind6 .883/.826 and .884/.826.
# "blind7" and "blind8" (60 queries each, written the same way on 30 Nov 2026) were run
# untouched; then the misses of blind5, blind6 and blind7 were read, never blind8's, and a query
# learnt to name regions, goals by name, modalities, demonyms and other names of a country,
# and contributions to be embedded with their whole text (search.indexing.PASSAGE_WEIGHT).
# These entries now carry their goals, regions and modality as the pages do. Reached: blind4
# .944/.934 and .949/.918 (one query of three expected records lost one: "alerta de seca por
# satélite"), blind5 .937/.944 on both, blind6 .959/.933 and .960/.922, blind7 .827/.829 on
# both, blind8 .881/.849 on both (before, database: blind7 .764/.733, blind8 .829/.735 with one
# zero-result query, "Ivory Coast").
# "blind9" (60 queries, written the same way on 30 Nov 2026, a new session) was run untouched;
# blind8's misses were then read, never blind9's, and a query learnt to name a partner by its
# name in another language (search.partners.partner_by_name) and to find the few records
# saying a name it shares with them (search.names), and a topic with a place asked as
# projects to lift practices only. Reached (database / Elasticsearch, SQLite and PostgreSQL
# alike unless said): blind3 1.000/.990 (PostgreSQL too now: "Recife e Nampula" are names),
# blind4 .953/.943 and .949/.926, blind5 .939/.944 (PostgreSQL database .947/.944), blind6
# .960/.939 and .960/.928, blind7 .827/.826 and .826/.821, blind8 .909/.896 on both, blind9
# .919/.917 on both (before: blind8 .881/.849; blind9 not run on these entries).
# "blind10" (60 queries, written the same way that session, after those changes) was never
# read; then blind9's misses were read, and a question asking how or why came to name its
# places as its setting (search.places.asks_how), goals to be named by Arabic ordinal or
# digits and in full, and ocean monitoring to be part of fisheries. Reached: blind9 .920/.917
# and .919/.917, blind10 .903/.925 and .902/.908 (PostgreSQL database .903/.922).
# "blind11" (60 queries, written the same way at the end of that session) was never read but
# for its one zero-result query ("buskbranner", Norwegian for bushfires: the thesaurus lacked
# the word). Reached: .908/.936 on both engines.
# "blind12" (60 queries, written the same way on 30 Nov 2026, a new session, before any change
# that session) was run untouched: database .923/.917, Elasticsearch .911/.900 (on the demo
# content with its contributions, benchmarks/search.py: .960/1.000). "blind13" (60 queries,
# the same way, after this session's first changes; mostly short topics, places with topics,
# partners and questions about the e-discussions) was run untouched: database .902/.872,
# Elasticsearch .894/.872 (many ask what contributions say, and these entries have none; on
# the demo content .978/.991).
# Then blind12's misses were read (never blind13's), and a name of several words came to be
# read with one word mistyped ("Central Amerca"), a place the query names to keep a partner's
# name from being read in it, and Norwegian definite forms to be read as the thesaurus lists
# them. Reached: blind7 .844/.843 and .843/.838, blind10 .916/.925 and .915/.908, blind12
# .942/.917 and .931/.900; no other set moved. "blind14" (60 queries, the same way, at the end
# of that session) was run untouched: database .844/.886, Elasticsearch .843/.878 (on the demo
# content .958/.992).
# "blind15" (60 queries, the same way, at the start of 1 Dec 2026's session) was committed
# before any change and run once, at the end, untouched: .958/.992 on both engines (on the
# demo content .971/.977, as on the ranking before that session). That session read
# blind13's misses, tagged contributions with their author's organisation, and named broad
# sectors (health, water, energy, agriculture, environment, disasters, climate): blind8
# .920/.904 on both engines, blind3 1.000/1.000. Then blind15's misses were read: a query
# naming a topic the partner's page does not name is not read as its name, and what its
# members wrote is no rival for its page's lead. Reached: blind14 .855/.886 and .854/.878,
# blind15 .970/1.000 on both. "blind16" (50 queries, the same way, that session; ten that
# repeated earlier queries left out) was then run untouched: database .914/.913,
# Elasticsearch .910/.883 (on the demo content .977/.986, as on the ranking before that
# session).
# "blind17" (55 queries, the same way, at the start of the next session; five that repeated
# earlier queries left out) was committed before any change and run untouched: database
# .984/.922, Elasticsearch .975/.913 (on the demo content .991/.978). Then a question asking
# what an e-discussion's participants said came to lift the discussions and contributions
# (search.asking, read from blind15's misses). Reached, both engines, SQLite and PostgreSQL:
# blind7 .867/.860 (Elasticsearch .867/.854), blind13 .917/.889 (.909/.889), blind15
# 1.000/1.000, blind16 .964/.933 and blind17 1.000/.940, blind17 never read. Then blind14's
# and blind16's misses were read: what participants proposed or wrote, and "o que foi dito
# sobre …", ask what was said too; an Arabic word names its concept after a one-letter
# preposition; Norwegian indefinite plurals; research cruises. Reached: blind4 .953/.951
# (Elasticsearch .949/.934), blind11 .917/.936, blind14 .889/.903, blind16 .982/.953.
# "blind18" (53 queries, the same way, that session, after the first change; seven that
# repeated earlier queries left out) was committed before the later changes and run
# untouched before and after them: database 1.000/.950, Elasticsearch .991/.950 both times.
# The ninth round (a new session): "blind19" (44 queries), "blind20" (54, details inside the
# records' texts) and "blind21" (55, as many records as could be asked about), written the
# same way and committed before its change, a record found by its best passage
# (search.passages). blind19 and blind21 were never read; blind20's misses were. Before ->
# after, database (Elasticsearch where it differs): blind19 .927/.894 -> .928/.894, blind20
# .842/.791 with one zero-result query -> .860/.809 with none, blind21 .965/.915 (.956/.915)
# -> .965/.915; blind11 recall .936 -> .953, blind13 .917/.889 -> .921/.906, and
# Elasticsearch now matches the database engine on every set (blind4 .949/.934, blind7
# .867/.854 and blind18 .991/.950 before: its filtered kNN now cuts lower, see
# search.passages.lowest_liftable).
# The tenth round (a new session): "blind22" (46 queries) and "blind23" (54, half of them
# partners, countries, regions and what an e-discussion's participants said), written the
# same way and committed before any change; fourteen and six that repeated earlier queries
# left out. Untouched, database and Elasticsearch alike: blind22 .957/.899, blind23
# .726/.678 (on the demo content .978/.989 and .941/.937).
# The eleventh round (2 Dec 2026, a new session): "blind24" (51 queries, two thirds about the
# demo content) and "blind25" (49, mostly what people type in a search box), written the same
# way after the phrase bonus (search.phrases) and committed before any later change; nine and
# eleven that repeated earlier queries left out. Untouched, database and Elasticsearch alike:
# blind24 .918/.922, blind25 .925/.924 with one zero-result query ("octopus" catches told in a
# French practice only: no record above the meaning floor on these entries) (on the full
# pipeline .956/.990 and .946/.965, no zero-result query). Then the thesaurus learnt the
# records' own vocabulary (73 concepts, 2 Dec 2026: species, products, methods; octopus is
# poulpe): blind24 .918/.931, blind25 .950/.945 with no zero-result query, both engines.
# The twelfth round (2 Dec 2026, a new session): "blind26" (46 queries, half typed in a search
# box, half questions; fourteen that repeated earlier queries left out), written the same way
# while a theme named alone and the lead partner of a practice that is the one answer were
# being built, and judged before and after them and the meaning-tie rule (search.engines.
# database.SEMANTIC_TIE, built after reading its one query that listed nothing expected):
# .946/.951 -> .967/.973, database and Elasticsearch alike (full pipeline .978/.973 ->
# 1.000/.995). "blind27" (49 queries: plain-word paraphrases, details inside the records,
# organisations described, themes and goals in words, what participants said; eleven repeats
# left out), written the same way after those changes and committed before any later one:
# .831/.878, both engines (full pipeline .946/.959).
BLIND_FLOORS = {
    "blind2": BLIND2_FLOORS,
    "blind3": BLIND3_FLOORS,
    "blind4": {"mrr": 0.94, "recall": 0.92, "zero_rate": 0.0},
    "blind5": {"mrr": 0.93, "recall": 0.94, "zero_rate": 0.0},
    "blind6": {"mrr": 0.95, "recall": 0.92, "zero_rate": 0.0},
    "blind7": {"mrr": 0.85, "recall": 0.84, "zero_rate": 0.0},
    "blind8": {"mrr": 0.91, "recall": 0.89, "zero_rate": 0.0},
    "blind9": {"mrr": 0.91, "recall": 0.90, "zero_rate": 0.0},
    "blind10": {"mrr": 0.90, "recall": 0.90, "zero_rate": 0.0},
    "blind11": {"mrr": 0.91, "recall": 0.94, "zero_rate": 0.0},
    "blind12": {"mrr": 0.92, "recall": 0.89, "zero_rate": 0.0},
    "blind13": {"mrr": 0.91, "recall": 0.90, "zero_rate": 0.0},
    "blind14": {"mrr": 0.88, "recall": 0.89, "zero_rate": 0.0},
    "blind15": {"mrr": 0.98, "recall": 0.98, "zero_rate": 0.0},
    "blind16": {"mrr": 0.97, "recall": 0.94, "zero_rate": 0.0},
    "blind17": {"mrr": 0.98, "recall": 0.92, "zero_rate": 0.0},
    "blind18": {"mrr": 0.98, "recall": 0.93, "zero_rate": 0.0},
    "blind19": {"mrr": 0.92, "recall": 0.88, "zero_rate": 0.0},
    "blind20": {"mrr": 0.85, "recall": 0.80, "zero_rate": 0.0},
    "blind21": {"mrr": 0.95, "recall": 0.90, "zero_rate": 0.0},
    "blind22": {"mrr": 0.95, "recall": 0.89, "zero_rate": 0.0},
    "blind23": {"mrr": 0.72, "recall": 0.67, "zero_rate": 0.0},
    "blind24": {"mrr": 0.91, "recall": 0.92, "zero_rate": 0.0},
    "blind25": {"mrr": 0.94, "recall": 0.94, "zero_rate": 0.0},
    "blind26": {"mrr": 0.96, "recall": 0.97, "zero_rate": 0.0},
    "blind27": {"mrr": 0.82, "recall": 0.87, "zero_rate": 0.0},
}

PRACTICE_TEXT = ("subtitle", "summary", "challenge", "objectives", "solution", "results")


def partner_names() -> dict[str, str]:
    """A partner's name or acronym -> its name (a practice's partners are pages, named so)."""
    names = {record["name"]: record["name"] for record in practice_data.PARTNERS}
    names |= {record["acronym"]: record["name"] for record in practice_data.PARTNERS}
    return names


def practice_partners(record: dict) -> list[str]:
    """The partners of a practice, from "<name or acronym> (<role>)" strings."""
    names = partner_names()
    partners = (partner.rsplit(" (", 1)[0] for partner in record.get("partners", []))
    return list(dict.fromkeys(names.get(partner, partner) for partner in partners))


def practice_entry(record: dict) -> dict:
    body = "\n".join(str(record[name]) for name in PRACTICE_TEXT if record.get(name))
    return {
        "kind": "practice",
        "title": record["title"],
        "language": record.get("language", "en"),
        "body": body,
        "countries": list(record.get("countries", [])),
        "regions": regions_of(record.get("countries", [])),
        "sdgs": [int(goal) for goal in record.get("sdgs", [])],
        "modality": record.get("modality", ""),
        "themes": list(record.get("themes", [])),
        "source_id": record["source_id"],
        "partners": practice_partners(record),
    }


def regions_of(countries: list[str]) -> list[str]:
    """The M49 regions the countries lie in, as a practice page stores them."""
    return list(
        dict.fromkeys(code for country in countries for code in regions_for_country(country))
    )


def partner_entry(record: dict) -> dict:
    return {
        "kind": "partner",
        "title": f"{record['name']} ({record['acronym']})",
        "language": "en",
        "body": record.get("description", ""),
        "countries": [record["country"]] if record.get("country") else [],
        "partners": [record["name"]],
    }


def discussion_entry(record: dict) -> dict:
    return {
        "kind": "discussion",
        "title": record["title"],
        "language": "en",
        "body": "\n".join(filter(None, [record.get("summary", ""), record.get("background", "")])),
    }


def relevance_entries(content_type_id: int) -> list[dict]:
    entries = [practice_entry(record) for record in practice_data.PRACTICES]
    entries += [practice_entry(record) for record in relevance.load_jsonl(relevance.PRACTICES)]
    entries += [partner_entry(record) for record in practice_data.PARTNERS]
    entries += [discussion_entry(record) for record in discussion_data.DISCUSSIONS]
    for number, entry in enumerate(entries, start=1):
        entry.update(content_type_id=content_type_id, object_id=number, url=f"/en/r/{number}/")
    return entries


@pytest.fixture
def relevance_index(db):
    from django.contrib.contenttypes.models import ContentType

    from search.indexing import store_entries

    content_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    return store_entries(relevance_entries(content_type.pk))


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def engine(request, relevance_index):
    from search import engines

    if request.param == "elasticsearch":
        request.getfixturevalue("live_index")
        return engines.elasticsearch_engine()
    return engines.database_engine()


def test_every_query_names_records_that_exist_in_the_set():
    names = {entry["title"] for entry in relevance_entries(0)}
    names |= {entry.get("source_id") for entry in relevance_entries(0)}
    names |= {record["name"] for record in practice_data.PARTNERS}  # also named so
    queries = relevance.load_queries()
    assert len(queries) >= 230
    for part in ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"):
        assert sum(1 for query in queries if query.get("set") == part) >= 40, part
    assert {query["language"] for query in queries} >= {"en", "fr", "es", "pt", "ar", "nb"}
    assert len(relevance.load_jsonl(relevance.PRACTICES)) >= 46
    for query in queries:
        assert set(query["expected"]) <= names, query["query"]


def _misses(report) -> str:
    return "\n".join(
        f"{o.query['query']}: rank {o.rank}, recall {o.recall:.2f}" for o in report.misses()
    )


def test_relevance_set_stays_above_its_floors(engine):
    queries = [q for q in relevance.load_queries() if q.get("set", "tuned") in TUNED_SETS]
    report = relevance.evaluate(queries, relevance.engine_runner(engine))
    overall = report.overall
    print(f"\n{engine.name}:\n{report.table()}")  # noqa: T201 - with -s: the floors' source
    misses = _misses(report)
    assert overall.mrr >= FLOORS["mrr"], misses
    assert overall.recall >= FLOORS["recall"], misses
    assert overall.zero_rate <= FLOORS["zero_rate"], misses
    by_kind = report.by("kind")
    assert by_kind["cross-language"].mrr >= CROSS_LANGUAGE_MRR_FLOOR, misses
    assert by_kind["same-language"].mrr >= SAME_LANGUAGE_MRR_FLOOR, misses


# The sets are checked a few to a test: each test builds the index (and, on Elasticsearch, a
# live index) once for its sets, instead of once per set.
BLIND_GROUPS = [list(BLIND_FLOORS)[start::4] for start in range(4)]


@pytest.mark.parametrize("parts", BLIND_GROUPS, ids=lambda parts: "+".join(parts))
def test_the_untuned_blind_sets_stay_above_their_floors(engine, parts):
    below, every_query = [], relevance.load_queries()
    for part in parts:
        queries = [q for q in every_query if q.get("set") == part]
        assert len(queries) >= 40, part
        report = relevance.evaluate(queries, relevance.engine_runner(engine))
        print(f"\n{engine.name}, {part}:\n{report.table()}")  # noqa: T201 - with -s
        overall, floors = report.overall, BLIND_FLOORS[part]
        if (
            overall.mrr < floors["mrr"]
            or overall.recall < floors["recall"]
            or overall.zero_rate > floors["zero_rate"]
        ):
            below.append(
                f"{part}: MRR {overall.mrr:.3f} (floor {floors['mrr']}), recall@5 "
                f"{overall.recall:.3f} (floor {floors['recall']}), zero {overall.zero_rate:.3f}"
                f"\n{_misses(report)}"
            )
    assert not below, "\n".join(below)


def test_a_query_naming_two_concepts_lists_records_naming_either(engine):
    # "personnel exchange twinning" (issue 12): no record is about both. The twinning of
    # community health agents (Portuguese) names twinning only, the public service exchange
    # (English) personnel exchange only; both are listed.
    ranked, _total = relevance.engine_runner(engine)(
        {"query": "personnel exchange twinning", "language": "en"}
    )
    listed = set().union(*ranked)
    assert {"MINGA-DEMO-003", "MINGA-DEMO-011"} <= listed, ranked
