"""Admin URLs of the home app."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import po_files, styleguide


@hooks.register("register_admin_urls")
def checked_po_upload():
    # The same path as wagtail-localize's upload view, found first (home is installed before
    # wagtail_localize), so the translation editor's upload button uses the checked view.
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            po_files.upload_pofile,
            name="minga_upload_pofile",
        )
    ]


@hooks.register("register_admin_urls")
def style_guide_urls():
    return [
        path("style-guide/", styleguide.style_guide, name="minga_style_guide"),
        path(
            "style-guide/tokens.css",
            styleguide.style_guide_tokens_css,
            name="minga_style_guide_tokens",
        ),
    ]


@hooks.register("register_help_menu_item")
def style_guide_menu_item():
    return MenuItem(_("Style guide"), reverse("minga_style_guide"), icon_name="doc-full", order=900)
