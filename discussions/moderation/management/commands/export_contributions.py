"""Export a discussion's contributions grouped by guiding question (CSV, XLSX, DOCX, Markdown)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from discussions.models import DiscussionPage
from discussions.moderation.exports import TEXT_FORMATS, WRITERS, render_export


def find_discussion(slug: str):
    """The discussion with this slug (the default language's one when translations share it)."""
    pages = list(DiscussionPage.objects.filter(slug=slug).select_related("locale"))
    if not pages:
        raise CommandError(f"No discussion has the slug {slug!r}.")
    default = [p for p in pages if p.locale.language_code == settings.LANGUAGE_CODE]
    return (default or pages)[0]


class Command(BaseCommand):
    help = (
        "Export a discussion's published contributions (all of them, with their moderation "
        "state, with --all) grouped by guiding question, with a participation summary."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="the discussion page's slug")
        parser.add_argument("--format", choices=sorted(WRITERS), default="csv")
        parser.add_argument("--output", help="file to write (standard output for csv/md if absent)")
        parser.add_argument(
            "--all",
            action="store_true",
            help="moderators' full export: include pending, hidden and rejected contributions",
        )
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            default="",
            help="each contribution in this language where a translation exists (the original, "
            "noted, otherwise); headings in this language too",
        )

    def handle(self, *args, slug, format, output, all, language, **options):
        if format not in TEXT_FORMATS and not output:
            raise CommandError(f"The {format} format is binary: name a file with --output FILE.")
        discussion = find_discussion(slug)
        with translation.override(language or settings.LANGUAGE_CODE):
            content, _filename, _content_type = render_export(
                discussion, format, full=all, language=language
            )
        if not output:
            self.stdout.write(content.decode("utf-8"), ending="")
            return
        try:
            Path(output).write_bytes(content)
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error.strerror}.") from error
        self.stdout.write(self.style.SUCCESS(f"Wrote {output} ({len(content)} bytes)."))
