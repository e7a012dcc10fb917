"""A query naming a partner lists the partner's page, then the records it takes part in.

Both engines, on the relevance set's records (tests/search/test_relevance_set.py): the
partner is named by its name, its acronym, or in another language than its page's.
"""

import pytest
from django.http import QueryDict
from django.utils import translation

from search.models import SearchEntry
from search.partners import partner_by_name, thesaurus_names
from search.query import parse_params
from tests.search import test_relevance_set
from tests.search.conftest import engine_search, records_beside_corpus

pytestmark = pytest.mark.django_db

# The relevance set's records and engine fixtures (the database engine, and Elasticsearch).
relevance_index = test_relevance_set.relevance_index
engine = test_relevance_set.engine


def titles_and_partners(engine, text: str, language: str = "en") -> list[tuple[str, list]]:
    data = QueryDict(mutable=True)
    data["q"] = text
    with translation.override(language):
        response = engine.search(parse_params(data))
    return [(hit.entry.title, list(hit.entry.partners)) for hit in response.hits]


# (query, its language, the partner's page, the partner as records name it)
PARTNER_QUERIES = [
    ("Kigali AgriData", "en", "Kigali AgriData Ltd (KAD)", "Kigali AgriData Ltd"),
    ("WFP", "en", "World Food Programme (WFP)", "World Food Programme"),
    (
        "PNUD",
        "es",
        "United Nations Development Programme (UNDP)",
        "United Nations Development Programme",
    ),
    (
        "Agencia Norueguesa de Cooperacao",
        "pt",
        "Norwegian Agency for Exchange Cooperation (Norec)",
        "Norwegian Agency for Exchange Cooperation",
    ),
    (
        "centro de Nairobi de gobernanza digital",
        "es",
        "Nairobi Centre for Digital Governance (NCDG)",
        "Nairobi Centre for Digital Governance",
    ),
    ("برنامج الاغذية العالمي", "ar", "World Food Programme (WFP)", "World Food Programme"),
    # The thesaurus's name of the partner, longer than the model brings close to its name.
    (
        "مكتب الامم المتحدة للتعاون فيما بين بلدان الجنوب",
        "ar",
        "United Nations Office for South-South Cooperation (UNOSSC)",
        "United Nations Office for South-South Cooperation",
    ),
    # Named in another language, where a contribution naming the partner in the query's
    # language led its page by a narrow margin: the name decides (search.partners).
    (
        "Red Sur-Sur de Salud Comunitaria",
        "es",
        "Rede Sul-Sul de Saúde Comunitária (ReSSC)",
        "Rede Sul-Sul de Saúde Comunitária",
    ),
    (
        "Nairobi-senteret for digital forvaltning",
        "en",
        "Nairobi Centre for Digital Governance (NCDG)",
        "Nairobi Centre for Digital Governance",
    ),
    (
        "Réseau arabe pour l'administration numérique",
        "fr",
        "Arab Network for Digital Government (ANDG)",
        "Arab Network for Digital Government",
    ),
]


def partner_query_failure(engine, text, language, page, partner) -> str | None:
    """Why the query does not list the partner's page then its records, or None."""
    results = titles_and_partners(engine, text, language)
    if not results or results[0][0] != page:
        return f"{text}: first {results[:1]}, not {page}"
    # Every record tagged with the partner comes next (the first four of them, if more).
    tagged = [
        entry.title
        for entry in SearchEntry.objects.all()
        if partner in entry.partners and entry.title != page
    ]
    following = results[1 : 1 + min(len(tagged), 4)]
    if not tagged:
        return f"{text}: no record names {partner}"
    if len(following) != min(len(tagged), 4) or not all(
        partner in partners for _title, partners in following
    ):
        return f"{text}: after the page {results[1:6]}"
    return None


def test_a_query_naming_a_partner_lists_its_practices_after_its_page(engine):
    # One index for all the cases (building it is most of the test's time).
    failures = [partner_query_failure(engine, *case) for case in PARTNER_QUERIES]
    assert [failure for failure in failures if failure] == []


def refresh(engine) -> None:
    """Entries stored after the index was built reach Elasticsearch."""
    if engine.name == "elasticsearch":
        engine.reindex_all()
        engine.client.indices.refresh(index="_all")


def test_what_a_partners_members_wrote_comes_after_what_the_partner_took_part_in(engine):
    """A contribution is tagged with its author's organisation (search.documents.
    author_partners): the partner's name finds it by words, without the partner bonus."""
    from django.contrib.contenttypes.models import ContentType

    from search.indexing import store_entries

    store_entries(
        [
            {
                "content_type_id": ContentType.objects.get(model="page").pk,
                "object_id": 90_001,
                "kind": "contribution",
                "title": "At Kigali AgriData we send farmers crop prices by text message.",
                "body": "At Kigali AgriData we send farmers crop prices by text message.",
                "language": "en",
                "url": "/en/r/90001/",
                "discussion_title": "Learning from exchanges",
                "partners": ["Kigali AgriData Ltd"],
            }
        ]
    )
    refresh(engine)
    results = titles_and_partners(engine, "Kigali AgriData")
    titles = [title for title, _partners in results]
    assert titles[0] == "Kigali AgriData Ltd (KAD)"
    contribution = titles.index("At Kigali AgriData we send farmers crop prices by text message.")
    tagged = [
        n for n, (_title, partners) in enumerate(results) if "Kigali AgriData Ltd" in partners
    ]
    assert contribution == tagged[-1], results


