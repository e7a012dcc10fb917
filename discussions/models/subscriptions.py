"""Follows: a member subscribed to a whole discussion or to one thread."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .contributions import Contribution
from .pages import DiscussionPage


class Subscription(models.Model):
    """A member follows a whole discussion (thread empty) or one thread."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="discussion_subscriptions"
    )
    discussion = models.ForeignKey(
        DiscussionPage, on_delete=models.CASCADE, related_name="subscriptions"
    )
    thread = models.ForeignKey(
        Contribution,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        help_text=_("The thread's first contribution; empty to follow the whole discussion."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("subscription")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "discussion"],
                condition=Q(thread__isnull=True),
                name="unique_discussion_subscription",
            ),
            models.UniqueConstraint(
                fields=["user", "discussion", "thread"], name="unique_thread_subscription"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.thread or self.discussion}"
