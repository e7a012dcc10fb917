"""What the logged-in reader of a request is to a discussion: the threads they follow, whether
they are blocked from posting, whether they moderate it. Asked in one query, kept on the request
(the listing, the thread page, the contribution form and the translation links all read it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.contrib.auth import get_user_model
from django.db.models import BooleanField, Exists, ExpressionWrapper, FilteredRelation, OuterRef, Q

from .moderation.models import blocked_in

if TYPE_CHECKING:
    from .models.pages import DiscussionPage


@dataclass(frozen=True)
class Reader:
    followed: set = field(default_factory=set)  # thread ids; None: the whole discussion
    blocked: bool = False
    moderates: bool = False  # one of this discussion's own moderators (not the site's)


def reader_of(request, discussion: DiscussionPage) -> Reader:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or discussion.pk is None:
        return Reader()
    known = request.__dict__.setdefault("_discussion_readers", {})
    if discussion.pk not in known:
        known[discussion.pk] = _ask(user, discussion)
    return known[discussion.pk]


def _ask(user, discussion: DiscussionPage) -> Reader:
    moderators = discussion.moderators.through.objects.filter(
        discussionpage_id=discussion.pk, user_id=OuterRef("pk")
    )
    rows = list(
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            blocked=ExpressionWrapper(blocked_in(discussion), BooleanField()),
            moderates=Exists(moderators),
            followed=FilteredRelation(
                "discussion_subscriptions",
                condition=Q(discussion_subscriptions__discussion_id=discussion.pk),
            ),
        )
        .values_list("blocked", "moderates", "followed__pk", "followed__thread_id")
    )
    if not rows:
        return Reader()
    return Reader(
        followed={thread for _blocked, _moderates, pk, thread in rows if pk is not None},
        blocked=bool(rows[0][0]),
        moderates=bool(rows[0][1]),
    )
