"""Background work shared by every app: publishing what the outbox holds."""

from celery import shared_task

from . import outbox


@shared_task(ignore_result=True)
def drain_outbox() -> int:
    """Hand the broker every stored task call that is due (run by beat and at worker start)."""
    return outbox.drain()
