"""What moderators (and the flag threshold) do to contributions; every step is logged."""

from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from discussions.models import Contribution
from discussions.tasks import notify_followers
from discussions.xtd import store_fields
from home.outbox import enqueue

from . import policy
from .models import (
    VISIBILITY,
    Action,
    DiscussionBlock,
    Flag,
    HeldBecause,
    MemberStanding,
    ModerationAction,
    ModerationRecord,
    State,
    state_of,
)
from .tasks import notify_author, queue_moderator_notice


def _log(contribution, action: str, moderator=None, reason: str = "", original_text: str = ""):
    return ModerationAction.objects.create(
        contribution=contribution,
        member_id=contribution.user_id if contribution is not None else None,
        moderator=moderator if moderator and moderator.is_authenticated else None,
        action=action,
        reason=reason,
        original_text=original_text,
    )


def set_state(contribution, state: str, held_because: str = "", reason: str = "") -> None:
    record, _created = ModerationRecord.objects.get_or_create(contribution=contribution)
    record.state = state
    record.held_because = held_because if state in (State.PENDING, State.HIDDEN) else ""
    record.reason = reason
    record.save()
    contribution.moderation = record
    store_fields(contribution, **VISIBILITY[State(state)])


def screen(contribution, user) -> str:
    """Apply the pre-moderation rule to a contribution about to be saved, new or edited.

    Returns why it must wait ("" when it may be public); a new one is made non-public before
    it is saved. Once saved, pass the reason to `hold`: both paths (discussions.views) do.
    """
    if contribution.pk and state_of(contribution) != State.PUBLISHED:
        return ""  # an edit leaves a pending or hidden contribution where it is
    reason = policy.hold_reason(contribution, user)
    if reason and not contribution.pk:
        contribution.is_public = False
    return reason


def hold(contribution, held_because: str) -> None:
    """A new or edited contribution waits for a moderator (called right after it is saved)."""
    set_state(contribution, State.PENDING, held_because)
    _log(contribution, Action.HELD, reason=HeldBecause(held_because).label)
    queue_moderator_notice(contribution.discussion_id)


def _resolve_flags(contribution) -> None:
    Flag.objects.filter(contribution=contribution, resolved=False).update(resolved=True)


@transaction.atomic
def approve(contribution, moderator, notify: bool = True) -> None:
    was_pending = state_of(contribution) == State.PENDING
    set_state(contribution, State.PUBLISHED)
    _resolve_flags(contribution)
    _log(contribution, Action.APPROVE, moderator)
    if contribution.user_id:
        standing, _created = MemberStanding.objects.get_or_create(user_id=contribution.user_id)
        if not standing.trusted:
            standing.trusted = True
            standing.save(update_fields=["trusted", "updated_at"])
    if was_pending and notify:
        enqueue(notify_author, contribution.pk, "approve")
        enqueue(notify_followers, contribution.pk)


@transaction.atomic
def reject(contribution, moderator, reason: str, notify: bool = True) -> None:
    set_state(contribution, State.REJECTED, reason=reason)
    _resolve_flags(contribution)
    _log(contribution, Action.REJECT, moderator, reason)
    if notify:
        enqueue(notify_author, contribution.pk, "reject")


@transaction.atomic
def hide(contribution, moderator, reason: str = "") -> None:
    set_state(contribution, State.HIDDEN, HeldBecause.MODERATOR, reason)
    _resolve_flags(contribution)
    _log(contribution, Action.HIDE, moderator, reason)


@transaction.atomic
def unhide(contribution, moderator, reason: str = "") -> None:
    set_state(contribution, State.PUBLISHED)
    _resolve_flags(contribution)
    _log(contribution, Action.UNHIDE, moderator, reason)


@transaction.atomic
def edit(contribution, moderator, new_text: str, reason: str = "") -> None:
    original = contribution.comment
    if new_text == original:
        return
    store_fields(contribution, comment=new_text, edited_at=timezone.now())
    _log(contribution, Action.EDIT, moderator, reason, original_text=original)


@transaction.atomic
def set_featured(contribution, moderator, featured: bool) -> None:
    if contribution.is_featured == featured:
        return
    store_fields(contribution, is_featured=featured)
    _log(contribution, Action.FEATURE if featured else Action.UNFEATURE, moderator)


@transaction.atomic
def block_member(user, moderator, reason: str = "", contribution=None) -> int:
    """Block a member from posting and reject their pending items; returns how many.

    A site moderator blocks everywhere; a discussion's own moderator blocks the member in the
    discussions they moderate and rejects pending items there only.
    """
    pending = Contribution.objects.filter(user=user, moderation__state=State.PENDING)
    if policy.moderates_everything(moderator):
        standing, _created = MemberStanding.objects.get_or_create(user=user)
        standing.blocked, standing.trusted, standing.blocked_reason = True, False, reason
        standing.save()
    else:
        discussions = list(policy.moderated_discussions(moderator))
        for discussion in discussions:
            DiscussionBlock.objects.update_or_create(
                user=user,
                discussion=discussion,
                defaults={"moderator": moderator, "reason": reason},
            )
        pending = pending.filter(discussion__in=discussions)
    ModerationAction.objects.create(
        contribution=contribution,
        member=user,
        moderator=moderator,
        action=Action.BLOCK,
        reason=reason,
    )
    rejected = 0
    for item in pending.select_related("moderation"):
        reject(item, moderator, reason or str(Action.BLOCK.label), notify=False)
        rejected += 1
    return rejected


@transaction.atomic
def unblock_member(user, moderator, reason: str = "") -> None:
    """Lift the blocks this moderator may lift: all of them for a site moderator."""
    blocks = DiscussionBlock.objects.filter(user=user)
    if policy.moderates_everything(moderator):
        MemberStanding.objects.filter(user=user).update(blocked=False, blocked_reason="")
    else:
        blocks = blocks.filter(discussion__in=policy.moderated_discussions(moderator))
    blocks.delete()
    ModerationAction.objects.create(
        member=user, moderator=moderator, action=Action.UNBLOCK, reason=reason
    )


def bulk_approve(contributions: Iterable, moderator) -> int:
    approved = 0
    for contribution in contributions:
        flagged = Flag.objects.filter(contribution=contribution, resolved=False).exists()
        if state_of(contribution) != State.PUBLISHED or flagged:
            approve(contribution, moderator)
            approved += 1
    return approved


@transaction.atomic
def add_flag(contribution, user, reason: str, text: str = "") -> tuple[Flag, bool]:
    """Record a member's flag; enough distinct flags hide the contribution pending review."""
    flag, created = Flag.objects.get_or_create(
        user=user, contribution=contribution, defaults={"reason": reason, "text": text}
    )
    unresolved = Flag.objects.filter(contribution=contribution, resolved=False).count()
    if (
        created
        and unresolved >= settings.MINGA_FLAG_THRESHOLD
        and state_of(contribution) == State.PUBLISHED
    ):
        set_state(contribution, State.HIDDEN, HeldBecause.FLAGS)
        _log(contribution, Action.AUTO_HIDE, reason=HeldBecause.FLAGS.label)
        queue_moderator_notice(contribution.discussion_id)
    return flag, created
