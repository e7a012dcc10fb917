"""Views for contributions: post, permalink, edit, delete, follow and unsubscribe."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.sites.shortcuts import get_current_site
from django.db import transaction
from django.db.models import F
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from home.client import client_address
from home.ratelimit import rate_limited
from home.urls import query_string

from . import posting
from .forms import ContributionEditForm, ContributionForm
from .models import Contribution, DiscussionPage, Status, Subscription
from .moderation import actions as moderation
from .moderation import policy
from .moderation.signals import BLOCKED_MESSAGE
from .notifications import read_unsubscribe_token, unsubscribed_subscriptions
from .threads import contribution_place

SECURITY_FIELDS = ("content_type", "object_pk", "timestamp", "security_hash", "honeypot")


def contribution_url(contribution: Contribution, user, original: bool = False) -> str:
    """Where the contribution is shown; `original` shows it untranslated (with the toggle)."""
    base_url, page = contribution_place(contribution, user)
    query = query_string(
        page=page if page > 1 else None, original=contribution.pk if original else None
    )
    return f"{base_url}{query.rstrip('?')}#c{contribution.pk}"


def permalink(request, pk: int):
    contribution = get_object_or_404(
        Contribution.objects.visible_to(request.user).select_related("discussion"), pk=pk
    )
    if not contribution.discussion.live:
        raise Http404
    # A permalink's canonical text is the original; a translation is one click away.
    return redirect(contribution_url(contribution, request.user, original=True))


def _closed_message(discussion: DiscussionPage) -> str:
    when = timezone.localtime(
        discussion.opens_at if discussion.status == Status.UPCOMING else discussion.closes_at,
        discussion.zone,
    )
    formatted = f"{date_filter(when, 'j F Y, H:i')} ({discussion.timezone})"
    if discussion.status == Status.UPCOMING:
        return _("This discussion is not open yet: it opens on %(date)s.") % {"date": formatted}
    return _("This discussion closed on %(date)s; it no longer accepts contributions.") % {
        "date": formatted
    }


def _render_form_page(request, discussion, form, status: int, error: str = ""):
    parent = None
    reply_to = form.data.get("reply_to") if form.is_bound else form.initial.get("reply_to")
    if reply_to and str(reply_to).isdigit():
        parent = (
            Contribution.objects.filter(pk=int(reply_to), discussion=discussion).published().first()
        )
    context = {
        "page": discussion,
        "discussion": discussion,
        "form": form,
        "error": error,
        "parent": parent,
        "question_numbers": {q.pk: q.number for q in discussion.numbered_questions},
    }
    return render(request, "discussions/contribution_form_page.html", context, status=status)


def _fresh_form(request, discussion, data) -> ContributionForm:
    """A new form (new security data) holding what the member typed, so nothing is lost."""
    initial = {
        "comment": data.get("comment", ""),
        "language": data.get("language", ""),
        "guiding_questions": data.getlist("guiding_questions"),
        "followup": bool(data.get("followup")),
    }
    reply_to = data.get("reply_to", "")
    if str(reply_to).isdigit():
        initial["reply_to"] = int(reply_to)
    return ContributionForm(discussion, initial=initial, user=request.user)


@login_required
def reply(request, pk: int):
    """A page with the contribution replied to and the form (works without JavaScript)."""
    parent = get_object_or_404(Contribution.objects.published().select_related("discussion"), pk=pk)
    discussion = parent.discussion
    if not discussion.live:
        raise Http404
    if discussion.status != Status.OPEN:
        messages.error(request, _closed_message(discussion))
        return redirect(contribution_url(parent, request.user))
    form = ContributionForm(discussion, initial={"reply_to": parent.pk}, user=request.user)
    return _render_form_page(request, discussion, form, 200)


TAMPERED = _lazy(
    "This form was changed or has expired, so we could not accept it. Your text is kept below: "
    "please check it and send it again."
)
REFUSED = _lazy("Your contribution could not be accepted. Your text is kept below.")


def _posting_limit(request) -> str:
    return posting.posting_limit(request.user)


@require_POST
@rate_limited(_posting_limit)
def post_contribution(request, discussion_pk: int):
    discussion = get_object_or_404(DiscussionPage.objects.live(), pk=discussion_pk)
    if not request.user.is_authenticated:
        return redirect(reverse("account_login") + query_string(next=discussion.url))
    if discussion.status != Status.OPEN:
        form = _fresh_form(request, discussion, request.POST)
        return _render_form_page(request, discussion, form, 403, _closed_message(discussion))
    form = ContributionForm(discussion, data=request.POST, user=request.user)
    if _was_tampered(request, discussion, form):
        form = _fresh_form(request, discussion, request.POST)
        return _render_form_page(request, discussion, form, 400, str(TAMPERED))
    if not form.is_valid():
        return _render_form_page(request, discussion, form, 400)
    contribution = posting.publish(
        form,
        request.user,
        site_id=get_current_site(request).id,
        ip_address=client_address(request),  # through trusted proxies
        request=request,
    )
    if contribution is None:
        form = _fresh_form(request, discussion, request.POST)
        return _render_form_page(request, discussion, form, 400, str(REFUSED))
    _announce(request, contribution)
    return redirect(contribution_url(contribution, request.user))


def _was_tampered(request, discussion, form) -> bool:
    """The hidden fields do not match this discussion, the hash, or a usable reply_to."""
    if request.POST.get("content_type") != str(discussion._meta):
        return True
    if request.POST.get("object_pk") != str(discussion.pk):
        return True
    return not form.is_valid() and bool(form.security_errors() or "reply_to" in form.errors)


def _announce(request, contribution: Contribution) -> None:
    if not contribution.is_public:
        messages.info(request, _("Your contribution is awaiting moderation."))
        return
    minutes = settings.DISCUSSIONS_EDIT_MINUTES
    text = ngettext(
        "Your contribution is published. Its language was recorded as %(language)s; "
        "you can correct it (and edit your text) for %(minutes)d minute.",
        "Your contribution is published. Its language was recorded as %(language)s; "
        "you can correct it (and edit your text) for %(minutes)d minutes.",
        minutes,
    )
    messages.success(request, text % {"language": contribution.language_name, "minutes": minutes})


def _own_contribution(request, pk: int) -> Contribution:
    contribution = get_object_or_404(
        Contribution.objects.select_related("discussion"), pk=pk, is_removed=False
    )
    if contribution.user_id != request.user.pk:
        raise Http404
    return contribution


@login_required
@rate_limited("edit")
def edit_contribution(request, pk: int):
    contribution = _own_contribution(request, pk)
    if not contribution.can_edit(request.user):
        messages.error(
            request,
            ngettext(
                "Contributions can only be edited for %(minutes)d minute after posting.",
                "Contributions can only be edited for %(minutes)d minutes after posting.",
                settings.DISCUSSIONS_EDIT_MINUTES,
            )
            % {"minutes": settings.DISCUSSIONS_EDIT_MINUTES},
        )
        return redirect(contribution_url(contribution, request.user))
    if policy.is_blocked(request.user, contribution.discussion):
        messages.error(request, BLOCKED_MESSAGE)
        return redirect(contribution_url(contribution, request.user))
    form = ContributionEditForm(request.POST or None, instance=contribution)
    if request.method == "POST" and form.is_valid():
        _save_edit(form, contribution, request.user)
        if contribution.is_public:
            messages.success(request, _("Your contribution was updated."))
        else:
            messages.info(request, _("Your contribution was updated; it awaits moderation."))
        return redirect(contribution_url(contribution, request.user))
    status = 400 if form.is_bound else 200
    context = {"discussion": contribution.discussion, "contribution": contribution, "form": form}
    return render(request, "discussions/contribution_edit.html", context, status=status)


def _save_edit(form, contribution: Contribution, user) -> None:
    """An edit goes through the same pre-moderation rule as a new contribution."""
    with transaction.atomic():
        form.save(commit=False)
        contribution.language = form.cleaned_data["language"] or contribution.language
        contribution.edited_at = timezone.now()
        held_because = moderation.screen(contribution, user)
        contribution.save()
        form.save_m2m()
        if held_because:
            moderation.hold(contribution, held_because)


@login_required
def delete_contribution(request, pk: int):
    contribution = _own_contribution(request, pk)
    discussion = contribution.discussion
    if not contribution.can_delete(request.user):
        messages.error(request, _("A contribution that has replies cannot be deleted."))
        return redirect(contribution_url(contribution, request.user))
    if request.method == "POST":
        with transaction.atomic():
            _decrement_ancestors(contribution)
            contribution.delete()
        messages.success(request, _("Your contribution was deleted."))
        return redirect(discussion.url)
    context = {"discussion": discussion, "contribution": contribution}
    return render(request, "discussions/contribution_delete.html", context)


def _decrement_ancestors(contribution: Contribution) -> None:
    ancestors, parent_id, current = [], contribution.parent_id, contribution.pk
    while parent_id and parent_id != current:
        ancestors.append(parent_id)
        current, parent_id = Contribution.objects.filter(pk=parent_id).values_list(
            "pk", "parent_id"
        ).first() or (parent_id, None)
    Contribution.objects.filter(pk__in=ancestors).update(nested_count=F("nested_count") - 1)


@login_required
@require_POST
@rate_limited("follow")
def follow(request, discussion_pk: int):
    discussion = get_object_or_404(DiscussionPage.objects.live(), pk=discussion_pk)
    thread_id = request.POST.get("thread", "")
    thread = None
    if thread_id.isdigit():
        thread = get_object_or_404(
            Contribution.objects.published().top_level(), pk=int(thread_id), discussion=discussion
        )
    subscription = Subscription.objects.filter(
        user=request.user, discussion=discussion, thread=thread
    ).first()
    if subscription:
        subscription.delete()
        messages.success(
            request, _("You no longer follow this %(what)s.") % {"what": _what(thread)}
        )
    else:
        Subscription.objects.create(user=request.user, discussion=discussion, thread=thread)
        messages.success(
            request,
            _("You follow this %(what)s: we will e-mail you about new contributions.")
            % {"what": _what(thread)},
        )
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}):
        target = discussion.url
    return HttpResponseRedirect(target)


def _what(thread) -> str:
    return _("thread") if thread else _("discussion")


@csrf_exempt  # the signed token is the credential; RFC 8058 one-click POSTs carry no cookie
def unsubscribe(request, token: str):
    what = read_unsubscribe_token(token)
    if what is None:
        return render(request, "discussions/unsubscribe.html", {"invalid": True}, status=400)
    subscriptions = unsubscribed_subscriptions(what).select_related("discussion", "thread")
    if request.method == "POST":
        subscriptions.delete()
        return render(request, "discussions/unsubscribe.html", {"done": True})
    subscription = subscriptions.first()
    context = {
        "subscription": subscription,
        "digest": isinstance(what, dict),
        "done": subscription is None,
    }
    return render(request, "discussions/unsubscribe.html", context)
