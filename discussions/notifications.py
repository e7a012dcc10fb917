"""Who hears about a new contribution, and the signed unsubscribe links in those e-mails."""

from django.core import signing

from home.outbox import enqueue

UNSUBSCRIBE_SALT = "discussions.unsubscribe"


def unsubscribe_token(subscription_pk: int) -> str:
    return signing.dumps(subscription_pk, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> int | None:
    try:
        value = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None


def queue_notifications(contribution) -> None:
    """E-mail the followers once the contribution is committed (never inside the request)."""
    from .tasks import notify_followers

    enqueue(notify_followers, contribution.pk)


def subscriptions_to_notify(contribution) -> list:
    """One subscription per follower (a thread follow wins over a discussion follow)."""
    from django.db.models import Q

    from .models import Subscription

    subscriptions = (
        Subscription.objects.filter(discussion_id=contribution.discussion_id)
        .filter(Q(thread__isnull=True) | Q(thread_id=contribution.thread_id))
        .exclude(user_id=contribution.user_id)
        .exclude(user__email="")
        .select_related("user", "thread")
        .order_by("thread_id")
    )
    chosen: dict[int, object] = {}
    for subscription in subscriptions:
        if subscription.user_id not in chosen or subscription.thread_id:
            chosen[subscription.user_id] = subscription
    return list(chosen.values())
