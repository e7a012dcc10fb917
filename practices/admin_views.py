"""Admin view: editors import a CSV or JSON Lines file with the same validation as the command."""

from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from home.outbox import enqueue

from . import import_jobs
from .interchange import InterchangeError, count_rows, import_file
from .interchange.importing import default_index
from .tasks import import_practices_file

MAX_UPLOAD = 20 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("CSV (UTF-8 with a header row) or JSON Lines, in the interchange format."),
    )
    kept = forms.CharField(required=False, widget=forms.HiddenInput)
    dry_run = forms.BooleanField(
        label=_("Only check the file (dry run)"), required=False, initial=True
    )
    publish = forms.BooleanField(label=_("Publish the imported practices"), required=False)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.kept_file: tuple[str, str] | None = None

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload is None:
            return None
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        if not upload.name.lower().endswith((".csv", ".jsonl", ".ndjson", ".json")):
            raise forms.ValidationError(_("Choose a .csv or .jsonl file."))
        return upload

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("file") is None and "file" not in self.errors:
            self.kept_file = import_jobs.kept(cleaned.get("kept", ""), self.user.pk)
            if self.kept_file is None:
                self.add_error("file", _("Choose a file to import."))
        return cleaned


def _can_publish(user) -> bool:
    index = default_index()
    return index is not None and index.permissions_for_user(user).can_publish_subpage()


def _queue_if_large(source, name: str, options: dict, user) -> int:
    """Queue a file of more rows than MINGA_IMPORT_ASYNC_THRESHOLD; returns its row count."""
    try:
        rows = count_rows(source, name)
    except InterchangeError:
        return 0  # import_file reports it at once
    finally:
        source.seek(0)
    if rows <= settings.MINGA_IMPORT_ASYNC_THRESHOLD:
        return 0
    stored = import_jobs.store(source, name)
    import_jobs.record(stored, Path(name).name, 0, rows, user.pk)
    enqueue(import_practices_file, stored, Path(name).name, user.pk, **options)
    return rows


@permission_required("practices.add_goodpracticepage", raise_exception=True)
def import_practices(request):
    report, queued, kept = None, 0, None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES, user=request.user)
        if form.is_valid() and form.cleaned_data["publish"] and not _can_publish(request.user):
            form.add_error("publish", _("You are not allowed to publish practices."))
        if form.is_valid():
            report, queued, kept = _import(form, request.user)
            if kept:  # the next step imports the file just checked, unless another is chosen
                form = ImportForm(initial={"kept": kept[0], "dry_run": False}, user=request.user)
    else:
        form = ImportForm(user=request.user)
    return TemplateResponse(
        request,
        "practices/admin/import.html",
        {
            "form": form,
            "report": report,
            "queued": queued,
            "kept_name": kept[1] if kept else "",
            "jobs": import_jobs.running(),
            "page_title": _("Import practices"),
            "header_title": _("Import practices"),
            "header_icon": "upload",
        },
    )


def _import(form: ImportForm, user):
    """Import (or check) the chosen or kept file; returns (report, rows queued, kept file)."""
    options = {"dry_run": form.cleaned_data["dry_run"], "publish": form.cleaned_data["publish"]}
    upload = form.cleaned_data["file"]
    if upload is None:  # the file kept after a dry run
        stored, name = form.kept_file
        source = import_jobs.open_upload(stored)
    else:
        name, source = upload.name, upload
    try:
        queued = _queue_if_large(source, name, options, user)
        report = None if queued else import_file(source, name, user=user, **options)
        kept = None
        if options["dry_run"]:
            if upload is not None:
                kept = (import_jobs.keep(upload, name, user.pk), Path(name).name)
            else:
                kept = (form.cleaned_data["kept"], name)
    finally:
        if upload is None:
            source.close()
    if upload is None and not options["dry_run"]:
        import_jobs.finish(form.cleaned_data["kept"])  # imported (or queued from a copy)
    return report, queued, kept


@permission_required("practices.add_goodpracticepage", raise_exception=True)
def import_status(request):
    """The background imports as JSON, for the page's live progress (static/js)."""
    jobs = [job.as_json() for job in import_jobs.running()]
    return JsonResponse({"jobs": jobs})


@require_POST
@permission_required("practices.add_goodpracticepage", raise_exception=True)
def cancel_import(request, stored: str):
    """Stop a background import after its current batch; what was saved stays."""
    if import_jobs.request_cancel(stored):
        messages.success(request, _("The import stops after its current batch of rows."))
    else:
        messages.error(request, _("This import has already finished."))
    return redirect("practices_import")
