"""Load (or refresh) the demo content; safe to run any number of times."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = "Create the demo site: pages, accounts, practices, discussions. Idempotent."

    def handle(self, *args, **options):
        for dotted_path in settings.MINGA_DEMO_LOADERS:
            loader = import_string(dotted_path)
            with transaction.atomic():
                loader(stdout=self.stdout, style=self.style)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
