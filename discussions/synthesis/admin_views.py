"""The synthesis of a discussion in the Wagtail admin: compute a draft, edit it, publish it.

Only the discussion's moderators (and site moderators) may: the moderation scope decides.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..models import Contribution, DiscussionPage, DraftJob, KeyPoint
from ..moderation import policy
from ..translations import translation_for_reader
from . import editing
from .forms import KeyPointForm
from .passages import translated_passage


def _discussion(request, discussion_pk: int) -> DiscussionPage:
    discussion = get_object_or_404(DiscussionPage, pk=discussion_pk).contributions_home
    if not policy.can_moderate(request.user, discussion):
        raise PermissionDenied
    return discussion


def _back(discussion, anchor: str = ""):
    url = reverse("synthesis_admin:synthesis", args=[discussion.pk])
    return redirect(f"{url}#{anchor}" if anchor else url)


def _translated_passages(points: list[KeyPoint], contributions: dict, language: str) -> None:
    """Each passage with its words in the moderator's language, when a translation exists."""
    for point in points:
        for passage in point.passages:
            contribution = contributions.get(passage["contribution"])
            translation = contribution and translation_for_reader(contribution, language)
            passage["translation"] = (
                translated_passage(contribution.comment, translation.body, passage["position"])
                if translation and "position" in passage
                else ""
            )


def _questions(discussion, synthesis, language: str) -> list:
    points = list(
        synthesis.key_points.prefetch_related(
            Prefetch("contributions", queryset=Contribution.objects.order_by("submit_date"))
        )
    )
    contributions = Contribution.objects.filter(discussion=discussion).prefetch_related(
        "translations"
    )
    _translated_passages(points, contributions.in_bulk(), language)
    for point in points:
        point.form = KeyPointForm(
            initial={"title": point.title, "text": point.text}, prefix=f"p{point.pk}"
        )
    questions = discussion.numbered_questions
    for question in questions:
        question.points = [p for p in points if p.question_id == question.pk and not p.is_outlier]
        question.outliers = [p for p in points if p.question_id == question.pk and p.is_outlier]
        question.new_form = KeyPointForm(prefix=f"q{question.pk}")
    return questions


def synthesis(request, discussion_pk: int):
    discussion = _discussion(request, discussion_pk)
    found = editing.synthesis_of(discussion)
    context = {
        "header_title": _("Synthesis: %(title)s") % {"title": discussion.title},
        "page_title": _("Synthesis"),
        "header_icon": "list-ul",
        "discussion": discussion,
        "synthesis": found,
        "working": found.job in (DraftJob.QUEUED, DraftJob.RUNNING),
        "questions": _questions(discussion, found, get_language()),
        "has_points": found.key_points.exists(),
    }
    return render(request, "discussions/admin/synthesis.html", context)


def progress(request, discussion_pk: int):
    found = editing.synthesis_of(_discussion(request, discussion_pk))
    return JsonResponse({"job": found.job, "progress": found.progress})


@require_POST
def compute(request, discussion_pk: int):
    discussion = _discussion(request, discussion_pk)
    editing.request_draft(editing.synthesis_of(discussion))
    messages.info(request, _("The draft is being computed; this page shows its progress."))
    return _back(discussion)


@require_POST
def publish(request, discussion_pk: int):
    discussion = _discussion(request, discussion_pk)
    published = request.POST.get("published") == "1"
    editing.set_published(editing.synthesis_of(discussion), published)
    if published:
        messages.success(request, _("The synthesis is published on the discussion page."))
    else:
        messages.success(request, _("The synthesis is back to draft; visitors no longer see it."))
    return _back(discussion)


def _points(discussion, ids: list[str]) -> list[KeyPoint]:
    wanted = [int(value) for value in ids if value.isdigit()]
    found = KeyPoint.objects.filter(synthesis__discussion=discussion, pk__in=wanted).in_bulk()
    return [found[pk] for pk in wanted if pk in found]


@require_POST
def merge(request, discussion_pk: int):
    discussion = _discussion(request, discussion_pk)
    kept = editing.merge(_points(discussion, request.POST.getlist("points")))
    if kept is None:
        messages.error(request, _("Choose two or more key points of the same question to merge."))
        return _back(discussion)
    messages.success(request, _("Key points merged into “%(title)s”.") % {"title": kept.title})
    return _back(discussion, f"point-{kept.pk}")


@require_POST
def add(request, discussion_pk: int):
    discussion = _discussion(request, discussion_pk)
    question_pk = request.POST.get("question_pk", "")
    question = discussion.guiding_questions.filter(
        pk=int(question_pk) if question_pk.isdigit() else 0
    ).first()
    if question is None:
        raise Http404
    form = KeyPointForm(request.POST, prefix=f"q{question.pk}")
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return _back(discussion, f"question-{question.pk}")
    point = editing.add_point(
        editing.synthesis_of(discussion),
        question,
        form.cleaned_data["title"],
        form.cleaned_data["text"],
    )
    messages.success(request, _("Key point added."))
    return _back(discussion, f"point-{point.pk}")


@require_POST
def point_action(request, pk: int, action: str):
    point = get_object_or_404(KeyPoint.objects.select_related("synthesis__discussion"), pk=pk)
    discussion = _discussion(request, point.synthesis.discussion_id)
    if action == "edit":
        form = KeyPointForm(request.POST, prefix=f"p{point.pk}")
        if not form.is_valid():
            messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
            return _back(discussion, f"point-{point.pk}")
        editing.update_point(point, form.cleaned_data["title"], form.cleaned_data["text"])
        messages.success(request, _("Key point saved."))
    elif action in ("up", "down"):
        editing.move(point, -1 if action == "up" else 1)
    elif action == "drop":
        editing.drop(point)
        messages.success(request, _("Key point dropped."))
        return _back(discussion, f"question-{point.question_id}")
    elif action == "promote":
        editing.promote(point)
    else:
        raise Http404
    return _back(discussion, f"point-{point.pk}")
