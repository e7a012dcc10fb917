"""Background work of the catalogue."""

from pathlib import Path

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone, translation

from home.mail import render_text
from home.urls import absolute_page_url


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
            "url": absolute_page_url(submission.page),
        }
        subject = render_text("practices/email/published_subject.txt", context).strip()
        body = render_text("practices/email/published_body.txt", context)
    send_mail(subject, body, None, [user.email])
    return True


def imports_directory() -> Path:
    """Uploaded files waiting for a background import: private, never under MEDIA_ROOT."""
    return Path(settings.PRIVATE_ROOT) / "imports"


@shared_task
def import_practices_file(
    stored: str, name: str, user_pk: int, *, dry_run: bool = False, publish: bool = False
) -> str:
    """Import a large file an editor uploaded, then e-mail them the report; returns the summary."""
    from django.contrib.auth import get_user_model

    from .interchange import import_file

    path = imports_directory() / stored
    user = get_user_model().objects.filter(pk=user_pk).first()
    try:
        report = import_file(path.read_bytes(), name, dry_run=dry_run, publish=publish, user=user)
    finally:
        path.unlink(missing_ok=True)
    if user is not None and user.email:
        profile = getattr(user, "profile", None)
        language = getattr(profile, "preferred_language", None) or "en"
        with translation.override(language):
            context = {"name": name, "report": report, "errors": report.errors[:100]}
            subject = render_text("practices/email/import_report_subject.txt", context)
            body = render_text("practices/email/import_report.txt", context)
        send_mail(" ".join(subject.split()), body, None, [user.email])
    return report.summary()
