"""Reply addresses: reply+<token>@MINGA_REPLY_DOMAIN, unique to a member and a thread.

The token names the member, what the reply answers (a contribution, or the discussion for a new
thread) and a day after which it expires, and carries an HMAC of those (80 bits) keyed with
SECRET_KEY: it cannot be guessed or altered. Only lowercase letters, digits and dashes, because
some mail servers change the case of the local part.
"""

import base64
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.http import base36_to_int, int_to_base36

SALT = "discussions.mail.reply"
EPOCH = date(2020, 1, 1)


@dataclass(frozen=True)
class ReplyTarget:
    user_pk: int
    kind: str  # "c": a reply to contribution `pk`; "d": a new contribution to discussion `pk`
    pk: int
    expired: bool


def _mac(user_pk: int, kind: str, pk: int, day: int) -> str:
    digest = salted_hmac(SALT, f"{user_pk}:{kind}:{pk}:{day}", algorithm="sha256").digest()
    return base64.b32encode(digest[:10]).decode().lower()


def reply_token(user_pk: int, kind: str, pk: int, today: date | None = None) -> str:
    today = today or timezone.now().date()
    day = (today - EPOCH).days + settings.MINGA_REPLY_DAYS
    parts = [int_to_base36(user_pk), f"{kind}{int_to_base36(pk)}", int_to_base36(day)]
    return "-".join([*parts, _mac(user_pk, kind, pk, day)])


def reply_address(user, target) -> str | None:
    """The Reply-To of a mail to `user` about a contribution or a discussion (None: not set up)."""
    if not settings.MINGA_REPLY_DOMAIN or user is None:
        return None
    kind = "c" if hasattr(target, "thread_id") else "d"
    return f"reply+{reply_token(user.pk, kind, target.pk)}@{settings.MINGA_REPLY_DOMAIN}"


def read_reply_address(address: str, today: date | None = None) -> ReplyTarget | None:
    """What a reply address stands for; None when it is not one of ours or was forged."""
    local, _at, domain = address.strip().strip("<>").lower().rpartition("@")
    if not settings.MINGA_REPLY_DOMAIN or domain != settings.MINGA_REPLY_DOMAIN.lower():
        return None
    if not local.startswith("reply+"):
        return None
    try:
        user36, target, day36, mac = local.removeprefix("reply+").split("-")
        user_pk, kind, pk, day = (
            base36_to_int(user36),
            target[:1],
            base36_to_int(target[1:]),
            base36_to_int(day36),
        )
    except ValueError:
        return None
    if kind not in ("c", "d") or not constant_time_compare(mac, _mac(user_pk, kind, pk, day)):
        return None
    today = today or timezone.now().date()
    return ReplyTarget(user_pk, kind, pk, expired=EPOCH + timedelta(days=day) < today)
