"""With SYNTHESIS_EMBED_ON_POST, a published contribution's passages are embedded when it is
posted or edited (by a worker), so computing the draft later only groups stored vectors."""

from django.conf import settings
from django.db.models.signals import post_save

from home.outbox import enqueue

from ..models import Contribution
from .tasks import store_contribution_passages


def contribution_saved(sender, instance, raw=False, **kwargs) -> None:
    if raw or not settings.SYNTHESIS_EMBED_ON_POST:
        return
    if instance.is_public and not instance.is_removed:
        enqueue(store_contribution_passages, instance.pk)


def connect() -> None:
    post_save.connect(contribution_saved, sender=Contribution, dispatch_uid="synthesis-passages")
