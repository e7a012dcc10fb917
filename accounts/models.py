"""A member's public profile, one per user."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.countries import country_choices, country_name


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("The organisation you work for, if it has no partner profile on Minga."),
    )
    # A member's link to their organisation's partner page. It lives here, on the profile, as a
    # lazy reference: accounts imports no practices module (practices may import accounts), the
    # database keeps the link, and code reaches the partner model through this field.
    partner = models.ForeignKey(
        "practices.PartnerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        verbose_name=_("partner profile"),
    )
    country = models.CharField(_("country"), max_length=2, blank=True, choices=country_choices)
    role = models.CharField(_("role or title"), max_length=150, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    bio = models.TextField(_("short bio"), max_length=600, blank=True)

    class Meta:
        verbose_name = _("profile")

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.full_name or self.user.get_username()

    @classmethod
    def partner_pages_model(cls):
        """The partner page model, without importing practices (see `partner`)."""
        return cls._meta.get_field("partner").related_model

    @property
    def organisation_name(self) -> str:
        return self.partner.title if self.partner_id else self.organisation

    @property
    def country_name(self) -> str:
        return country_name(self.country)
