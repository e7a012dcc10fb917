"""Admin view: editors import a CSV or JSON Lines file with the same validation as the command."""

from django import forms
from django.contrib.auth.decorators import permission_required
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from .interchange import import_file

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


@permission_required("practices.add_goodpracticepage", raise_exception=True)
def import_practices(request):
    report = None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid() and form.cleaned_data["publish"] and not _can_publish(request.user):
            form.add_error("publish", _("You are not allowed to publish practices."))
        if form.is_valid():
            upload = form.cleaned_data["file"]
            report = import_file(
                upload.read(),
                upload.name,
                dry_run=form.cleaned_data["dry_run"],
                publish=form.cleaned_data["publish"],
                user=request.user,
            )
    else:
        form = ImportForm()
    return TemplateResponse(
        request,
        "practices/admin/import.html",
        {
            "form": form,
            "report": report,
            "page_title": _("Import practices"),
            "header_title": _("Import practices"),
            "header_icon": "upload",
        },
    )
