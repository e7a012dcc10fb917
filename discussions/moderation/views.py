"""Public side of moderation: members flag contributions."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from discussions.models import Contribution
from home.ratelimit import rate_limited

from . import actions, policy
from .forms import FlagForm
from .models import Flag


def _flag_limit(request) -> str:
    return "flag_new" if policy.is_new_member(request.user) else "flag"


@login_required
@rate_limited(_flag_limit)
def flag_contribution(request, pk: int):
    contribution = get_object_or_404(
        Contribution.objects.published().select_related("discussion"),
        pk=pk,
        discussion__live=True,
    )
    back = reverse("discussions:permalink", kwargs={"pk": contribution.pk})
    if contribution.user_id == request.user.pk:
        messages.info(request, _("You cannot flag your own contribution."))
        return redirect(back)
    if Flag.objects.filter(user=request.user, contribution=contribution).exists():
        messages.info(request, _("You already flagged this contribution; the moderators know."))
        return redirect(back)
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        actions.add_flag(
            contribution, request.user, form.cleaned_data["reason"], form.cleaned_data["text"]
        )
        if Contribution.objects.visible_to(request.user).filter(pk=contribution.pk).exists():
            messages.success(
                request, _("Thank you. The moderators will look at this contribution.")
            )
            return redirect(back)
        # This flag hid it: its permalink would now be a 404, so return to the discussion.
        messages.success(
            request,
            _("Thank you. The contribution is hidden until a moderator has looked at it."),
        )
        return redirect(contribution.discussion.url)
    context = {
        "contribution": contribution,
        "discussion": contribution.discussion,
        "form": form,
        "threshold": settings.MINGA_FLAG_THRESHOLD,
    }
    return render(request, "moderation/flag.html", context, status=400 if form.is_bound else 200)
