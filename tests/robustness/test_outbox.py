"""Nothing is lost when the broker blinks (issue 10, finding 3): posting stores the
contribution and its background work together, answers at once, and the work runs later."""

import io
from contextlib import contextmanager

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db import OperationalError
from django.urls import reverse

from discussions.models import Contribution, Subscription
from discussions.tasks import notify_followers
from home import outbox
from home.outbox import OutboxMessage, first_time
from home.tasks import drain_outbox
from minga.celery import RetryingTask, app
from search.models import SearchEntry
from tests.conftest import wait_until
from tests.discussions.helpers import form_data
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory

CLOSED_PORT_BROKER = "redis://127.0.0.1:9/0"  # the discard port: nothing listens there


def _reset_broker_connections() -> None:
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def broker_down():
    """Celery publishes to a broker nobody answers on, like Redis during an outage."""
    with unreachable_broker():
        yield


@contextmanager
def unreachable_broker():
    # broker_write_url wins over CELERY_BROKER_URL from the environment (CI's Redis run).
    saved = app.conf.broker_write_url, app.conf.task_always_eager
    app.conf.broker_write_url, app.conf.task_always_eager = CLOSED_PORT_BROKER, False
    _reset_broker_connections()
    try:
        yield
    finally:
        app.conf.broker_write_url, app.conf.task_always_eager = saved
        _reset_broker_connections()


@pytest.fixture
def follower(discussion):
    user = UserFactory(username="kofi", email="kofi@example.org")
    Subscription.objects.create(user=user, discussion=discussion)
    return user


def post(client, discussion, member, text):
    client.force_login(member)
    return client.post(
        reverse("discussions:post", args=[discussion.pk]),
        form_data(discussion, member, comment=text),
    )


