"""Render every contribution's Markdown again, e.g. after the sanitiser rules changed."""

from django.core.management.base import BaseCommand, CommandError

from discussions.models import Contribution, DiscussionPage


class Command(BaseCommand):
    help = "Render and sanitise the stored HTML of contributions again from their Markdown."

    def add_arguments(self, parser):
        parser.add_argument("--discussion", type=int, help="only this discussion page's id")

    def handle(self, *args, discussion=None, **options):
        contributions = Contribution.objects.all()
        if discussion is not None:
            if not DiscussionPage.objects.filter(pk=discussion).exists():
                raise CommandError(f"No discussion page has the id {discussion}.")
            contributions = contributions.filter(discussion_id=discussion)
        changed = contributions.rerender()
        self.stdout.write(self.style.SUCCESS(f"{changed} contributions re-rendered."))
