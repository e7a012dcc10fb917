"""Indexing tasks: take primary keys, idempotent, safe to run twice or out of order."""

from celery import shared_task
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from wagtail.models import Page

from . import documents, indexing


@shared_task
def index_object(content_type_id: int, object_id: int) -> str:
    """(Re)index one source object, or drop its entry if it is gone or no longer public."""
    # Stored URLs carry the default language, whichever request queued the task.
    with translation.override(settings.LANGUAGE_CODE):
        return _index_object(content_type_id, object_id)


def _index_object(content_type_id: int, object_id: int) -> str:
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    instance = model._default_manager.filter(pk=object_id).first() if model else None
    if instance is None:
        indexing.remove_entry(content_type_id, object_id)
        return "removed"
    batch = [instance, *_thread_of(instance)]
    # And what quotes them, two levels down: unpublishing a discussion hides its
    # contributions and their translations; hiding a contribution, its replies' translations.
    pending = list(batch)
    for _level in range(2):
        pending = [dependent for item in pending for dependent in documents.dependents(item)]
        batch += pending
    written, unchanged, removed = indexing.index_objects(batch)
    return "removed" if removed else ("indexed" if written else "unchanged")


@shared_task
def remove_object(content_type_id: int, object_id: int) -> int:
    return indexing.remove_entry(content_type_id, object_id)


def _thread_of(contribution) -> list:
    """Other contributions in the thread: hiding or approving one changes its replies too
    (django-comments-xtd copies visibility down a thread without saving each reply)."""
    thread_id = getattr(contribution, "thread_id", None)
    if not thread_id or isinstance(contribution, Page):
        return []
    return list(
        type(contribution)._default_manager.filter(thread_id=thread_id).exclude(pk=contribution.pk)
    )
