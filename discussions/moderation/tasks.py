"""Moderation e-mails (batched notices to moderators, verdicts to authors) and large exports."""

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.emails import in_language_of, send_to_member
from discussions.models import Contribution, DiscussionPage
from home.outbox import enqueue, once
from home.urls import absolute_page_url, absolute_url

from .exports import store_export
from .models import HeldBecause, ModerationRecord, ModeratorNotice, State
from .policy import moderators_of


def _send(template: str, context: dict, user) -> None:
    send_to_member(user, f"moderation/email/{template}", context)


def queue_moderator_notice(discussion_pk: int) -> None:
    enqueue(notify_moderators, discussion_pk)


def _waiting(discussion_pk: int, since):
    records = ModerationRecord.objects.filter(
        contribution__discussion_id=discussion_pk, state__in=[State.PENDING, State.HIDDEN]
    ).exclude(held_because=HeldBecause.MODERATOR)
    if since:
        records = records.filter(updated_at__gt=since)
    return records.select_related("contribution").order_by("updated_at")


@shared_task
def notify_moderators(discussion_pk: int) -> int:
    """E-mail each moderator about new waiting items, at most once per window and discussion."""
    discussion = DiscussionPage.objects.filter(pk=discussion_pk).first()
    if discussion is None:
        return 0
    window = timedelta(minutes=settings.MINGA_MODERATOR_NOTICE_MINUTES)
    sent, retry_in = 0, None
    for moderator in moderators_of(discussion):
        with transaction.atomic():
            ModeratorNotice.objects.get_or_create(moderator=moderator, discussion=discussion)
            notice = ModeratorNotice.objects.select_for_update().get(
                moderator=moderator, discussion=discussion
            )
            now = timezone.now()
            waiting = list(_waiting(discussion_pk, notice.last_sent_at))
            if not waiting:
                continue
            if notice.last_sent_at and now - notice.last_sent_at < window:
                retry_in = window - (now - notice.last_sent_at)
                continue
            context = {
                "moderator": moderator,
                "discussion": discussion,
                "records": waiting,
                "minutes": settings.MINGA_MODERATOR_NOTICE_MINUTES,
                "queue_url": absolute_url(reverse("moderation_admin:queue"))
                + f"?discussion={discussion.pk}",
            }
            _send("moderator_notice", context, moderator)
            notice.last_sent_at = now
            notice.save(update_fields=["last_sent_at"])
            sent += 1
    if retry_in is not None and not settings.CELERY_TASK_ALWAYS_EAGER:
        # Items that arrived inside the window go out in one mail when it ends.
        notify_moderators.apply_async((discussion_pk,), countdown=retry_in.total_seconds() + 1)
    return sent


@shared_task
def notify_author(contribution_pk: int, verdict: str) -> bool:
    """Tell the author their contribution was approved or rejected (with the reason)."""
    contribution = (
        Contribution.objects.select_related("discussion", "user__profile", "moderation")
        .filter(pk=contribution_pk)
        .first()
    )
    if contribution is None or contribution.user is None or not contribution.user.email:
        return False
    moderation = getattr(contribution, "moderation", None)
    decided = moderation.updated_at.timestamp() if moderation else ""
    key = f"moderation:verdict:{contribution.pk}:{verdict}:{decided}"
    template = "approved" if verdict == "approve" else "rejected"
    with once(key) as first, in_language_of(contribution.user):
        if first:  # else this decision was already announced (a redelivered task)
            context = {
                "contribution": contribution,
                "discussion": contribution.discussion,
                "verdict": verdict,
                "reason": getattr(moderation, "reason", ""),
                # Links open in the author's language.
                "contribution_url": absolute_url(
                    reverse("discussions:permalink", kwargs={"pk": contribution.pk})
                ),
                "discussion_url": absolute_page_url(contribution.discussion),
            }
            _send(template, context, contribution.user)
        return first


@shared_task
def export_for_moderator(discussion_pk: int, file_format: str, user_pk: int, full: bool) -> str:
    """Write a large export to PRIVATE_ROOT/exports/ and e-mail the moderator a download link."""
    discussion = DiscussionPage.objects.get(pk=discussion_pk)
    user = get_user_model().objects.get(pk=user_pk)
    name = store_export(discussion, file_format, full=full)
    context = {
        "discussion": discussion,
        "download_url": absolute_url(reverse("moderation_admin:download", kwargs={"name": name})),
    }
    _send("export_ready", context, user)
    return name