def test_a_partners_practices_come_before_its_discussions_and_a_mention_after_both(engine):
    """A discussion the partner's members wrote in is tagged with it (search.documents.
    participant_partners): it follows the partner's practices even when it names the partner
    in its title, and a contribution merely mentioning the partner follows it."""
    from django.contrib.contenttypes.models import ContentType

    from search.indexing import store_entries

    common = {"content_type_id": ContentType.objects.get(model="page").pk, "language": "en"}
    store_entries(
        [
            {
                **common,
                "object_id": 90_002,
                "kind": "discussion",
                "title": "Kigali AgriData and crop prices by text message",
                "body": "How Kigali AgriData sends farmers crop prices by text message.",
                "url": "/en/r/90002/",
                "partners": ["Kigali AgriData Ltd"],
            },
            {
                **common,
                "object_id": 90_003,
                "kind": "contribution",
                "title": "Kigali AgriData showed us crop prices by text message.",
                "body": "Kigali AgriData showed us crop prices by text message.",
                "url": "/en/r/90003/",
                "discussion_title": "Kigali AgriData and crop prices by text message",
            },
        ]
    )
    refresh(engine)
    results = titles_and_partners(engine, "Kigali AgriData")
    titles = [title for title, _partners in results]
    assert titles[0] == "Kigali AgriData Ltd (KAD)"
    discussion = titles.index("Kigali AgriData and crop prices by text message")
    mention = titles.index("Kigali AgriData showed us crop prices by text message.")
    tagged = [
        n for n, (_title, partners) in enumerate(results) if "Kigali AgriData Ltd" in partners
    ]
    practices = [n for n in tagged if n not in (0, discussion)]
    assert practices and max(practices) < discussion < mention, results


def test_a_topic_with_a_place_the_partner_s_name_does_not_say_names_no_partner():
    from search.partners import partner_by_name

    network = "Rede Sul-Sul de Saúde Comunitária"
    assert partner_by_name("Red Sur-Sur de Salud Comunitaria", [network]) == network
    # Community health insurance in Rwanda is close to the network's name by meaning.
    assert partner_by_name("seguro de saúde comunitário Ruanda", [network]) is None
    # Nor is a topic in a place close by meaning to the name of a partner based there.
    maputo = "Centro de Estudos de Cooperação de Maputo"
    assert partner_by_name("feiras de produtos agroecológicos em Maputo", [maputo]) is None
    assert partner_by_name("Maputo senter for samarbeidsstudier", [maputo]) == maputo
    # A place the name says is no obstacle.
    agency = "Agence Béninoise de Coopération Technique"
    assert partner_by_name("agence beninoise de cooperation technique", [agency]) == agency


def test_a_query_naming_a_partner_and_a_topic_lists_the_topic_first(engine):
    results = titles_and_partners(engine, "Norec midwives")
    assert "midwi" in results[0][0].lower() or "jordmødre" in results[0][0].lower(), results[:3]
    assert results[0][0] != "Norwegian Agency for Exchange Cooperation (Norec)"


# -- Elasticsearch fusion, offline -----------------------------------------------------------


def knn_answer(*pairs) -> dict:
    """A kNN response from (id, cosine) pairs: Elasticsearch scores cosine as (1 + cos) / 2."""
    hits = [{"_id": str(i), "_score": (1 + cosine) / 2} for i, cosine in pairs]
    return {"hits": {"total": {"value": len(hits)}, "hits": hits}}


def ids_answer(*ids) -> dict:
    hits = [{"_id": str(i), "_score": 1.0} for i in ids]
    return {"hits": {"total": {"value": len(hits)}, "hits": hits}}


def test_fusion_lists_the_partners_rows_after_its_page_with_the_partner_bonus():
    from search.engines.elasticsearch.fusion import clear_leader, fuse
    from search.partners import PARTNER_WEIGHT

    neighbours = knn_answer((1, 0.95), (2, 0.9), (3, 0.87), (4, 0.86))
    fused = fuse(ids_answer(), neighbours, neighbours)
    assert clear_leader(fused) == 1  # leads the next record by 0.05
    # Rows 1 (the page) and 4 are tagged with the partner; 5 matched nothing else.
    fused = fuse(ids_answer(), neighbours, neighbours, partner=ids_answer(1, 4, 5))
    scores = dict(fused.ranked)
    assert [entry_id for entry_id, _score in fused.ranked][:3] == [1, 4, 5]
    assert scores[4] == pytest.approx(0.86 + PARTNER_WEIGHT)
    assert scores[5] == pytest.approx(0.86 + PARTNER_WEIGHT)  # the lowest similarity known


