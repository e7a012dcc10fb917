"""The moderation queue in the Wagtail admin: review, act, bulk approve, log, export."""

import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from discussions.models import Contribution, GuidingQuestion
from discussions.models.visibility import published
from home.outbox import enqueue
from home.private_files import download_response

from . import actions, exports, policy
from .forms import EditForm, ExportForm, ReasonForm, RejectForm
from .models import Action, DiscussionModeration, Flag, MemberStanding, State, state_of
from .tasks import export_for_moderator

TABS = {
    "pending": gettext_lazy("Awaiting moderation"),
    "flagged": gettext_lazy("Flagged"),
    "hidden": gettext_lazy("Hidden"),
    "rejected": gettext_lazy("Rejected"),
    "published": gettext_lazy("Published"),
}
PAGE_SIZE = 50
DONE_LABELS = {
    "approve": Action.APPROVE.label,
    "reject": Action.REJECT.label,
    "hide": Action.HIDE.label,
    "unhide": Action.UNHIDE.label,
    "feature": Action.FEATURE.label,
    "unfeature": Action.UNFEATURE.label,
    "block": Action.BLOCK.label,
    "unblock": Action.UNBLOCK.label,
}


def _require_moderator(request) -> None:
    if not policy.moderated_discussions(request.user).exists():
        raise PermissionDenied


def in_scope(user):
    """Contributions of the discussions the user moderates."""
    return Contribution.objects.filter(discussion__in=policy.moderated_discussions(user))


def tab_condition(tab: str) -> Q:
    """What a queue tab lists: one rule for its list and for its count."""
    if tab == "flagged":
        return Q(member_flags__resolved=False)
    if tab == "published":
        return published()
    return Q(moderation__state=tab)


def filter_tab(contributions, tab: str):
    return contributions.filter(tab_condition(tab)).distinct()


def waiting_count(user) -> int:
    """What the menu item shows: pending items and items flagged but not reviewed."""
    scope = in_scope(user)
    return scope.filter(tab_condition("pending") | tab_condition("flagged")).aggregate(
        n=Count("pk", distinct=True)
    )["n"]


def tab_counts(contributions) -> dict[str, int]:
    """How many contributions each tab lists, in one query."""
    return contributions.aggregate(
        **{tab: Count("pk", filter=tab_condition(tab), distinct=True) for tab in TABS}
    )


def _with_context(contributions):
    return contributions.select_related(
        "discussion", "user__profile", "moderation"
    ).prefetch_related(
        Prefetch("guiding_questions", queryset=GuidingQuestion.objects.order_by("sort_order")),
        Prefetch(
            "member_flags", queryset=Flag.objects.select_related("user").order_by("created_at")
        ),
    )


def _attach_parents(items: list) -> None:
    parent_ids = {c.parent_id for c in items if c.parent_id and c.parent_id != c.pk}
    parents = Contribution.objects.in_bulk(parent_ids)
    for item in items:
        item.parent_contribution = (
            parents.get(item.parent_id) if item.parent_id != item.pk else None
        )
        item.state = state_of(item)


def queue(request):
    _require_moderator(request)
    tab = request.GET.get("tab", "pending")
    tab = tab if tab in TABS else "pending"
    discussions = policy.moderated_discussions(request.user).order_by("title")
    contributions = in_scope(request.user)
    discussion_id = request.GET.get("discussion", "")
    if discussion_id.isdigit() and discussions.filter(pk=int(discussion_id)).exists():
        contributions = contributions.filter(discussion_id=int(discussion_id))
    else:
        discussion_id = ""
    listed = _with_context(filter_tab(contributions, tab)).order_by("-submit_date", "-pk")
    page = Paginator(listed, PAGE_SIZE).get_page(request.GET.get("p"))
    _attach_parents(page.object_list)
    counts = tab_counts(contributions)
    context = {
        "header_title": _("Moderation"),
        "page_title": _("Moderation queue"),
        "header_icon": "warning",
        "tabs": [(key, label, key == tab, counts.get(key)) for key, label in TABS.items()],
        "tab": tab,
        "discussions": discussions,
        "discussion_id": discussion_id,
        "items": page,
    }
    return render(request, "moderation/admin/queue.html", context)


def _moderated_contribution(request, pk: int) -> Contribution:
    contribution = get_object_or_404(_with_context(Contribution.objects.all()), pk=pk)
    if not policy.can_moderate(request.user, contribution.discussion):
        raise PermissionDenied
    return contribution


def contribution_detail(request, pk: int):
    contribution = _moderated_contribution(request, pk)
    _attach_parents([contribution])
    standing = MemberStanding.objects.filter(user_id=contribution.user_id).first()
    author = contribution.user
    author_blocked = bool(author and policy.is_blocked(author, contribution.discussion))
    everywhere = policy.moderates_everything(request.user)
    context = {
        "header_title": _("Contribution %(pk)s") % {"pk": contribution.pk},
        "page_title": _("Contribution by %(name)s") % {"name": contribution.user_name},
        "header_icon": "comment",
        "contribution": contribution,
        "standing": standing,
        "author_blocked": author_blocked,
        "blocks_everywhere": everywhere,
        "can_unblock": everywhere or not (standing and standing.blocked),
        "log": contribution.moderation_actions.select_related("moderator").order_by("-created_at"),
        "reject_form": RejectForm(),
        "reason_form": ReasonForm(),
        "unresolved_flags": any(not flag.resolved for flag in contribution.member_flags.all()),
    }
    return render(request, "moderation/admin/contribution.html", context)


def _back(request, contribution):
    target = request.POST.get("next", "")
    if target.startswith("/admin/") and "//" not in target:
        return redirect(target)
    return redirect("moderation_admin:contribution", pk=contribution.pk)


