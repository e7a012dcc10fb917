"""A transactional outbox: background tasks are written to the database with the change that
needs them, then handed to Celery, so a broker outage delays a task but never loses it.

`enqueue(task, *args)` stores a row in the caller's transaction and, once it commits, tries to
publish it at once (with short broker timeouts). A row that could not be published stays; the
`home.tasks.drain_outbox` beat task, a worker starting up and `manage.py requeue_outbox` publish
it later.

A published row stays until its task has run: the task carries the row's id in its task id,
and the worker deletes the row when the task succeeds (Celery's task_postrun signal, below).
A broker that loses its queue (a Redis restart without persistence) therefore loses nothing:
a row handed over but not started within MINGA_OUTBOX_REDELIVERY_SECONDS is published again;
a started one gets the broker's visibility timeout (the longest task) before that happens.
Delivery is at least once: consumers must be idempotent (see `first_time` and `once`).
"""

import logging
import re
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from celery import current_app, states
from celery.signals import task_postrun, task_prerun
from django.conf import settings
from django.db import (
    IntegrityError,
    InterfaceError,
    OperationalError,
    connection,
    models,
    transaction,
)
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger("minga.outbox")

LEASE = timedelta(minutes=2)  # a sender's claim on a row; after it, another sender may try
MAX_ATTEMPTS = 20
TASK_ID = re.compile(r"^outbox-(\d+)-")  # the task id of a call published from a row


def redelivery_window() -> timedelta:
    """How long a handed-over task may wait in the queue before its row is published again."""
    return timedelta(seconds=settings.MINGA_OUTBOX_REDELIVERY_SECONDS)


def running_window() -> timedelta:
    """How long a started task may run before its row is published again (longest task)."""
    return timedelta(seconds=settings.CELERY_VISIBILITY_TIMEOUT)


class OutboxMessage(models.Model):
    """A task call waiting to be handed to the broker or to run (deleted once it has run)."""

    task = models.CharField(_("task"), max_length=200)
    args = models.JSONField(_("arguments"), default=list)
    kwargs = models.JSONField(_("keyword arguments"), default=dict)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    available_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("handed to the broker at"), null=True, blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)

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


class Delivery:
    """The on-commit publication of one stored call (deliver), which knows its call."""

    def __init__(self, message: OutboxMessage):
        self.message = message

    def __call__(self) -> None:
        deliver(self.message.pk)

    def calls(self, task: str, args: list, kwargs: dict) -> bool:
        message = self.message
        return (message.task, message.args, message.kwargs) == (task, args, kwargs)


def _waiting(task: str, args: list, kwargs: dict) -> OutboxMessage | None:
    """The same call stored earlier in the open transaction and not yet published (its
    on-commit publication still pending: a rolled-back savepoint discards it too)."""
    for _savepoints, callback, _robust in transaction.get_connection().run_on_commit:
        if isinstance(callback, Delivery) and callback.calls(task, args, kwargs):
            return callback.message
    return None


def enqueue(task, *args, **kwargs) -> OutboxMessage:
    """Store a call of `task` with the current transaction; publish it once that commits.
    A call the transaction already stored is stored once (saving a contribution and setting
    its questions both ask for its indexing): the task runs after the commit and reads it."""
    waiting = _waiting(task.name, list(args), kwargs)
    if waiting is not None:
        return waiting
    message = OutboxMessage.objects.create(task=task.name, args=list(args), kwargs=kwargs)
    transaction.on_commit(Delivery(message))
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
    try:
        if not _claim(pk):
            return False
        message = OutboxMessage.objects.get(pk=pk)
    except Exception:  # the database blinked: the row stays for the next drain
        logger.warning("Outbox message %s could not be read", pk, exc_info=True)
        return False
    try:
        task = current_app.tasks[message.task]
        task_id = f"outbox-{pk}-{uuid.uuid4().hex}"
        task.apply_async(message.args, message.kwargs, task_id=task_id, ignore_result=True)
    except Exception as error:  # broker down, or an eager task failed: try again later
        logger.warning("Outbox message %s (%s) not delivered: %r", pk, message.task, error)
        _record_failure(message, error)
        return False
    try:  # kept until the task has run (an eager task has already deleted it)
        now = timezone.now()
        OutboxMessage.objects.filter(pk=pk, started_at__isnull=True).update(
            sent_at=now, available_at=now + redelivery_window()
        )
    except Exception:  # the lease runs out and the row is sent again; consumers are idempotent
        logger.warning("Outbox message %s sent but not marked", pk, exc_info=True)
    return True


