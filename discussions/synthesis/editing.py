"""What moderators do with a draft: write, reorder, merge, drop, add and publish key points.

Every change to a published synthesis purges the discussion's cached pages.
"""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from home.outbox import enqueue

from ..cache import purge_discussion
from ..models import DraftJob, KeyPoint, Synthesis, SynthesisStatus
from .draft import reach
from .tasks import compute_synthesis_draft


def synthesis_of(discussion) -> Synthesis:
    home = discussion.contributions_home
    synthesis, _created = Synthesis.objects.get_or_create(discussion=home)
    return synthesis


def _changed(synthesis: Synthesis) -> None:
    if synthesis.is_published:
        transaction.on_commit(lambda: purge_discussion(synthesis.discussion_id))


def request_draft(synthesis: Synthesis) -> None:
    """Queue the computation (once: a draft already waiting or running is not queued again)."""
    queued = Synthesis.objects.filter(pk=synthesis.pk).exclude(
        job__in=[DraftJob.QUEUED, DraftJob.RUNNING]
    )
    if queued.update(job=DraftJob.QUEUED, progress=0, job_message=""):
        enqueue(compute_synthesis_draft, synthesis.discussion_id)


def update_point(point: KeyPoint, title: str, text: str) -> None:
    point.title, point.text = title, text
    point.save(update_fields=["title", "text"])
    _changed(point.synthesis)


def _siblings(point: KeyPoint):
    return KeyPoint.objects.filter(
        synthesis=point.synthesis_id, question=point.question_id, is_outlier=point.is_outlier
    )


@transaction.atomic
def move(point: KeyPoint, step: int) -> None:
    """One place up (step -1) or down (+1) among the question's points."""
    ordered = list(_siblings(point).order_by("sort_order", "pk"))
    index = next(i for i, p in enumerate(ordered) if p.pk == point.pk)
    target = index + step
    if not 0 <= target < len(ordered):
        return
    ordered[index], ordered[target] = ordered[target], ordered[index]
    for order, item in enumerate(ordered):
        item.sort_order = order
    KeyPoint.objects.bulk_update(ordered, ["sort_order"])
    _changed(point.synthesis)


@transaction.atomic
def merge(points: list[KeyPoint]) -> KeyPoint | None:
    """The first point absorbs the others of the same question: passages, contributions, reach."""
    if len(points) < 2 or len({(p.synthesis_id, p.question_id) for p in points}) > 1:
        return None
    kept, others = points[0], points[1:]
    contributions = {
        c.pk: c for p in points for c in p.contributions.select_related("user__profile")
    }
    kept.passages = [passage for p in points for passage in p.passages]
    kept.is_outlier = False
    kept.participant_count, kept.country_count = reach(list(contributions.values()))
    kept.save()
    kept.contributions.set(contributions.values())
    KeyPoint.objects.filter(pk__in=[p.pk for p in others]).delete()
    _changed(kept.synthesis)
    return kept


def drop(point: KeyPoint) -> None:
    synthesis = point.synthesis
    point.delete()
    _changed(synthesis)


def promote(point: KeyPoint) -> None:
    """An outlier becomes a key point, placed last."""
    point.is_outlier = False
    point.sort_order = _next_order(point.synthesis, point.question_id)
    point.save(update_fields=["is_outlier", "sort_order"])
    _changed(point.synthesis)


def _next_order(synthesis: Synthesis, question_id: int) -> int:
    points = synthesis.key_points.filter(question_id=question_id, is_outlier=False)
    return (points.aggregate(last=Max("sort_order"))["last"] or 0) + 1


def add_point(synthesis: Synthesis, question, title: str, text: str) -> KeyPoint:
    """A point the moderator writes themselves (no passages, no contributions)."""
    point = KeyPoint.objects.create(
        synthesis=synthesis,
        question=question,
        title=title,
        text=text,
        sort_order=_next_order(synthesis, question.pk),
    )
    _changed(synthesis)
    return point


def set_published(synthesis: Synthesis, published: bool) -> None:
    synthesis.status = SynthesisStatus.PUBLISHED if published else SynthesisStatus.DRAFT
    synthesis.published_at = timezone.now() if published else None
    synthesis.save(update_fields=["status", "published_at", "updated_at"])
    transaction.on_commit(lambda: purge_discussion(synthesis.discussion_id))
