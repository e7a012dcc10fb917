"""Members post while the broker is unreachable and while the database drops every connection
(what a PostgreSQL restart does to its clients): every acknowledged contribution is stored once,
and every stored contribution is eventually indexed and notified (issue 10, findings 3 and 4).

PostgreSQL only: the connections of the test database are cut with pg_terminate_backend from a
separate connection, again and again for about two and a half seconds, while members post.
"""

import threading
import time

import psycopg
import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import close_old_connections, connection
from django.urls import reverse

from discussions.models import Contribution, Subscription
from home.outbox import OutboxMessage
from search.models import SearchEntry
from tests.conftest import wait_until
from tests.discussions.helpers import form_data
from tests.factories.accounts import UserFactory

from .test_outbox import unreachable_broker

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="cuts PostgreSQL connections"),
    pytest.mark.django_db(transaction=True),
]
POSTS_PER_PHASE = 6
OUTAGE_SECONDS = 2.5


def _admin_connection():
    db = settings.DATABASES["default"]
    return psycopg.connect(
        host=db.get("HOST") or "127.0.0.1",
        port=db.get("PORT") or 5432,
        user=db.get("USER") or "postgres",
        password=db.get("PASSWORD") or None,
        dbname=db["NAME"],
        autocommit=True,
    )


class ConnectionCutter(threading.Thread):
    """Terminate every other connection to the database until the outage is over."""

    def __init__(self, seconds: float):
        super().__init__(daemon=True)
        self.seconds = seconds
        self.cut = 0

    def run(self):
        with _admin_connection() as admin:
            deadline = time.monotonic() + self.seconds
            while time.monotonic() < deadline:
                rows = admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                ).fetchall()
                self.cut += len(rows)
                time.sleep(0.05)


def _post_until_acknowledged(client, discussion, member, text: str, attempts: int = 60) -> list:
    """Post like a member who sends again after a 503; returns every status seen."""
    statuses = []
    for _attempt in range(attempts):
        close_old_connections()  # what Django does at the end of every request
        try:
            security = form_data(discussion, member, comment=text)
            response = client.post(reverse("discussions:post", args=[discussion.pk]), security)
        except Exception as error:  # the test's own queries may hit the outage too
            statuses.append(type(error).__name__)
            time.sleep(0.1)
            continue
        statuses.append(response.status_code)
        if response.status_code == 302:
            return statuses
        time.sleep(0.1)
    return statuses


def test_no_acknowledged_contribution_is_lost_or_doubled_through_broker_and_database_faults(
    client, discussion, member, mailbox
):
    follower = UserFactory(username="kofi", email="kofi@example.org")
    Subscription.objects.create(user=follower, discussion=discussion)
    client.force_login(member)
    texts, seen = [], []

    with unreachable_broker():
        for n in range(POSTS_PER_PHASE):
            texts.append(f"Posted while the broker is down, number {n}.")
            seen += _post_until_acknowledged(client, discussion, member, texts[-1])
    assert OutboxMessage.objects.exists()  # the work waits for the broker

    cutter = ConnectionCutter(OUTAGE_SECONDS)
    cutter.start()
    n = 0
    while cutter.is_alive() or n < POSTS_PER_PHASE:
        texts.append(f"Posted while the database restarts, number {n}.")
        seen += _post_until_acknowledged(client, discussion, member, texts[-1])
        n += 1
    cutter.join()
    close_old_connections()

    call_command("requeue_outbox", "--failed")
    stored = Contribution.objects.filter(discussion=discussion)
    assert cutter.cut > 0, seen  # connections were really cut while members posted
    assert sorted(stored.values_list("comment", flat=True)) == sorted(texts)  # once each
    content_type = ContentType.objects.get_for_model(Contribution)
    pks = set(stored.values_list("pk", flat=True))

    def all_indexed():
        close_old_connections()
        entries = SearchEntry.objects.filter(content_type=content_type, object_id__in=pks)
        return entries.count() == len(pks)

    assert wait_until(all_indexed, timeout=120)
    mails = mailbox.wait_for(len(texts), timeout=120)
    bodies = [mail.body for mail in mails]
    for text in texts:
        assert sum(text in body for body in bodies) == 1, text
    assert wait_until(lambda: not OutboxMessage.objects.exists())  # each row goes once run
