"""The member's e-mail settings page, and the inbound-mail webhook."""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..models import Subscription
from . import inbound
from .forms import MailSettingsForm
from .mailgun import raw_message, signature_is_valid, token_is_new
from .replies import read_reply_address

logger = logging.getLogger("minga.inbound_mail")


@login_required
def mail_settings(request):
    subscriptions = (
        Subscription.objects.filter(user=request.user)
        .select_related("discussion", "thread", "delivery")
        .order_by("discussion__title", "thread_id")
    )
    form = MailSettingsForm(subscriptions, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your e-mail settings have been saved."))
        return redirect("discussion_mail:settings")
    status = 400 if form.is_bound else 200
    return render(request, "discussions/mail_settings.html", {"form": form}, status=status)


@csrf_exempt  # signed by Mailgun (mailgun.signature_is_valid), no session
@require_POST
def mailgun_webhook(request):
    """200: received (posted, answered or dropped); 406: not ours, do not retry; 403: forged."""
    post = request.POST
    token = post.get("token", "")
    if not signature_is_valid(post.get("timestamp", ""), token, post.get("signature", "")):
        logger.warning("Mailgun webhook: bad or stale signature")
        return HttpResponseForbidden("invalid signature")
    recipient = post.get("recipient", "")
    if read_reply_address(recipient) is None:
        logger.warning("Mailgun webhook: unknown address %r", recipient)
        return HttpResponse("unknown address", status=406)
    # If handling fails, the token's receipt is rolled back with it, so Mailgun's retry works.
    with transaction.atomic():
        if not token_is_new(token):
            logger.warning("Mailgun webhook: replayed token")
            return HttpResponseForbidden("replayed")
        raw = raw_message(post, request.FILES)
        result = inbound.receive(raw, [recipient], post.get("sender"))
    return HttpResponse(result.outcome)
