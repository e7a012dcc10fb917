"""Admin view: a moderator (or the author) turns a contribution into a draft practice."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from .from_contribution import (
    AlreadyDrafted,
    contribution_model,
    draft_practice_from,
    existing_practice,
    may_draft,
    prefill,
)

TEMPLATE = "practices/admin/from_contribution.html"


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
