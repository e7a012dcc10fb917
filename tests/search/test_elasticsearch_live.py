"""The Elasticsearch engine against a live server: ELASTICSEARCH_URL if set, else osmem-server.

The relevance, facet and translation tests run on both engines (the `engine_corpus` and
`on_engine` fixtures); these are the Elasticsearch-only ones.

On osmem (see tests/search/osmem.py) everything but kNN is osmem's own; the test proxy answers
kNN searches by exact cosine, so there the semantic tests check the engine's fusion with real
embeddings, and Elasticsearch's own kNN is exercised only when ELASTICSEARCH_URL is set.
"""

import pytest

from tests.search.conftest import engine_search as search
from tests.search.conftest import keys

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


@pytest.fixture
def es_corpus(corpus, live_index):
    """The fixture corpus indexed in a fresh index on the live server."""
    assert live_index == len(corpus)
    return corpus


def counts(response, facet: str) -> dict[str, int]:
    return {value.value: value.count for value in response.facets[facet]}


# -- Both servers ----------------------------------------------------------------------------


def test_filtered_query_keeps_only_records_with_that_value(es_corpus):
    assert keys(search("rural", sdg="5"), es_corpus) == ["mobile-money"]
    assert keys(search("", type="partner", country="BR"), es_corpus) == ["fiocruz"]


def test_pages_of_the_fused_list_join_up_to_the_whole_list(es_corpus):
    from search.engines.elasticsearch import get_engine
    from search.query import SearchParams

    engine = get_engine()
    whole = engine.search(SearchParams(text="rural"))
    assert whole.total == len(whole.hits) >= 3
    pages = [engine.search(SearchParams(text="rural", page=n, page_size=1)) for n in (1, 2, 3)]
    assert [page.hits[0].entry.pk for page in pages] == [hit.entry.pk for hit in whole.hits[:3]]
    assert {page.total for page in pages} == {whole.total}


def test_counts_follow_the_query(es_corpus):
    response = search("rural")
    assert sum(counts(response, "type").values()) == response.total
    assert counts(search("rural", sdg="5"), "sdg")["2"] == counts(response, "sdg")["2"]


def test_newest_sort_orders_by_publication_date(es_corpus):
    for response in (search("", type="practice"), search("farmers", sort=["newest"])):
        dates = [hit.entry.published_at for hit in response.hits]
        assert dates and dates == sorted(dates, reverse=True)


def test_suggestions_complete_titles_and_themes(es_corpus):
    from search.engines.elasticsearch import get_engine

    # The engine itself: engines.suggest would quietly fall back to the database.
    assert {"label": "Norec", "type": "partner"} in get_engine().suggest("nor")
    assert {"label": "Food security", "type": "theme"} in get_engine().suggest("foo")


def test_saved_and_removed_entries_are_mirrored(es_corpus):
    from search import engines
    from search.engines.elasticsearch import get_engine, index_name

    engines.entry_removed(es_corpus["norec"])
    get_engine().client.indices.refresh(index=index_name())
    assert "norec" not in keys(search("Norec"), es_corpus)
    engines.entry_saved(es_corpus["norec"])
    get_engine().client.indices.refresh(index=index_name())
    assert keys(search("Norec"), es_corpus)[0] == "norec"


def test_an_index_from_before_records_gains_the_field_when_reindexed(es_corpus, search_cluster):
    from search.engines.elasticsearch import get_engine, index_name, mapping_body
    from tests.search.osmem import osmem_index_body

    engine = get_engine()
    body = mapping_body()
    body = osmem_index_body(body) if search_cluster["osmem"] else body
    del body["mappings"]["properties"]["record"]
    engine.client.indices.delete(index=index_name())
    engine.client.indices.create(
        index=index_name(), settings=body["settings"], mappings=body["mappings"]
    )
    assert engine.reindex_all() == len(es_corpus)
    engine.client.indices.refresh(index=index_name())
    properties = engine.client.indices.get_mapping(index=index_name())[index_name()]["mappings"]
    assert properties["properties"]["record"] == {"type": "keyword"}
    assert search().total == len(es_corpus)


# -- Semantic side (on osmem: kNN answered by the test proxy) ---------------------------------


def test_filtered_semantic_search_keeps_meaning_matches(es_corpus):
    # "climate" is not in the mangrove record: only its meaning matches, under the filter.
    assert keys(search("climate", sdg="14"), es_corpus) == ["mangroves"]
    response = search("repas scolaires et agriculteurs locaux", sdg="4")
    assert "school-feeding" in keys(response, es_corpus)
