"""Demo: the closed demo discussion shows a published synthesis, drafted from its contributions
like any other (idempotent: once drafted, a rerun keeps the moderators' edits)."""

from ..demo_data import DISCUSSIONS
from ..models import DiscussionPage, Synthesis
from .draft import compute_draft
from .editing import set_published


def load(stdout=None, style=None) -> None:
    slugs = [data["slug"] for data in DISCUSSIONS if data["status"] == "closed"]
    for discussion in DiscussionPage.objects.filter(slug__in=slugs, alias_of__isnull=True):
        if discussion.contributions_home.pk != discussion.pk:
            continue  # a translation: the source holds the synthesis
        if Synthesis.objects.filter(discussion=discussion, computed_at__isnull=False).exists():
            continue
        synthesis = compute_draft(discussion)
        set_published(synthesis, True)
        if stdout:
            points = synthesis.key_points.filter(is_outlier=False).count()
            stdout.write(f"Synthesis: {points} key points published for “{discussion.title}”.")
