"""Write SearchEntry rows (text, facets, embedding) and keep the full-text index in step."""

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from modelsearch.backends import get_search_backends_with_name
from wagtail.models import Page
from wagtail.search import index

from home.embeddings import embed_passages

from . import documents, engines
from .models import SearchEntry

logger = logging.getLogger("minga.search")
# Any fixed number: the key of the PostgreSQL advisory lock every index writer takes.
_INDEX_WRITER_LOCK = 0x4D494E47  # "MING"
# The weight of a long entry's passages (their mean vector, documents.embedding_passages) beside
# its opening text's and title's: a discussion's title says what it is about, and its passages
# nudge it (0.3); a contribution has no title of its own (documents.has_title), and its passages
# weigh as much as its opening (1.0), so that what it says after its greeting is found. On the
# relevance set (benchmarks/relevance.py, 620 queries) MRR / recall@5 .961/.975 -> .968/.982:
# blind4 .934 -> .958, blind5 .960 -> .983, blind6 .953 -> .975, blind7 .916 -> .958, blind8
# (never read) .888/.879 -> .894/.921; but tuned .990 -> .983 ("twinning" now lists first a
# contribution that tells of a twinning), heldout .988 -> .976, blind3 .990/.990 -> .963/.979.
# 0.3 and 0.5 for contributions did about as well on the figures, but did not find the
# contribution of tests/search/test_passages.py.
PASSAGE_WEIGHT = 0.3
UNTITLED_PASSAGE_WEIGHT = 1.0
_UPDATED_FIELDS = [
    field.name
    for field in SearchEntry._meta.concrete_fields
    if not field.primary_key and field.name not in ("content_type", "object_id")
]


def source_key(instance) -> tuple[int, int]:
    content_type_id = getattr(instance, "content_type_id", None)
    if not isinstance(instance, Page):
        content_type_id = ContentType.objects.get_for_model(type(instance)).pk
    return content_type_id, instance.pk


@dataclass
class Prepared:
    """A batch ready to embed: entries whose content changed, and what needs no embedding."""

    todo: list[dict] = field(default_factory=list)
    unchanged: int = 0
    removed: int = 0

    def texts(self) -> list[str]:
        return [documents.embedding_text(entry) for entry in self.todo]

    def titles(self) -> list[str]:
        return [documents.embedding_title(entry) for entry in self.todo]


