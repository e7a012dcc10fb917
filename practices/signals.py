"""Tell the member who proposed a practice when an editor publishes it."""

from django.dispatch import receiver
from wagtail.signals import page_published

from home.outbox import enqueue

from .models import GoodPracticePage, PracticeSubmission
from .tasks import notify_submitter_of_publication


@receiver(page_published, sender=GoodPracticePage)
def queue_publication_notice(sender, instance, **kwargs):
    submission = (
        PracticeSubmission.objects.filter(page_id=instance.pk, notified_at__isnull=True)
        .values_list("pk", flat=True)
        .first()
    )
    if submission is not None:
        enqueue(notify_submitter_of_publication, submission)
