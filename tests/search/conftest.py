"""Search fixtures: the multilingual corpus indexed once per test (embeddings cached)."""

import numpy as np
import pytest

from tests.search.corpus import CORPUS, entry_dicts

_vectors: dict[str, np.ndarray] = {}


@pytest.fixture(autouse=True)
def cached_embeddings(monkeypatch):
    """The real model, but each distinct text is embedded once per test session."""
    from search import embeddings, indexing

    def embed(texts):
        missing = [t for t in dict.fromkeys(texts) if t not in _vectors]
        if missing:
            for text, vector in zip(missing, embeddings.embed_passages(missing), strict=True):
                _vectors[text] = vector
        return np.stack([_vectors[t] for t in texts]) if texts else embeddings.embed_passages([])

    monkeypatch.setattr(indexing, "embed_passages", embed)


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
