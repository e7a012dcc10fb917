"""Export every practice in the interchange format (the import command reads it back)."""

from django.core.management.base import BaseCommand, CommandError

from practices.interchange import export_practices


class Command(BaseCommand):
    help = (
        "Export published good practices as CSV or JSON Lines (standard output by default); "
        "--include-drafts (or --all) adds drafts and proposals waiting for review."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "jsonl"], default="csv")
        parser.add_argument("--output", help="file to write instead of standard output")
        parser.add_argument(
            "--extended",
            action="store_true",
            help="also write Minga's optional columns (subtitle, stage, objectives, budget...)",
        )
        parser.add_argument(
            "--include-drafts",
            "--all",
            action="store_true",
            dest="include_unpublished",
            help="also export drafts and member proposals waiting for review",
        )

    def handle(self, *args, format, output, extended, include_unpublished, **options):
        if output:
            try:
                with open(output, "w", encoding="utf-8", newline="") as stream:
                    count = export_practices(stream, format, extended, include_unpublished)
            except OSError as error:
                raise CommandError(f"Cannot write {output}: {error.strerror}") from error
            self.stderr.write(f"{count} practices written to {output}.")
        else:
            # Each write is one whole row or line, so the wrapper adds no stray newlines.
            export_practices(self.stdout, format, extended, include_unpublished)
