"""The draft computed off the request, its progress stored on the synthesis for the admin."""

import logging

from celery import shared_task

from ..models import Contribution, DiscussionPage, DraftJob, Synthesis
from .draft import compute_draft, refresh_passages

logger = logging.getLogger("minga.discussions")


@shared_task
def compute_synthesis_draft(discussion_pk: int) -> None:
    """Idempotent: the same contributions give the same draft (it replaces the key points)."""
    discussion = DiscussionPage.objects.filter(pk=discussion_pk).first()
    if discussion is None:
        return
    rows = Synthesis.objects.filter(discussion=discussion)
    rows.update(job=DraftJob.RUNNING, progress=0, job_message="")

    def progress(percent: int) -> None:
        rows.update(progress=min(int(percent), 99))

    try:
        compute_draft(discussion, progress)
    except Exception as error:  # noqa: BLE001 (shown in the admin; a moderator starts it again)
        logger.exception("The synthesis draft of discussion %s failed", discussion_pk)
        rows.update(job=DraftJob.FAILED, job_message=repr(error)[:300])


@shared_task
def store_contribution_passages(contribution_pk: int) -> None:
    """Cut and embed one contribution's passages (nothing to do when its text is unchanged)."""
    contribution = Contribution.objects.filter(pk=contribution_pk).first()
    if contribution is not None:
        refresh_passages([contribution], lambda percent: None)
