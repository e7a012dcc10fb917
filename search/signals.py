"""Keep the index in step with the other apps, which never import search."""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from accounts.models import Profile
from discussions.models import Contribution, ContributionTranslation
from home.outbox import enqueue

from . import documents
from .models import SearchEntry
from .tasks import index_member, index_object, remove_object

logger = logging.getLogger("minga.search")


def page_changed(sender, instance, **kwargs) -> None:
    if documents.is_indexed(instance):
        enqueue(index_object, instance.content_type_id, instance.pk)


def page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) and SearchEntry.objects.filter(object_id=instance.pk).exists():
        enqueue(remove_object, instance.content_type_id, instance.pk)


def record_changed(sender, instance, raw=False, **kwargs) -> None:
    """A contribution or a stored translation (a row of its contribution's record) saved:
    approving or hiding a contribution saves it, and the task indexes or drops it."""
    if not raw:
        enqueue(index_object, ContentType.objects.get_for_model(sender).pk, instance.pk)


def record_deleted(sender, instance, **kwargs) -> None:
    enqueue(remove_object, ContentType.objects.get_for_model(sender).pk, instance.pk)
    for summary in documents.summaries([instance]):  # its discussion names its author's partner
        enqueue(index_object, ContentType.objects.get_for_model(summary).pk, summary.pk)


def profile_changed(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    """A member's profile saved: their contributions name the organisation it links to."""
    if raw or (update_fields is not None and "partner" not in update_fields):
        return
    if Contribution.objects.filter(user_id=instance.user_id).exists():
        enqueue(index_member, instance.user_id)


def contribution_questions_changed(sender, instance, action, reverse=False, **kwargs) -> None:
    """The questions a contribution answers are set after it is saved."""
    if action.startswith("post_") and not reverse:
        record_changed(Contribution, instance)


# (signal, receiver, sender, dispatch_uid); sender None: every sender (pages of any type).
CONNECTIONS = (
    (page_published, page_changed, None, "search-page-published"),
    (page_unpublished, page_changed, None, "search-page-unpublished"),
    (post_delete, page_deleted, None, "search-page-deleted"),
    (post_save, record_changed, Contribution, "search-contribution"),
    (post_delete, record_deleted, Contribution, "search-contribution-del"),
    (post_save, record_changed, ContributionTranslation, "search-translation"),
    (post_delete, record_deleted, ContributionTranslation, "search-translation-del"),
    (post_save, profile_changed, Profile, "search-profile"),
    (
        m2m_changed,
        contribution_questions_changed,
        Contribution.guiding_questions.through,
        "search-contribution-questions",
    ),
)


def connect() -> None:
    for signal, receiver, sender, uid in CONNECTIONS:
        signal.connect(receiver, sender=sender, dispatch_uid=uid)


def disconnect() -> None:
    """Stop indexing on save (benchmarks and bulk imports index once, afterwards)."""
    for signal, _receiver, sender, uid in CONNECTIONS:
        signal.disconnect(sender=sender, dispatch_uid=uid)
