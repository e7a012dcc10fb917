"""Views for contributions: post, permalink, edit, delete, follow, unsubscribe."""

from django.shortcuts import get_object_or_404, redirect

from .models import Contribution


def permalink(request, pk: int):
    contribution = get_object_or_404(Contribution.objects.published(), pk=pk)
    return redirect(contribution.discussion.url + f"#c{contribution.pk}")
