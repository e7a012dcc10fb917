"""Mailgun's inbound routes (https://documentation.mailgun.com/docs/mailgun/user-manual/
receive-forward-store/): a POST signed with HMAC-SHA256(signing key, timestamp + token).

Point a route's `forward()` at https://<site>/inbound-mail/mailgun/ ; with a URL ending in
`mime` Mailgun sends the whole message as `body-mime`, otherwise parsed fields, which are put
back together into one message so both go through `inbound.receive`.
"""

import hashlib
import hmac
import time
from email.message import EmailMessage

from django.conf import settings

from home.outbox import first_time
from home.text import clean_text


def signature_is_valid(
    timestamp: str, token: str, signature: str, now: float | None = None
) -> bool:
    """Signed with our key and recent (the view refuses a token seen before: a replay)."""
    key = settings.MINGA_MAILGUN_SIGNING_KEY
    if not (key and timestamp and token and signature) or not timestamp.isdigit():
        return False
    if abs((now or time.time()) - int(timestamp)) > settings.MINGA_MAILGUN_MAX_AGE:
        return False
    expected = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def token_is_new(token: str) -> bool:
    """False for a token already used: a replayed POST (call it in the handling transaction)."""
    return first_time(f"mailgun:{token}"[:200])


def raw_message(post, files) -> bytes:
    """The message as bytes: Mailgun's `body-mime`, or one rebuilt from its parsed fields."""
    if post.get("body-mime"):
        return post["body-mime"].encode()
    message = EmailMessage()
    # One line each: a field with a line break must not add headers (nor fail to build).
    for header, field in (
        ("From", "from"),
        ("To", "recipient"),
        ("Subject", "subject"),
        ("Message-ID", "Message-Id"),
    ):
        value = clean_text(post.get(field, ""), max_length=998, single_line=True)
        if value:
            message[header] = value
    message.set_content(post.get("body-plain", ""))
    if post.get("body-html"):
        message.add_alternative(post["body-html"], subtype="html")
    for upload in files.values():
        maintype, _slash, subtype = (upload.content_type or "application/octet-stream").partition(
            "/"
        )
        message.add_attachment(
            upload.read(settings.MINGA_REPLY_MAX_BYTES),
            maintype=maintype,
            subtype=subtype or "octet-stream",
            filename=upload.name,
        )
    return message.as_bytes()
