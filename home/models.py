"""Home page, standard content pages and site-wide navigation settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import ContentBlock
from .i18n import TranslatedPageMixin
from .outbox import OutboxMessage, TaskReceipt  # noqa: F401 (models of this app)


class BasePage(TranslatedPageMixin, Page):
    """Every Minga page type derives from this: the visitor's language in URLs and routing
    (home/i18n.py TranslatedPageMixin), applied once."""

    class Meta:
        abstract = True


class RoutableBasePage(BasePage, RoutablePageMixin, Page):
    """A page with sub-URLs (`@path` routes). Listing `RoutablePageMixin` between `BasePage` and
    `Page` puts it after the visitor-language routing and before Page's: the mixin's index
    route would otherwise serve this version at every language's URL."""

    class Meta:
        abstract = True


class IndexPage(BasePage):
    """A section's index under the home page (discussions, practices, partners): an
    introduction, then the listing its `get_context` adds. One per parent."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class HomePage(BasePage):
    """The site's front page: an introduction and the doors to the three sections."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = StreamField(ContentBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """A plain content page (about, terms, privacy...)."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    """The pages the header links to; each link follows the visitor's language."""

    discussions_page = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("discussions page"),
    )
    practices_page = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("practices page"),
    )
    partners_page = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("partners page"),
    )
    footer_text = RichTextField(_("footer text"), blank=True, features=["bold", "italic", "link"])
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("discussions_page"),
                FieldPanel("practices_page"),
                FieldPanel("partners_page"),
            ],
            heading=_("Header links"),
        ),
        FieldPanel("footer_text"),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("navigation")
