"""Mail to a member in their language: the one place every task renders and sends member mail."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import translation

from home.mail import render_subject, render_text

from .adapter import preferred_language


def language_of(user) -> str:
    """The member's chosen language, else the site's default (never a hard-coded one)."""
    return preferred_language(user) or settings.LANGUAGE_CODE


@contextmanager
def in_language_of(user) -> Iterator[str]:
    """`with in_language_of(user) as language:` build links and texts the member will read."""
    language = language_of(user)
    with translation.override(language):
        yield language


def send_to_member(
    user,
    template_prefix: str,
    context: dict,
    *,
    reply_to: str | None = None,
    headers: dict | None = None,
) -> bool:
    """Render `<prefix>_subject.txt` and `<prefix>.txt` in the member's language and send them.

    Returns False when the member has no address. Extra headers (List-Unsubscribe, Message-ID)
    and a Reply-To (reply by e-mail) go with the message.
    """
    if not getattr(user, "email", ""):
        return False
    with in_language_of(user):
        subject = render_subject(f"{template_prefix}_subject.txt", context)
        body = render_text(f"{template_prefix}.txt", context)
    message = EmailMessage(
        subject,
        body,
        None,
        [user.email],
        reply_to=[reply_to] if reply_to else None,
        headers=headers or {},
    )
    message.send()
    return True
