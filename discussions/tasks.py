"""Background work for discussions: e-mail followers about new contributions, translate them.

The tasks, and the functions that queue them (through the outbox)."""

import logging

from celery import shared_task
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache

from home.outbox import enqueue, once
from translation.providers import TranslationError

from .models import Contribution, DiscussionPage
from .notifications import send_contact_message, send_notification, subscriptions_to_notify
from .translations import translate_contribution_now

logger = logging.getLogger("minga.translation")

ON_DEMAND_SECONDS = 600  # a member's request for one language is queued once in this time


def queue_notifications(contribution) -> None:
    """E-mail the followers once the contribution is committed (never inside the request)."""
    enqueue(notify_followers, contribution.pk)


@shared_task
def notify_followers(contribution_pk: int) -> int:
    """Send one e-mail per follower; returns how many were sent (0 if it is not published)."""
    contribution = (
        Contribution.objects.published()
        .select_related("discussion", "user__profile")
        .filter(pk=contribution_pk)
        .first()
    )
    # Once per contribution, even if the task runs twice (retries, a moderator's approval).
    if contribution is None:
        return 0
    # The receipt is in the database, shared by every worker (a process's cache is not).
    key = f"discussions:notified:{contribution.pk}:{contribution.submit_date.timestamp()}"
    with once(key) as first:
        return _send_notifications(contribution) if first else 0


def _send_notifications(contribution) -> int:
    return sum(
        send_notification(contribution, subscription)
        for subscription in subscriptions_to_notify(contribution)
    )


@shared_task
def contact_moderators(discussion_pk: int, sender_pk: int, subject: str, message: str, key: str):
    """A member's message to the moderators (discussions/people.py), sent once per `key`."""
    discussion = DiscussionPage.objects.filter(pk=discussion_pk).first()
    sender = get_user_model().objects.select_related("profile").filter(pk=sender_pk).first()
    if discussion is None or sender is None:
        return 0
    with once(f"discussions:contact:{key}") as first:
        return send_contact_message(discussion, sender, subject, message) if first else 0


@shared_task(bind=True, max_retries=settings.MINGA_TRANSLATION_MAX_RETRIES, acks_late=True)
def translate_contribution(self, contribution_pk: int, languages: list[str] | None = None):
    """Translate a published contribution; a failing provider is retried with backoff.

    Without a worker (eager tasks) there is no retry: the request would wait for it. Either
    way the contribution stays shown in its original, and giving up leaves a log line.
    """
    try:
        return translate_contribution_now(contribution_pk, languages)
    except TranslationError as error:
        tries = self.request.retries + 1
        if settings.CELERY_TASK_ALWAYS_EAGER or self.request.retries >= self.max_retries:
            logger.warning(
                "Gave up translating contribution %s after %s tries: %s",
                contribution_pk,
                tries,
                error,
            )
            return []
        backoff = get_exponential_backoff_interval(
            factor=settings.MINGA_TRANSLATION_RETRY_DELAY,
            retries=self.request.retries,
            maximum=600,
            full_jitter=True,
        )
        raise self.retry(exc=error, countdown=max(backoff, error.retry_after or 0)) from error


def queue_translation(contribution) -> None:
    """Translate a published or edited contribution into every language it lacks."""
    enqueue(translate_contribution, contribution.pk)


def request_translation(contribution, language: str) -> bool:
    """Queue a translation into one language, at most once in ON_DEMAND_SECONDS."""
    if not cache.add(f"translation:asked:{contribution.pk}:{language}", True, ON_DEMAND_SECONDS):
        return False
    enqueue(translate_contribution, contribution.pk, [language])
    return True
