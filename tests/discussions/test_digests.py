"""Daily and weekly digests over a simulated week: each contribution once, none missed."""

import re
from collections import defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext

from discussions.mail.digests import period_end, send_due_digests
from discussions.mail.models import Delivery, DigestRun, Frequency
from discussions.mail.replies import read_reply_address
from discussions.mail.tasks import send_due_digests as beat_task
from discussions.models import Subscription
from discussions.tasks import notify_followers
from tests.conftest import wait_until, worker_is_idle
from tests.discussions.mail_backends import SendThenCrash
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory

MONDAY = datetime(2026, 11, 2, tzinfo=UTC)


def header(message, name: str) -> str:
    return str(message.extra_headers.get(name, ""))


def follow(user, discussion, frequency, thread=None, since=MONDAY):
    subscription = Subscription.objects.create(user=user, discussion=discussion, thread=thread)
    Delivery.objects.create(subscription=subscription, frequency=frequency, changed_at=since)
    return subscription


def contributions_in(message) -> list[int]:
    return [int(pk) for pk in re.findall(r"/contributions/(\d+)/", message.body)]


@pytest.fixture
def week_of_contributions(discussion, questions):
    """Two or three contributions a day for eight days, some at the very period boundaries."""
    authors = [UserFactory(username=f"author{n}") for n in range(3)]
    made = []
    for day in range(8):
        for hour in (0, 9, 23):
            when = MONDAY + timedelta(days=day, hours=hour)
            made.append(
                ContributionFactory(
                    discussion=discussion,
                    user=authors[(day + hour) % 3],
                    submit_date=when,
                    comment=f"Day {day} hour {hour}",
                    guiding_questions=[questions[day % len(questions)]],
                )
            )
    return made


@pytest.mark.django_db
def test_a_simulated_week_sends_each_contribution_once_with_a_restart_mid_send(
    discussion, week_of_contributions, mailbox, settings
):
    daily = UserFactory(username="daily", profile__preferred_language="fr")
    weekly = UserFactory(username="weekly")
    follow(daily, discussion, Frequency.DAILY)
    follow(weekly, discussion, Frequency.WEEKLY)
    settings.EMAIL_BACKEND = "tests.discussions.mail_backends.SendThenCrash"
    ticks = [MONDAY + timedelta(hours=3 * n) for n in range(1, 8 * 8 + 8)]
    for tick in ticks:
        if tick == MONDAY + timedelta(days=3):
            # Thursday 00:00: the worker dies after handing a digest over, before the commit.
            SendThenCrash.crashes_left = 1
            with pytest.raises(RuntimeError):
                send_due_digests(tick)
        send_due_digests(tick)
    assert SendThenCrash.crashes_left == 0

    listed: dict[str, dict[int, set]] = defaultdict(lambda: defaultdict(set))
    for message in mailbox.messages():
        for pk in contributions_in(message):
            listed[message.to[0]][pk].add(header(message, "Message-ID"))
    covered_until = {
        "daily@example.org": period_end(Frequency.DAILY, ticks[-1]),
        "weekly@example.org": period_end(Frequency.WEEKLY, ticks[-1]),
    }
    for address, until in covered_until.items():
        expected = {c.pk for c in week_of_contributions if MONDAY < c.submit_date <= until}
        assert set(listed[address]) == expected, address  # nothing missed, nothing extra
        # Each contribution in one digest: the re-sent one after the crash is the same message.
        assert all(len(ids) == 1 for ids in listed[address].values()), address
    listing = DigestRun.objects.filter(contributions__gt=0)
    assert listing.filter(user=daily).count() == 8  # one a day, the crashed one included
    assert listing.filter(user=weekly).count() == 1
    crashed = [m for m in mailbox.messages() if m.to == ["daily@example.org"]]
    assert len(crashed) == 9 and len({header(m, "Message-ID") for m in crashed}) == 8


