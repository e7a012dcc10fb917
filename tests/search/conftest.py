"""Search fixtures: the multilingual corpus indexed once per test (embeddings cached)."""

import os

import numpy as np
import pytest

from tests.search.corpus import CORPUS, entry_dicts

_vectors: dict[str, np.ndarray] = {}


@pytest.fixture(autouse=True)
def cached_embeddings(monkeypatch):
    """The real model, but each distinct text is embedded once per test session."""
    from home import embeddings
    from search import indexing

    def embed(texts):
        missing = [t for t in dict.fromkeys(texts) if t not in _vectors]
        if missing:
            for text, vector in zip(missing, embeddings.embed_passages(missing), strict=True):
                _vectors[text] = vector
        return np.stack([_vectors[t] for t in texts]) if texts else embeddings.embed_passages([])

    monkeypatch.setattr(indexing, "embed_passages", embed)


def index_records(records: dict) -> dict:
    """Index {key: (title, body, language)} as practice entries; returns {key: SearchEntry}."""
    from django.contrib.contenttypes.models import ContentType

    from search.indexing import store_entries
    from search.models import SearchEntry

    content_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    store_entries(
        [
            {
                "content_type_id": content_type.pk,
                "object_id": number,
                "kind": "practice",
                "title": title,
                "body": body,
                "language": language,
                "url": f"/{language}/r/{number}/",
            }
            for number, (title, body, language) in enumerate(records.values(), start=1)
        ]
    )
    rows = SearchEntry.objects.filter(content_type=content_type).order_by("object_id")
    return dict(zip(records, rows, strict=True))


@pytest.fixture
def corpus(db):
    """The fixture corpus as search entries; returns {key: SearchEntry}."""
    from django.contrib.contenttypes.models import ContentType

    from search.indexing import store_entries
    from search.models import SearchEntry

    content_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    store_entries(entry_dicts(content_type.pk))
    entries = SearchEntry.objects.filter(content_type=content_type).order_by("object_id")
    return {record["key"]: entry for record, entry in zip(CORPUS, entries, strict=True)}


@pytest.fixture(scope="session")
def search_cluster() -> dict:
    """{"url": ..., "osmem": bool}: the server live tests index into."""
    url = os.environ.get("ELASTICSEARCH_URL")
    if url:
        yield {"url": url, "osmem": False}
        return
    pytest.importorskip("osmem_server", reason="ELASTICSEARCH_URL unset and osmem-server missing")
    from tests.search.osmem import running_osmem

    with running_osmem() as proxy_url:
        yield {"url": proxy_url, "osmem": True}


@pytest.fixture
def live_index(db, settings, search_cluster):
    """Searches go to the live server, in a fresh index holding every entry stored so far.

    Returns the number of entries indexed.
    """
    from search.engines.elasticsearch import get_engine, index_name, mapping_body

    settings.ELASTICSEARCH_URL = search_cluster["url"]
    # Each test process of a parallel run uses an index of its own (with osmem, a server too).
    settings.ELASTICSEARCH_INDEX_PREFIX = (
        f"minga-test-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
    )
    engine = get_engine()
    engine.client.indices.delete(index=index_name(), ignore_unavailable=True)
    if search_cluster["osmem"]:
        from tests.search.osmem import osmem_index_body

        body = osmem_index_body(mapping_body())
        engine.client.indices.create(
            index=index_name(), settings=body["settings"], mappings=body["mappings"]
        )
    indexed = engine.reindex_all()
    engine.client.indices.refresh(index=index_name())
    yield indexed
    engine.client.indices.delete(index=index_name(), ignore_unavailable=True)


def search(text: str = "", **filters):
    from django.http import QueryDict

    from search import engines
    from search.query import parse_params

    data = QueryDict(mutable=True)
    data["q"] = text
    for name, values in filters.items():
        data.setlist(name, values if isinstance(values, list) else [values])
    return engines.search(parse_params(data, strict=True))


def keys(response, corpus) -> list[str]:
    by_id = {entry.pk: key for key, entry in corpus.items()}
    return [by_id[hit.entry.pk] for hit in response.hits]


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def engine_corpus(request, corpus):
    """The corpus, searched with each engine in turn (Elasticsearch: the live server)."""
    if request.param == "elasticsearch":
        request.getfixturevalue("live_index")
    return corpus


def engine_search(text: str = "", **filters):
    """A search answered by the engine under test, not the database fallback."""
    response = search(text, **filters)
    assert not response.notice, "the search fell back to the database engine"
    return response


ENGINES = ["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)]


def records_beside_corpus(first_id: int, records: list[dict]):
    """A fixture storing `records` (entry fields) beside the shared multilingual corpus (a
    realistic index: with a few rows only, taking the language out of the similarity leaves
    nothing to compare), searched with each engine in turn."""

    @pytest.fixture(params=ENGINES)
    def stored(request, corpus):
        from django.contrib.contenttypes.models import ContentType

        from search.indexing import store_entries

        content_type = ContentType.objects.get(app_label="wagtailcore", model="page")
        store_entries(
            [
                {
                    "content_type_id": content_type.pk,
                    "object_id": first_id + number,
                    "language": "en",
                    "url": f"/r/{first_id + number}/",
                    **record,
                }
                for number, record in enumerate(records, start=1)
            ]
        )
        if request.param == "elasticsearch":
            request.getfixturevalue("live_index")

    return stored
