"""Members posting to a Minga whose database is a private PostgreSQL the test restarts.

Run by test_database_restart.py in a process of its own (DATABASE_URL points at the private
server; Celery is eager with e-mail kept in memory, or, with CELERY_BROKER_URL, a real worker
the test started writes e-mail to files). It builds a discussion, posts until the test writes
the `restarted` file and a few more posts are acknowledged, runs the outbox drain (`manage.py
requeue_outbox`) after recovery, waits (with a real worker) until every stored contribution is
indexed and notified and the outbox is empty, then writes what it saw to `result.json`.
"""

import json
import os
import sys
import time
from pathlib import Path

POSTS_AFTER_RESTART = 4
MAX_ATTEMPTS_PER_POST = 200
SETTLE_SECONDS = 300  # a real worker on a busy machine: its retries back off up to a minute


def main(workdir: Path) -> None:
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()
    from django.conf import settings

    settings.MINGA_PREMODERATE_FIRST_CONTRIBUTIONS = 0
    settings.MINGA_PREMODERATE_MAX_LINKS = 1000

    from django.contrib.contenttypes.models import ContentType
    from django.core.management import CommandError, call_command
    from django.db import close_old_connections
    from django.test import Client
    from django.urls import reverse

    from discussions.models import Contribution, Subscription
    from home.demo import get_home_page
    from home.outbox import OutboxMessage
    from search.models import SearchEntry
    from tests.conftest import Mailbox, wait_until
    from tests.discussions.helpers import form_data
    from tests.factories.accounts import UserFactory
    from tests.factories.discussions import DiscussionIndexPageFactory, DiscussionPageFactory

    home = get_home_page()
    index = DiscussionIndexPageFactory(parent=home)
    discussion = DiscussionPageFactory(parent=index, title="Learning from peers", slug="peers")
    member = UserFactory(username="awa")
    follower = UserFactory(username="kofi", email="kofi@example.org")
    Subscription.objects.create(user=follower, discussion=discussion)
    client = Client(raise_request_exception=False)
    client.force_login(member)
    url = reverse("discussions:post", args=[discussion.pk])
    (workdir / "ready").touch()

    acknowledged, statuses, attempts = [], [], []

    def post(text: str) -> bool:
        for _attempt in range(MAX_ATTEMPTS_PER_POST):
            close_old_connections()
            started = time.time()
            try:
                response = client.post(url, form_data(discussion, member, comment=text))
                status = response.status_code
            except Exception as error:  # the client's own session save may hit the outage
                status = type(error).__name__
            attempts.append((started, time.time(), status))
            statuses.append(status)
            if status == 302:
                acknowledged.append(text)
                (workdir / "acknowledged").write_text(str(len(acknowledged)))
                return True
            time.sleep(0.05)
        return False

    n = after = 0
    while after < POSTS_AFTER_RESTART:
        restarted = (workdir / "restarted").exists()
        if not post(f"Posted while the database restarts, number {n}.") and restarted:
            break  # the server never came back: the test reports it
        after += restarted
        n += 1

    close_old_connections()
    outbox_before_drain = OutboxMessage.objects.count()  # tasks the restart left undone
    try:
        call_command("requeue_outbox", "--failed")
    except CommandError as error:  # reported through outbox_left below
        sys.stderr.write(f"{error}\n")
    stored = list(Contribution.objects.filter(discussion=discussion).values_list("pk", "comment"))
    content_type = ContentType.objects.get_for_model(Contribution)
    mailbox = Mailbox(Path(settings.EMAIL_FILE_PATH) if settings.CELERY_BROKER_URL else None)

    def indexed() -> int:
        close_old_connections()
        return SearchEntry.objects.filter(
            content_type=content_type, object_id__in=[pk for pk, _ in stored]
        ).count()

    def settled() -> bool:  # with a real worker, the tasks run after the drain
        return (
            indexed() == len(stored)
            and len(mailbox.messages()) >= len(stored)
            and not OutboxMessage.objects.exists()
        )

    wait_until(settled, timeout=SETTLE_SECONDS, interval=1)
    wait_until(lambda: len(mailbox.messages()) > len(stored), timeout=3)  # none sent twice
    (workdir / "result.json").write_text(
        json.dumps(
            {
                "acknowledged": acknowledged,
                "stored": [comment for _, comment in stored],
                "statuses": [str(s) for s in statuses],
                "attempts": attempts,
                "indexed": indexed(),
                "worker": bool(settings.CELERY_BROKER_URL),
                "outbox_before_drain": outbox_before_drain,
                "outbox_left": OutboxMessage.objects.count(),
                "mails": [m.body for m in mailbox.messages()],
            }
        )
    )


if __name__ == "__main__":
    sys.path.insert(0, os.getcwd())
    main(Path(sys.argv[1]))
