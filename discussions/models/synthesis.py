"""A discussion's synthesis: key points per guiding question, drafted from the contributions'
passages (discussions/synthesis/) and written, ordered and published by its moderators."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..synthesis.passages import short_phrase
from .contributions import Contribution
from .pages import DiscussionPage, GuidingQuestion


class SynthesisStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class DraftJob(models.TextChoices):
    IDLE = "idle", _("Not computed")
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Computing")
    DONE = "done", _("Computed")
    FAILED = "failed", _("Failed")


class Synthesis(models.Model):
    """One per discussion (its source version): the draft, then what visitors see once closed."""

    discussion = models.OneToOneField(
        DiscussionPage, on_delete=models.CASCADE, related_name="synthesis"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=SynthesisStatus.choices, default=SynthesisStatus.DRAFT
    )
    job = models.CharField(max_length=12, choices=DraftJob.choices, default=DraftJob.IDLE)
    progress = models.PositiveSmallIntegerField(default=0)  # percent of the draft computed
    job_message = models.CharField(max_length=300, blank=True)
    computed_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("synthesis")
        verbose_name_plural = _("syntheses")

    def __str__(self) -> str:
        return str(self.discussion)

    @property
    def is_published(self) -> bool:
        return self.status == SynthesisStatus.PUBLISHED


class KeyPoint(models.Model):
    """A point made about one question: a group of passages, then the moderator's words.

    `passages` holds the group's passages as drafted, the representative first:
    [{"contribution": pk, "language": code, "text": ...}]. Outliers (passages no group took)
    are kept aside as points with `is_outlier`, never shown to visitors.
    """

    synthesis = models.ForeignKey(Synthesis, on_delete=models.CASCADE, related_name="key_points")
    question = models.ForeignKey(
        GuidingQuestion, on_delete=models.CASCADE, related_name="key_points"
    )
    title = models.CharField(_("title"), max_length=200)
    label = models.CharField(_("distinctive words"), max_length=200, blank=True)
    text = models.TextField(_("text"), blank=True, max_length=4000)
    sort_order = models.PositiveIntegerField(default=0)
    is_outlier = models.BooleanField(default=False)
    passages = models.JSONField(default=list, blank=True)
    contributions = models.ManyToManyField(Contribution, blank=True, related_name="key_points")
    participant_count = models.PositiveIntegerField(default=0)
    country_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("key point")
        verbose_name_plural = _("key points")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.title

    def _drafted(self) -> dict:
        return self.passages[0] if self.passages else {}

    @property
    def text_language(self) -> str:
        """The original's language while the text is the drafted passage ("" once rewritten)."""
        first = self._drafted()
        return first.get("language", "") if self.text and self.text == first.get("text") else ""

    @property
    def title_language(self) -> str:
        first = self._drafted()
        drafted = short_phrase(first.get("text", "")) if first else None
        return first.get("language", "") if self.title == drafted else ""


class ContributionPassage(models.Model):
    """A passage of a contribution with its embedding, kept so that a new draft only embeds
    what changed; `source_hash` is the contribution's text it was cut from."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="synthesis_passages"
    )
    position = models.PositiveSmallIntegerField()
    text = models.TextField()
    source_hash = models.CharField(max_length=64)
    embedding = models.BinaryField()

    class Meta:
        ordering = ["contribution_id", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "position"], name="unique_passage_position"
            )
        ]
