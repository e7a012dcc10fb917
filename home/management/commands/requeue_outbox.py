"""Publish the background tasks left in the outbox (after a broker or database outage)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from home import outbox


class Command(BaseCommand):
    help = (
        "Hand the broker every task call still waiting in the outbox, now (also those "
        "waiting for their next attempt, and those handed over but not started, which a "
        "broker restart may have lost); --failed adds those that failed too often."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--failed",
            action="store_true",
            help=f"also retry calls that failed {outbox.MAX_ATTEMPTS} times",
        )

    def handle(self, *args, failed, **options):
        try:
            waiting = outbox.OutboxMessage.objects.filter(started_at__isnull=True).count()
            sent = outbox.drain(include_failed=failed, now=True)
            left = outbox.waiting().count()
            running = outbox.OutboxMessage.objects.filter(started_at__isnull=False).count()
        except DatabaseError as error:
            raise CommandError(f"The database is unreachable: {error}") from error
        self.stdout.write(
            f"{sent} of {waiting} task calls handed over; {left} still waiting; {running} running."
        )
        if left:
            raise CommandError(f"{left} task calls could not be handed over (is the broker up?).")
