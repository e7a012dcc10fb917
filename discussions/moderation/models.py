"""Moderation of contributions: states, flags, the action log, member standing, batching marks."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    PENDING = "pending", _("Awaiting moderation")
    PUBLISHED = "published", _("Published")
    HIDDEN = "hidden", _("Hidden")
    REJECTED = "rejected", _("Rejected")


# How each state shows on the contribution itself, so `Contribution.objects.published()` keeps
# meaning "visible to the public" (and the author still sees a pending or hidden contribution).
VISIBILITY = {
    State.PENDING: {"is_public": False, "is_removed": False},
    State.PUBLISHED: {"is_public": True, "is_removed": False},
    State.HIDDEN: {"is_public": False, "is_removed": False},
    State.REJECTED: {"is_public": False, "is_removed": True},
}


class HeldBecause(models.TextChoices):
    FIRST_CONTRIBUTION = "first", _("First contribution of the member")
    LINKS = "links", _("Many links")
    DISCUSSION = "discussion", _("The discussion moderates everything")
    FLAGS = "flags", _("Flagged by members")
    MODERATOR = "moderator", _("Hidden by a moderator")


class ModerationRecord(models.Model):
    """The moderation state of one contribution; contributions without one are simply published."""

    contribution = models.OneToOneField(
        "discussions.Contribution",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="moderation",
        verbose_name=_("contribution"),
    )
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.PENDING, db_index=True
    )
    held_because = models.CharField(
        _("held because"), max_length=12, choices=HeldBecause.choices, blank=True
    )
    reason = models.TextField(_("reason"), blank=True, help_text=_("Sent to the author."))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("moderation record")
        permissions = [("moderate_contributions", _("Can moderate contributions everywhere"))]

    def __str__(self) -> str:
        return f"{self.contribution_id}: {self.state}"


def state_of(contribution) -> str:
    """A contribution's moderation state; without a record, read from its visibility."""
    try:
        return contribution.moderation.state
    except ModerationRecord.DoesNotExist:
        pass
    if contribution.is_removed:
        return State.REJECTED
    return State.PUBLISHED if contribution.is_public else State.PENDING


class FlagReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    ABUSIVE = "abusive", _("Abusive or hateful")
    OFF_TOPIC = "off-topic", _("Off-topic")
    OTHER = "other", _("Other")


class Flag(models.Model):
    """A member reports a contribution; enough distinct flags hide it until a moderator looks."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contribution_flags"
    )
    contribution = models.ForeignKey(
        "discussions.Contribution", on_delete=models.CASCADE, related_name="member_flags"
    )
    reason = models.CharField(_("reason"), max_length=12, choices=FlagReason.choices)
    text = models.TextField(_("details"), blank=True, max_length=1000)
    created_at = models.DateTimeField(_("flagged at"), auto_now_add=True)
    resolved = models.BooleanField(_("reviewed by a moderator"), default=False, db_index=True)

    class Meta:
        verbose_name = _("flag")
        constraints = [
            models.UniqueConstraint(fields=["user", "contribution"], name="one_flag_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.user} flags {self.contribution_id} ({self.reason})"


class Action(models.TextChoices):
    HELD = "held", _("Held for moderation")
    APPROVE = "approve", _("Approved")
    REJECT = "reject", _("Rejected")
    EDIT = "edit", _("Edited")
    HIDE = "hide", _("Hidden")
    UNHIDE = "unhide", _("Unhidden")
    AUTO_HIDE = "auto-hide", _("Hidden after flags")
    FEATURE = "feature", _("Featured")
    UNFEATURE = "unfeature", _("No longer featured")
    BLOCK = "block", _("Member blocked")
    UNBLOCK = "unblock", _("Member unblocked")


class ModerationAction(models.Model):
    """The log: who did what, when and why; nothing moderation does is deleted."""

    contribution = models.ForeignKey(
        "discussions.Contribution",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="moderation_actions",
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="moderation_actions_about",
        help_text=_("The member the action concerns (the author, or a blocked member)."),
    )
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="moderation_actions",
        help_text=_("Empty when the site acted by itself (pre-moderation, flags)."),
    )
    action = models.CharField(_("action"), max_length=12, choices=Action.choices)
    reason = models.TextField(_("reason"), blank=True)
    original_text = models.TextField(_("original text"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("moderation action")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} ({self.created_at:%Y-%m-%d %H:%M})"


class MemberStanding(models.Model):
    """Trusted members skip pre-moderation; blocked members cannot post."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="moderation_standing",
    )
    trusted = models.BooleanField(_("trusted"), default=False)
    blocked = models.BooleanField(_("blocked"), default=False, db_index=True)
    blocked_reason = models.TextField(_("why blocked"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("member standing")
        verbose_name_plural = _("member standings")

    def __str__(self) -> str:
        return str(self.user)


class DiscussionModeration(models.Model):
    """Per-discussion moderation settings (kept here so the page model stays the other team's)."""

    discussion = models.OneToOneField(
        "discussions.DiscussionPage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="moderation_settings",
        verbose_name=_("discussion"),
    )
    moderate_everything = models.BooleanField(
        _("moderate every contribution"),
        default=False,
        help_text=_("Every contribution waits for a moderator, whoever wrote it."),
    )

    class Meta:
        verbose_name = _("discussion moderation setting")

    def __str__(self) -> str:
        return str(self.discussion)


class ModeratorNotice(models.Model):
    """When a moderator was last e-mailed about pending items of a discussion (for batching)."""

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    discussion = models.ForeignKey(
        "discussions.DiscussionPage", on_delete=models.CASCADE, related_name="+"
    )
    last_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["moderator", "discussion"], name="one_notice_mark_per_moderator"
            )
        ]


class DiscussionBlock(models.Model):
    """A member may not post in one discussion: what a discussion's own moderator can decide.

    Site-wide blocks (MemberStanding.blocked) need the site-moderator role.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="discussion_blocks"
    )
    discussion = models.ForeignKey(
        "discussions.DiscussionPage", on_delete=models.CASCADE, related_name="member_blocks"
    )
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(_("why blocked"), blank=True)
    created_at = models.DateTimeField(_("blocked at"), auto_now_add=True)

    class Meta:
        verbose_name = _("block in a discussion")
        verbose_name_plural = _("blocks in a discussion")
        constraints = [
            models.UniqueConstraint(fields=["user", "discussion"], name="one_block_per_discussion")
        ]

    def __str__(self) -> str:
        return f"{self.user} blocked in {self.discussion_id}"


def blocked_in(discussion) -> Q:
    """The blocking rule as an expression on a user row (`OuterRef("pk")`): blocked site-wide or
    in this discussion. Here, beside the two block models, so the discussion page asks it together
    with the reader's other facts (discussions/readers.py) without importing the moderation
    policy, which imports the page models."""
    everywhere = MemberStanding.objects.filter(user=OuterRef("pk"), blocked=True)
    here = DiscussionBlock.objects.filter(user=OuterRef("pk"), discussion=discussion)
    return Exists(everywhere) | Exists(here)
