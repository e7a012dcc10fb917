"""Read-only public API (Wagtail API v2): practices and partners with catalogue filters."""

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from home.params import parameter_problem

from .browsing import FILTERS_BY_PARAM
from .data.m49 import COUNTRY_REGIONS, REGIONS
from .models import SDG, GoodPracticePage, PartnerPage, PartnerType, Theme

PRACTICE_FILTERS = ["sdg", "country", "region", "theme", "modality", "language"]
PARTNER_FILTERS = ["organisation_type", "country", "region", "sdg", "theme"]


class PracticeFilter(BaseFilterBackend):
    """?sdg=3&country=KE&region=002&theme=food-security&modality=triangular&language=fr"""

    def filter_queryset(self, request, queryset, view):
        for param in PRACTICE_FILTERS:
            raw = request.GET.get(param)
            if raw is None:
                continue
            definition = FILTERS_BY_PARAM[param]
            usable = raw.strip() and len(raw) <= 100 and "\x00" not in raw
            value = definition.parse(raw.strip()) if usable else None
            if value is None:
                raise BadRequestError(
                    _("unknown %(param)s: %(value)s") % {"param": param, "value": raw}
                )
            queryset = definition.apply(queryset, value)
        return queryset


class PartnerFilter(BaseFilterBackend):
    """?organisation_type=ngo&country=KE&region=002&sdg=17&theme=food-security"""

    def filter_queryset(self, request, queryset, view):
        checks = {
            "organisation_type": lambda v: v in PartnerType.values and {"organisation_type": v},
            "country": lambda v: len(v) == 2 and v.isalpha() and {"country": v.upper()},
            "region": lambda v: v in {r["code"] for r in REGIONS} and {"region": v},
            "sdg": lambda v: (
                v.isdigit()
                and SDG.objects.filter(number=int(v)).exists()
                and {"sdgs__number": int(v)}
            ),
            "theme": lambda v: Theme.objects.filter(slug=v).exists() and {"focus_themes__slug": v},
        }
        for param, check in checks.items():
            raw = request.GET.get(param)
            if raw is None:
                continue
            lookup = "\x00" not in raw and len(raw) <= 100 and check(raw.strip())
            if not lookup:
                raise BadRequestError(
                    _("unknown %(param)s: %(value)s") % {"param": param, "value": raw}
                )
            if "region" in lookup:
                codes = [c for c, chain in COUNTRY_REGIONS.items() if lookup["region"] in chain]
                queryset = queryset.filter(country__in=codes)
            else:
                matching = PartnerPage.objects.filter(**lookup).values("pk")
                queryset = queryset.filter(pk__in=matching)
        return queryset


class ValidatedParameters:
    """Every parameter is checked before a query is built: bad input is a 400 with a message."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        problem = parameter_problem(request.GET)
        if problem:
            raise BadRequestError(problem)
        locale = request.GET.get("locale")
        if locale is not None and locale not in dict(settings.LANGUAGES):
            raise BadRequestError(_("unknown locale: %(value)s") % {"value": locale[:20]})


class ValidatedPagesAPIViewSet(ValidatedParameters, PagesAPIViewSet):
    pass


class ValidatedImagesAPIViewSet(ValidatedParameters, ImagesAPIViewSet):
    pass


class OtherFieldsFilter(FieldsFilter):
    """Wagtail's exact-match field filters, except for the parameters the catalogue handles."""

    def filter_queryset(self, request, queryset, view):
        class WithoutCatalogueParameters:
            GET = request.GET.copy()

        for param in view.catalogue_parameters:
            WithoutCatalogueParameters.GET.pop(param, None)
        return super().filter_queryset(WithoutCatalogueParameters, queryset, view)


def _backends(catalogue_filter) -> list:
    others = [
        OtherFieldsFilter if b is FieldsFilter else b for b in PagesAPIViewSet.filter_backends
    ]
    return [catalogue_filter, *others]


class _TypedPagesAPIViewSet(ValidatedPagesAPIViewSet):
    """A pages endpoint fixed to one page type (the `type` parameter is not needed)."""

    catalogue_parameters: list[str] = []
    prefetch: list[str] = []

    def get_queryset(self):
        pages = self.model.objects.filter(
            pk__in=self.get_base_queryset().values_list("pk", flat=True)
        )
        return pages.select_related("locale").prefetch_related(*self.prefetch)


class PracticesAPIViewSet(_TypedPagesAPIViewSet):
    name = "practices"
    model = GoodPracticePage
    catalogue_parameters = PRACTICE_FILTERS
    prefetch = ["countries", "sdgs", "themes"]
    filter_backends = _backends(PracticeFilter)
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(PRACTICE_FILTERS)
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "source_id",
        "summary",
        "countries",
        "sdgs",
        "themes",
        "modality",
        "language",
    ]


class PartnersAPIViewSet(_TypedPagesAPIViewSet):
    name = "partners"
    model = PartnerPage
    catalogue_parameters = PARTNER_FILTERS
    filter_backends = _backends(PartnerFilter)
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(PARTNER_FILTERS)
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "acronym",
        "organisation_type",
        "country",
    ]
