"""Keep the index in step with the other apps, which never import search."""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from home.outbox import enqueue

from . import documents

logger = logging.getLogger("minga.search")


def _queue(task, content_type_id: int, object_id: int) -> None:
    enqueue(task, content_type_id, object_id)


def _content_type_id(instance) -> int:
    if isinstance(instance, Page):
        return instance.content_type_id
    return ContentType.objects.get_for_model(type(instance)).pk


def _is_indexed_type(instance) -> bool:
    return any(isinstance(instance, model) for model in documents.builders())


def page_changed(sender, instance, **kwargs) -> None:
    from .tasks import index_object

    if _is_indexed_type(instance.specific_deferred):
        _queue(index_object, instance.content_type_id, instance.pk)


def page_deleted(sender, instance, **kwargs) -> None:
    from .models import SearchEntry
    from .tasks import remove_object

    if isinstance(instance, Page) and SearchEntry.objects.filter(object_id=instance.pk).exists():
        _queue(remove_object, instance.content_type_id, instance.pk)


def contribution_changed(sender, instance, raw=False, **kwargs) -> None:
    from .tasks import index_object

    if not raw:
        _queue(index_object, _content_type_id(instance), instance.pk)


def contribution_questions_changed(sender, instance, action, reverse=False, **kwargs) -> None:
    if action.startswith("post_") and not reverse:
        contribution_changed(sender, instance)


def contribution_deleted(sender, instance, **kwargs) -> None:
    from .tasks import remove_object

    _queue(remove_object, _content_type_id(instance), instance.pk)


def connect() -> None:
    page_published.connect(page_changed, dispatch_uid="search-page-published")
    page_unpublished.connect(page_changed, dispatch_uid="search-page-unpublished")
    post_delete.connect(page_deleted, dispatch_uid="search-page-deleted")
    model = documents.contribution_model()
    if model is not None:
        # Approving or hiding a contribution saves it: the task indexes or drops it.
        post_save.connect(contribution_changed, sender=model, dispatch_uid="search-contribution")
        post_delete.connect(
            contribution_deleted, sender=model, dispatch_uid="search-contribution-del"
        )
    translations = documents.contribution_translation_model()
    if translations is not None:
        # A stored translation is a row of its contribution's record (search.documents).
        post_save.connect(
            contribution_changed, sender=translations, dispatch_uid="search-translation"
        )
        post_delete.connect(
            contribution_deleted, sender=translations, dispatch_uid="search-translation-del"
        )
    if model is not None:
        questions = getattr(model, "guiding_questions", None)
        if questions is not None:
            # The questions a contribution answers are set after it is saved.
            m2m_changed.connect(
                contribution_questions_changed,
                sender=questions.through,
                dispatch_uid="search-contribution-questions",
            )


def disconnect() -> None:
    """Stop indexing on save (benchmarks and bulk imports index once, afterwards)."""
    page_published.disconnect(dispatch_uid="search-page-published")
    page_unpublished.disconnect(dispatch_uid="search-page-unpublished")
    post_delete.disconnect(dispatch_uid="search-page-deleted")
    model = documents.contribution_model()
    if model is not None:
        post_save.disconnect(sender=model, dispatch_uid="search-contribution")
        post_delete.disconnect(sender=model, dispatch_uid="search-contribution-del")
    translations = documents.contribution_translation_model()
    if translations is not None:
        post_save.disconnect(sender=translations, dispatch_uid="search-translation")
        post_delete.disconnect(sender=translations, dispatch_uid="search-translation-del")
