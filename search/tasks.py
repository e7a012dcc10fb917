"""Indexing tasks: take primary keys, idempotent, safe to run twice or out of order."""

from celery import shared_task
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from wagtail.models import Page

from home.page_cache import purge

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
        remove_object(content_type_id, object_id)
        return "removed"
    batch = [instance, *_thread_of(instance)]
    # And what quotes them, two levels down: unpublishing a discussion hides its
    # contributions and their translations; hiding a contribution, its replies' translations.
    pending = list(batch)
    for _level in range(2):
        pending = [dependent for item in pending for dependent in documents.dependents(item)]
        batch += pending
    # And what sums them up: a discussion names the organisations of its contributors.
    batch += documents.summaries(batch)
    written, unchanged, removed = indexing.index_objects(batch)
    _purge_search_pages(written, removed)
    return "removed" if removed else ("indexed" if written else "unchanged")


@shared_task
def index_member(user_id: int) -> str:
    """(Re)index what a member wrote: each entry names the organisation on their profile."""
    with translation.override(settings.LANGUAGE_CODE):
        written, _unchanged, removed = indexing.index_objects(documents.member_records(user_id))
    _purge_search_pages(written, removed)
    return "indexed" if written else "unchanged"


@shared_task
def remove_object(content_type_id: int, object_id: int) -> int:
    removed = indexing.remove_entry(content_type_id, object_id)
    _purge_search_pages(0, removed)
    return removed


def _purge_search_pages(written: int, removed: int) -> None:
    """Cached search pages change when the index does, which is after the change that queued
    the task (a post purges them too, but a search page cached before its entry was written
    would otherwise miss the new contribution until it expires). An entry taken away purges
    hard."""
    if written or removed:
        purge("search", hard=bool(removed))


def _thread_of(contribution) -> list:
    """Other contributions in the thread: hiding or approving one changes its replies too
    (django-comments-xtd copies visibility down a thread without saving each reply)."""
    thread_id = getattr(contribution, "thread_id", None)
    if not thread_id or isinstance(contribution, Page):
        return []
    return list(
        type(contribution)._default_manager.filter(thread_id=thread_id).exclude(pk=contribution.pk)
    )
