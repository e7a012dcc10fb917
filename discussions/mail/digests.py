"""Daily and weekly digests: what was published in a member's followed discussions since the last.

A digest covers (watermark, period end]: the watermark is the end of the member's previous
digest of that frequency (DigestRun), or when they chose the digest. Period ends are fixed
instants (00:00 UTC; Mondays for weekly), so a run that comes late, or again after a worker
restart, builds the same digest and `once` sends it once; a missed period is folded into the
next digest, never lost.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import F, Max
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse

from accounts.emails import in_language_of, send_to_member
from home.outbox import once
from home.urls import absolute_page_url, absolute_url

from ..models import Contribution, Subscription
from ..notifications import chosen_subscriptions, unsubscribe_headers, unsubscribe_url
from ..translations import translation_for_reader
from .models import Delivery, DigestRun, Frequency
from .replies import reply_address

DIGESTS = (Frequency.DAILY, Frequency.WEEKLY)


def period_end(frequency: str, now: datetime) -> datetime:
    """The last period boundary at or before `now`: 00:00 UTC, a Monday for weekly digests."""
    day = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    if frequency == Frequency.WEEKLY:
        day -= timedelta(days=day.weekday())
    return day


def members_due(frequency: str, end: datetime) -> list[int]:
    """Members with a digest of this frequency whose last one ended before `end`."""
    users = Delivery.objects.filter(frequency=frequency).values_list(
        "subscription__user_id", flat=True
    )
    done = DigestRun.objects.filter(frequency=frequency, period_end__gte=end).values("user_id")
    return sorted(set(users.exclude(subscription__user_id__in=done)))


def with_published_at(queryset):
    """When each contribution became public: posted, or approved by a moderator later."""
    return queryset.annotate(
        published_at=Greatest(
            F("submit_date"), Coalesce(F("moderation__updated_at"), "submit_date")
        )
    )


@dataclass
class DiscussionDigest:
    discussion: object
    subscription: object
    unsubscribe_url: str = ""
    by_question: dict = field(default_factory=dict)  # question -> contributions
    others: list = field(default_factory=list)  # replies and contributions answering no question

    @property
    def count(self) -> int:
        return sum(len(items) for items in self.by_question.values()) + len(self.others)


def digest_contributions(user, frequency: str, since, end) -> list:
    """The contributions a member's digest lists, each once, with the subscription covering it."""
    subscriptions = list(
        Subscription.objects.filter(user=user).select_related("delivery", "discussion")
    )
    chosen = [s for s in subscriptions if getattr(_delivery(s), "frequency", "") == frequency]
    if not chosen:
        return []
    start = min(max(since or s.delivery.changed_at, s.delivery.changed_at) for s in chosen)
    candidates = with_published_at(
        Contribution.objects.published().filter(discussion_id__in={s.discussion_id for s in chosen})
    ).filter(published_at__gt=start, published_at__lte=end)
    candidates = candidates.exclude(user=user).select_related("discussion", "user__profile")
    found = []
    for contribution in candidates.order_by("discussion_id", "submit_date", "pk"):
        subscription = chosen_subscriptions(subscriptions, contribution).get(user.pk)
        if subscription is None or subscription not in chosen:
            continue
        own_start = max(since or subscription.delivery.changed_at, subscription.delivery.changed_at)
        if contribution.published_at > own_start:
            found.append((contribution, subscription))
    return found


def _delivery(subscription):
    try:
        return subscription.delivery
    except Delivery.DoesNotExist:
        return None


def group(found: list) -> list[DiscussionDigest]:
    """Per discussion, per guiding question (in the page's order), then the rest."""
    digests: dict[int, DiscussionDigest] = {}
    questions = defaultdict(list)
    for contribution, _subscription in found:
        questions[contribution.pk] = list(contribution.guiding_questions.all())
    for contribution, subscription in found:
        digest = digests.setdefault(
            contribution.discussion_id, DiscussionDigest(contribution.discussion, subscription)
        )
        answered = questions[contribution.pk]
        if answered and contribution.level == 0:
            digest.by_question.setdefault(answered[0], []).append(contribution)
        else:
            digest.others.append(contribution)
    for digest in digests.values():
        digest.by_question = dict(
            sorted(digest.by_question.items(), key=lambda item: item[0].sort_order)
        )
    return list(digests.values())


def message_id(user_pk: int, frequency: str, end: datetime) -> str:
    """The same digest always has the same Message-ID: a re-send is recognisable as one."""
    domain = settings.MINGA_REPLY_DOMAIN or "minga.localhost"
    return f"<digest-{user_pk}-{frequency}-{end:%Y%m%d}@{domain}>"


def send_digest(user_pk: int, frequency: str, end: datetime) -> int:
    """Send one member's digest for the period ending at `end`; returns how many it listed.

    The receipt, the watermark and the send happen in one transaction: if anything fails
    before it commits, the next run builds and sends the same digest again.
    """
    with once(f"digest:{user_pk}:{frequency}:{end.isoformat()}") as first:
        if not first:
            return 0
        user = get_user_model().objects.select_related("profile").filter(pk=user_pk).first()
        last = DigestRun.objects.filter(user_id=user_pk, frequency=frequency).aggregate(
            end=Max("period_end")
        )["end"]
        if user is None or (last and last >= end):
            return 0
        found = digest_contributions(user, frequency, last, end)
        identifier = message_id(user_pk, frequency, end)
        if found:
            _send(user, frequency, group(found), identifier)
        DigestRun.objects.create(
            user_id=user_pk,
            frequency=frequency,
            period_end=end,
            contributions=len(found),
            message_id=identifier if found else "",
        )
        return len(found)


def _send(user, frequency: str, digests: list[DiscussionDigest], identifier: str) -> None:
    with in_language_of(user) as language:
        for digest in digests:
            digest.url = absolute_page_url(digest.discussion)
            digest.unsubscribe_url = unsubscribe_url(digest.subscription.pk)
            for contribution in [*sum(digest.by_question.values(), []), *digest.others]:
                contribution.translation = translation_for_reader(contribution, language)
                contribution.url = absolute_url(
                    reverse("discussions:permalink", kwargs={"pk": contribution.pk})
                )
        stop_all = unsubscribe_url({"u": user.pk, "f": frequency})
        # A reply goes to the one discussion the digest is about (a new thread there).
        reply_to = reply_address(user, digests[0].discussion) if len(digests) == 1 else None
        context = {
            "frequency": frequency,
            "weekly": frequency == Frequency.WEEKLY,
            "digests": digests,
            "count": sum(digest.count for digest in digests),
            "unsubscribe_url": stop_all,
            "settings_url": absolute_url(reverse("discussion_mail:settings")),
            "reply_address": reply_to,
        }
        send_to_member(
            user,
            "discussions/email/digest",
            context,
            reply_to=reply_to,
            headers={"Message-ID": identifier, **unsubscribe_headers(stop_all)},
        )


def send_due_digests(now: datetime) -> int:
    """Every member's digest whose period has ended at `now`; returns how many were built."""
    sent = 0
    for frequency in DIGESTS:
        end = period_end(frequency, now)
        for user_pk in members_due(frequency, end):
            send_digest(user_pk, frequency, end)
            sent += 1
    return sent
