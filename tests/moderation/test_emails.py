"""Moderation e-mails go through Celery: batched notices to moderators, verdicts to authors.

These tests run with eager tasks and, in CI's second run, with a real worker: they commit their
data (transaction=True) and wait for the mailbox.
"""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.db.models import F
from django.urls import reverse

from discussions.models import Contribution
from discussions.moderation.models import ModerationRecord, ModeratorNotice
from tests.conftest import wait_until
from tests.discussions.helpers import form_data
from tests.factories.accounts import UserFactory
from tests.factories.discussions import (
    DiscussionIndexPageFactory,
    DiscussionPageFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


def envelope(message) -> tuple[str, str, str]:
    """(subject, body, recipients) of a locmem or a file-backend message."""
    if hasattr(message, "subject"):
        return message.subject, message.body, ",".join(message.to)
    return message["Subject"], message.get_body().get_content(), message["To"]


@pytest.fixture
def board(site):
    index = DiscussionIndexPageFactory(parent=site.root_page)
    discussion = DiscussionPageFactory(parent=index, title="Peer learning", slug="peer-learning")
    moderator = UserFactory(username="mod", email="mod@example.org")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    return discussion, moderator


def post(client, discussion, user, text):
    client.force_login(user)
    return client.post(
        reverse("discussions:post", args=[discussion.pk]),
        form_data(discussion, user, comment=text),
    )


def test_moderators_get_one_notice_per_window_for_new_pending_items(client, board, mailbox):
    discussion, moderator = board
    post(client, discussion, UserFactory(), "First newcomer writes")
    messages = mailbox.wait_for(1)
    subject, body, to = envelope(messages[0])
    assert to == "mod@example.org"
    assert "Peer learning" in subject
    assert "First newcomer writes" in body
    assert "/admin/moderation/" in body

    post(client, discussion, UserFactory(), "Second newcomer writes")
    post(client, discussion, UserFactory(), "Third newcomer writes")
    assert wait_until(lambda: Contribution.objects.count() == 3)
    # Give a worker time to (not) send more: still one mail inside the window.
    wait_until(lambda: len(mailbox.messages()) > 1, timeout=3)
    assert len(mailbox.messages()) == 1

    # Sixteen minutes later, the next pending item brings one mail with everything not yet
    # announced (the items that arrived inside the window too), but not the first again.
    later = timedelta(minutes=16)
    ModeratorNotice.objects.filter(moderator=moderator).update(
        last_sent_at=F("last_sent_at") - later
    )
    ModerationRecord.objects.update(updated_at=F("updated_at") - later)
    post(client, discussion, UserFactory(), "Fourth newcomer writes")
    messages = mailbox.wait_for(2)
    assert len(messages) == 2
    _subject, body, _to = envelope(messages[-1])
    assert "Fourth newcomer writes" in body and "Second newcomer writes" in body
    assert "First newcomer writes" not in body


def test_batching_is_per_discussion(client, board, mailbox):
    discussion, _moderator = board
    other = DiscussionPageFactory(parent=discussion.get_parent(), title="Another one")
    post(client, discussion, UserFactory(), "Here")
    post(client, other, UserFactory(), "There")
    messages = mailbox.wait_for(2)
    subjects = sorted(envelope(m)[0] for m in messages)
    assert len(messages) == 2
    assert any("Another one" in s for s in subjects) and any("Peer learning" in s for s in subjects)


def test_author_hears_about_approval(client, board, mailbox):
    discussion, moderator = board
    author = UserFactory(username="newbie", email="newbie@example.org")
    post(client, discussion, author, "Please approve me")
    mailbox.wait_for(1)
    mailbox.clear()
    contribution = Contribution.objects.get()
    client.force_login(moderator)
    client.post(reverse("moderation_admin:act", args=[contribution.pk, "approve"]))
    messages = mailbox.wait_for(1)
    subject, body, to = envelope(messages[0])
    assert to == "newbie@example.org"
    assert "published" in subject
    assert f"/contributions/{contribution.pk}/" in body


def test_author_hears_about_rejection_with_the_reason_and_their_text(client, board, mailbox):
    discussion, moderator = board
    author = UserFactory(username="newbie", email="newbie@example.org")
    post(client, discussion, author, "Off-topic ramble")
    mailbox.wait_for(1)
    mailbox.clear()
    contribution = Contribution.objects.get()
    client.force_login(moderator)
    client.post(
        reverse("moderation_admin:act", args=[contribution.pk, "reject"]),
        {"reason": "Not about peer learning."},
    )
    messages = mailbox.wait_for(1)
    subject, body, to = envelope(messages[0])
    assert to == "newbie@example.org"
    assert "not published" in subject
    assert "Not about peer learning." in body and "Off-topic ramble" in body


def test_large_export_runs_as_a_task_and_mails_a_download_link(client, board, mailbox, settings):
    from tests.factories.discussions import ContributionFactory

    discussion, moderator = board
    settings.MINGA_EXPORT_ASYNC_THRESHOLD = 2  # decided in the request, not in the worker
    ContributionFactory.create_batch(3, discussion=discussion)
    client.force_login(moderator)
    url = reverse("moderation_admin:export", args=[discussion.pk]) + "?format=xlsx"
    response = client.get(url)
    assert response.status_code == 302
    [message] = mailbox.wait_for(1)
    subject, body, to = envelope(message)
    assert to == "mod@example.org" and "ready" in subject
    link = re.search(r"http://testserver(/admin/moderation/exports/\S+/)", body).group(1)
    download = client.get(link)
    assert download.status_code == 200
    assert b"".join(download.streaming_content)[:2] == b"PK"  # a zip container: XLSX
    name = link.rstrip("/").rsplit("/", 1)[1]
    assert (Path(settings.PRIVATE_ROOT) / "exports" / name).is_file()
    assert not list(Path(settings.MEDIA_ROOT).rglob(name))  # never under public media

    member = UserFactory(username="curious")
    client.force_login(member)
    assert client.get(link).status_code == 302
    client.force_login(moderator)
    assert client.get("/admin/moderation/exports/../../etc/passwd/").status_code in (302, 404)
