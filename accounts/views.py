"""The member's own profile: read it, edit it."""

import django_comments_xtd
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from home.text import cut_at_word, markdown_to_plain

from .forms import ProfileForm

# The profile lists the member's most recent contributions, each with what it became.
OWN_CONTRIBUTIONS = 50


def own_contributions(user) -> list:
    """The member's contributions that still exist (not rejected, not deleted), newest first,
    each with `became` (the practice proposed from it, if any). The contribution model is the
    comments framework's (`COMMENTS_XTD_MODEL`): accounts imports no content app."""
    model = django_comments_xtd.get_model()
    practices = model._meta.get_field("practices").related_model.objects.order_by("pk")
    rows = list(
        model.objects.filter(user=user, is_removed=False)
        .select_related("discussion")
        .prefetch_related(Prefetch("practices", queryset=practices))
        .order_by("-submit_date")[:OWN_CONTRIBUTIONS]
    )
    for row in rows:
        row.became = next(iter(row.practices.all()), None)
        row.excerpt = cut_at_word(markdown_to_plain(row.comment), 160)
    return rows


@login_required
def profile(request):
    context = {
        "profile": request.user.profile,
        "contributions": own_contributions(request.user),
        "contributions_limit": OWN_CONTRIBUTIONS,
    }
    return render(request, "accounts/profile.html", context)


@login_required
def profile_edit(request):
    form = ProfileForm(request.POST or None, instance=request.user.profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile")
    return render(request, "accounts/profile_edit.html", {"form": form})
