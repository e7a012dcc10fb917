"""Background work of the catalogue."""

from celery import shared_task
from django.contrib.auth import get_user_model
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from accounts.emails import in_language_of, send_to_member
from home.urls import absolute_page_url

from . import import_jobs
from .interchange import import_file
from .models import PracticeSubmission


@shared_task
def notify_submitter_of_publication(submission_id: int) -> bool:
    """E-mail the member whose proposed practice went live; runs at most once per submission."""
    claimed = PracticeSubmission.objects.filter(pk=submission_id, notified_at__isnull=True).update(
        notified_at=timezone.now()
    )
    if not claimed:
        return False
    submission = PracticeSubmission.objects.select_related("submitted_by", "page").get(
        pk=submission_id
    )
    user = submission.submitted_by
    profile = getattr(user, "profile", None)
    with in_language_of(user):
        context = {
            "user": user,
            "name": profile.display_name if profile else user.get_username(),
            "page": submission.page,
            "url": absolute_page_url(submission.page),
        }
        return send_to_member(user, "practices/email/published", context)


@shared_task
def import_practices_file(
    stored: str, name: str, user_pk: int, *, dry_run: bool = False, publish: bool = False
) -> str:
    """Import a large file an editor uploaded, then e-mail them the report; returns the summary."""
    import_jobs.clean_leftovers()
    user = get_user_model().objects.filter(pk=user_pk).first()
    source = None if import_jobs.is_cancelled(stored) else import_jobs.open_upload(stored)
    if source is None:
        import_jobs.finish(stored)
        return ""
    options = {"dry_run": dry_run, "publish": publish, "user": user}
    try:
        on_batch = import_jobs.progress_callback(stored, name, user_pk)
        with source:
            report = import_file(source, name, on_batch=on_batch, **options)
    except (OperationalError, InterfaceError):
        raise  # the retry imports the file again (saved batches become updates)
    except BaseException:
        import_jobs.finish(stored)
        raise
    import_jobs.finish(stored)
    if user is not None:
        context = {"name": name, "report": report, "errors": report.errors[:100]}
        send_to_member(user, "practices/email/import_report", context)
    return report.summary()
