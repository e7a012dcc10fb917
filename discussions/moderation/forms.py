"""Forms: members flag a contribution; moderators give reasons, edit text, export."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import FlagReason

EXPORT_FORMATS = [
    ("csv", "CSV"),
    ("xlsx", "Excel (XLSX)"),
    ("docx", "Word (DOCX)"),
    ("md", "Markdown"),
]


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this contribution?"),
        choices=FlagReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a reason.")},
    )
    text = forms.CharField(
        label=_("Details (optional, required for “Other”)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=1000,
    )

    def clean(self):
        cleaned_data = super().clean()
        if (
            cleaned_data.get("reason") == FlagReason.OTHER
            and not cleaned_data.get("text", "").strip()
        ):
            self.add_error("text", _("Please tell the moderators what is wrong."))
        return cleaned_data


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=2000
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (sent to the author)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": _("Please give the author a reason.")},
    )


class EditForm(forms.Form):
    comment = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=settings.DISCUSSIONS_MAX_LENGTH,
    )
    reason = forms.CharField(label=_("Why (for the log)"), required=False, max_length=2000)

    def clean_comment(self):
        text = self.cleaned_data["comment"]
        if not text.strip():
            raise forms.ValidationError(
                _("A contribution cannot be empty; hide or reject it instead.")
            )
        return text


class ExportForm(forms.Form):
    format = forms.ChoiceField(label=_("Format"), choices=EXPORT_FORMATS, initial="xlsx")
    full = forms.BooleanField(
        label=_("Full export: include pending, hidden and rejected contributions"), required=False
    )
