"""Rebuild the whole index; resumable because unchanged entries (same content hash) are skipped."""

import logging
from collections.abc import Iterator
from dataclasses import dataclass

from tqdm import tqdm

from . import documents, indexing
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
    """Index every searchable object, then drop entries whose source is gone."""
    report = RebuildReport()
    seen: set[tuple[int, int]] = set()
    bar = tqdm(total=documents.count_sources(), disable=not progress, unit="doc", desc="Indexing")
    for batch in _batches(documents.iter_sources(), batch_size):
        written, unchanged, removed = indexing.index_objects(batch, force=force)
        report.written += written
        report.unchanged += unchanged
        report.removed += removed
        seen.update(indexing.source_key(instance) for instance in batch)
        bar.update(len(batch))
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
    from . import engines

    engine = engines.elasticsearch_engine()
    if engine is None:
        return
    try:
        engine.reindex_all()
    except engine.unavailable_errors as error:
        logger.warning("Elasticsearch unavailable, index not mirrored: %s", error)
