"""Practices proposed by members through the public form, to tell them when they go live."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PracticeSubmission(models.Model):
    page = models.OneToOneField(
        "practices.GoodPracticePage", on_delete=models.CASCADE, related_name="submission"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="practice_submissions",
        verbose_name=_("submitted by"),
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    notified_at = models.DateTimeField(_("member told of publication at"), null=True, blank=True)

    class Meta:
        verbose_name = _("practice submission")

    def __str__(self) -> str:
        return f"{self.page} ({self.submitted_by})"
