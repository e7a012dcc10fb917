"""Guiding questions: the numbered questions a discussion asks, which contributions answer.

The page is named by its app label ("discussions.DiscussionPage"), not imported: the page module
renders through threads.py and forms.py, which import this module, so the dependency runs one way.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin


class GuidingQuestion(TranslatableMixin, Orderable):
    """A question of a discussion; its primary key stays when editors edit or reorder it.

    Translatable: wagtail-localize copies the questions with a page's translation and offers
    their text to translators; a translation's questions share the source's translation_key.
    """

    discussion = ParentalKey(
        "discussions.DiscussionPage", on_delete=models.CASCADE, related_name="guiding_questions"
    )
    section = models.CharField(
        _("section"),
        max_length=200,
        blank=True,
        help_text=_('e.g. "Broad guiding questions"; questions in a row with one section group.'),
    )
    question = models.TextField(_("question"), max_length=1000)
    explanation = models.TextField(_("explanation"), blank=True, max_length=2000)

    panels = [FieldPanel("section"), FieldPanel("question"), FieldPanel("explanation")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("guiding question")
        verbose_name_plural = _("guiding questions")

    def __str__(self) -> str:
        number = getattr(self, "number", None)
        return f"{number}. {self.question}" if number else self.question

    @property
    def anchor(self) -> str:
        return f"q{self.pk}"
