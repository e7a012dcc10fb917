"""Contribution translations: a contribution in another language, stored beside the original."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..languages import contribution_language_name, language_choices
from ..markdown import render_markdown
from .contributions import Contribution


def translation_source_hash(text: str, language: str) -> str:
    """What a translation was made from: the original's language and text."""
    return hashlib.sha256(f"{language}\n{text}".encode()).hexdigest()


class ContributionTranslation(models.Model):
    """A contribution in another language, stored beside the original (machine or moderator)."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="translations"
    )
    language = models.CharField(_("language"), max_length=12, choices=language_choices)
    body = models.TextField(_("translation"), help_text=_("Markdown, like the original."))
    body_html = models.TextField(editable=False, blank=True)
    provider = models.CharField(
        _("provider"), max_length=40, blank=True, help_text=_("Empty for a moderator's text.")
    )
    source_hash = models.CharField(max_length=64, editable=False)
    is_human = models.BooleanField(
        _("corrected by a moderator"),
        default=False,
        help_text=_("A moderator's translation is never replaced by a machine translation."),
    )
    translated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("corrected by"),
    )
    translated_at = models.DateTimeField(_("translated at"), default=timezone.now)

    class Meta:
        verbose_name = _("contribution translation")
        verbose_name_plural = _("contribution translations")
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "language"], name="unique_contribution_translation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.contribution_id} → {self.language}"

    def save(self, *args, **kwargs):
        # The same Markdown → nh3 pipeline as the original: a provider's answer is untrusted.
        self.body_html = render_markdown(self.body)
        super().save(*args, **kwargs)

    @property
    def language_name(self) -> str:
        return contribution_language_name(self.language)

    def is_current(self, contribution=None) -> bool:
        contribution = contribution or self.contribution
        return self.source_hash == translation_source_hash(
            contribution.comment, contribution.language
        )
