"""Generate N realistic random practices for benchmarks (never used by the demo)."""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from practices.generator import generate_practices


class Command(BaseCommand):
    help = "Create N random but realistic good practices (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=None, help="for reproducible data")
        parser.add_argument("--draft", action="store_true", help="leave them unpublished")

    def handle(self, *args, count, seed, draft, **options):
        if count < 1:
            raise CommandError("N must be a positive number.")

        def progress(rows):
            return tqdm(rows, desc="Generating", unit="practice", file=self.stderr)

        report = generate_practices(count, seed=seed, publish=not draft, progress=progress)
        if not report.ok:
            for error in report.errors[:20]:
                self.stderr.write(str(error))
            raise CommandError(report.summary())
        self.stdout.write(self.style.SUCCESS(f"{report.imported} practices generated."))
