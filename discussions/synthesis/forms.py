from django import forms
from django.utils.translation import gettext_lazy as _

from home.text import clean_text


class KeyPointForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    text = forms.CharField(
        label=_("Key point in your words"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean_title(self) -> str:
        title = clean_text(self.cleaned_data["title"], max_length=200, single_line=True)
        if not title:
            raise forms.ValidationError(_("Give the key point a title."))
        return title

    def clean_text(self) -> str:
        return clean_text(self.cleaned_data["text"], max_length=4000)