@require_POST
def act(request, pk: int, action: str):
    contribution = _moderated_contribution(request, pk)
    form = (RejectForm if action == "reject" else ReasonForm)(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect("moderation_admin:contribution", pk=contribution.pk)
    reason, moderator = form.cleaned_data["reason"], request.user
    done = {
        "approve": lambda: actions.approve(contribution, moderator),
        "reject": lambda: actions.reject(contribution, moderator, reason),
        "hide": lambda: actions.hide(contribution, moderator, reason),
        "unhide": lambda: actions.unhide(contribution, moderator, reason),
        "feature": lambda: actions.set_featured(contribution, moderator, True),
        "unfeature": lambda: actions.set_featured(contribution, moderator, False),
        "block": lambda: _block(request, contribution, reason),
        "unblock": lambda: actions.unblock_member(contribution.user, moderator, reason),
    }.get(action)
    if done is None or (action in ("block", "unblock") and contribution.user is None):
        raise Http404
    done()
    messages.success(request, _("Done: %(action)s.") % {"action": DONE_LABELS[action]})
    return _back(request, contribution)


def _block(request, contribution, reason: str) -> None:
    rejected = actions.block_member(contribution.user, request.user, reason, contribution)
    if policy.moderates_everything(request.user):
        text = ngettext(
            "%(name)s can no longer post; %(count)d pending contribution rejected.",
            "%(name)s can no longer post; %(count)d pending contributions rejected.",
            rejected,
        )
    else:
        text = ngettext(
            "%(name)s can no longer post in the discussions you moderate; %(count)d pending "
            "contribution there rejected.",
            "%(name)s can no longer post in the discussions you moderate; %(count)d pending "
            "contributions there rejected.",
            rejected,
        )
    messages.info(request, text % {"name": contribution.user_name, "count": rejected})


def edit(request, pk: int):
    contribution = _moderated_contribution(request, pk)
    form = EditForm(request.POST or None, initial={"comment": contribution.comment})
    if request.method == "POST" and form.is_valid():
        actions.edit(
            contribution, request.user, form.cleaned_data["comment"], form.cleaned_data["reason"]
        )
        messages.success(request, _("The contribution was edited; the original is in the log."))
        return redirect("moderation_admin:contribution", pk=contribution.pk)
    context = {
        "header_title": _("Edit contribution %(pk)s") % {"pk": contribution.pk},
        "page_title": _("Edit a contribution"),
        "header_icon": "edit",
        "contribution": contribution,
        "form": form,
    }
    return render(
        request, "moderation/admin/edit.html", context, status=400 if form.errors else 200
    )


@require_POST
def bulk_approve(request):
    _require_moderator(request)
    ids = [int(value) for value in request.POST.getlist("ids") if value.isdigit()]
    chosen = in_scope(request.user).filter(pk__in=ids).select_related("moderation")
    approved = actions.bulk_approve(list(chosen), request.user)
    text = ngettext(
        "%(count)d contribution approved.", "%(count)d contributions approved.", approved
    )
    messages.success(request, text % {"count": approved})
    return redirect(f"{reverse('moderation_admin:queue')}?tab=pending")


def discussions(request):
    """The moderated discussions: waiting counts, the moderate-everything switch, exports."""
    _require_moderator(request)
    pages = policy.moderated_discussions(request.user).order_by("-opens_at")
    pages = pages.annotate(
        pending=Count("contributions", filter=Q(contributions__moderation__state=State.PENDING))
    )
    everything = set(
        DiscussionModeration.objects.filter(moderate_everything=True).values_list(
            "discussion_id", flat=True
        )
    )
    context = {
        "header_title": _("Moderated discussions"),
        "page_title": _("Moderated discussions"),
        "header_icon": "comment",
        "pages": pages,
        "everything": everything,
        "export_form": ExportForm(),
    }
    return render(request, "moderation/admin/discussions.html", context)


def _moderated_discussion(request, pk: int):
    discussion = get_object_or_404(policy.moderated_discussions(request.user), pk=pk)
    return discussion


@require_POST
def toggle_moderate_everything(request, pk: int):
    discussion = _moderated_discussion(request, pk)
    setting, _created = DiscussionModeration.objects.get_or_create(discussion=discussion)
    setting.moderate_everything = request.POST.get("moderate_everything") == "1"
    setting.save()
    messages.success(
        request, _("Moderation setting saved for “%(title)s”.") % {"title": discussion.title}
    )
    return redirect("moderation_admin:discussions")


def export(request, pk: int):
    discussion = _moderated_discussion(request, pk)
    form = ExportForm(request.GET or None)
    if not form.is_valid():
        messages.error(request, _("Choose an export format."))
        return redirect("moderation_admin:discussions")
    file_format, full = form.cleaned_data["format"], form.cleaned_data["full"]
    if exports.is_large(discussion, full):
        enqueue(export_for_moderator, discussion.pk, file_format, request.user.pk, full)
        messages.info(
            request,
            _("This export is large: we are preparing it and will e-mail you a download link."),
        )
        return redirect("moderation_admin:discussions")
    content, filename, content_type = exports.render_export(discussion, file_format, full=full)
    return FileResponse(
        io.BytesIO(content), as_attachment=True, filename=filename, content_type=content_type
    )


def download(request, name: str):
    """A stored export; only moderators of its discussion may fetch it."""
    stored, discussion = exports.stored_export(name)
    if stored is None:
        raise Http404
    if not policy.can_moderate(request.user, discussion):
        raise PermissionDenied
    return download_response(stored, filename=name.split("--", 1)[-1])
