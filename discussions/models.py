"""E-discussions: an index, discussion pages with guiding questions, contributions, follows."""

import hashlib
import itertools
import zoneinfo
from datetime import UTC, timedelta, tzinfo

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment, XtdCommentManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from home import times
from home.i18n import TranslatedPageMixin, source_version

from .languages import contribution_language_name, language_choices
from .markdown import render_markdown


class Status(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


PERIOD_FIELDS = ("opens_at", "closes_at")


def timezone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


class DiscussionIndexPage(TranslatedPageMixin, Page):
    """Lists the discussions: open first, then upcoming, then closed."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["discussions.DiscussionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("discussion index page")

    def get_context(self, request, *args, **kwargs):
        from .listing import discussions_for_index

        context = super().get_context(request, *args, **kwargs)
        context["discussions"] = discussions_for_index(self)
        return context


class DiscussionPageQuerySet(PageQuerySet):
    def open(self, now=None):
        now = now or timezone.now()
        return self.filter(opens_at__lte=now, closes_at__gt=now)

    def upcoming(self, now=None):
        return self.filter(opens_at__gt=now or timezone.now())

    def closed(self, now=None):
        return self.filter(closes_at__lte=now or timezone.now())


DiscussionPageManager = PageManager.from_queryset(DiscussionPageQuerySet)


class WallClockDateTimeField(forms.DateTimeField):
    """The time as the editor typed it (naive); the page form attaches the discussion's zone."""

    def to_python(self, value):
        # Read as UTC, which skips no hour, so the editor's own admin time zone plays no part.
        with timezone.override(UTC):
            result = super().to_python(value)
        return result.replace(tzinfo=None) if result else result

    def validate(self, value):
        super().validate(value)
        if value and not 1970 <= value.year <= 2100:
            raise forms.ValidationError(
                _("Enter a date between %(first)s and %(last)s."),
                code="out_of_range",
                params={"first": 1970, "last": 2100},
            )


PERIOD_HELP = _("In the discussion's time zone, chosen below.")


class DiscussionPageForm(WagtailAdminPageForm):
    """Editors enter and see the period in the discussion's time zone; it is stored in UTC."""

    accepted_languages = forms.MultipleChoiceField(
        label=_("accepted languages"),
        choices=language_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Languages members may write in; none ticked accepts all of them."),
    )
    opens_at = WallClockDateTimeField(
        label=_("opens at"), widget=AdminDateTimeInput, help_text=PERIOD_HELP
    )
    closes_at = WallClockDateTimeField(
        label=_("closes at"), widget=AdminDateTimeInput, help_text=PERIOD_HELP
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in PERIOD_FIELDS:
            instant = getattr(self.instance, name, None)
            if instant:
                self.initial[name] = times.in_zone(instant, self.instance.zone).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        if "timezone" in self.errors:
            return cleaned_data
        zone_name = cleaned_data.get("timezone") or self.instance.timezone
        for name in PERIOD_FIELDS:
            wall_clock = cleaned_data.get(name)
            if wall_clock is None:
                continue
            instant = times.wall_clock_to_utc(wall_clock, zone_name)
            if instant is None:
                message = _(
                    "Clocks in %(zone)s skip %(time)s (daylight saving); choose another time."
                )
                self.add_error(
                    name, message % {"zone": zone_name, "time": wall_clock.strftime("%H:%M")}
                )
            else:
                cleaned_data[name] = instant
        opens_at, closes_at = cleaned_data.get("opens_at"), cleaned_data.get("closes_at")
        if opens_at and closes_at and closes_at <= opens_at:
            self.add_error("closes_at", _("The discussion must close after it opens."))
        return cleaned_data


class DiscussionPage(TranslatedPageMixin, RoutablePageMixin, Page):
    """An e-discussion: background, an open period, guiding questions and contributions."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences shown in listings.")
    )
    background = RichTextField(_("background"), blank=True)
    summary = RichTextField(
        _("summary"),
        blank=True,
        help_text=_("The synthesis moderators publish at the end; shown above the contributions."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
    )
    organisers = ParentalManyToManyField(
        "practices.PartnerPage",
        blank=True,
        related_name="organised_discussions",
        verbose_name=_("organisers"),
    )
    facilitators = ParentalManyToManyField(
        "practices.PartnerPage",
        blank=True,
        related_name="facilitated_discussions",
        verbose_name=_("facilitators"),
    )
    moderators = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="moderated_discussions",
        verbose_name=_("moderators"),
    )
    opens_at = models.DateTimeField(_("opens at"), db_index=True)
    closes_at = models.DateTimeField(_("closes at"), db_index=True)
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=timezone_choices,
        default="UTC",
        help_text=_("Dates on the page are shown in this time zone."),
    )
    accepted_languages = models.JSONField(_("accepted languages"), default=list, blank=True)

    objects = DiscussionPageManager()
    base_form_class = DiscussionPageForm

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        FieldPanel("background"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("timezone"),
                FieldPanel("accepted_languages"),
            ],
            heading=_("Period and languages"),
        ),
        MultiFieldPanel(
            [FieldPanel("organisers"), FieldPanel("facilitators"), FieldPanel("moderators")],
            heading=_("People"),
        ),
        InlinePanel(
            "guiding_questions",
            heading=_("Guiding questions"),
            label=_("Guiding question"),
            help_text=_(
                "Questions are numbered in this order; consecutive questions with the same "
                "section form a group. Editing or reordering keeps their contributions."
            ),
        ),
        FieldPanel("summary"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("background"),
        index.SearchField("summary"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]
    api_fields = [
        APIField("introduction"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("timezone"),
        APIField("accepted_languages"),
        APIField("status"),
    ]
    parent_page_types = ["discussions.DiscussionIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("discussion page")

    @property
    def status(self) -> str:
        now = timezone.now()
        if self.opens_at and now < self.opens_at:
            return Status.UPCOMING
        if self.closes_at and now >= self.closes_at:
            return Status.CLOSED
        return Status.OPEN

    @property
    def status_label(self) -> str:
        return Status(self.status).label

    @property
    def is_open(self) -> bool:
        return self.status == Status.OPEN

    @property
    def zone(self) -> tzinfo:
        return times.as_zone(self.timezone)

    def accepts_language(self, code: str) -> bool:
        return not self.accepted_languages or code in self.accepted_languages

    @property
    def accepted_language_choices(self) -> list[tuple[str, str]]:
        return [
            (code, name)
            for code, name in language_choices()
            if not self.accepted_languages or code in self.accepted_languages
        ]

    @cached_property
    def contributions_home(self) -> "DiscussionPage":
        """The version of the discussion its contributions belong to: the source. Translations
        show and receive the same contributions, in one conversation across languages."""
        if not self.pk:
            return self
        source = source_version(self)
        return self if source.pk == self.pk else source

    @cached_property
    def numbered_questions(self) -> list["GuidingQuestion"]:
        """The guiding questions in order, each with its `number` (continuous across sections).

        On a translation: the source's questions (contributions answer those), worded as
        translated."""
        home = self.contributions_home
        questions = list(home.guiding_questions.all())
        if home.pk != self.pk:
            wording = {q.translation_key: q for q in self.guiding_questions.all()}
            for question in questions:
                translated = wording.get(question.translation_key)
                if translated is not None:
                    question.section = translated.section
                    question.question = translated.question
                    question.explanation = translated.explanation
        for number, question in enumerate(questions, start=1):
            question.number = number
        return questions

    @property
    def question_sections(self) -> list[tuple[str, list["GuidingQuestion"]]]:
        return [
            (section, list(questions))
            for section, questions in itertools.groupby(
                self.numbered_questions, key=lambda q: q.section
            )
        ]

    def get_context(self, request, *args, **kwargs):
        from .threads import discussion_context

        context = super().get_context(request, *args, **kwargs)
        home = self.contributions_home
        if home.pk != self.pk:  # one set of question objects, worded in this page's language
            home.__dict__["numbered_questions"] = self.numbered_questions
        context.update(discussion_context(home, request))
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import ContributionFeed

        return ContributionFeed()(request, discussion=self.contributions_home)

    @path("thread/<int:thread_pk>/", name="thread")
    def thread(self, request, thread_pk: int):
        """One thread in full, its replies paginated (where folded replies and long bodies go)."""
        from .threads import thread_context

        context = thread_context(self.contributions_home, request, thread_pk)
        return TemplateResponse(request, "discussions/thread_page.html", context)

    def is_moderator(self, user) -> bool:
        if not user.is_authenticated:
            return False
        return user.is_staff or self.moderators.filter(pk=user.pk).exists()


class GuidingQuestion(TranslatableMixin, Orderable):
    """A question of a discussion; its primary key stays when editors edit or reorder it.

    Translatable: wagtail-localize copies the questions with a page's translation and offers
    their text to translators; a translation's questions share the source's translation_key.
    """

    discussion = ParentalKey(
        DiscussionPage, on_delete=models.CASCADE, related_name="guiding_questions"
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


class ContributionQuerySet(models.QuerySet):
    def published(self):
        """What every visitor may see (moderation extends this: pending, hidden...)."""
        return self.filter(is_public=True, is_removed=False)

    def visible_to(self, user):
        """Published contributions, plus the member's own (e.g. awaiting moderation)."""
        if user is not None and user.is_authenticated:
            return self.filter(Q(is_public=True, is_removed=False) | Q(user=user, is_removed=False))
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

    discussion = models.ForeignKey(
        DiscussionPage,
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
        if not self.discussion_id and self.object_pk:
            self.discussion_id = int(self.object_pk)
        if self.pk is None and self.parent_id:
            self.parent_id = self._flat_parent_id()
        self.body_html = render_markdown(self.comment)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "comment" in update_fields:
            kwargs["update_fields"] = {*update_fields, "body_html"}
        super().save(*args, **kwargs)

    def _flat_parent_id(self) -> int:
        """Past the deepest level, a reply goes beside the one it answers (depth 3, then flat)."""
        parent = XtdComment.norel_objects.filter(pk=self.parent_id).values("level", "parent_id")
        parent = parent.first()
        if parent and parent["level"] >= settings.COMMENTS_XTD_MAX_THREAD_LEVEL:
            return parent["parent_id"]
        return self.parent_id

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
        from django.urls import reverse

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


class Subscription(models.Model):
    """A member follows a whole discussion (thread empty) or one thread."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="discussion_subscriptions"
    )
    discussion = models.ForeignKey(
        DiscussionPage, on_delete=models.CASCADE, related_name="subscriptions"
    )
    thread = models.ForeignKey(
        Contribution,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        help_text=_("The thread's first contribution; empty to follow the whole discussion."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("subscription")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "discussion"],
                condition=Q(thread__isnull=True),
                name="unique_discussion_subscription",
            ),
            models.UniqueConstraint(
                fields=["user", "discussion", "thread"], name="unique_thread_subscription"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.thread or self.discussion}"


def translation_source_hash(text: str, language: str) -> str:
    """What a translation was made from: the original's language and text."""
    return hashlib.sha256(f"{language}\n{text}".encode()).hexdigest()


class ContributionTranslation(models.Model):
    """A contribution in another language, stored beside the original (machine or moderator)."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="translations"
    )
    language = models.CharField(_("language"), max_length=12, choices=language_choices)
    body = models.TextField(_("translation"), help_text=_("Markdown, like the original."))
    body_html = models.TextField(editable=False, blank=True)
    provider = models.CharField(
        _("provider"), max_length=40, blank=True, help_text=_("Empty for a moderator's text.")
    )
    source_hash = models.CharField(max_length=64, editable=False)
    is_human = models.BooleanField(
        _("corrected by a moderator"),
        default=False,
        help_text=_("A moderator's translation is never replaced by a machine translation."),
    )
    translated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("corrected by"),
    )
    translated_at = models.DateTimeField(_("translated at"), default=timezone.now)

    class Meta:
        verbose_name = _("contribution translation")
        verbose_name_plural = _("contribution translations")
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "language"], name="unique_contribution_translation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.contribution_id} → {self.language}"

    def save(self, *args, **kwargs):
        # The same Markdown → nh3 pipeline as the original: a provider's answer is untrusted.
        self.body_html = render_markdown(self.body)
        super().save(*args, **kwargs)

    @property
    def language_name(self) -> str:
        return contribution_language_name(self.language)

    def is_current(self, contribution=None) -> bool:
        contribution = contribution or self.contribution
        return self.source_hash == translation_source_hash(
            contribution.comment, contribution.language
        )
