"""Build the page tree a new site starts with; safe to run any number of times."""

from django.core.management.base import BaseCommand

from home.setup import setup_site


class Command(BaseCommand):
    help = (
        "Create the default site, the home page and the discussion, practice and partner index "
        "pages in every configured language (no content, no accounts). Idempotent."
    )

    def handle(self, *args, **options):
        created = setup_site()
        self.stdout.write(self.style.SUCCESS(f"Site ready: {created} pages created."))
