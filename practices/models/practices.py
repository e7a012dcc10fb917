"""The good-practice catalogue: one page per practice (the index page is in indexes.py)."""

import itertools
import uuid

import pycountry
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import (
    Case,
    Count,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField
from wagtail_localize.models import TranslationSource

from home.countries import language_choices, language_name
from home.i18n import (
    is_multilingual,
    one_per_record,
    page_language,
)
from home.images import GALLERY_HELP, HERO_ALT_HELP, GalleryBlock, hero_alt, require_hero_alt
from home.models import BasePage
from home.page_cache import cached_by_tags

from ..blocks import DocumentsBlock, SolutionBlock
from ..similarity import similar_keys
from .taxonomies import Region, source_themes

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
RELATED_LIMIT = 6  # cards in a practice's Related list
MIN_YEAR, MAX_YEAR = 1950, 2100


class Modality(models.TextChoices):
    SOUTH_SOUTH = "south-south", _("Bilateral South-South")
    REGIONAL_SOUTH_SOUTH = "regional-south-south", _("Regional South-South")
    TRIANGULAR = "triangular", _("Triangular")
    NORTH_SOUTH = "north-south", _("North-South")
    MULTILATERAL = "multilateral", _("Multilateral")


class Stage(models.TextChoices):
    PROMISING = "promising", _("Promising practice")
    ADVANCED = "advanced", _("Advanced practice")
    SUCCESSFUL = "successful", _("Successful practice")


class ImplementationStatus(models.TextChoices):
    """Where a practice stands (not to be confused with a discussion's open/closed status)."""

    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class PartnerRole(models.TextChoices):
    PROVIDER = "provider", _("Provider / pivotal partner")
    BENEFICIARY = "beneficiary", _("Beneficiary / host")
    FACILITATING = "facilitating", _("Facilitating partner")
    FUNDER = "funder", _("Funder")
    PARTNER = "partner", _("Other partner")


def new_source_id() -> str:
    return f"minga-{uuid.uuid4().hex[:12]}"


def currency_choices() -> list[tuple[str, str]]:
    return sorted((c.alpha_3, f"{c.alpha_3} · {c.name}") for c in pycountry.currencies)


class GoodPracticePage(BasePage):
    """One good practice, merged from the UN DESA, PANORAMA and South-South Galaxy templates."""

    source_id = models.CharField(
        _("source identifier"),
        max_length=100,
        unique=True,
        default=new_source_id,
        help_text=_("Identifies the record in imports and exports; keep it stable."),
    )
    language = models.CharField(
        _("language of the record"), max_length=3, choices=language_choices, default="en"
    )
    subtitle = models.CharField(_("subtitle"), max_length=255, blank=True)
    summary = models.TextField(_("summary"))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
    )
    hero_image_alt = models.CharField(
        _("hero image: alternative text"),
        max_length=255,
        blank=True,
        help_text=HERO_ALT_HELP,
    )
    gallery = StreamField(
        GalleryBlock(), blank=True, verbose_name=_("gallery"), help_text=GALLERY_HELP
    )
    countries = ParentalManyToManyField(
        "practices.Country", blank=True, related_name="practices", verbose_name=_("countries")
    )
    sdgs = ParentalManyToManyField(
        "practices.SDG", blank=True, related_name="practices", verbose_name=_("SDGs")
    )
    sdg_targets = ParentalManyToManyField(
        "practices.SDGTarget", blank=True, related_name="practices", verbose_name=_("SDG targets")
    )
    themes = ParentalManyToManyField(
        "practices.Theme",
        blank=True,
        related_name="practices",
        limit_choices_to=source_themes,
        verbose_name=_("themes"),
    )
    modality = models.CharField(_("modality"), max_length=30, choices=Modality.choices, blank=True)
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ImplementationStatus.choices, blank=True
    )
    start_year = models.PositiveSmallIntegerField(
        _("start year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)],
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)],
        help_text=_("Leave empty while the practice is ongoing."),
    )
    budget = models.DecimalField(
        _("resources mobilised"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    budget_currency = models.CharField(
        _("currency"), max_length=3, blank=True, choices=currency_choices
    )
    challenge = RichTextField(_("challenge"), blank=True, features=TEXT_FEATURES)
    objectives = RichTextField(_("objectives"), blank=True, features=TEXT_FEATURES)
    solution = StreamField(SolutionBlock(), blank=True, verbose_name=_("solution"))
    results = RichTextField(_("results and impact"), blank=True, features=TEXT_FEATURES)
    beneficiaries = RichTextField(_("beneficiaries"), blank=True, features=TEXT_FEATURES)
    sustainability = RichTextField(_("sustainability"), blank=True, features=TEXT_FEATURES)
    replicability = RichTextField(_("replicability"), blank=True, features=TEXT_FEATURES)
    enabling_factors = RichTextField(
        _("enabling factors and constraints"), blank=True, features=TEXT_FEATURES
    )
    contact = RichTextField(_("contact"), blank=True, features=["bold", "italic", "link"])
    source_url = models.URLField(_("source link"), blank=True, max_length=500)
    documents = StreamField(DocumentsBlock(), blank=True, verbose_name=_("documents"))
    # The contribution this practice was drafted from (practices/from_contribution.py). A lazy
    # reference: practices does not import discussions, the database keeps the link.
    source_contribution = models.ForeignKey(
        "discussions.Contribution",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
        verbose_name=_("source contribution"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("subtitle"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("gallery")],
            heading=_("Images"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("countries"),
                FieldPanel("sdgs", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sdg_targets"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Where and what"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("modality"), FieldPanel("stage")]),
                FieldRowPanel(
                    [FieldPanel("status"), FieldPanel("start_year"), FieldPanel("end_year")]
                ),
                FieldRowPanel([FieldPanel("budget"), FieldPanel("budget_currency")]),
            ],
            heading=_("Cooperation"),
        ),
        InlinePanel("practice_partners", heading=_("Partners by role"), label=_("partner")),
        FieldPanel("challenge"),
        FieldPanel("objectives"),
        FieldPanel("solution"),
        FieldPanel("results"),
        FieldPanel("beneficiaries"),
        FieldPanel("sustainability"),
        FieldPanel("replicability"),
        FieldPanel("enabling_factors"),
        FieldPanel("contact"),
        MultiFieldPanel([FieldPanel("source_url"), FieldPanel("documents")], heading=_("Sources")),
        MultiFieldPanel(
            [
                FieldPanel("language"),
                FieldPanel("source_id"),
                FieldPanel("source_contribution", read_only=True),
            ],
            heading=_("Record"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("summary"),
        index.SearchField("challenge"),
        index.SearchField("objectives"),
        index.SearchField("solution"),
        index.SearchField("results"),
        index.SearchField("beneficiaries"),
        index.SearchField("sustainability"),
        index.SearchField("replicability"),
        index.SearchField("enabling_factors"),
        index.FilterField("source_id"),
        index.FilterField("language"),
        index.FilterField("modality"),
        index.FilterField("stage"),
        index.FilterField("status"),
        index.FilterField("start_year"),
        index.FilterField("end_year"),
        index.RelatedFields("countries", [index.FilterField("code"), index.SearchField("name_en")]),
        index.RelatedFields("sdgs", [index.FilterField("number"), index.SearchField("short_name")]),
        index.RelatedFields("themes", [index.FilterField("slug"), index.SearchField("name")]),
        index.RelatedFields(
            "practice_partners",
            [index.RelatedFields("partner", [index.SearchField("title")])],
        ),
    ]
    api_fields = [
        APIField("source_id"),
        APIField("language"),
        APIField("subtitle"),
        APIField("summary"),
        APIField("hero_image"),
        APIField(
            "countries",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="code"),
        ),
        APIField("region_codes"),
        APIField(
            "sdgs",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="number"),
        ),
        APIField(
            "sdg_targets",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="code"),
        ),
        APIField(
            "themes",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="name"),
        ),
        APIField("modality"),
        APIField("stage"),
        APIField("status"),
        APIField("start_year"),
        APIField("end_year"),
        APIField("budget"),
        APIField("budget_currency"),
        APIField("partners"),
        APIField("challenge"),
        APIField("objectives"),
        APIField("solution"),
        APIField("results"),
        APIField("beneficiaries"),
        APIField("sustainability"),
        APIField("replicability"),
        APIField("enabling_factors"),
        APIField("contact"),
        APIField("source_url"),
    ]
    exclude_fields_in_copy = ["source_id"]
    # A translation is another page with its own source_id (imports and exports address the
    # source) and is written in its locale's language; wagtail-localize leaves both alone.
    override_translatable_fields = [
        BaseTranslatableField("source_id"),
        BaseTranslatableField("language"),
    ]
    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The end year is before the start year.")})
        require_hero_alt(self)

    @property
    def hero_alt(self) -> str:
        return hero_alt(self)

    def save(self, *args, **kwargs):
        if self.pk and self.alias_of_id is None and is_multilingual() and self._is_translation():
            self.language = page_language(self)
        return super().save(*args, **kwargs)

    def _is_translation(self) -> bool:
        """Made by wagtail-localize from a page in another locale."""
        return (
            TranslationSource.objects.filter(object_id=self.translation_key)
            .exclude(locale_id=self.locale_id)
            .exists()
        )

    @property
    def language_name(self) -> str:
        return language_name(self.language)

    @property
    def regions(self):
        """The M49 regions of the practice's countries (derived, never typed)."""
        broad_to_narrow = Case(
            When(kind=Region.Kind.REGION, then=Value(0)),
            When(kind=Region.Kind.SUBREGION, then=Value(1)),
            default=Value(2),
        )
        # From the (possibly unsaved, in-memory) countries, so previews work too.
        codes = [country.pk for country in self.countries.all()]
        regions = Region.objects.filter(countries__code__in=codes).distinct()
        return regions.order_by(broad_to_narrow, "name_en")

    @property
    def region_codes(self) -> list[str]:
        return [region.code for region in self.regions]

    @property
    def partners(self) -> list[dict]:
        return [
            {"id": link.partner_id, "name": link.partner.title, "role": link.role}
            for link in self.practice_partners.select_related("partner")
        ]

    @property
    def period(self) -> str:
        if self.start_year and self.end_year:
            return f"{self.start_year}–{self.end_year}"
        if self.start_year:
            return _("since %(year)s") % {"year": self.start_year}
        return ""

    def partner_links(self) -> list:
        return list(self.practice_partners.select_related("partner").order_by("sort_order"))

    def related_practices(self, limit: int = RELATED_LIMIT) -> list:
        """One "Related" list: the practices nearest by meaning (the search index) taken in
        turns with those sharing the most themes, then SDGs, then regions; each record once,
        in the visitor's version.

        Scoring reads every practice, so the chosen records are kept until the catalogue or
        the search index changes; showing them is then one query (and two prefetches)."""
        if not self.pk:
            return self._score_related_practices(limit)
        name = f"related-practices|{self.pk}|{translation.get_language()}|{limit}"
        keys = cached_by_tags(name, ["practices", "search"], lambda: self._related_keys(limit))
        found = (
            one_per_record(GoodPracticePage.objects.live().filter(translation_key__in=keys))
            .select_related("hero_image")
            .prefetch_related("sdgs", "countries")
        )
        by_key = {str(practice.translation_key): practice for practice in found}
        return [by_key[key] for key in keys if key in by_key]

    def _related_keys(self, limit: int) -> list[str]:
        """Translation keys (as strings, like the search index's) of the related records."""
        by_meaning = similar_keys(self, limit)
        by_taxonomy = [str(p.translation_key) for p in self._score_related_practices(limit)]
        turns = itertools.chain.from_iterable(itertools.zip_longest(by_meaning, by_taxonomy))
        keys = dict.fromkeys(k for k in turns if k and k != str(self.translation_key))
        return list(keys)[:limit]

    def _score_related_practices(self, limit: int) -> list:
        others = one_per_record(GoodPracticePage.objects.live().public())
        if self.pk:
            others = others.exclude(translation_key=self.translation_key)
        theme_ids = [theme.pk for theme in self.themes.all()]
        sdg_ids = [sdg.pk for sdg in self.sdgs.all()]
        region_ids = [region.pk for region in self.regions]
        through = GoodPracticePage.themes.through
        sdg_through = GoodPracticePage.sdgs.through
        country_through = GoodPracticePage.countries.through

        def shared(model, field, ids):
            rows = (
                model.objects.filter(goodpracticepage=OuterRef("pk"), **{f"{field}__in": ids})
                .values("goodpracticepage")
                .annotate(n=Count(field, distinct=True))
                .values("n")
            )
            return Coalesce(Subquery(rows), Value(0))

        scored = others.annotate(
            shared_themes=shared(through, "theme", theme_ids),
            shared_sdgs=shared(sdg_through, "sdg", sdg_ids),
            shared_regions=shared(country_through, "country__regions", region_ids),
        ).filter(Q(shared_themes__gt=0) | Q(shared_sdgs__gt=0) | Q(shared_regions__gt=0))
        return list(
            scored.order_by(
                "-shared_themes", "-shared_sdgs", "-shared_regions", "title"
            ).prefetch_related("sdgs")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # the page, its cards and its meta tags read these several times: once each (an unsaved
        # preview holds them in memory already)
        if self.pk:
            prefetch_related_objects([self], "countries", "sdgs", "themes", "sdg_targets")
        context["partner_links"] = self.partner_links()
        context["related_practices"] = self.related_practices()
        return context


class PracticePartner(Orderable):
    """A partner's role in a practice: several partners per role, several roles per partner."""

    practice = ParentalKey(
        GoodPracticePage, on_delete=models.CASCADE, related_name="practice_partners"
    )
    partner = models.ForeignKey(
        "practices.PartnerPage",
        on_delete=models.CASCADE,
        related_name="practice_roles",
        verbose_name=_("partner"),
    )
    role = models.CharField(
        _("role"), max_length=20, choices=PartnerRole.choices, default=PartnerRole.PROVIDER
    )

    panels = [FieldPanel("partner"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner role")
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "partner", "role"], name="unique_partner_role_per_practice"
            )
        ]

    def __str__(self) -> str:
        return f"{self.partner} ({self.get_role_display()})"
