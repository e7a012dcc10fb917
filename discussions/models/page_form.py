"""The discussion page's admin form: the period typed in the discussion's own time zone."""

from datetime import UTC

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminDateTimeInput

from home import times

from ..languages import language_choices

PERIOD_FIELDS = ("opens_at", "closes_at")


class WallClockDateTimeField(forms.DateTimeField):
    """The time as the editor typed it (naive); the page form attaches the discussion's zone."""

    def to_python(self, value):
        # Read as UTC, which skips no hour, so the editor's own admin time zone plays no part.
        with timezone.override(UTC):
            result = super().to_python(value)
        return result.replace(tzinfo=None) if result else result

    def validate(self, value):
        super().validate(value)
        if value and not 1970 <= value.year <= 2100:
            raise forms.ValidationError(
                _("Enter a date between %(first)s and %(last)s."),
                code="out_of_range",
                params={"first": 1970, "last": 2100},
            )


PERIOD_HELP = _("In the discussion's time zone, chosen below.")


class DiscussionPageForm(WagtailAdminPageForm):
    """Editors enter and see the period in the discussion's time zone; it is stored in UTC."""

    accepted_languages = forms.MultipleChoiceField(
        label=_("accepted languages"),
        choices=language_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Languages members may write in; none ticked accepts all of them."),
    )
    opens_at = WallClockDateTimeField(
        label=_("opens at"), widget=AdminDateTimeInput, help_text=PERIOD_HELP
    )
    closes_at = WallClockDateTimeField(
        label=_("closes at"), widget=AdminDateTimeInput, help_text=PERIOD_HELP
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in PERIOD_FIELDS:
            instant = getattr(self.instance, name, None)
            if instant:
                self.initial[name] = times.in_zone(instant, self.instance.zone).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        if "timezone" in self.errors:
            return cleaned_data
        zone_name = cleaned_data.get("timezone") or self.instance.timezone
        for name in PERIOD_FIELDS:
            wall_clock = cleaned_data.get(name)
            if wall_clock is None:
                continue
            instant = times.wall_clock_to_utc(wall_clock, zone_name)
            if instant is None:
                message = _(
                    "Clocks in %(zone)s skip %(time)s (daylight saving); choose another time."
                )
                self.add_error(
                    name, message % {"zone": zone_name, "time": wall_clock.strftime("%H:%M")}
                )
            else:
                cleaned_data[name] = instant
        opens_at, closes_at = cleaned_data.get("opens_at"), cleaned_data.get("closes_at")
        if opens_at and closes_at and closes_at <= opens_at:
            self.add_error("closes_at", _("The discussion must close after it opens."))
        return cleaned_data
