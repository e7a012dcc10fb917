"""Who hears about a new contribution, the signed unsubscribe links, the notification mail, and
a member's message to a discussion's moderators."""

from django.core import signing
from django.db.models import Q
from django.urls import reverse

from accounts.emails import in_language_of, send_to_member
from home.urls import absolute_url

from .mail.models import Frequency, frequency_of
from .mail.replies import reply_address
from .models import Subscription
from .people import moderators_to_contact
from .translations import translation_for_reader

UNSUBSCRIBE_SALT = "discussions.unsubscribe"


def unsubscribe_token(what: int | dict) -> str:
    """A subscription's primary key, or {"u": member, "f": frequency} for all their digests."""
    return signing.dumps(what, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> int | dict | None:
    try:
        value = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if isinstance(value, dict) and isinstance(value.get("u"), int) and value.get("f"):
        return value
    return value if isinstance(value, int) else None


def unsubscribed_subscriptions(what: int | dict):
    """The follows an unsubscribe link ends: one, or every one mailed in that member's digest."""
    if isinstance(what, dict):
        return Subscription.objects.filter(user_id=what["u"], delivery__frequency=what["f"])
    return Subscription.objects.filter(pk=what)


def unsubscribe_url(what: int | dict) -> str:
    token = unsubscribe_token(what)
    return absolute_url(reverse("discussions:unsubscribe", kwargs={"token": token}))


def unsubscribe_headers(url: str) -> dict:
    """RFC 8058 one-click unsubscribe: mail clients POST to the link, no login, no page."""
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def chosen_subscriptions(subscriptions, contribution) -> dict:
    """Per follower, the subscription that covers `contribution` (a thread follow wins)."""
    chosen: dict[int, Subscription] = {}
    for subscription in subscriptions:
        if subscription.discussion_id != contribution.discussion_id:
            continue
        if subscription.thread_id not in (None, contribution.thread_id):
            continue
        if subscription.user_id not in chosen or subscription.thread_id:
            chosen[subscription.user_id] = subscription
    return chosen


def subscriptions_to_notify(contribution) -> list:
    """One subscription per follower, for everyone who asked for immediate mails."""
    subscriptions = (
        Subscription.objects.filter(discussion_id=contribution.discussion_id)
        .filter(Q(thread__isnull=True) | Q(thread_id=contribution.thread_id))
        .exclude(user_id=contribution.user_id)
        .exclude(user__email="")
        .select_related("user__profile", "thread", "delivery")
        .order_by("thread_id")
    )
    chosen = chosen_subscriptions(subscriptions, contribution).values()
    return [s for s in chosen if frequency_of(s) == Frequency.IMMEDIATE]


def send_notification(contribution, subscription) -> bool:
    """One mail about `contribution` to the follower, in their language; a reply posts below it."""
    user = subscription.user
    with in_language_of(user) as language:
        link = unsubscribe_url(subscription.pk)
        context = {
            "contribution": contribution,
            "discussion": contribution.discussion,
            "subscription": subscription,
            # In the member's language when a translation is ready, the original below.
            "translation": translation_for_reader(contribution, language),
            "contribution_url": absolute_url(
                reverse("discussions:permalink", kwargs={"pk": contribution.pk})
            ),
            "unsubscribe_url": link,
            "reply_address": reply_address(user, contribution),
        }
        return send_to_member(
            user,
            "discussions/email/new_contribution",
            context,
            reply_to=context["reply_address"],
            headers=unsubscribe_headers(link),
        )


def send_contact_message(discussion, sender, subject: str, message: str) -> int:
    """One mail to each moderator, in their language, replying to the sender; returns how many."""
    context = {
        "discussion": discussion,
        "sender": sender,
        "sender_name": sender.profile.display_name if hasattr(sender, "profile") else "",
        "subject": subject,
        "message": message,
        "discussion_url": absolute_url(discussion.url or ""),
    }
    return sum(
        send_to_member(
            moderator,
            "discussions/email/contact_moderators",
            context,
            reply_to=sender.email or None,
        )
        for moderator in moderators_to_contact(discussion)
    )
