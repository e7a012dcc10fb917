"""Passage embeddings are computed once per text and stay identical to a fresh computation."""

import numpy as np

from home import embeddings


def test_cached_passages_equal_fresh_ones_and_keep_their_order():
    texts = [
        "Cooperación Sur-Sur en salud",
        "Seed banks in the Sahel",
        "Cooperación Sur-Sur en salud",
    ]
    first = embeddings.embed_passages(texts)
    assert first.shape == (3, embeddings.EMBEDDING_DIM)
    assert np.array_equal(first[0], first[2])
    again = embeddings.embed_passages(list(reversed(texts)))
    assert np.array_equal(again[1], first[1])
    embeddings._PASSAGE_CACHE.clear()
    fresh = embeddings.embed_passages(texts[:2])
    assert np.allclose(fresh, first[:2], atol=1e-6)
