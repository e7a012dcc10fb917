"""Indexing tasks: take primary keys, idempotent, safe to run twice or out of order."""

from celery import shared_task
from django.contrib.contenttypes.models import ContentType

from . import indexing


@shared_task
def index_object(content_type_id: int, object_id: int) -> str:
    """(Re)index one source object, or drop its entry if it is gone or no longer public."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    instance = model._default_manager.filter(pk=object_id).first() if model else None
    if instance is None:
        indexing.remove_entry(content_type_id, object_id)
        return "removed"
    written, unchanged, removed = indexing.index_objects([instance])
    return "removed" if removed else ("indexed" if written else "unchanged")


@shared_task
def remove_object(content_type_id: int, object_id: int) -> int:
    return indexing.remove_entry(content_type_id, object_id)
