"""E-mail backends that fail on purpose, to test what survives a worker dying mid-task."""

from django.core.mail.backends.locmem import EmailBackend


class SendThenCrash(EmailBackend):
    """Delivers the first message, then raises, as a worker killed right after the SMTP hand-off."""

    crashes_left = 0

    def send_messages(self, messages):
        sent = super().send_messages(messages)
        if SendThenCrash.crashes_left:
            SendThenCrash.crashes_left -= 1
            raise RuntimeError("worker killed after the send, before the commit")
        return sent
