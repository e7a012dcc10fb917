"""A transactional outbox: background tasks are written to the database with the change that
needs them, then handed to Celery, so a broker outage delays a task but never loses it.

`enqueue(task, *args)` stores a row in the caller's transaction and, once it commits, tries to
publish it at once (with short broker timeouts). A row that could not be published stays; the
`home.tasks.drain_outbox` beat task, a worker starting up and `manage.py requeue_outbox` publish
it later. Delivery is at least once: consumers must be idempotent (see `first_time`).
"""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger("minga.outbox")

LEASE = timedelta(minutes=2)  # a sender's claim on a row; after it, another sender may try
MAX_ATTEMPTS = 20


class OutboxMessage(models.Model):
    """A task call waiting to be handed to the broker (deleted once it is)."""

    task = models.CharField(_("task"), max_length=200)
    args = models.JSONField(_("arguments"), default=list)
    kwargs = models.JSONField(_("keyword arguments"), default=dict)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    available_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        app_label = "home"
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox messages")
        indexes = [models.Index(fields=["available_at"], name="home_outbox_available")]

    def __str__(self) -> str:
        return f"{self.task}{tuple(self.args)}"


class TaskReceipt(models.Model):
    """A key a task records the first time it does something it must do only once."""

    key = models.CharField(_("key"), max_length=200, unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        app_label = "home"
        verbose_name = _("task receipt")
        verbose_name_plural = _("task receipts")

    def __str__(self) -> str:
        return self.key


def enqueue(task, *args, **kwargs) -> OutboxMessage:
    """Store a call of `task` with the current transaction; publish it once that commits."""
    message = OutboxMessage.objects.create(task=task.name, args=list(args), kwargs=kwargs)
    transaction.on_commit(lambda: deliver(message.pk))
    return message


def _claim(pk: int) -> bool:
    """Take the row for one lease, unless another sender holds it or it is gone."""
    now = timezone.now()
    free = Q(available_at__isnull=True) | Q(available_at__lte=now)
    return bool(OutboxMessage.objects.filter(free, pk=pk).update(available_at=now + LEASE))


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(30 * 2**attempts, 3600))


def deliver(pk: int) -> bool:
    """Publish one stored call; True once it is handed over (or ran, in eager mode)."""
    # Celery is imported here: home's models load before the Celery app is configured.
    from celery import current_app

    try:
        if not _claim(pk):
            return False
        message = OutboxMessage.objects.get(pk=pk)
    except Exception:  # the database blinked: the row stays for the next drain
        logger.warning("Outbox message %s could not be read", pk, exc_info=True)
        return False
    try:
        task = current_app.tasks[message.task]
        task.apply_async(message.args, message.kwargs, ignore_result=True)
    except Exception as error:  # broker down, or an eager task failed: try again later
        logger.warning("Outbox message %s (%s) not delivered: %r", pk, message.task, error)
        _record_failure(message, error)
        return False
    try:
        OutboxMessage.objects.filter(pk=pk).delete()
    except Exception:  # published twice at worst; consumers are idempotent
        logger.warning("Outbox message %s sent but not cleared", pk, exc_info=True)
    return True


def _record_failure(message: OutboxMessage, error: Exception) -> None:
    attempts = message.attempts + 1
    try:
        OutboxMessage.objects.filter(pk=message.pk).update(
            attempts=attempts,
            available_at=timezone.now() + _backoff(attempts),
            last_error=repr(error)[:2000],
        )
    except Exception:
        logger.warning("Outbox message %s: failure not recorded", message.pk, exc_info=True)


def pending(include_failed: bool = False):
    """Rows due for (another) attempt, oldest first."""
    now = timezone.now()
    rows = OutboxMessage.objects.filter(Q(available_at__isnull=True) | Q(available_at__lte=now))
    if not include_failed:
        rows = rows.filter(attempts__lt=MAX_ATTEMPTS)
    return rows.order_by("pk")


def drain(limit: int | None = None, include_failed: bool = False, now: bool = False) -> int:
    """Publish what is due (everything waiting, with `now`); returns how many were handed over."""
    if now:
        OutboxMessage.objects.update(available_at=None)
    pks = list(pending(include_failed).values_list("pk", flat=True)[:limit])
    return sum(deliver(pk) for pk in pks)


def first_time(key: str) -> bool:
    """True the first time `key` is seen, False after: a consumer's guard against redelivery."""
    try:
        with transaction.atomic():
            TaskReceipt.objects.create(key=key[:200])
    except IntegrityError:
        return False
    return True


@contextmanager
def once(key: str) -> Iterator[bool]:
    """`with once(key) as first:` the receipt is kept only if the block ends without error.

    The block runs in the receipt's transaction: if the database fails in it, the receipt is
    never committed and a retry does the work (a concurrent run waits for the first to end).
    """
    with transaction.atomic():
        yield first_time(key)
