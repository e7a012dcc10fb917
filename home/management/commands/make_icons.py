"""Redraw Minga's icons (static/img/) from the mark's geometry in home/icons.py."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from home.icons import write_icons


class Command(BaseCommand):
    help = "Write static/img/minga.svg, favicon.ico and the PNG icons from home/icons.py."

    def handle(self, *args, **options):
        for path in write_icons(Path(settings.BASE_DIR) / "static" / "img"):
            self.stdout.write(str(path))