def _row(task_id: str | None) -> int | None:
    match = TASK_ID.match(task_id or "")
    return int(match.group(1)) if match else None


@task_prerun.connect(dispatch_uid="minga.outbox.started")
def _task_started(task_id=None, task=None, **kwargs) -> None:
    """A worker took the task: its row waits for the longest task before being sent again."""
    pk = _row(task_id)
    if pk is None or task.request.is_eager:
        return
    now = timezone.now()
    try:
        OutboxMessage.objects.filter(pk=pk).update(
            started_at=now, available_at=now + running_window()
        )
    except Exception:  # the task itself meets the outage and retries
        logger.warning("Outbox message %s: start not recorded", pk, exc_info=True)


@task_postrun.connect(dispatch_uid="minga.outbox.finished")
def _task_finished(task_id=None, task=None, state=None, retval=None, **kwargs) -> None:
    """Delete the row of a task that succeeded; a retried or failed one is sent again later."""
    pk = _row(task_id)
    if pk is None:
        return
    rows = OutboxMessage.objects.filter(pk=pk)
    now = timezone.now()
    try:
        if state == states.SUCCESS:
            # A database restart at this instant would leave a finished task's row waiting a
            # whole visibility timeout to run again: wait out a short outage instead.
            _despite_a_short_outage(rows.delete)
        elif task.request.is_eager:
            return  # `deliver` records the failure of a task it ran itself
        elif state == states.RETRY:  # the retry waits in the broker, which may lose it
            rows.update(started_at=None, sent_at=now, available_at=now + redelivery_window())
        else:
            message = rows.first()
            if message is not None:
                _record_failure(message, retval)
    except Exception:  # done twice at worst; consumers are idempotent
        logger.warning("Outbox message %s: end (%s) not recorded", pk, state, exc_info=True)


def _despite_a_short_outage(action, attempts: int = 5, pause: float = 1.0):
    """Run `action`; on a lost database connection, reconnect and try again (1+2+3+4 s)."""
    for attempt in range(1, attempts + 1):
        try:
            return action()
        except (OperationalError, InterfaceError):
            if attempt == attempts or connection.in_atomic_block:
                raise  # inside a transaction, its owner decides
            connection.close()  # the next query opens a new connection
            time.sleep(pause * attempt)


def _record_failure(message: OutboxMessage, error: Exception) -> None:
    attempts = message.attempts + 1
    try:
        OutboxMessage.objects.filter(pk=message.pk).update(
            attempts=attempts,
            available_at=timezone.now() + _backoff(attempts),
            last_error=repr(error)[:2000],
            sent_at=None,
            started_at=None,
        )
    except Exception:
        logger.warning("Outbox message %s: failure not recorded", message.pk, exc_info=True)


def pending(include_failed: bool = False):
    """Rows due for (another) attempt, oldest first: never handed over, or handed over and
    not done within their window."""
    now = timezone.now()
    rows = OutboxMessage.objects.filter(Q(available_at__isnull=True) | Q(available_at__lte=now))
    if not include_failed:
        rows = rows.filter(attempts__lt=MAX_ATTEMPTS)
    return rows.order_by("pk")


def drain(limit: int | None = None, include_failed: bool = False, now: bool = False) -> int:
    """Publish what is due; returns how many were handed over. With `now`, also every row
    handed over and not started (lost by a broker restart, or still queued: sent twice)."""
    if now:
        OutboxMessage.objects.filter(started_at__isnull=True).update(available_at=None)
    pks = list(pending(include_failed).values_list("pk", flat=True)[:limit])
    return sum(deliver(pk) for pk in pks)


def waiting():
    """Rows not handed to the broker yet."""
    return OutboxMessage.objects.filter(sent_at__isnull=True, started_at__isnull=True)


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
