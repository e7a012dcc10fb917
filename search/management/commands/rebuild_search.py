"""Rebuild the search index (text, facets, embeddings) with a progress bar; safe to resume."""

from django.core.management.base import BaseCommand, CommandError

from home.embeddings import embed_with_every_core
from search.rebuild import rebuild


class Command(BaseCommand):
    help = "Index every practice, partner, discussion and published contribution."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Re-embed entries even if unchanged."
        )
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, force=False, no_progress=False, **options):
        # A batch job: embed with every core (web and Celery workers default to one thread).
        embed_with_every_core()
        try:
            report = rebuild(force=force, progress=not no_progress)
        except Exception as error:  # noqa: BLE001 - one clear line, non-zero exit
            raise CommandError(f"Search rebuild failed: {error}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Search index: {report.written} written, {report.unchanged} unchanged, "
                f"{report.removed} removed."
            )
        )
