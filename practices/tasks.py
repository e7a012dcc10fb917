"""Background work of the catalogue."""

from celery import shared_task
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation


@shared_task
def notify_submitter_of_publication(submission_id: int) -> bool:
    """E-mail the member whose proposed practice went live; runs at most once per submission."""
    from .models import PracticeSubmission

    claimed = PracticeSubmission.objects.filter(pk=submission_id, notified_at__isnull=True).update(
        notified_at=timezone.now()
    )
    if not claimed:
        return False
    submission = PracticeSubmission.objects.select_related("submitted_by", "page").get(
        pk=submission_id
    )
    user = submission.submitted_by
    if not user.email:
        return False
    profile = getattr(user, "profile", None)
    language = getattr(profile, "preferred_language", None) or "en"
    with translation.override(language):
        context = {
            "user": user,
            "name": profile.display_name if profile else user.get_username(),
            "page": submission.page,
            "url": submission.page.get_full_url(),
        }
        subject = render_to_string("practices/email/published_subject.txt", context).strip()
        body = render_to_string("practices/email/published_body.txt", context)
    send_mail(subject, body, None, [user.email])
    return True
