"""Replies by e-mail: a mail to a reply address becomes a contribution after the web form's checks.

`receive(raw, recipients, envelope_sender)` is the one entry point of the SMTP command and the
webhooks. It drops (with a log line) bounces and auto-replies, unknown or forged addresses,
senders who are not the address's member, and replays (a Message-ID seen before); it refuses
with an answer to the member's own address expired addresses, attachments, oversized mail,
closed discussions and what the form refuses; the rest goes through discussions.posting, like
the web form (moderation rules, rate limits, blocked members, duplicates).
"""

import hashlib
import html
import logging
import re
from dataclasses import dataclass
from email import policy
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses

import nh3
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.emails import in_language_of, send_to_member
from home.text import clean_text
from home.urls import absolute_page_url

from .. import posting
from ..models import Contribution, DiscussionPage, Status
from .models import InboundMessage
from .replies import ReplyTarget, read_reply_address

logger = logging.getLogger("minga.inbound_mail")

POSTED, REFUSED, DROPPED = (
    InboundMessage.Outcome.POSTED,
    InboundMessage.Outcome.REFUSED,
    InboundMessage.Outcome.DROPPED,
)


@dataclass
class Result:
    outcome: str
    reason: str
    contribution: Contribution | None = None


# Where the quoted message starts, in the languages Minga speaks (the line itself is dropped).
QUOTE_HEADERS = [
    r"^On\b.{0,200}?\bwrote:\s*$",
    r"^Le\b.{0,200}?\ba écrit\s?:\s*$",
    r"^El\b.{0,200}?\bescribió:\s*$",
    r"^Em\b.{0,200}?\bescreveu:\s*$",
    r"^في\b.{0,200}?كتب.{0,100}:\s*$",
    r"^-{2,}\s*(Original Message|Message d'origine|Mensaje original|Mensagem original)\s*-{2,}",
    r"^_{10,}\s*$",
    r"^(From|De|Von|من):\s.+\n(Sent|Envoyé|Enviado|Date|Fecha|Data|التاريخ)\b",
]
QUOTE_START = re.compile("|".join(f"(?:{p})" for p in QUOTE_HEADERS), re.MULTILINE | re.DOTALL)
SIGNATURE = re.compile(
    r"^(-- ?|—|Sent from my .+|Envoyé de mon .+|Enviado desde mi .+|Enviado do meu .+)$",
    re.MULTILINE,
)
BLOCK_END = re.compile(r"</(p|div|li|h[1-6]|tr|blockquote)>|<br\s*/?>", re.IGNORECASE)
HTML_QUOTES = re.compile(
    r"<blockquote\b.*?</blockquote>|<div[^>]*class=\"?(gmail_quote|moz-cite-prefix)[^>]*>.*",
    re.IGNORECASE | re.DOTALL,
)


def html_to_text(markup: str) -> str:
    """Sanitised text of an HTML mail: quoted parts out, every tag stripped, entities decoded."""
    markup = HTML_QUOTES.sub("", markup)
    markup = BLOCK_END.sub("\n", markup)
    text = nh3.clean(markup, tags=set(), clean_content_tags={"script", "style", "head", "title"})
    return html.unescape(text)


def strip_quotes_and_signature(text: str) -> str:
    text = text.replace("\r\n", "\n")
    found = QUOTE_START.search(text)
    if found:
        text = text[: found.start()]
    found = SIGNATURE.search(text)
    if found:
        text = text[: found.start()]
    lines = [line for line in text.split("\n") if not line.startswith(">")]
    return "\n".join(lines).strip()


# The standard library's email package raises assorted errors (LookupError for an unknown
# charset, AttributeError for some address groups...) on malformed mail: such a part or header
# counts as absent, never as a crash.
MALFORMED = (LookupError, ValueError, TypeError, AttributeError, IndexError, KeyError)


def header(message: EmailMessage, name: str) -> str:
    """A header's value on one line, unparsed ("" when absent): safe on any input."""
    for key, value in message.raw_items():
        if key.lower() == name.lower():
            return clean_text(_as_text(str(value)), max_length=998, single_line=True)
    return ""


def _as_text(value: str) -> str:
    """Raw 8-bit header bytes (kept as surrogate escapes by the parser) read as UTF-8."""
    try:
        raw = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = value.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def body_text(message: EmailMessage) -> str:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        content = part.get_content() if part is not None else ""
        if part is not None and part.get_content_type() == "text/html":
            content = html_to_text(content)
    except MALFORMED:
        return ""
    return strip_quotes_and_signature(content)


def has_attachments(message: EmailMessage) -> bool:
    try:
        for part in message.walk():
            if part.is_multipart():
                continue
            if part.is_attachment() or part.get_content_maintype() != "text":
                return True
    except MALFORMED:
        return True  # refused with an answer rather than guessed at
    return False


def is_automatic(message: EmailMessage, envelope_sender: str | None) -> bool:
    """Bounces and auto-replies: never answered (mail loops), never posted."""
    if envelope_sender is not None and envelope_sender.strip("<> ") == "":
        return True
    if (header(message, "Auto-Submitted") or "no").lower() != "no":
        return True
    if message.get_content_type() == "multipart/report":
        return True
    sender = _sender(message).split("@")[0]
    return sender in ("mailer-daemon", "postmaster") or bool(header(message, "X-Autoreply"))


def _sender(message: EmailMessage) -> str:
    addresses = getaddresses([header(message, "From")])
    return addresses[0][1].strip().lower() if addresses else ""


