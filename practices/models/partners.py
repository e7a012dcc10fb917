"""Partner profiles (the catalogue's good practices arrive with the catalogue issue)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.countries import country_choices, country_name


class PartnerType(models.TextChoices):
    THINK_TANK = "think-tank", _("Think tank")
    NGO = "ngo", _("NGO")
    UN_ENTITY = "un-entity", _("UN entity")
    GOVERNMENT = "government", _("Government agency")
    ACADEMIA = "academia", _("Academia")
    PRIVATE_SECTOR = "private-sector", _("Private sector")
    NETWORK = "network", _("Network")


class PartnerIndexPage(Page):
    """Lists partner profiles."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.PartnerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = PartnerPage.objects.live().child_of(self).order_by("title")
        return context


class PartnerPage(Page):
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
        FieldPanel("contact"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("acronym"),
        index.SearchField("description"),
        index.FilterField("organisation_type"),
        index.FilterField("country"),
    ]
    parent_page_types = ["practices.PartnerIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("partner page")

    @property
    def country_name(self) -> str:
        return country_name(self.country)
