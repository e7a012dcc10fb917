"""Celery application: tasks run eagerly without CELERY_BROKER_URL, on Redis with it.

Every task retries with exponential backoff when the database or the broker blinks (a
PostgreSQL restart, a Redis failover), instead of failing for good; tasks are idempotent, so
a retry or a redelivery after `acks_late` never does their work twice.
"""

import os

from celery import Celery, Task
from celery.signals import worker_ready
from django.db import InterfaceError, OperationalError
from kombu.exceptions import OperationalError as BrokerError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minga.settings.dev")

TRANSIENT_ERRORS = (OperationalError, InterfaceError, BrokerError, ConnectionError, TimeoutError)


class RetryingTask(Task):
    """Retries on transient errors: 1 s, 2 s, 4 s ... up to 10 minutes apart, 8 times."""

    autoretry_for = TRANSIENT_ERRORS
    retry_backoff = True
    retry_backoff_max = 600
    retry_jitter = True
    max_retries = 8


app = Celery("minga", task_cls=RetryingTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_ready.connect
def drain_outbox_on_start(sender=None, **kwargs) -> None:
    """A worker coming back publishes what was stored while the broker was away."""
    app.send_task("home.tasks.drain_outbox")
