"""A contribution becomes a draft practice.

- `from_contribution` (Wagtail admin, moderation queue): one click for a discussion's moderators.
- `propose` (public, linked from the member's profile and the contribution's edit page): the
  practice proposal form prefilled from the contribution, for its author (or a moderator); the
  proposal goes through the editors' review like any member's proposal.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home.ratelimit import rate_limited

from .forms import PracticeProposalForm
from .from_contribution import (
    DEFAULT_ROLE,
    AlreadyDrafted,
    contribution_model,
    draft_practice_from,
    existing_practice,
    is_published,
    may_draft,
    prefill,
    save_linked_practice,
)
from .models import PartnerPage
from .views import practice_index, proposal_limit, proposal_record

TEMPLATE = "practices/admin/from_contribution.html"
NOT_PUBLISHED = gettext_lazy(
    "Only a published contribution can become a good practice: this one is awaiting "
    "moderation, hidden or removed."
)


def _context(contribution, **extra) -> dict:
    title = _("Turn a contribution into a practice")
    return {
        "contribution": contribution,
        "page_title": title,
        "header_title": title,
        "header_icon": "doc-full",
        **extra,
    }


def _can_edit(practice, user) -> bool:
    return practice.permissions_for_user(user).can_edit()


def from_contribution(request, pk: int):
    contribution = get_object_or_404(
        contribution_model().objects.select_related("discussion", "user"), pk=pk
    )
    if not may_draft(request.user, contribution):
        message = _(
            "Only the author of this contribution and the moderators of its discussion may "
            "turn it into a practice."
        )
        return TemplateResponse(
            request, TEMPLATE, _context(contribution, refused=message), status=403
        )
    practice = existing_practice(contribution)
    if practice is None and not is_published(contribution):
        return TemplateResponse(
            request, TEMPLATE, _context(contribution, refused=NOT_PUBLISHED), status=403
        )
    if practice is None and request.method == "POST":
        try:
            practice = draft_practice_from(contribution, request.user)
        except AlreadyDrafted as already:
            practice = already.practice
        except LookupError:
            messages.error(request, _("The site has no catalogue of practices yet."))
            return redirect(request.path)
        else:
            messages.success(
                request,
                _("The draft practice “%(title)s” was created and sent to the editors' review.")
                % {"title": practice.title},
            )
            if _can_edit(practice, request.user):
                return redirect("wagtailadmin_pages:edit", practice.pk)
            return redirect(request.path)
    if practice is not None:
        edit_url = (
            reverse("wagtailadmin_pages:edit", args=[practice.pk])
            if _can_edit(practice, request.user)
            else ""
        )
        return TemplateResponse(
            request, TEMPLATE, _context(contribution, practice=practice, practice_edit_url=edit_url)
        )
    return TemplateResponse(request, TEMPLATE, _context(contribution, draft=prefill(contribution)))


# The public proposal form, prefilled -------------------------------------------------------------

NOTICE = "practices/submit_from_contribution_notice.html"
REFUSED = gettext_lazy(
    "Only the author of this contribution and the moderators of its discussion may propose it "
    "as a good practice."
)


class ContributionProposalForm(PracticeProposalForm):
    """The member's proposal form, plus the partner profiles the contribution names."""

    partners = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Partners named in the contribution"),
        queryset=PartnerPage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Untick a partner that did not take part in the practice."),
    )
    field_order = ["title", "summary", "countries", "partners"]

    def __init__(self, *args, partners=(), **kwargs):
        super().__init__(*args, **kwargs)
        if partners:
            self.fields["partners"].queryset = PartnerPage.objects.filter(
                pk__in=[partner.pk for partner in partners]
            ).order_by("title")
        else:
            del self.fields["partners"]


def _initial(draft) -> dict:
    return {
        "title": draft.title,
        "summary": draft.summary,
        "countries": draft.countries,
        "partners": [partner.pk for partner in draft.partners],
        "solution": draft.text,
        "language": draft.language,
    }


def _notice(request, contribution, status: int = 200, **extra):
    context = {"contribution": contribution, "discussion": contribution.discussion, **extra}
    return render(request, NOTICE, context, status=status)


@login_required
@rate_limited(proposal_limit)
def propose(request, pk: int):
    contribution = get_object_or_404(
        contribution_model().objects.select_related("discussion", "user__profile"), pk=pk
    )
    if not may_draft(request.user, contribution):
        # A contribution the visitor cannot see stays unknown to them.
        if not is_published(contribution):
            raise Http404
        return _notice(request, contribution, status=403, message=REFUSED)
    if not is_published(contribution):
        return _notice(request, contribution, status=403, message=NOT_PUBLISHED)
    practice = existing_practice(contribution)
    if practice is not None:
        return _notice(request, contribution, practice=practice)
    draft = prefill(contribution)
    index = practice_index(draft.language)
    if index is None:
        return render(request, "practices/submit_unavailable.html", status=503)
    form = ContributionProposalForm(
        request.POST or None, initial=_initial(draft), partners=draft.partners
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        record = proposal_record(data)
        record.partners = [(partner.title, DEFAULT_ROLE) for partner in data.get("partners", [])]
        try:
            page = save_linked_practice(contribution, request.user, lambda locked: record)
        except AlreadyDrafted as already:
            return _notice(request, contribution, practice=already.practice)
        except LookupError:
            return render(request, "practices/submit_unavailable.html", status=503)
        messages.success(
            request,
            _("Thank you! Editors will review “%(title)s” and e-mail you when it is published.")
            % {"title": page.title},
        )
        return redirect("practices:submitted")
    context = {"form": form, "index": index, "contribution": contribution}
    return render(request, "practices/submit.html", context)