def _target(message: EmailMessage, recipients) -> ReplyTarget | None:
    candidates = list(recipients or [])
    for name in ("Delivered-To", "X-Original-To", "To", "Cc"):
        candidates += [address for _name, address in getaddresses([header(message, name)])]
    for address in candidates:
        target = read_reply_address(address)
        if target is not None:
            return target
    return None


def receive(raw: bytes, recipients=None, envelope_sender: str | None = None) -> Result:
    """Handle one received mail; the result says what happened (also logged and stored)."""
    message = BytesParser(policy=policy.default).parsebytes(raw[: settings.MINGA_REPLY_MAX_BYTES])
    message_id = header(message, "Message-ID")[:255]
    message_id = message_id or "sha256:" + hashlib.sha256(raw).hexdigest()
    if is_automatic(message, envelope_sender):
        return _drop(message_id, "bounce or automatic reply")
    target = _target(message, recipients)
    if target is None:
        return _drop(message_id, "no valid reply address")
    user = get_user_model().objects.filter(pk=target.user_pk, is_active=True).first()
    if user is None or not user.email or _sender(message) != user.email.lower():
        return _drop(message_id, f"sender {_sender(message)!r} is not the address's member")
    try:
        with transaction.atomic():
            # The Message-ID is claimed first: a replay (or the same mail delivered twice at
            # once) waits here, then finds it taken.
            record = InboundMessage.objects.create(
                message_id=message_id, sender=_sender(message), outcome=DROPPED
            )
            result = _handle(message, raw, target, user)
            record.outcome, record.reason = result.outcome, result.reason[:200]
            record.contribution = result.contribution
            record.save()
    except IntegrityError:
        return _drop(message_id, "replayed (Message-ID already received)")
    logger.info("Inbound mail %s from member %s: %s (%s)", message_id, user.pk, *_pair(result))
    return result


def _pair(result: Result) -> tuple[str, str]:
    return result.outcome, result.reason


def _drop(message_id: str, reason: str) -> Result:
    logger.warning("Inbound mail %s dropped: %s", message_id, reason)
    return Result(DROPPED, reason)


def _handle(message: EmailMessage, raw: bytes, target: ReplyTarget, user) -> Result:
    discussion, parent = _place(target)
    with in_language_of(user):
        refusal = _refusal(message, raw, target, user, discussion)
        if refusal:
            _answer(user, message, refusal, discussion)
            return Result(REFUSED, refusal)
        form = posting.bound_form(discussion, user, body_text(message), parent.pk if parent else 0)
        if not form.is_valid():
            errors = " ".join(str(error) for errors in form.errors.values() for error in errors)
            _answer(user, message, errors, discussion)
            return Result(REFUSED, errors)
        contribution = posting.publish(form, user)
        if contribution is None:
            reason = _("Your contribution could not be accepted.")
            _answer(user, message, reason, discussion)
            return Result(REFUSED, reason)
    if contribution.duplicate:
        return Result(DROPPED, "the same text was posted a moment ago", contribution)
    return Result(
        POSTED, "held for moderation" if not contribution.is_public else "published", contribution
    )


def _place(target: ReplyTarget):
    """The discussion a reply goes to, and the contribution it answers (None: a new thread)."""
    if target.kind == "c":
        parent = (
            Contribution.objects.published().select_related("discussion").filter(pk=target.pk)
        ).first()
        return (parent.discussion if parent else None), parent
    return DiscussionPage.objects.live().filter(pk=target.pk).first(), None


def _refusal(message, raw: bytes, target, user, discussion) -> str:
    """Why the mail cannot be posted, in the member's language ("" when it can be)."""
    if target.expired:
        return _("This reply address has expired. Please reply on the website.")
    if len(raw) > settings.MINGA_REPLY_MAX_BYTES:
        return _("Your e-mail is too large (at most %(size)s kB). Please send text only.") % {
            "size": settings.MINGA_REPLY_MAX_BYTES // 1000
        }
    if has_attachments(message):
        return _(
            "Attachments and images are not accepted by e-mail. Please send your text only, "
            "or post on the website."
        )
    if discussion is None:
        return _("The contribution you replied to was removed or is hidden.")
    if discussion.status != Status.OPEN:
        return _("This discussion no longer accepts contributions.")
    wait = posting.over_limit(user)
    if wait:
        minutes = max(1, (wait + 59) // 60)
        return ngettext(
            "You are posting too quickly. Please try again in %(minutes)d minute.",
            "You are posting too quickly. Please try again in %(minutes)d minutes.",
            minutes,
        ) % {"minutes": minutes}
    return ""


def _decoded(value: str) -> str:
    """A header with =?utf-8?…?= encoded words made readable (as typed when it cannot be)."""
    try:
        return str(make_header(decode_header(value)))
    except MALFORMED + (HeaderParseError, UnicodeError):
        return value


def _answer(user, message: EmailMessage, reason: str, discussion) -> None:
    """Tell the member (at their own address, never a forged sender) why nothing was posted."""
    context = {
        "reason": reason,
        "subject": _decoded(header(message, "Subject"))[:200],
        "discussion": discussion,
        "discussion_url": absolute_page_url(discussion) if discussion else "",
    }
    headers = {"Auto-Submitted": "auto-replied"}
    if header(message, "Message-ID"):
        headers["In-Reply-To"] = header(message, "Message-ID")[:255]
    send_to_member(user, "discussions/email/reply_refused", context, headers=headers)
