"""Admin view: editors import a CSV or JSON Lines file with the same validation as the command."""

import secrets
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from home.outbox import enqueue

from . import import_jobs
from .interchange import InterchangeError, import_file, read_rows
from .tasks import import_practices_file

MAX_UPLOAD = 20 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        help_text=_("CSV (UTF-8 with a header row) or JSON Lines, in the interchange format."),
    )
    dry_run = forms.BooleanField(
        label=_("Only check the file (dry run)"), required=False, initial=True
    )
    publish = forms.BooleanField(label=_("Publish the imported practices"), required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        if not upload.name.lower().endswith((".csv", ".jsonl", ".ndjson", ".json")):
            raise forms.ValidationError(_("Choose a .csv or .jsonl file."))
        return upload


def _can_publish(user) -> bool:
    from .interchange.importing import default_index

    index = default_index()
    return index is not None and index.permissions_for_user(user).can_publish_subpage()


def _queue_if_large(data: bytes, name: str, options: dict, user) -> int:
    """Queue a file of more rows than MINGA_IMPORT_ASYNC_THRESHOLD; returns its row count."""
    try:
        rows = len(read_rows(data, name))
    except InterchangeError:
        return 0  # import_file reports it at once
    if rows <= settings.MINGA_IMPORT_ASYNC_THRESHOLD:
        return 0
    directory = import_jobs.imports_directory()
    directory.mkdir(parents=True, exist_ok=True)
    stored = f"{secrets.token_hex(16)}{Path(name).suffix.lower()}"
    (directory / stored).write_bytes(data)
    import_jobs.record(stored, Path(name).name, 0, rows, user.pk)
    enqueue(import_practices_file, stored, Path(name).name, user.pk, **options)
    return rows


@permission_required("practices.add_goodpracticepage", raise_exception=True)
def import_practices(request):
    report, queued = None, 0
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid() and form.cleaned_data["publish"] and not _can_publish(request.user):
            form.add_error("publish", _("You are not allowed to publish practices."))
        if form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read()
            options = {
                "dry_run": form.cleaned_data["dry_run"],
                "publish": form.cleaned_data["publish"],
            }
            queued = _queue_if_large(data, upload.name, options, request.user)
            if not queued:
                report = import_file(data, upload.name, user=request.user, **options)
    else:
        form = ImportForm()
    return TemplateResponse(
        request,
        "practices/admin/import.html",
        {
            "form": form,
            "report": report,
            "queued": queued,
            "jobs": import_jobs.running(),
            "page_title": _("Import practices"),
            "header_title": _("Import practices"),
            "header_icon": "upload",
        },
    )


@require_POST
@permission_required("practices.add_goodpracticepage", raise_exception=True)
def cancel_import(request, stored: str):
    """Stop a background import after its current batch; what was saved stays."""
    if import_jobs.request_cancel(stored):
        messages.success(request, _("The import stops after its current batch of rows."))
    else:
        messages.error(request, _("This import has already finished."))
    return redirect("practices_import")