def embed_entries(prepared: Prepared) -> np.ndarray:
    """One vector per entry: the normalised sum of its text's vector, its title's (when it has
    one of its own) and, for a long entry (documents.PASSAGE_KINDS), the mean of its passages'
    vectors, weighed (PASSAGE_WEIGHT). Each entry dict of DETAIL_KINDS also gets its passages'
    own vectors (`passages`, search.passages), which the entry's row stores.

    The title's own vector weighs what a record is about above the detail of its opening
    text: on the relevance set (benchmarks/relevance.py) semantic-only MRR went from 0.82
    to 0.87, most for short queries and queries in another language than the record. The
    passages bring in what a contribution says after its greeting.
    """
    count = len(prepared.todo)
    if not count:
        return embed_passages([])
    passages = [documents.embedding_passages(entry) for entry in prepared.todo]
    flat = [passage for entry_passages in passages for passage in entry_passages]
    vectors = embed_passages(prepared.texts() + prepared.titles() + flat)
    titled = np.array([documents.has_title(entry) for entry in prepared.todo], dtype=np.float32)
    total = vectors[:count] + titled[:, None] * vectors[count : 2 * count]
    start = 2 * count
    for row, (entry, entry_passages) in enumerate(zip(prepared.todo, passages, strict=True)):
        own = vectors[start : start + len(entry_passages)]
        start += len(entry_passages)
        entry["passages"] = own.astype(np.float32).tobytes()
        if len(own) and documents.reads_passages(entry):
            weight = PASSAGE_WEIGHT if titled[row] else UNTITLED_PASSAGE_WEIGHT
            total[row] += weight * own.mean(axis=0)
    norms = np.linalg.norm(total, axis=1, keepdims=True)
    return (total / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def prepare(instances: Iterable, force: bool = False) -> Prepared:
    """Build the entries of a batch of source objects; drop those no longer searchable."""
    built, removed = [], 0
    for instance in instances:
        entry = documents.build_entry(instance)
        if entry is None:
            removed += remove_entry(*source_key(instance))
        else:
            built.append(entry)
    prepared = prepare_entries(built, force=force)
    prepared.removed = removed
    return prepared


def prepare_entries(entries: list[dict], force: bool = False) -> Prepared:
    """Keep the entry dicts whose content changed (all with force)."""
    for entry in entries:
        entry.setdefault("content_hash", documents.content_hash(entry))
    existing = _existing_hashes(entries)
    todo = [e for e in entries if force or existing.get(_entry_key(e)) != e["content_hash"]]
    return Prepared(todo=todo, unchanged=len(entries) - len(todo))


def save_prepared(prepared: Prepared, vectors) -> int:
    """Save a prepared batch with its embeddings (one row per entry); returns how many."""
    if not prepared.todo:
        return 0
    for row in _save_all(prepared.todo, [vector.tobytes() for vector in vectors]):
        engines.entry_saved(row)
    return len(prepared.todo)


def index_objects(instances: Iterable, force: bool = False) -> tuple[int, int, int]:
    """Index a batch of source objects; returns (written, unchanged, removed)."""
    prepared = prepare(instances, force=force)
    written = save_prepared(prepared, embed_entries(prepared))
    return written, prepared.unchanged, prepared.removed


def store_entries(entries: list[dict], force: bool = False) -> int:
    """Embed and save entry dicts whose content changed (all with force); returns how many."""
    prepared = prepare_entries(entries, force=force)
    return save_prepared(prepared, embed_entries(prepared))


def _entry_key(entry: dict) -> tuple[int, int]:
    return entry["content_type_id"], entry["object_id"]


def _existing_hashes(entries: list[dict]) -> dict[tuple[int, int], str]:
    if not entries:
        return {}
    rows = SearchEntry.objects.filter(object_id__in={e["object_id"] for e in entries}).exclude(
        embedding=b""
    )
    return {
        (r.content_type_id, r.object_id): r.content_hash
        for r in rows.only("content_type_id", "object_id", "content_hash")
    }


def _row_key(row: SearchEntry) -> tuple[int, int]:
    return (row.content_type_id, row.object_id)


def _lock_index_writers() -> None:
    """Let one transaction at a time write the index (PostgreSQL; SQLite locks the file).

    Ordering rows inside a batch is not enough: a transaction writing several batches (the
    demo built in one process while a worker indexes what its signals queued) can hold a row
    the other waits for while waiting for one of the other's. The lock is held until the
    transaction ends, so writers queue instead of deadlocking; they are short in production.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_INDEX_WRITER_LOCK])


def _save_all(entries: list[dict], embeddings: list[bytes]) -> list[SearchEntry]:
    """Write a batch of entries and their full-text index rows in one transaction.

    One bulk insert for new entries and one full-text add for the batch: the database
    backend recomputes its title statistics once per call, which per row made a rebuild
    quadratic in the index size.
    """
    keys = [_entry_key(entry) for entry in entries]
    with transaction.atomic():
        _lock_index_writers()
        # Rows are locked, updated and inserted in one order (content type, object): two
        # workers writing overlapping batches then wait for each other instead of deadlocking.
        candidates = (
            SearchEntry.objects.select_for_update()
            .filter(object_id__in={object_id for _, object_id in keys})
            .order_by("content_type_id", "object_id")
        )
        found = {(row.content_type_id, row.object_id): row for row in candidates}
        rows, new_rows = [], []
        for key, entry, embedding in zip(keys, entries, embeddings, strict=True):
            row = found.get(key) or SearchEntry(content_type_id=key[0], object_id=key[1])
            for name, value in entry.items():
                setattr(row, name, value)
            row.embedding = embedding
            row.updated_at = timezone.now()
            (rows if row.pk else new_rows).append(row)
        rows.sort(key=_row_key)
        new_rows.sort(key=_row_key)
        for row in rows:  # one plain UPDATE each: bulk_update's CASE per field is slower
            row.save(update_fields=_UPDATED_FIELDS)
        if new_rows:
            # Another worker may have written the same object's row since the select above
            # (two tasks for one object at once): theirs is updated, never duplicated.
            SearchEntry.objects.bulk_create(
                new_rows,
                update_conflicts=True,
                unique_fields=["content_type", "object_id"],
                update_fields=_UPDATED_FIELDS,
            )
            if any(row.pk is None for row in new_rows):  # a backend without RETURNING
                wanted = {(row.content_type_id, row.object_id) for row in new_rows}
                new_rows = [
                    row
                    for row in SearchEntry.objects.filter(
                        object_id__in={object_id for _, object_id in wanted}
                    )
                    if (row.content_type_id, row.object_id) in wanted
                ]
        saved = rows + new_rows
        for _name, backend in get_search_backends_with_name(with_auto_update=True):
            backend.add_bulk(SearchEntry, saved)
    return saved


def remove_entry(content_type_id: int, object_id: int) -> int:
    with transaction.atomic():
        _lock_index_writers()
        return _remove_rows(content_type_id, object_id)


def _remove_rows(content_type_id: int, object_id: int) -> int:
    rows = list(SearchEntry.objects.filter(content_type_id=content_type_id, object_id=object_id))
    for row in rows:
        index.remove_object(row)
        engines.entry_removed(row)
        row.delete()
    return len(rows)


def index_object(instance) -> None:
    index_objects([instance])
