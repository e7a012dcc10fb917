"""Discussion pages: the index, a discussion with its period and guiding questions."""

import itertools
import zoneinfo
from datetime import tzinfo

from django.conf import settings
from django.db import models
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home import times
from home.i18n import children_of_every_version, one_per_record, source_version
from home.images import (
    GALLERY_HELP,
    HERO_ALT_HELP,
    GalleryBlock,
    hero_alt,
    require_hero_alt,
)
from home.models import IndexPage, RoutableBasePage

from ..feeds import ContributionFeed
from ..languages import language_choices
from ..synthesis.api import SynthesisField
from ..threads import discussion_context, thread_context
from .page_form import DiscussionPageForm
from .questions import GuidingQuestion
from .visibility import published


class Status(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


def timezone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


class DiscussionIndexPage(IndexPage):
    """Lists the discussions: open first, then upcoming, then closed."""

    subpage_types = ["discussions.DiscussionPage"]

    class Meta:
        verbose_name = _("discussion index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        discussions = one_per_record(children_of_every_version(DiscussionPage, self))
        context["discussions"] = discussions.with_participation().in_status_order()
        return context


def _open_at(now) -> Q:
    return Q(opens_at__lte=now, closes_at__gt=now)


def _upcoming_at(now) -> Q:
    return Q(opens_at__gt=now)


class DiscussionPageQuerySet(PageQuerySet):
    def open(self, now=None):
        return self.filter(_open_at(now or timezone.now()))

    def upcoming(self, now=None):
        return self.filter(_upcoming_at(now or timezone.now()))

    def closed(self, now=None):
        return self.filter(closes_at__lte=now or timezone.now())

    def in_status_order(self, now=None):
        """Open first, then upcoming, then closed; the latest opening first within each."""
        now = now or timezone.now()
        rank = Case(
            When(_open_at(now), then=Value(0)),
            When(_upcoming_at(now), then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
        return self.annotate(status_rank=rank).order_by("status_rank", "-opens_at")

    def with_participation(self):
        """Each discussion with `contribution_count` and `participant_count` (published only)."""
        counted = published("contributions")
        return self.annotate(
            contribution_count=Count("contributions", filter=counted, distinct=True),
            participant_count=Count("contributions__user", filter=counted, distinct=True),
        )


DiscussionPageManager = PageManager.from_queryset(DiscussionPageQuerySet)


class DiscussionPage(RoutableBasePage):
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
    hero_image_alt = models.CharField(
        _("hero image: alternative text"), max_length=255, blank=True, help_text=HERO_ALT_HELP
    )
    gallery = StreamField(
        GalleryBlock(), blank=True, verbose_name=_("gallery"), help_text=GALLERY_HELP
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
    # The people who facilitate (the partner pages above are their organisations); named on the
    # page with the moderators, and their contributions carry a "Facilitator" badge.
    facilitator_people = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="discussions_facilitated",
        verbose_name=_("facilitating members"),
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
        FieldPanel("background"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("gallery")],
            heading=_("Images"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("timezone"),
                FieldPanel("accepted_languages"),
            ],
            heading=_("Period and languages"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisers"),
                FieldPanel("facilitators"),
                FieldPanel("moderators"),
                FieldPanel("facilitator_people"),
            ],
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
        APIField("synthesis", serializer=SynthesisField()),
    ]
    parent_page_types = ["discussions.DiscussionIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("discussion page")

    def clean(self):
        super().clean()
        require_hero_alt(self)

    @property
    def hero_alt(self) -> str:
        return hero_alt(self)

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
    def numbered_questions(self) -> list[GuidingQuestion]:
        """The guiding questions in order, each with its `number` (continuous across sections).

        On a translation: the source's questions (contributions answer those), worded as
        translated."""
        questions, wording = self._questions_and_wording()
        for question in questions:
            translated = wording.get(question.translation_key)
            if translated is not None:
                question.section = translated.section
                question.question = translated.question
                question.explanation = translated.explanation
        for number, question in enumerate(questions, start=1):
            question.number = number
        return questions

    def _questions_and_wording(self) -> tuple[list[GuidingQuestion], dict]:
        """The source's questions and, on a translation, its wording by translation key: one
        query when both are stored rows (a preview holds its questions in memory)."""
        home = self.contributions_home
        if home.pk == self.pk:
            return list(self.guiding_questions.all()), {}
        mine = self.guiding_questions.all()
        if not isinstance(mine, models.QuerySet):
            return list(home.guiding_questions.all()), {q.translation_key: q for q in mine}
        rows = list(GuidingQuestion.objects.filter(discussion_id__in=(home.pk, self.pk)))
        questions = [q for q in rows if q.discussion_id == home.pk]
        return questions, {q.translation_key: q for q in rows if q.discussion_id == self.pk}

    @property
    def question_sections(self) -> list[tuple[str, list[GuidingQuestion]]]:
        return [
            (section, list(questions))
            for section, questions in itertools.groupby(
                self.numbered_questions, key=lambda q: q.section
            )
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        home = self.contributions_home
        if home.pk != self.pk:  # one set of question objects, worded in this page's language
            home.__dict__["numbered_questions"] = self.numbered_questions
            home.__dict__["contributions_home"] = home  # the source is its own home: no query
        context.update(discussion_context(home, request))
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        return ContributionFeed()(request, discussion=self.contributions_home)

    @path("thread/<int:thread_pk>/", name="thread")
    def thread(self, request, thread_pk: int):
        """One thread in full, its replies paginated (where folded replies and long bodies go)."""
        context = thread_context(self.contributions_home, request, thread_pk)
        return TemplateResponse(request, "discussions/thread_page.html", context)
