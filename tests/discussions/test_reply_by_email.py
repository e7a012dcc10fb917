"""Replies by e-mail, end to end: the real SMTP command on a local port and the Mailgun webhook."""

import hashlib
import hmac
import re
import smtplib
import socket
import threading
import time
from datetime import date
from email.message import EmailMessage

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from discussions.mail.models import InboundMessage
from discussions.mail.replies import read_reply_address, reply_token
from discussions.models import Contribution, Subscription
from discussions.moderation.models import DiscussionBlock, State
from discussions.tasks import notify_followers
from tests.conftest import wait_until
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory

DOMAIN = "reply.minga.test"
KEY = "mailgun-signing-key"


@pytest.fixture(autouse=True)
def reply_settings(settings):
    settings.MINGA_REPLY_DOMAIN = DOMAIN
    settings.MINGA_MAILGUN_SIGNING_KEY = KEY


@pytest.fixture
def thread(discussion, member):
    return ContributionFactory(discussion=discussion, user=member, comment="How do we start?")


@pytest.fixture
def replier(db):
    return UserFactory(username="kofi", email="Kofi@Example.org")


def address_for(user, contribution) -> str:
    return f"reply+{reply_token(user.pk, 'c', contribution.pk)}@{DOMAIN}"


def mail(sender, to, text="Start with a peer visit.", message_id=None, html=None, attach=None):
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = "Re: New contribution"
    message["Message-ID"] = message_id or f"<{time.monotonic_ns()}@mail.example.org>"
    message.set_content(text)
    if html:
        message.add_alternative(html, subtype="html")
    if attach:
        message.add_attachment(attach, maintype="application", subtype="pdf", filename="a.pdf")
    return message


def replies_to(contribution):
    return Contribution.objects.filter(parent_id=contribution.pk).exclude(pk=contribution.pk)


QUOTED = """Start with a peer visit, then write down what you learnt.

Kofi
--
Kofi Mensah, Accra

On Mon, 2 Nov 2026 at 10:00, Minga <noreply@minga.localhost> wrote:
> How do we start?
> Read it and reply: https://example.org/
"""


# -- the SMTP command --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server():
    """`manage.py receive_mail` on a free local port, in a thread, stopped after the test."""
    port, stop = free_port(), threading.Event()
    runner = threading.Thread(
        target=call_command,
        args=("receive_mail", "--host", "127.0.0.1", "--port", str(port)),
        kwargs={"stop": stop},
        daemon=True,
    )
    runner.start()
    assert wait_until(lambda: _listening(port), timeout=30)
    yield port
    stop.set()
    runner.join(timeout=10)


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


@pytest.mark.django_db(transaction=True)
def test_a_notification_reply_sent_over_smtp_is_posted_without_quotes_or_signature(
    discussion, thread, replier, mailbox, smtp_server
):
    Subscription.objects.create(user=replier, discussion=discussion)
    answer = ContributionFactory(discussion=discussion, comment="Ask who did it before.")
    assert notify_followers(answer.pk) == 1
    [notification] = mailbox.wait_for(1)
    reply_to = notification.reply_to[0] if hasattr(notification, "reply_to") else ""
    reply_to = reply_to or str(notification["Reply-To"])
    assert re.fullmatch(rf"reply\+[a-z0-9-]+@{re.escape(DOMAIN)}", reply_to)
    assert read_reply_address(reply_to).pk == answer.pk

    with smtplib.SMTP("127.0.0.1", smtp_server, timeout=30) as client:
        client.send_message(mail("kofi@example.org", reply_to, QUOTED))
    posted = wait_until(lambda: replies_to(answer).first())
    assert posted is not None and posted.user == replier
    assert posted.comment == "Start with a peer visit, then write down what you learnt.\n\nKofi"
    assert posted.thread_id == answer.thread_id


@pytest.mark.django_db(transaction=True)
def test_the_smtp_command_refuses_unknown_addresses_and_oversized_mail(
    discussion, thread, replier, smtp_server, settings
):
    with smtplib.SMTP("127.0.0.1", smtp_server, timeout=30) as client:
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            client.send_message(mail("kofi@example.org", f"reply+forged-c1-1-aaaa@{DOMAIN}"))
        big = mail("kofi@example.org", address_for(replier, thread), "x" * 1_100_000)
        with pytest.raises((smtplib.SMTPDataError, smtplib.SMTPSenderRefused)):
            client.send_message(big)
    assert not replies_to(thread).exists()


# -- the Mailgun webhook -----------------------------------------------------------------------


def signed(fields: dict, token: str | None = None, key: str = KEY) -> dict:
    timestamp = str(int(time.time()))
    token = token or f"token{time.monotonic_ns()}"
    signature = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    return {**fields, "timestamp": timestamp, "token": token, "signature": signature}


def mailgun_fields(user, contribution, text="A reply from Mailgun.", **extra) -> dict:
    return {
        "recipient": address_for(user, contribution),
        "sender": user.email,
        "from": f"Kofi <{user.email}>",
        "subject": "Re: a contribution",
        "body-plain": text,
        "Message-Id": f"<{time.monotonic_ns()}@mail.example.org>",
        **extra,
    }


def post_webhook(client, data):
    return client.post(reverse("inbound_mail:mailgun"), data)


@pytest.mark.django_db
def test_a_good_mailgun_post_becomes_a_reply(client, thread, replier):
    response = post_webhook(client, signed(mailgun_fields(replier, thread)))
    assert response.status_code == 200
    assert replies_to(thread).get().comment == "A reply from Mailgun."


