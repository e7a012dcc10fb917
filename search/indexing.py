"""Write SearchEntry rows (text, facets, embedding) and keep the full-text index in step."""

import logging
from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.search import index

from . import documents, engines
from .embeddings import embed_passages
from .models import SearchEntry

logger = logging.getLogger("minga.search")


def source_key(instance) -> tuple[int, int]:
    content_type_id = getattr(instance, "content_type_id", None)
    from wagtail.models import Page

    if not isinstance(instance, Page):
        content_type_id = ContentType.objects.get_for_model(type(instance)).pk
    return content_type_id, instance.pk


def index_objects(instances: Iterable, force: bool = False) -> tuple[int, int, int]:
    """Index a batch of source objects; returns (written, unchanged, removed)."""
    built, removed = [], 0
    for instance in instances:
        entry = documents.build_entry(instance)
        if entry is None:
            removed += remove_entry(*source_key(instance))
        else:
            entry["content_hash"] = documents.content_hash(entry)
            built.append(entry)
    written = store_entries(built, force=force)
    return written, len(built) - written, removed


def store_entries(entries: list[dict], force: bool = False) -> int:
    """Embed and save entry dicts whose content changed (all with force); returns how many."""
    for entry in entries:
        entry.setdefault("content_hash", documents.content_hash(entry))
    existing = _existing_hashes(entries)
    todo = [e for e in entries if force or existing.get(_entry_key(e)) != e["content_hash"]]
    vectors = embed_passages([documents.embedding_text(e) for e in todo])
    for entry, vector in zip(todo, vectors, strict=True):
        _save(entry, vector.tobytes())
    return len(todo)


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


def _save(entry: dict, embedding: bytes) -> SearchEntry:
    with transaction.atomic():
        defaults = {k: v for k, v in entry.items() if k not in ("content_type_id", "object_id")}
        row, _created = SearchEntry.objects.update_or_create(
            content_type_id=entry["content_type_id"],
            object_id=entry["object_id"],
            defaults={**defaults, "embedding": embedding},
        )
        index.insert_or_update_object(row)
    engines.entry_saved(row)
    return row


def remove_entry(content_type_id: int, object_id: int) -> int:
    rows = list(SearchEntry.objects.filter(content_type_id=content_type_id, object_id=object_id))
    for row in rows:
        index.remove_object(row)
        engines.entry_removed(row)
        row.delete()
    return len(rows)


def index_object(instance) -> None:
    index_objects([instance])