def indexed(contribution) -> bool:
    content_type = ContentType.objects.get_for_model(Contribution)
    return SearchEntry.objects.filter(content_type=content_type, object_id=contribution.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_a_post_while_the_broker_is_down_succeeds_and_its_work_runs_later(
    client, discussion, member, follower, mailbox, broker_down
):
    response = post(client, discussion, member, "Peer learning needs time and trust.")
    assert response.status_code == 302
    contribution = Contribution.objects.get()
    waiting = set(OutboxMessage.objects.values_list("task", flat=True))
    assert {"discussions.tasks.notify_followers", "search.tasks.index_object"} <= waiting
    assert not indexed(contribution) and not mailbox.messages()

    app.conf.broker_write_url, app.conf.task_always_eager = broker_down_restored()
    _reset_broker_connections()
    call_command("requeue_outbox", stdout=io.StringIO())
    assert wait_until(lambda: indexed(contribution))
    assert wait_until(lambda: not OutboxMessage.objects.exists())
    mails = mailbox.wait_for(1)
    assert [mail.to for mail in mails] == [["kofi@example.org"]]


@pytest.mark.django_db(transaction=True)
def test_a_post_stores_each_task_call_once(client, discussion, member, follower, broker_down):
    # Saving the contribution and setting its questions both ask for its indexing and its
    # passages, in one transaction: the work is stored once.
    response = post(client, discussion, member, "Peer learning needs time and trust.")
    assert response.status_code == 302
    calls = [
        (task, tuple(args)) for task, args in OutboxMessage.objects.values_list("task", "args")
    ]
    assert "search.tasks.index_object" in {task for task, _args in calls}, calls
    assert len(calls) == len(set(calls)), sorted(calls)


def broker_down_restored():
    """The broker settings the project had before the outage began."""
    from django.conf import settings

    return None, settings.CELERY_TASK_ALWAYS_EAGER


@pytest.mark.django_db(transaction=True)
def test_the_requeue_command_says_what_is_left_when_the_broker_is_still_down(
    client, discussion, member, broker_down
):
    post(client, discussion, member, "Still waiting for the broker.")
    with pytest.raises(CommandError, match="could not be handed over"):
        call_command("requeue_outbox", stdout=io.StringIO())
    message = OutboxMessage.objects.filter(task="discussions.tasks.notify_followers").get()
    assert message.attempts >= 1 and message.last_error


@pytest.mark.django_db(transaction=True)
def test_with_the_broker_up_nothing_stays_in_the_outbox(
    client, discussion, member, follower, mailbox
):
    assert post(client, discussion, member, "All services are up.").status_code == 302
    assert mailbox.wait_for(1)
    assert wait_until(lambda: not OutboxMessage.objects.exists())


@pytest.mark.django_db(transaction=True)
def test_a_notification_delivered_twice_is_sent_once(discussion, member, follower, mailbox):
    contribution = ContributionFactory(discussion=discussion, user=member)
    notify_followers.delay(contribution.pk)
    notify_followers.delay(contribution.pk)  # as a redelivered message would
    assert mailbox.wait_for(1)
    wait_until(lambda: len(mailbox.messages()) > 1, timeout=5)
    assert [mail.to for mail in mailbox.messages()] == [["kofi@example.org"]]


@pytest.mark.django_db
def test_a_receipt_is_taken_once():
    assert first_time("robustness:test") is True
    assert first_time("robustness:test") is False


@contextmanager
def broker_that_loses_its_queue(monkeypatch):
    """The broker takes every task and loses it, as Redis restarted without persistence does."""
    with monkeypatch.context() as patch:
        patch.setattr(RetryingTask, "apply_async", lambda self, *args, **kwargs: None)
        yield


@pytest.mark.django_db(transaction=True)
def test_a_task_handed_over_but_never_run_is_sent_again_after_its_window(
    client, discussion, member, follower, mailbox, monkeypatch, settings
):
    with broker_that_loses_its_queue(monkeypatch):
        assert post(client, discussion, member, "Lost with the queue.").status_code == 302
    contribution = Contribution.objects.get()
    handed_over = OutboxMessage.objects.filter(task="search.tasks.index_object").first()
    assert handed_over.sent_at is not None and handed_over.started_at is None
    assert not OutboxMessage.objects.filter(sent_at=None).exists()
    assert drain_outbox() == 0  # within its window, nothing is sent twice
    assert not indexed(contribution) and not mailbox.messages()

    settings.MINGA_OUTBOX_REDELIVERY_SECONDS = 0  # the window has passed
    OutboxMessage.objects.update(available_at=handed_over.sent_at)
    assert drain_outbox() >= 2
    assert wait_until(lambda: indexed(contribution))
    assert [mail.to for mail in mailbox.wait_for(1)] == [["kofi@example.org"]]
    assert wait_until(lambda: not OutboxMessage.objects.exists())


@pytest.mark.django_db(transaction=True)
def test_a_task_that_ran_is_not_sent_again(client, discussion, member, follower, mailbox, settings):
    assert post(client, discussion, member, "Delivered once.").status_code == 302
    assert mailbox.wait_for(1)
    assert wait_until(lambda: not OutboxMessage.objects.exists())
    settings.MINGA_OUTBOX_REDELIVERY_SECONDS = 0
    assert drain_outbox() == 0
    call_command("requeue_outbox", stdout=io.StringIO())
    wait_until(lambda: len(mailbox.messages()) > 1, timeout=3)
    assert [mail.to for mail in mailbox.messages()] == [["kofi@example.org"]]


@pytest.mark.django_db
def test_a_task_a_worker_is_running_is_left_to_it_even_by_the_requeue_command(
    discussion, member, settings
):
    contribution = ContributionFactory(discussion=discussion, user=member)
    row = OutboxMessage.objects.create(task=notify_followers.name, args=[contribution.pk])
    settings.MINGA_OUTBOX_REDELIVERY_SECONDS = 0
    outbox._task_started(task_id=f"outbox-{row.pk}-x", task=notify_followers)
    row.refresh_from_db()
    assert row.started_at is not None
    output = io.StringIO()
    call_command("requeue_outbox", stdout=output)
    assert "0 still waiting; 1 running." in output.getvalue()
    row.refresh_from_db()
    assert row.started_at is not None and row.sent_at is None and row.attempts == 0


@pytest.mark.django_db(transaction=True)
def test_a_finished_tasks_row_goes_even_if_the_database_restarts_as_it_ends():
    """The worker's delete meets a restart (seen in the PostgreSQL restart test): it reconnects
    and deletes, instead of leaving the row to run again after the visibility timeout."""
    row = OutboxMessage.objects.create(task="search.tasks.index_object", args=[1, 1])
    attempts = []

    def delete_when_the_database_is_back():
        attempts.append(1)
        if len(attempts) < 3:
            raise OperationalError("terminating connection due to administrator command")
        return OutboxMessage.objects.filter(pk=row.pk).delete()

    outbox._despite_a_short_outage(delete_when_the_database_is_back, pause=0.01)
    assert len(attempts) == 3
    assert not OutboxMessage.objects.filter(pk=row.pk).exists()
