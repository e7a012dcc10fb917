"""The catalogue's two index pages: the practice catalogue and the partner directory.

They render through browsing.py (filters, counts, sort, pagination), which reads the practice
and partner models; they live apart from those models so that imports go one way:
indexes.py -> browsing.py -> practices.py, partners.py, taxonomies.py.
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from home.i18n import children_of_every_version, one_per_record
from home.models import IndexPage

from ..browsing import browse, partner_directory
from ..catalogue import catalogue_practices
from .partners import PartnerPage
from .practices import GoodPracticePage


class PracticeIndexPage(IndexPage):
    """The catalogue: practices with filters as links, counts, sort and pagination."""

    subpage_types = ["practices.GoodPracticePage"]

    class Meta:
        verbose_name = _("practice index page")

    def practices(self):
        if not self.pk:  # an unsaved page (admin preview) has no children
            return GoodPracticePage.objects.none()
        return catalogue_practices(GoodPracticePage, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(browse(self.practices(), request.GET))
        return context


class PartnerIndexPage(IndexPage):
    """Lists partner profiles."""

    subpage_types = ["practices.PartnerPage"]

    class Meta:
        verbose_name = _("partner index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = (
            one_per_record(children_of_every_version(PartnerPage, self).public())
            if self.pk
            else None
        )
        context.update(partner_directory(partners, request.GET))
        return context


def index_page_for(navigation, key: str, model):
    """The index page of `model` the site's navigation names under `key`, else the first live
    one in the visitor's language, else any (None if there is none)."""
    page = navigation[key] if navigation else None
    if page is None:
        pages = model.objects.live().order_by("path")
        page = (
            pages.filter(locale__language_code=translation.get_language()).first() or pages.first()
        )
    return page
