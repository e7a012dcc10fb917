"""Contact the moderators of a discussion without seeing their addresses (members only)."""

import uuid

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from home.outbox import enqueue
from home.ratelimit import RateLimited, check, too_many_requests
from home.urls import query_string

from .models import DiscussionPage
from .people import ContactForm, moderators_to_contact
from .tasks import contact_moderators


def contact(request, discussion_pk: int):
    discussion = get_object_or_404(DiscussionPage.objects.live(), pk=discussion_pk)
    discussion = discussion.localized  # the visitor's language version, for its title and link
    home = discussion.contributions_home
    context = {"discussion": discussion, "form": None, "has_moderators": True}
    if not request.user.is_authenticated:
        context["login_url"] = reverse("account_login") + query_string(next=request.get_full_path())
        status = 403 if request.method == "POST" else 200
        return render(request, "discussions/contact_moderators.html", context, status=status)
    if not moderators_to_contact(home):
        context["has_moderators"] = False
        return render(request, "discussions/contact_moderators.html", context)
    form = ContactForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        try:
            check(request, "contact")
        except RateLimited as limited:
            return too_many_requests(request, retry_after=limited.retry_after)
        if form.is_valid():
            data = form.cleaned_data
            with transaction.atomic():
                enqueue(
                    contact_moderators,
                    home.pk,
                    request.user.pk,
                    data["subject"],
                    data["message"],
                    uuid.uuid4().hex,
                )
            messages.success(request, _("Your message was sent to the moderators."))
            return HttpResponseRedirect(discussion.url)
    context["form"] = form
    return render(request, "discussions/contact_moderators.html", context)
