"""Beat task: the digests whose period has ended."""

from datetime import datetime

from celery import shared_task
from django.utils import timezone

from . import digests


@shared_task
def send_due_digests(now: str | None = None) -> int:
    """Build every digest due at `now` (ISO time; the current time by default)."""
    moment = datetime.fromisoformat(now) if now else timezone.now()
    return digests.send_due_digests(moment)
