"""How often a follower hears from a discussion, what each digest covered, and mail received."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("One e-mail per contribution")
    DAILY = "daily", _("A daily digest")
    WEEKLY = "weekly", _("A weekly digest")
    NONE = "none", _("No e-mails")


class Delivery(models.Model):
    """A follower's choice for one followed discussion or thread (none stored: immediate)."""

    subscription = models.OneToOneField(
        "discussions.Subscription",
        on_delete=models.CASCADE,
        related_name="delivery",
        verbose_name=_("subscription"),
    )
    frequency = models.CharField(
        _("e-mails"), max_length=10, choices=Frequency.choices, default=Frequency.IMMEDIATE
    )
    # A digest covers only what was published after the member chose it: earlier contributions
    # were mailed one by one.
    changed_at = models.DateTimeField(_("chosen at"), default=timezone.now)

    class Meta:
        verbose_name = _("e-mail choice")
        verbose_name_plural = _("e-mail choices")

    def __str__(self) -> str:
        return f"{self.subscription}: {self.frequency}"


def frequency_of(subscription) -> str:
    try:
        return subscription.delivery.frequency
    except Delivery.DoesNotExist:
        return Frequency.IMMEDIATE


class DigestRun(models.Model):
    """A member's digest for one period: its end is the watermark the next digest starts from."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_runs"
    )
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices)
    period_end = models.DateTimeField(_("covers until"))
    contributions = models.PositiveIntegerField(_("contributions listed"), default=0)
    message_id = models.CharField(_("Message-ID"), max_length=200, blank=True)
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("digest sent")
        verbose_name_plural = _("digests sent")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "frequency", "period_end"], name="one_digest_per_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.frequency} {self.period_end:%Y-%m-%d %H:%M}"


class InboundMessage(models.Model):
    """A mail received at a reply address: its Message-ID is stored so a replay posts nothing."""

    class Outcome(models.TextChoices):
        POSTED = "posted", _("posted")
        REFUSED = "refused", _("refused, answer sent")
        DROPPED = "dropped", _("dropped")

    message_id = models.CharField(_("Message-ID"), max_length=255, unique=True)
    sender = models.CharField(_("sender"), max_length=254, blank=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    contribution = models.ForeignKey(
        "discussions.Contribution", null=True, blank=True, on_delete=models.SET_NULL
    )
    received_at = models.DateTimeField(_("received at"), default=timezone.now)

    class Meta:
        verbose_name = _("received e-mail")
        verbose_name_plural = _("received e-mails")

    def __str__(self) -> str:
        return f"{self.message_id} ({self.outcome})"
