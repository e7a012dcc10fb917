"""Tell the member who proposed a practice when an editor publishes it."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from .models import GoodPracticePage, PracticeSubmission


@receiver(page_published, sender=GoodPracticePage)
def queue_publication_notice(sender, instance, **kwargs):
    submission = (
        PracticeSubmission.objects.filter(page_id=instance.pk, notified_at__isnull=True)
        .values_list("pk", flat=True)
        .first()
    )
    if submission is not None:
        from .tasks import notify_submitter_of_publication

        transaction.on_commit(lambda: notify_submitter_of_publication.delay(submission))
