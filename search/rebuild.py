"""Rebuild the whole index; resumable because unchanged entries (same content hash) are skipped."""

import logging
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from tqdm import tqdm

from . import documents, engines, indexing
from .models import SearchEntry

BATCH_SIZE = 32
logger = logging.getLogger("minga.search")


@dataclass
class RebuildReport:
    written: int = 0
    unchanged: int = 0
    removed: int = 0


def _batches(items, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def rebuild(
    force: bool = False, progress: bool = True, batch_size: int = BATCH_SIZE
) -> RebuildReport:
    """Index every searchable object, then drop entries whose source is gone.

    Pipelined: a background thread embeds one batch (the model runs in C, without the GIL)
    while this thread reads the next batch and saves the previous one.
    """
    report = RebuildReport()
    seen: set[tuple[int, int]] = set()
    bar = tqdm(total=documents.count_sources(), disable=not progress, unit="doc", desc="Indexing")

    def finish(prepared: indexing.Prepared, vectors: Future, size: int) -> None:
        report.written += indexing.save_prepared(prepared, vectors.result())
        report.unchanged += prepared.unchanged
        report.removed += prepared.removed
        bar.update(size)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="embed") as embedder:
        pending = None
        for batch in _batches(documents.iter_sources(), batch_size):
            prepared = indexing.prepare(batch, force=force)
            vectors = embedder.submit(indexing.embed_entries, prepared)
            seen.update(indexing.source_key(instance) for instance in batch)
            if pending is not None:
                finish(*pending)
            pending = (prepared, vectors, len(batch))
        if pending is not None:
            finish(*pending)
    bar.close()
    for content_type_id, object_id in SearchEntry.objects.values_list(
        "content_type_id", "object_id"
    ):
        if (content_type_id, object_id) not in seen:
            report.removed += indexing.remove_entry(content_type_id, object_id)
    _mirror_to_elasticsearch()
    return report


def _mirror_to_elasticsearch() -> None:
    """With Elasticsearch configured, send it every entry (a fresh cluster may have none)."""
    engine = engines.elasticsearch_engine()
    if engine is None:
        return
    try:
        engine.reindex_all()
    except engine.unavailable_errors as error:
        logger.warning("Elasticsearch unavailable, index not mirrored: %s", error)
