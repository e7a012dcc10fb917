"""Sign-up and profile forms: the same profile fields, asked once at sign-up and editable later."""

from allauth.account.adapter import get_adapter
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.countries import country_choices, country_name
from home.formfields import BoundedModelChoiceField
from home.i18n import one_per_record

from .models import Profile

PROFILE_FIELDS = [
    "full_name",
    "organisation",
    "partner",
    "country",
    "role",
    "preferred_language",
    "bio",
]
PROFILE_WIDGETS = {
    "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
    "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
    "role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
    "bio": forms.Textarea(attrs={"rows": 4}),
}
PROFILE_FIELD_CLASSES = {"partner": BoundedModelChoiceField}


def localised_country_choices() -> list[tuple[str, str]]:
    """Countries named and sorted in the visitor's language, after an empty choice."""
    countries = sorted(
        ((code, country_name(code)) for code, _name in country_choices()),
        key=lambda item: item[1].casefold(),
    )
    return [("", _("Choose your country")), *countries]


def partner_queryset(current_partner_id: int | None = None):
    """Live partner profiles, one per organisation, each in the visitor's language if translated.

    The partner model is reached through `Profile.partner` (see accounts/models.py): accounts
    never imports practices.
    """
    partner_model = Profile.partner_pages_model()
    chosen = one_per_record(partner_model.objects.live()).values("pk")
    current = Q(pk=current_partner_id) if current_partner_id else Q(pk__in=[])
    return partner_model.objects.filter(Q(pk__in=chosen) | current).order_by("title")


def configure_profile_fields(fields: dict, instance: Profile | None = None) -> None:
    """What the model cannot say: required fields, localised choices, partner list, hints."""
    fields["full_name"].required = True
    fields["full_name"].help_text = _("Shown with your contributions.")
    fields["organisation"].help_text = _(
        "If your organisation has a partner profile on Minga, choose it below instead."
    )
    partner = fields["partner"]
    partner.queryset = partner_queryset(instance.partner_id if instance else None)
    partner.empty_label = _("None of these")
    partner.label_from_instance = lambda page: page.title
    partner.help_text = _("Organisations with a partner profile on Minga.")
    country = fields["country"]
    country.choices = localised_country_choices
    country.required = True
    language = fields["preferred_language"]
    language.choices = settings.LANGUAGES
    language.help_text = _("Minga opens in this language after you log in.")
    fields["bio"].help_text = _("A few sentences about your work (600 characters at most).")
    for name in ("organisation", "partner", "role", "bio"):
        fields[name].label = format_lazy(_("{label} (optional)"), label=fields[name].label)


class ProfileForm(forms.ModelForm):
    """The member edits their own profile."""

    class Meta:
        model = Profile
        fields = PROFILE_FIELDS
        widgets = PROFILE_WIDGETS
        field_classes = PROFILE_FIELD_CLASSES

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        configure_profile_fields(self.fields, self.instance)


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form plus the profile fields, saved on the new member's profile."""

    account_field_names = ["email", "username", "password1", "password2"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(
            forms.fields_for_model(
                Profile,
                fields=PROFILE_FIELDS,
                widgets=PROFILE_WIDGETS,
                field_classes=PROFILE_FIELD_CLASSES,
            )
        )
        configure_profile_fields(self.fields)
        self.fields["preferred_language"].initial = (get_language() or "").split("-")[0]
        self.order_fields(self.account_field_names + PROFILE_FIELDS)

    @property
    def account_fields(self) -> list:
        return [self[name] for name in self.fields if name not in PROFILE_FIELDS]

    @property
    def profile_fields(self) -> list:
        return [self[name] for name in PROFILE_FIELDS]

    def validate_unique_email(self, value: str) -> str:
        # Say so on the form instead of silently mailing the address's owner: sign-up already
        # reveals taken usernames, and a form error is what people expect.
        value = super().validate_unique_email(value)
        if self.account_already_exists:
            raise get_adapter().validation_error("email_taken")
        return value

    def custom_signup(self, request, user) -> None:
        super().custom_signup(request, user)
        profile = user.profile
        for name in PROFILE_FIELDS:
            setattr(profile, name, self.cleaned_data[name])
        profile.save()


class LoginForm(AllauthLoginForm):
    """allauth's login form with a label that says what to type."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("E-mail address or username")
        if "remember" in self.fields:
            self.fields["remember"].label = _("Keep me logged in on this device")
