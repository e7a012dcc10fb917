"""The public form members use to propose a practice."""

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.countries import country_choices, language_choices
from home.formfields import BoundedModelMultipleChoiceField

from .models import SDG, Modality, Theme
from .models.practices import MAX_YEAR, MIN_YEAR
from .models.taxonomies import source_themes

TEXT_AREA = forms.Textarea(attrs={"rows": 6})


class PracticeProposalForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=255)
    summary = forms.CharField(
        label=_("Summary"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("Two or three sentences: what was done, where, and with whom."),
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries"),
        choices=country_choices,
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    sdgs = BoundedModelMultipleChoiceField(
        label=_("Sustainable Development Goals"),
        queryset=SDG.objects.all(),
        widget=forms.CheckboxSelectMultiple,
    )
    themes = BoundedModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.filter(source_themes()),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    modality = forms.ChoiceField(
        label=_("Modality"), choices=[("", "—")] + Modality.choices, required=False
    )
    start_year = forms.IntegerField(
        label=_("Start year"), min_value=MIN_YEAR, max_value=MAX_YEAR, required=False
    )
    end_year = forms.IntegerField(
        label=_("End year"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        required=False,
        help_text=_("Leave empty if the practice is ongoing."),
    )
    challenge = forms.CharField(label=_("Challenge"), widget=TEXT_AREA, required=False)
    solution = forms.CharField(label=_("Solution"), widget=TEXT_AREA, required=False)
    results = forms.CharField(label=_("Results and impact"), widget=TEXT_AREA, required=False)
    url = forms.URLField(label=_("Link to more information"), required=False, assume_scheme="https")
    language = forms.ChoiceField(label=_("Language of your text"), choices=language_choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = (get_language() or "en").split("-")[0]
        self.fields["sdgs"].label_from_instance = lambda sdg: f"{sdg.number}. {sdg.name}"

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_year"), cleaned.get("end_year")
        if start and end and end < start:
            self.add_error("end_year", _("The end year is before the start year."))
        if start and start > timezone.now().year + 1:
            self.add_error("start_year", _("The start year is too far in the future."))
        return cleaned
