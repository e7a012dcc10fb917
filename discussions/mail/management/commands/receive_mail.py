"""manage.py receive_mail: the SMTP server for replies by e-mail (see discussions/mail/smtp.py)."""

import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from discussions.mail.smtp import serve


class Command(BaseCommand):
    help = "Receive replies by e-mail over SMTP (MINGA_INBOUND_SMTP_HOST/PORT) until stopped."
    stealth_options = ("stop",)  # tests pass a threading.Event to end the server

    def add_arguments(self, parser):
        parser.add_argument("--host", default=settings.MINGA_INBOUND_SMTP_HOST)
        parser.add_argument("--port", type=int, default=settings.MINGA_INBOUND_SMTP_PORT)

    def handle(self, *args, host, port, stop=None, **options):
        if not settings.MINGA_REPLY_DOMAIN:
            raise CommandError(
                "Set MINGA_REPLY_DOMAIN: no mail carries a reply address without it."
            )
        if stop is None:
            stop = threading.Event()
            for signum in (signal.SIGINT, signal.SIGTERM):
                signal.signal(signum, lambda *_args: stop.set())
        self.stdout.write(f"Receiving replies for @{settings.MINGA_REPLY_DOMAIN} on {host}:{port}")
        try:
            serve(host, port, stop)
        except OSError as error:
            raise CommandError(f"Cannot listen on {host}:{port}: {error}") from error
