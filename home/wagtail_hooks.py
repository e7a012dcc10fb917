"""Admin URLs of the home app."""

from django.urls import path
from wagtail import hooks

from . import po_files


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
