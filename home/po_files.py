"""Checked PO file uploads for wagtail-localize's translation editor.

wagtail-localize's own upload view answers 500 to a request without a file or to a PO file
without its translation header, and silently skips strings it does not know. This view, routed
in front of it (home/wagtail_hooks.py), refuses such files with a message naming the line that
does not match the page, and imports nothing from them.
"""

import os
import tempfile

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

MAX_PO_BYTES = 5 * 1024 * 1024


@require_POST
def upload_pofile(request, translation_id: int):
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    po, problem = read_po(request.FILES.get("file"))
    problem = problem or mismatch(translation, po)
    if problem:
        messages.error(request, problem)
    else:
        translation.import_po(po, user=request.user, tool_name="PO File")
        messages.success(request, _("Successfully imported translations from PO File."))
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


def read_po(upload) -> tuple[polib.POFile | None, str]:
    """The parsed file, or None and why it cannot be read."""
    if upload is None:
        return None, _("Choose a PO file to upload.")
    if upload.size > MAX_PO_BYTES:
        return None, _("This PO file is too large.")
    # polib reads a file by name; a temporary file keeps uploaded text from naming one.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as file:
        file.write(upload.read())
    try:
        return polib.pofile(file.name), ""
    except (OSError, UnicodeDecodeError, ValueError):
        return None, _("Please upload a valid PO file.")
    finally:
        os.unlink(file.name)


def mismatch(translation: Translation, po: polib.POFile) -> str:
    """Why `po` does not belong to `translation`'s current source, or ""."""
    if po.metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
        return _("This PO file was made for another page or language; download this one's file.")
    known = set(
        StringSegment.objects.filter(source=translation.source).values_list(
            "string__data", "context__path"
        )
    )
    for entry in po:
        if not entry.obsolete and (entry.msgid, entry.msgctxt) not in known:
            return _(
                "Line %(line)s does not match the page: “%(text)s” is not one of its strings "
                "(was the file made for an earlier version?). Nothing was imported."
            ) % {"line": entry.linenum, "text": entry.msgid[:80]}
    return ""
