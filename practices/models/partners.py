"""Partner profiles: organisations that run, fund or host good practices."""

from functools import reduce
from itertools import groupby
from operator import or_

from django import forms
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.countries import country_choices, country_name
from home.i18n import one_per_record
from home.models import BasePage

from ..data.m49 import REGION_NAMES, regions_for_country
from .practices import GoodPracticePage, PartnerRole, PracticePartner
from .taxonomies import source_themes


class PartnerType(models.TextChoices):
    THINK_TANK = "think-tank", _("Think tank")
    NGO = "ngo", _("NGO")
    UN_ENTITY = "un-entity", _("UN entity")
    GOVERNMENT = "government", _("Government agency")
    ACADEMIA = "academia", _("Academia")
    PRIVATE_SECTOR = "private-sector", _("Private sector")
    NETWORK = "network", _("Network")


class PartnerPage(BasePage):
    """An organisation: think tank, NGO, UN entity, government agency..."""

    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    organisation_type = models.CharField(
        _("type"), max_length=20, choices=PartnerType.choices, default=PartnerType.NGO
    )
    country = models.CharField(_("country"), max_length=2, blank=True, choices=country_choices)
    website = models.URLField(_("website"), blank=True)
    description = RichTextField(
        _("short description"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    contact = models.CharField(_("contact"), max_length=255, blank=True)
    focus_themes = ParentalManyToManyField(
        "practices.Theme",
        blank=True,
        related_name="partners",
        limit_choices_to=source_themes,
        verbose_name=_("focus themes"),
    )
    sdgs = ParentalManyToManyField(
        "practices.SDG", blank=True, related_name="partners", verbose_name=_("SDGs")
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("acronym"),
                FieldPanel("organisation_type"),
                FieldPanel("country"),
                FieldPanel("website"),
                FieldPanel("logo"),
            ],
            heading=_("Organisation"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("focus_themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sdgs", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Focus"),
        ),
        FieldPanel("contact"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("acronym"),
        index.AutocompleteField("acronym"),
        index.SearchField("description"),
        index.FilterField("organisation_type"),
        index.FilterField("country"),
        index.RelatedFields("focus_themes", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("acronym"),
        APIField("organisation_type"),
        APIField("country"),
        APIField("region_codes"),
        APIField("website"),
        APIField("description"),
        APIField("contact"),
        APIField("focus_theme_names"),
        APIField("sdg_numbers"),
        APIField("logo"),
    ]
    parent_page_types = ["practices.PartnerIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("partner page")

    @property
    def country_name(self) -> str:
        return country_name(self.country)

    @property
    def region_codes(self) -> list[str]:
        """M49 regions of the partner's country, most specific first (derived, never typed)."""
        return list(regions_for_country(self.country)) if self.country else []

    @property
    def region_names(self) -> list[str]:
        return [gettext(REGION_NAMES[code]) for code in self.region_codes]

    @property
    def focus_theme_names(self) -> list[str]:
        return [theme.name for theme in self.focus_themes.all()]

    @property
    def sdg_numbers(self) -> list[int]:
        return [sdg.number for sdg in self.sdgs.all()]

    PRACTICES_SHOWN = 20  # the newest; the rest through the catalogue filtered by the partner

    def practice_links(self):
        """Links from live public practices to any version of this partner, each practice in
        the version the visitor reads (practices link to one version of a partner). Built once
        a request: public() reads the view restrictions."""
        if getattr(self, "_practice_links", None) is None:
            practices = one_per_record(GoodPracticePage.objects.live().public())
            self._practice_links = PracticePartner.objects.filter(
                partner__translation_key=self.translation_key, practice__in=practices
            )
        return self._practice_links

    def practice_count(self) -> int:
        """How many practices link this partner (known after practices_by_role, else counted)."""
        if not self.pk:
            return 0
        if getattr(self, "_practice_count", None) is None:
            self._practice_count = self.practice_links().values("practice_id").distinct().count()
        return self._practice_count

    def practices_by_role(self, limit: int | None = None) -> list[tuple[str, list]]:
        """[(role label, [practice pages])] for the live practices this partner takes part in;
        with `limit`, only the `limit` most recently published (the page stays small). One
        query either way; it also counts them all (practice_count)."""
        if not self.pk:  # an unsaved page (admin preview) has no practices yet
            return []
        links = self.practice_links()
        total = (
            links.order_by()
            .values("partner__translation_key")
            .annotate(n=Count("practice_id", distinct=True))
            .values("n")
        )
        if limit is not None:
            newest = (
                GoodPracticePage.objects.filter(pk__in=links.values("practice_id"))
                .order_by("-first_published_at", "title")
                .values("pk")[:limit]
            )
            links = links.filter(practice__in=newest)
        links = list(links.select_related("practice").annotate(total=Subquery(total)))
        self._practice_count = links[0].total if links else 0
        order = {value: position for position, value in enumerate(PartnerRole.values)}
        links = sorted(links, key=lambda link: (order.get(link.role, 99), link.practice.title))
        return [
            (PartnerRole(role).label, [link.practice for link in group])
            for role, group in groupby(links, key=lambda link: link.role)
        ]

    # DiscussionPage.organisers and DiscussionPage.facilitators (discussions/models/pages.py) link
    # partner pages; these are the reverse accessors their related_name declares, read from this
    # side so that practices imports nothing from discussions.
    DISCUSSION_RELATIONS = ("organised_discussions", "facilitated_discussions")

    def discussions(self) -> dict[str, list]:
        """{relation: live discussions that link any version of this partner through it} for
        each of DISCUSSION_RELATIONS, each record once in the version the visitor reads (its
        language, else the first in status order), in one query; in the discussion index's
        order (open, upcoming, closed; the latest opening first), whatever their language."""
        found: dict[str, dict] = {relation: {} for relation in self.DISCUSSION_RELATIONS}
        if not self.pk:
            return {relation: [] for relation in found}
        links = {relation: self._links_through(relation) for relation in found}
        model = self._meta.get_field(self.DISCUSSION_RELATIONS[0]).related_model
        linked = (
            model.objects.live()
            .filter(alias_of__isnull=True)
            .annotate(**links)
            .filter(reduce(or_, (Q(**{relation: True}) for relation in links)))
            .select_related("locale")
            .in_status_order()
        )
        language = translation.get_language()
        for page in linked:
            for relation, chosen in found.items():
                key = page.translation_key
                if getattr(page, relation) and (
                    key not in chosen or page.locale.language_code == language
                ):
                    chosen[key] = page
        return {relation: list(chosen.values()) for relation, chosen in found.items()}

    def _links_through(self, relation: str) -> Exists:
        """Whether a discussion links a version of this partner through `relation`."""
        field = self._meta.get_field(relation).field  # DiscussionPage.organisers, …
        return Exists(
            field.remote_field.through.objects.filter(
                **{
                    field.m2m_field_name(): OuterRef("pk"),
                    f"{field.m2m_reverse_field_name()}__translation_key": self.translation_key,
                }
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["practices_by_role"] = self.practices_by_role(limit=self.PRACTICES_SHOWN)
        context["practice_count"] = self.practice_count()
        context.update(self.discussions())  # organised_discussions, facilitated_discussions
        return context