@pytest.mark.django_db
def test_a_quoted_html_reply_is_sanitised_and_stripped(client, thread, replier):
    html = (
        "<div>Peer visits <b>work</b> &amp; last.<script>alert(1)</script></div>"
        '<div class="gmail_quote">On Mon wrote:<blockquote>How do we start?</blockquote></div>'
    )
    raw = mail(replier.email, address_for(replier, thread))
    raw.set_content(html, subtype="html")  # an HTML-only mail
    fields = mailgun_fields(replier, thread, **{"body-mime": raw.as_string()})
    post_webhook(client, signed(fields))
    posted = replies_to(thread).get()
    assert posted.comment == "Peer visits work & last."


@pytest.mark.django_db
def test_a_forged_signature_posts_nothing(client, thread, replier):
    response = post_webhook(client, signed(mailgun_fields(replier, thread), key="not-our-key"))
    assert response.status_code == 403
    assert not replies_to(thread).exists()


@pytest.mark.django_db
def test_a_replayed_post_or_message_is_posted_once(client, thread, replier, mailbox):
    fields = mailgun_fields(replier, thread)
    data = signed(fields, token="same-token")
    assert post_webhook(client, data).status_code == 200
    assert post_webhook(client, data).status_code == 403  # the same signed POST again
    assert post_webhook(client, signed(fields)).status_code == 200  # same Message-ID, new token
    assert replies_to(thread).count() == 1
    assert InboundMessage.objects.get().outcome == InboundMessage.Outcome.POSTED
    assert mailbox.messages() == []


@pytest.mark.django_db
def test_an_attachment_is_refused_with_an_answer(client, thread, replier, mailbox):
    data = signed(mailgun_fields(replier, thread))
    data["attachment-1"] = SimpleUploadedFile("report.pdf", b"%PDF-1.4", "application/pdf")
    assert post_webhook(client, data).status_code == 200
    assert not replies_to(thread).exists()
    [answer] = mailbox.messages()
    assert answer.to == [replier.email]
    assert "Attachments" in answer.body
    assert answer.extra_headers["Auto-Submitted"] == "auto-replied"


@pytest.mark.django_db
def test_an_unknown_address_is_refused(client, thread, replier):
    fields = mailgun_fields(replier, thread, recipient=f"someone@{DOMAIN}")
    assert post_webhook(client, signed(fields)).status_code == 406
    token = reply_token(replier.pk, "c", thread.pk)
    tampered = token[:-1] + ("a" if token[-1] != "a" else "b")
    fields = mailgun_fields(replier, thread, recipient=f"reply+{tampered}@{DOMAIN}")
    assert post_webhook(client, signed(fields)).status_code == 406
    assert not replies_to(thread).exists()


@pytest.mark.django_db
def test_a_mail_from_someone_else_than_the_addresses_member_is_dropped(
    client, thread, replier, mailbox
):
    fields = mailgun_fields(replier, thread, **{"from": "mallory@example.net"})
    assert post_webhook(client, signed(fields)).status_code == 200
    assert not replies_to(thread).exists()
    assert mailbox.messages() == []  # no answer to a forged sender


@pytest.mark.django_db
def test_a_bounce_is_dropped_without_an_answer(client, thread, replier, mailbox):
    fields = mailgun_fields(replier, thread, sender="")
    message = mail(replier.email, address_for(replier, thread), "Delivery failed")
    message["Auto-Submitted"] = "auto-replied"
    post_webhook(client, signed({**fields, "body-mime": message.as_string()}))
    assert not replies_to(thread).exists() and mailbox.messages() == []


@pytest.mark.django_db
def test_replies_by_email_follow_the_web_forms_moderation_rules(
    client, discussion, thread, replier, settings, mailbox
):
    settings.MINGA_PREMODERATE_FIRST_CONTRIBUTIONS = 1  # a first contribution waits
    post_webhook(client, signed(mailgun_fields(replier, thread)))
    held = replies_to(thread).get()
    assert not held.is_public and held.moderation.state == State.PENDING

    blocked = UserFactory(username="blocked")
    DiscussionBlock.objects.create(user=blocked, discussion=discussion)
    post_webhook(client, signed(mailgun_fields(blocked, thread, text="Let me in")))
    assert not replies_to(thread).filter(user=blocked).exists()
    assert any(m.to == [blocked.email] for m in mailbox.messages())


@pytest.mark.django_db
def test_an_expired_reply_address_gets_an_answer(client, thread, replier, mailbox):
    token = reply_token(replier.pk, "c", thread.pk, today=date(2021, 1, 1))
    fields = mailgun_fields(replier, thread, recipient=f"reply+{token}@{DOMAIN}")
    assert post_webhook(client, signed(fields)).status_code == 200
    assert not replies_to(thread).exists()
    [answer] = mailbox.messages()
    assert "expired" in answer.body


@pytest.mark.django_db
def test_a_mailgun_post_with_line_breaks_in_its_fields_adds_no_header(client, thread, replier):
    fields = mailgun_fields(
        replier, thread, subject="Re: hi\r\nBcc: everyone@example.org", **{"Message-Id": "<a\nb>"}
    )
    assert post_webhook(client, signed(fields)).status_code == 200
    assert replies_to(thread).get().comment == "A reply from Mailgun."
