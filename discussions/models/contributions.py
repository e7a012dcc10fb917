"""Contributions: a member's post in a discussion (a django-comments-xtd comment)."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment, XtdCommentManager

from .. import xtd
from ..languages import contribution_language_name, language_choices
from ..markdown import render_markdown
from .questions import GuidingQuestion
from .visibility import published


class ContributionQuerySet(models.QuerySet):
    def published(self):
        """What every visitor may see (moderation extends this: pending, hidden...)."""
        return self.filter(published())

    def visible_to(self, user):
        """Published contributions, plus the member's own (e.g. awaiting moderation)."""
        if user is not None and user.is_authenticated:
            return self.filter(published() | Q(user=user, is_removed=False))
        return self.published()

    def top_level(self):
        return self.filter(level=0)

    def rerender(self, batch_size: int = 500) -> int:
        """Render every body again (after the Markdown or sanitiser rules change); returns how many."""
        changed, batch = 0, []
        rows = self.select_related(None).only("pk", "comment", "body_html")
        for contribution in rows.iterator(batch_size):
            html = render_markdown(contribution.comment)
            if html != contribution.body_html:
                contribution.body_html = html
                batch.append(contribution)
            if len(batch) >= batch_size:
                changed += self.model.objects.bulk_update(batch, ["body_html"])
                batch = []
        if batch:
            changed += self.model.objects.bulk_update(batch, ["body_html"])
        return changed


ContributionManager = XtdCommentManager.from_queryset(ContributionQuerySet)


class Contribution(XtdComment):
    """A member's contribution to a discussion (a django-comments-xtd comment).

    The Markdown source is the inherited `comment` field; `is_public` / `is_removed` carry the
    basic moderation state, `is_featured` the moderators' highlight.
    """

    # Named, not imported: the page module renders through modules that import this one.
    discussion = models.ForeignKey(
        "discussions.DiscussionPage",
        on_delete=models.CASCADE,
        related_name="contributions",
        verbose_name=_("discussion"),
    )
    guiding_questions = models.ManyToManyField(
        GuidingQuestion,
        blank=True,
        related_name="contributions",
        verbose_name=_("guiding questions"),
    )
    language = models.CharField(
        _("language"), max_length=12, blank=True, choices=language_choices, db_index=True
    )
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    is_featured = models.BooleanField(_("featured"), default=False, db_index=True)
    body_html = models.TextField(
        _("rendered body"),
        blank=True,
        editable=False,
        help_text=_("The Markdown body rendered and sanitised when saved."),
    )

    objects = ContributionManager()

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["thread_id", "order"]

    def save(self, *args, **kwargs):
        xtd.fill_discussion(self)
        if self.pk is None and self.parent_id:
            self.parent_id = xtd.flat_parent_id(self.parent_id)
        self.body_html = render_markdown(self.comment)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "comment" in update_fields:
            kwargs["update_fields"] = {*update_fields, "body_html"}
        super().save(*args, **kwargs)

    @property
    def body(self) -> str:
        return self.comment

    @property
    def language_name(self) -> str:
        return contribution_language_name(self.language)

    @property
    def anchor(self) -> str:
        return f"c{self.pk}"

    def get_absolute_url(self, anchor_pattern="#c%(id)s"):
        return reverse("discussions:permalink", kwargs={"pk": self.pk})

    def edit_deadline(self):
        return self.submit_date + timedelta(minutes=settings.DISCUSSIONS_EDIT_MINUTES)

    def can_edit(self, user, now=None) -> bool:
        return (
            user.is_authenticated
            and user.pk == self.user_id
            and not self.is_removed
            and (now or timezone.now()) < self.edit_deadline()
        )

    def can_delete(self, user) -> bool:
        return (
            user.is_authenticated
            and user.pk == self.user_id
            and not self.is_removed
            and self.nested_count == 0
        )
