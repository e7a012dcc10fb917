"""Import practices from a CSV or JSON Lines file in the interchange format."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from practices.interchange import import_file


class Command(BaseCommand):
    help = "Import good practices from a CSV (UTF-8, header row) or JSON Lines file."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv or .jsonl file")
        parser.add_argument("--dry-run", action="store_true", help="validate, save nothing")
        parser.add_argument(
            "--publish",
            action="store_true",
            help=(
                "publish what is imported; without it, new practices are drafts and changes "
                "to published ones wait as draft revisions"
            ),
        )

    def handle(self, *args, file, dry_run, publish, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")

        def progress(rows):
            return tqdm(
                rows, desc="Importing", unit="row", disable=len(rows) < 50, file=self.stderr
            )

        # The file is read one row at a time (twice: counting, then importing), never whole.
        report = import_file(path, path.name, dry_run=dry_run, publish=publish, progress=progress)
        for error in report.errors:
            self.stderr.write(str(error))
        summary = report.summary()
        if not report.ok:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
