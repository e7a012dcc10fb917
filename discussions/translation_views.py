"""Members ask for a contribution in their language; moderators correct a translation."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from home.countries import language_name
from home.text import clean_text

from .models import Contribution
from .moderation import policy
from .tasks import request_translation
from .translations import can_request, store_translation
from .views import contribution_url


def _site_language(code: str) -> bool:
    return code in {code for code, _name in settings.LANGUAGES}


def _back(request, contribution) -> HttpResponseRedirect:
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return HttpResponseRedirect(contribution_url(contribution, request.user))
    return HttpResponseRedirect(f"{target.split('#')[0]}#c{contribution.pk}")


@login_required
@require_POST
def ask_for_translation(request, pk: int):
    contribution = get_object_or_404(
        Contribution.objects.published().select_related("discussion"), pk=pk
    )
    language = request.POST.get("language", "")
    if not _site_language(language):
        return HttpResponseBadRequest(_("This language is not offered."))
    if not can_request(contribution, language):
        messages.info(request, _("This contribution cannot be translated into that language."))
    elif request_translation(contribution, language):
        messages.success(
            request, _("Translation requested: it appears here as soon as it is ready.")
        )
    else:
        messages.info(request, _("This translation was already requested; it is on its way."))
    return _back(request, contribution)


class TranslationForm(forms.Form):
    body = forms.CharField(
        label=_lazy("Translation"),
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=2 * settings.DISCUSSIONS_MAX_LENGTH,
        help_text=_lazy("Markdown, like the original. It replaces the machine translation."),
    )

    def clean_body(self) -> str:
        body = clean_text(self.cleaned_data["body"], max_length=2 * settings.DISCUSSIONS_MAX_LENGTH)
        if not body.strip():
            raise forms.ValidationError(_("Write the translation."))
        return body


@login_required
def correct_translation(request, pk: int, language: str):
    """A moderator's translation, marked human: a machine never overwrites it."""
    contribution = get_object_or_404(
        Contribution.objects.filter(is_removed=False).select_related("discussion"), pk=pk
    )
    if not _site_language(language) or language == contribution.language:
        raise Http404
    if not policy.can_moderate(request.user, contribution.discussion):
        raise Http404
    existing = contribution.translations.filter(language=language).first()
    form = TranslationForm(
        request.POST or None, initial={"body": existing.body if existing else contribution.comment}
    )
    if request.method == "POST" and form.is_valid():
        store_translation(contribution, language, form.cleaned_data["body"], "", user=request.user)
        messages.success(request, _("The translation was saved."))
        return HttpResponseRedirect(contribution_url(contribution, request.user))
    context = {
        "contribution": contribution,
        "discussion": contribution.discussion,
        "form": form,
        "language_name": language_name(language),
        "existing": existing,
    }
    return render(
        request,
        "discussions/translation_correct.html",
        context,
        status=400 if form.is_bound else 200,
    )