def test_what_the_partners_members_wrote_does_not_narrow_its_pages_lead():
    from search.engines.elasticsearch.fusion import Fused, clear_leader

    fused = Fused(
        ranked=[(1, 0.30), (2, 0.29), (3, 0.20)],
        records=[("page", 0.30), ("staff", 0.29), ("practice", 0.20)],
        uncertain=set(),
        beyond_window=0,
        semantic_ids=[],
        nearest=[],
    )
    assert clear_leader(fused) is None
    assert clear_leader(fused, allied={"staff"}) == 1


def test_a_narrow_lead_names_no_partner():
    from search.engines.elasticsearch.fusion import clear_leader, fuse

    neighbours = knn_answer((1, 0.95), (2, 0.94), (3, 0.9))
    assert clear_leader(fuse(ids_answer(), neighbours, neighbours)) is None


def test_fusion_lists_the_partners_discussions_after_its_practices_and_the_rest_after_both():
    from search.engines.elasticsearch.fusion import fuse

    neighbours = knn_answer((1, 0.95), (2, 0.93), (3, 0.9), (4, 0.86))
    # Row 1 is the partner's page, 2 a discussion tagged with it, 4 its practice; 3 is not
    # tagged (a contribution naming the partner, say).
    tagged = ids_answer(1, 2, 4)
    tagged["hits"]["hits"][1]["fields"] = {"type": ["discussion"]}
    fused = fuse(ids_answer(), neighbours, neighbours, partner=tagged, partner_pages={1})
    assert [entry_id for entry_id, _score in fused.ranked] == [1, 4, 2, 3]


def test_a_query_that_is_the_thesaurus_s_name_of_a_partner_names_it():
    unossc = "United Nations Office for South-South Cooperation"
    assert thesaurus_names("مكتب الأمم المتحدة للتعاون فيما بين بلدان الجنوب", unossc)
    assert thesaurus_names("unossc", unossc)
    assert thesaurus_names("PNUD", "United Nations Development Programme")
    assert not thesaurus_names("PNUD", unossc)
    # A query naming more than the partner is not its name.
    assert not thesaurus_names("UNOSSC digital public infrastructure", unossc)
    assert (
        partner_by_name(
            "مكتب الامم المتحدة للتعاون فيما بين بلدان الجنوب", ["World Food Programme", unossc]
        )
        == unossc
    )


# A practice that is a query's one answer, its lead partner's page (whose text says nothing of
# the query), the funder listed second, and a contribution on the same subject.
COLD_ROOMS = ("Solar cold rooms at fish landing beaches", "Lake Fishers Union")
lead_records = records_beside_corpus(
    9700,
    [
        {
            "kind": "practice",
            "title": COLD_ROOMS[0],
            "body": "Fishing cooperatives run solar-powered cold rooms on the landing beaches, "
            "so the catch keeps until traders arrive and less of it is thrown away.",
            "partners": [COLD_ROOMS[1], "Blue Lake Fund"],
        },
        {
            "kind": "partner",
            "title": f"{COLD_ROOMS[1]} (LFU)",
            "body": "A union of forty cooperatives around the great lakes, founded in 1998.",
            "partners": [COLD_ROOMS[1]],
        },
        {
            "kind": "partner",
            "title": "Blue Lake Fund (BLF)",
            "body": "A trust that lends to lakeside enterprises.",
            "partners": ["Blue Lake Fund"],
        },
        {
            "kind": "contribution",
            "title": "Cold chains",
            "body": "In our district the fish still rots on the beach before traders come.",
        },
    ],
)


def test_the_lead_partner_of_the_one_practice_answering_a_query_is_listed_beside_it(
    lead_records,
):
    titles = [hit.entry.title for hit in engine_search("keeping fish cold on the beach").hits]
    assert titles[0] == COLD_ROOMS[0], titles
    assert f"{COLD_ROOMS[1]} (LFU)" in titles[1:4], titles
    assert "Blue Lake Fund (BLF)" not in titles[:5], titles  # a funder, listed second


# The same practice twice, each with its own lead partner: the query has no one answer.
twin_records = records_beside_corpus(
    9800,
    [
        {
            "kind": "practice",
            "title": COLD_ROOMS[0],
            "body": "Fishing cooperatives run solar-powered cold rooms on the landing beaches, "
            "so the catch keeps until traders arrive and less of it is thrown away.",
            "partners": [lead],
        }
        for lead in ("Lake Fishers Union", "Coast Fishers Union")
    ]
    + [
        {
            "kind": "partner",
            "title": f"{lead} ({acronym})",
            "body": "A union of forty cooperatives, founded in 1998.",
            "partners": [lead],
        }
        for lead, acronym in (("Lake Fishers Union", "LFU"), ("Coast Fishers Union", "CFU"))
    ],
)


def test_no_partner_is_listed_when_several_practices_answer_alike(twin_records):
    titles = [hit.entry.title for hit in engine_search("keeping fish cold on the beach").hits]
    assert titles[:2] == [COLD_ROOMS[0]] * 2, titles
    assert not {"Lake Fishers Union (LFU)", "Coast Fishers Union (CFU)"} & set(titles), titles
