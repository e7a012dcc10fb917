"""The rules: who moderates what, who is blocked or trusted, which contributions wait."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import F, Q, QuerySet
from wagtail.models import GroupPagePermission, Page

from discussions.models import Contribution, DiscussionPage
from home.ratelimit import account_is_new

from .models import (
    DiscussionModeration,
    HeldBecause,
    MemberStanding,
    ModerationRecord,
    State,
    blocked_in,
)

LINK = re.compile(r"(?:https?://|www\.)[^\s)\]>]+", re.IGNORECASE)
PERMISSION = "moderation.moderate_contributions"


def moderates_everything(user) -> bool:
    """Members of the Moderators group, staff editors and superusers moderate every discussion."""
    return bool(
        user.is_authenticated and (user.is_staff or user.is_superuser or user.has_perm(PERMISSION))
    )


def can_moderate(user, discussion) -> bool:
    return moderates_everything(user) or bool(
        user.is_authenticated and discussion.moderators.filter(pk=user.pk).exists()
    )


def moderated_discussions(user) -> QuerySet:
    """The discussion pages a user moderates."""
    pages = DiscussionPage.objects.all()
    if moderates_everything(user):
        return pages
    return pages.filter(moderators=user) if user.is_authenticated else pages.none()


def chooser_pages(pages: QuerySet, user) -> QuerySet:
    """What a page chooser may list: live pages, the user's own, and those under the pages their
    groups have permissions on (a discussion moderator sees no one else's drafts).

    A chooser shows a page's draft title: a live page renamed in a draft not yet published is
    left out for those who may not edit it, so the draft title never shows."""
    if user.is_superuser:
        return pages
    renamed = (
        Page.objects.filter(live=True, has_unpublished_changes=True)
        .exclude(draft_title="")
        .exclude(draft_title=F("title"))
    )
    hidden = list(renamed.values_list("pk", flat=True))  # a list: choosers' search filters too
    visible = Q(live=True) & ~Q(pk__in=hidden) | Q(owner=user)
    roots = GroupPagePermission.objects.filter(group__user=user).values_list("page__path")
    for (path,) in roots.distinct():
        visible |= Q(path__startswith=path)
    return pages.filter(visible)


def moderators_of(discussion) -> QuerySet:
    """Who hears about pending items: the discussion's moderators and the Moderators group."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(moderated_discussions=discussion) | Q(groups__name="Moderators"))
        .exclude(email="")
        .distinct()
    )


def standing(user) -> MemberStanding | None:
    if not user.is_authenticated:
        return None
    return MemberStanding.objects.filter(user=user).first()


def is_blocked_everywhere(user) -> bool:
    found = standing(user)
    return bool(found and found.blocked)


def is_blocked(user, discussion) -> bool:
    """Blocked site-wide (by a site moderator) or in this discussion (by one of its own)."""
    if not user.is_authenticated:
        return False
    return get_user_model().objects.filter(pk=user.pk).filter(blocked_in(discussion)).exists()


def is_new_member(user) -> bool:
    """Lower posting limits (like Discourse's trust levels) until a member is trusted, has a
    published contribution and an account older than MINGA_NEW_MEMBER_DAYS."""
    if not user.is_authenticated or moderates_everything(user):
        return False
    found = standing(user)
    if found and found.trusted:
        return False
    published = Contribution.objects.filter(user=user).published().exists()
    return account_is_new(user) or not published


def count_links(text: str) -> int:
    return len(LINK.findall(text or ""))


def hold_reason(contribution, user) -> str:
    """Why a contribution, new or edited, must wait for a moderator ("" when it may be public).

    The one rule for both paths: an edit is held for the same reasons as a new post, except the
    first-contribution rule, which a contribution already published has passed.
    """
    discussion = contribution.discussion
    if can_moderate(user, discussion):
        return ""
    if DiscussionModeration.objects.filter(
        discussion=discussion, moderate_everything=True
    ).exists():
        return HeldBecause.DISCUSSION
    if count_links(contribution.comment) > settings.MINGA_PREMODERATE_MAX_LINKS:
        return HeldBecause.LINKS
    found = standing(user)
    if (found and found.trusted) or contribution.pk:
        return ""
    own = Contribution.objects.filter(user=user)
    earlier = own.exclude(moderation__state=State.REJECTED).count()
    waiting = ModerationRecord.objects.filter(contribution__user=user, state=State.PENDING).exists()
    if earlier < settings.MINGA_PREMODERATE_FIRST_CONTRIBUTIONS or waiting:
        return HeldBecause.FIRST_CONTRIBUTION
    return ""
