"""Hooks into posting: blocked members are refused, some contributions wait for a moderator."""

from django.contrib import messages
from django.contrib.auth.models import Group
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _
from django_comments.signals import comment_will_be_posted
from wagtail.signals import page_published

from discussions import xtd
from discussions.models import Contribution, DiscussionPage

from . import policy

DISCUSSION_MODERATORS = "Discussion moderators"
BLOCKED_MESSAGE = _(
    "Your account has been blocked from posting by the moderators, so your contribution was "
    "not published. Your text is kept below; contact the moderators if you think this is a "
    "mistake."
)


def check_new_contribution(sender, comment, request, **kwargs):
    """Refuse members blocked here or site-wide, with a clear message.

    Which contributions wait for a moderator is decided where they are saved, new or edited
    (actions.screen, called by discussions.views).
    """
    if not isinstance(comment, Contribution):
        return True
    # The author, not request.user: replies by e-mail are posted without a request.
    if comment.user is not None and policy.is_blocked(comment.user, comment.discussion):
        if request is not None:
            messages.error(request, BLOCKED_MESSAGE)
        return False
    return True


def discussion_published(sender, instance, **kwargs) -> None:
    """A discussion's own moderators get into the Wagtail admin to reach the queue.

    The group only opens the admin, so someone who moderates no discussion any more (taken
    off this one's moderators) leaves it.
    """
    group = Group.objects.filter(name=DISCUSSION_MODERATORS).first()
    if group is None:
        return
    group.user_set.add(*instance.moderators.all())
    still_moderating = DiscussionPage.objects.filter(moderators__isnull=False).values("moderators")
    group.user_set.remove(*group.user_set.exclude(pk__in=still_moderating))


def connect() -> None:
    comment_will_be_posted.connect(check_new_contribution, dispatch_uid="moderation-check")
    post_save.connect(xtd.resync_after_save, sender=Contribution, dispatch_uid="moderation-hold")
    page_published.connect(
        discussion_published, sender=DiscussionPage, dispatch_uid="moderation-moderators"
    )
