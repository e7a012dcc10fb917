"""Members propose a practice: it becomes a draft page in the editors' review workflow."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.ratelimit import account_is_new, rate_limited

from .forms import PracticeProposalForm
from .interchange import PracticeRecord, save_practice
from .models import GoodPracticePage, PracticeIndexPage, PracticeSubmission, new_source_id
from .workflow import review_workflow


def practice_index(language: str) -> PracticeIndexPage | None:
    """The catalogue in this language's tree, else the default language's."""
    indexes = PracticeIndexPage.objects.all()
    locale = Locale.objects.filter(language_code=language).first()
    return (locale and indexes.filter(locale=locale).first()) or indexes.filter(
        locale=Locale.get_default()
    ).first()


def _index_for_request() -> PracticeIndexPage | None:
    return practice_index(get_language())


def proposal_record(data: dict) -> PracticeRecord:
    return PracticeRecord(
        line=0,
        source_id=new_source_id(),
        title=data["title"],
        summary=data["summary"],
        language=data["language"],
        countries=list(data["countries"]),
        sdgs=[sdg.number for sdg in data["sdgs"]],
        themes=[theme.name for theme in data["themes"]],
        modality=data["modality"],
        start_year=data["start_year"],
        end_year=data["end_year"],
        url=data["url"],
        texts={
            "challenge": data["challenge"],
            "solution": data["solution"],
            "results": data["results"],
            **dict.fromkeys(
                [
                    "objectives",
                    "beneficiaries",
                    "sustainability",
                    "replicability",
                    "enabling_factors",
                ],
                "",
            ),
        },
    )


def submit_for_review(page: GoodPracticePage, user) -> None:
    """Start the "Practice review" workflow (or the page's own) on the member's draft."""
    workflow = review_workflow() or page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    PracticeSubmission.objects.create(page=page, submitted_by=user)


def proposal_limit(request) -> str:
    return "proposal_new" if account_is_new(request.user) else "proposal"


@login_required
@rate_limited(proposal_limit)
def submit(request):
    index = _index_for_request()
    if index is None:
        return render(request, "practices/submit_unavailable.html", status=503)
    form = PracticeProposalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            page = save_practice(proposal_record(form.cleaned_data), index, user=request.user)
            submit_for_review(page, request.user)
        messages.success(
            request,
            _("Thank you! Editors will review “%(title)s” and e-mail you when it is published.")
            % {"title": page.title},
        )
        return redirect("practices:submitted")
    return render(request, "practices/submit.html", {"form": form, "index": index})


@login_required
def submitted(request):
    submissions = (
        PracticeSubmission.objects.filter(submitted_by=request.user)
        .select_related("page")
        .order_by("-submitted_at")[:20]
    )
    return render(request, "practices/submitted.html", {"submissions": submissions})
