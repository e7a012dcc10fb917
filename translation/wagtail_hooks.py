"""Admin: page machine translation explains a provider's failure instead of answering 500."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.views.edit_translation import machine_translate

from .providers import TranslationError


def machine_translate_or_explain(request, translation_id: int):
    """wagtail-localize's view; a provider fault leaves the translation untouched, with a message."""
    try:
        return machine_translate(request, translation_id)
    except TranslationError as error:
        messages.error(
            request,
            _("Machine translation failed and nothing was changed: %(reason)s") % {"reason": error},
        )
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


@hooks.register("register_admin_urls")
def register_admin_urls():
    # Same address as wagtail-localize's route, registered first (INSTALLED_APPS order): it wins.
    return [
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            machine_translate_or_explain,
            name="minga_machine_translate",
        )
    ]