@pytest.mark.django_db
def test_a_digest_is_grouped_by_question_in_the_members_language(
    discussion, questions, mailbox, settings
):
    settings.MINGA_REPLY_DOMAIN = "reply.minga.test"
    reader = UserFactory(username="lectrice", profile__preferred_language="fr")
    follow(reader, discussion, Frequency.DAILY)
    ContributionFactory(
        discussion=discussion,
        submit_date=MONDAY + timedelta(hours=5),
        comment="What fails is money",
        guiding_questions=[questions[1]],
    )
    ContributionFactory(
        discussion=discussion,
        submit_date=MONDAY + timedelta(hours=6),
        comment="What works is trust",
        guiding_questions=[questions[0]],
    )
    assert send_due_digests(MONDAY + timedelta(days=1, minutes=5)) == 1
    [message] = mailbox.messages()
    with translation.override("fr"):
        subject = ngettext(
            "Your daily digest: %(counter)s new contribution",
            "Your daily digest: %(counter)s new contributions",
            2,
        ) % {"counter": 2}
    assert message.subject == subject
    body = message.body
    assert (
        body.index("What works?")
        < body.index("What works is trust")
        < body.index("What fails?")
        < body.index("What fails is money")
    )
    assert "/fr/" in body
    assert header(message, "List-Unsubscribe-Post") == "List-Unsubscribe=One-Click"
    # A reply to a digest about one discussion starts a new thread there.
    target = read_reply_address(message.reply_to[0])
    assert (target.user_pk, target.kind, target.pk) == (reader.pk, "d", discussion.pk)


@pytest.mark.django_db
def test_one_click_unsubscribe_works_without_login_or_csrf(discussion, mailbox, client):
    reader = UserFactory(username="reader")
    follow(reader, discussion, Frequency.WEEKLY)
    ContributionFactory(discussion=discussion, submit_date=MONDAY + timedelta(hours=1))
    send_due_digests(MONDAY + timedelta(days=7, hours=1))
    [message] = mailbox.messages()
    link = header(message, "List-Unsubscribe").strip("<>")
    path = (
        link.split("testserver", 1)[-1]
        if "testserver" in link
        else re.sub(r"^https?://[^/]+", "", link)
    )
    client.handler.enforce_csrf_checks = True
    response = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Subscription.objects.filter(user=reader).exists()


@pytest.mark.django_db
def test_a_digest_reader_gets_no_immediate_mail_and_a_thread_follow_wins(
    discussion, member, mailbox
):
    reader = UserFactory(username="reader")
    follow(reader, discussion, Frequency.DAILY, since=datetime(2020, 1, 1, tzinfo=UTC))
    thread = ContributionFactory(discussion=discussion, user=member)
    Subscription.objects.create(user=reader, discussion=discussion, thread=thread)  # immediate
    elsewhere = ContributionFactory(discussion=discussion, user=member, comment="Elsewhere")
    reply = ContributionFactory(
        discussion=discussion, user=member, parent_id=thread.pk, comment="In the thread"
    )
    assert notify_followers(elsewhere.pk) == 0
    assert notify_followers(reply.pk) == 1
    send_due_digests(datetime.now(UTC) + timedelta(days=1))
    digest = [m for m in mailbox.messages() if "digest" in header(m, "Message-ID")]
    # The thread (its first contribution too) is followed one by one, the rest in the digest.
    assert [contributions_in(m) for m in digest] == [[elsewhere.pk]]


@pytest.mark.django_db
def test_members_choose_how_often_they_hear_from_each_followed_discussion(
    client, discussion, member
):
    subscription = Subscription.objects.create(user=member, discussion=discussion)
    client.force_login(member)
    url = reverse("discussion_mail:settings")
    page = client.get(url)
    assert "Learning from peers" in page.content.decode()
    field = f"subscription-{subscription.pk}"
    assert client.post(url, {field: "weekly"}).status_code == 302
    assert Delivery.objects.get(subscription=subscription).frequency == Frequency.WEEKLY
    assert client.post(url, {field: "hourly"}).status_code == 400
    assert Delivery.objects.get(subscription=subscription).frequency == Frequency.WEEKLY


@pytest.mark.django_db(transaction=True)
def test_the_beat_task_sends_digests_through_the_worker(discussion, questions, mailbox, settings):
    reader = UserFactory(username="beatreader")
    follow(reader, discussion, Frequency.WEEKLY)
    ContributionFactory(
        discussion=discussion, submit_date=MONDAY + timedelta(days=2), comment="Midweek idea"
    )
    beat_task.delay((MONDAY + timedelta(days=7, hours=1)).isoformat())
    [message] = mailbox.wait_for(1)
    assert "Midweek idea" in message.body
    second = beat_task.delay((MONDAY + timedelta(days=7, hours=2)).isoformat())  # next tick
    if settings.CELERY_BROKER_URL:
        assert wait_until(worker_is_idle)
    assert second.get(timeout=30) == 0  # nothing due: the digest was sent once
    assert len(mailbox.messages()) == 1
