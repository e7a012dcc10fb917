"""A small SMTP server for replies by e-mail (aiosmtpd), for a host whose MX points at Minga.

Unknown recipients are refused at RCPT (550), oversized mail at DATA (552, aiosmtpd's size
limit); everything else is accepted (250) and handled by `inbound.receive`, which answers the
member or drops it with a log line. Messages are handled one at a time in a worker thread, as
the database layer is synchronous.
"""

import asyncio
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import close_old_connections

from . import inbound
from .replies import read_reply_address

logger = logging.getLogger("minga.inbound_mail")


class ReplyHandler:
    def __init__(self):
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="receive-mail")

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if read_reply_address(address) is None:
            logger.warning("SMTP: refused unknown recipient %r", address)
            return "550 5.1.1 No such reply address"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(self.executor, self._receive, envelope)
        except Exception:
            logger.exception("SMTP: could not handle a message; the sender will retry")
            return "451 4.3.0 Temporary failure, please retry"
        return "250 OK"

    @staticmethod
    def _receive(envelope) -> None:
        close_old_connections()
        try:
            inbound.receive(envelope.original_content, envelope.rcpt_tos, envelope.mail_from)
        finally:
            close_old_connections()


def serve(host: str, port: int, stop: threading.Event) -> None:
    """Accept mail on host:port until `stop` is set."""
    controller = Controller(
        ReplyHandler(),
        hostname=host,
        port=port,
        data_size_limit=settings.MINGA_REPLY_MAX_BYTES,
        ready_timeout=30,
    )
    controller.start()
    logger.info("Receiving replies by e-mail on %s:%s", host, port)
    try:
        stop.wait()
    finally:
        controller.stop()
