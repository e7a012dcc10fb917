"""Filters, facet counts, sort and pagination of the practice index (and the API's filters).

Every filter accepts a value only if it names an existing value; anything else is ignored.
Each facet's counts come from one GROUP BY query over the practices matching the *other*
active filters, so the number of queries does not grow with the catalogue.
"""

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field

import pycountry
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.countries import country_name, language_name
from home.page_cache import cached_by_tags
from home.templatetags.minga_images import with_renditions

from .data.m49 import COUNTRY_REGIONS, REGIONS
from .data.sdgs import SDGS

# The model modules themselves, not the practices.models package: the package also holds the
# index pages, which render through this module.
from .models.partners import PartnerPage, PartnerType
from .models.practices import GoodPracticePage, Modality
from .models.taxonomies import Theme, theme_names

PAGE_SIZE = 24
REGION_BY_CODE = {region["code"]: region for region in REGIONS}
SDG_BY_NUMBER = {sdg["number"]: sdg for sdg in SDGS}


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    active: bool = False
    level: int = 0


@dataclass
class Facet:
    param: str
    label: str
    options: list[FacetOption] = field(default_factory=list)
    active_value: str | None = None

    @property
    def active_label(self) -> str:
        return next((o.label for o in self.options if o.active), self.active_value or "")


class Filter:
    """One filterable dimension: parse a query value, filter practices, count per value."""

    param = ""
    label = ""
    path = ""  # the lookup counted per value

    def parse(self, raw: str):
        """The clean value, or None when `raw` names nothing that exists."""
        raise NotImplementedError

    def apply(self, practices: QuerySet, value) -> QuerySet:
        matching = GoodPracticePage.objects.filter(**{self.path: value}).values("pk")
        return practices.filter(pk__in=matching)

    def counts(self, practices: QuerySet) -> dict:
        rows = (
            GoodPracticePage.objects.filter(pk__in=practices.values("pk"))
            .exclude(**{f"{self.path}__isnull": True})
            .values(self.path)
            .annotate(n=Count("pk", distinct=True))
            .order_by()
        )
        return {row[self.path]: row["n"] for row in rows}

    def options(self, counts: dict) -> list[tuple[str, str, int]]:
        """(value, label, count) for every value with practices, sorted by label."""
        items = [(str(value), self.label_for(value), n) for value, n in counts.items() if value]
        return sorted(items, key=lambda item: item[1].lower())

    def label_for(self, value) -> str:
        return str(value)

    def level(self, value) -> int:
        """Indentation of a value in a hierarchy (regions); 0 for flat lists."""
        return 0


class RegionFilter(Filter):
    param, label, path = "region", _("Region"), "countries__regions__code"

    def parse(self, raw):
        return raw if raw in REGION_BY_CODE else None

    def label_for(self, value):
        return gettext(REGION_BY_CODE[value]["name"]) if value in REGION_BY_CODE else value

    def options(self, counts):
        # Broad to narrow: each region followed by its sub-regions (see FacetOption.level).
        def path(code):
            names = []
            while code:
                names.insert(0, gettext(REGION_BY_CODE[code]["name"]))
                code = REGION_BY_CODE[code]["parent"]
            return names

        items = super().options(counts)
        return sorted(items, key=lambda item: path(item[0]))

    def level(self, value) -> int:
        return {"region": 0, "subregion": 1, "intermediate": 2}.get(
            REGION_BY_CODE.get(value, {}).get("kind"), 0
        )


class CountryFilter(Filter):
    param, label, path = "country", _("Country"), "countries__code"

    def parse(self, raw):
        raw = raw.upper()
        return raw if raw in COUNTRY_REGIONS or _is_country(raw) else None

    def label_for(self, value):
        return country_name(value)


class SDGFilter(Filter):
    param, label, path = "sdg", _("Sustainable Development Goal"), "sdgs__number"

    def parse(self, raw):
        return int(raw) if raw.isdigit() and int(raw) in SDG_BY_NUMBER else None

    def label_for(self, value):
        return gettext("%(number)s. %(name)s") % {
            "number": value,
            "name": gettext(SDG_BY_NUMBER[int(value)]["short_name"]),
        }

    def options(self, counts):
        items = [(str(v), self.label_for(v), n) for v, n in counts.items() if v]
        return sorted(items, key=lambda item: int(item[0]))


class ThemeFilter(Filter):
    param, label, path = "theme", _("Theme"), "themes__slug"

    def parse(self, raw):
        return raw if Theme.objects.filter(slug=raw).exists() else None

    def counts(self, practices):
        # By slug: a theme's translations share it, so a theme counts once in every language.
        rows = (
            Theme.objects.filter(practices__in=practices.values("pk"))
            .values("slug")
            .annotate(n=Count("practices", distinct=True))
            .order_by()
        )
        return {row["slug"]: row["n"] for row in rows}

    def options(self, counts):
        names = theme_names()  # the filters are shared by concurrent requests: no state here
        items = [(slug, names.get(slug, slug), n) for slug, n in counts.items()]
        return sorted(items, key=lambda item: item[1].lower())

    def label_for(self, value):
        return theme_names().get(value, value)


class ModalityFilter(Filter):
    param, label, path = "modality", _("Modality"), "modality"

    def parse(self, raw):
        return raw if raw in Modality.values else None

    def label_for(self, value):
        return str(Modality(value).label) if value in Modality.values else value


class PartnerFilter(Filter):
    param, label, path = "partner", _("Partner"), "practice_partners__partner_id"

    def parse(self, raw):
        if not raw.isdigit() or int(raw) > 2**62:
            return None
        return int(raw) if PartnerPage.objects.filter(pk=int(raw)).exists() else None

    def apply(self, practices, value):
        # Any language version of the partner: a translated practice names the translated
        # partner, and a partner page links here with its own version's id.
        versions = PartnerPage.objects.filter(pk=value).values("translation_key")
        matching = GoodPracticePage.objects.filter(
            practice_partners__partner__translation_key__in=versions
        ).values("pk")
        return practices.filter(pk__in=matching)

    def counts(self, practices):
        rows = (
            PartnerPage.objects.filter(practice_roles__practice__in=practices.values("pk"))
            .values("pk", "title")
            .annotate(n=Count("practice_roles__practice", distinct=True))
            .order_by()
        )
        return {(row["pk"], row["title"]): row["n"] for row in rows}

    def options(self, counts):
        items = [(str(pk), title, n) for (pk, title), n in counts.items()]
        return sorted(items, key=lambda item: item[1].lower())

    def label_for(self, value):
        titles = PartnerPage.objects.filter(pk=int(value)).values_list("title", flat=True)
        return titles.first() or str(value)


class LanguageFilter(Filter):
    param, label, path = "language", _("Language of the record"), "language"

    def parse(self, raw):
        raw = raw.lower()
        return raw if len(raw) == 2 and pycountry.languages.get(alpha_2=raw) else None

    def label_for(self, value):
        return language_name(value)


class PeriodFilter(Filter):
    """Decades in which a practice was active, and "ongoing" (no end year)."""

    param, label = "period", _("Period")

    def buckets(self) -> list[str]:
        this_decade = timezone.now().year // 10 * 10
        return ["ongoing"] + [f"{year}s" for year in range(this_decade, 1980, -10)]

    def parse(self, raw):
        return raw if raw in self.buckets() else None

    def condition(self, value) -> Q:
        if value == "ongoing":
            return Q(start_year__isnull=False, end_year__isnull=True)
        start = int(value[:4])
        return Q(start_year__lte=start + 9) & (
            Q(end_year__isnull=True, start_year__isnull=False) | Q(end_year__gte=start)
        )

    def apply(self, practices, value):
        return practices.filter(self.condition(value))

    def counts(self, practices):
        totals = practices.order_by().aggregate(
            **{bucket: Count("pk", filter=self.condition(bucket)) for bucket in self.buckets()}
        )
        return {bucket: n for bucket, n in totals.items() if n}

    def options(self, counts):
        return [(b, self.label_for(b), counts[b]) for b in self.buckets() if b in counts]

    def label_for(self, value):
        if value == "ongoing":
            return gettext("Ongoing")
        start = int(value[:4])
        return f"{start}–{start + 9}"  # a span of years reads the same in every language


def _is_country(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None


FILTERS: list[Filter] = [
    RegionFilter(),
    CountryFilter(),
    SDGFilter(),
    ThemeFilter(),
    ModalityFilter(),
    PartnerFilter(),
    LanguageFilter(),
    PeriodFilter(),
]
FILTERS_BY_PARAM = {f.param: f for f in FILTERS}

SORTS = {
    "newest": (_("Newest first"), ["-first_published_at", "title"]),
    "title": (_("Title (A–Z)"), ["title"]),
    "start": (_("Most recent start year"), ["-start_year", "title"]),
}
DEFAULT_SORT = "newest"


def active_filters(params: Mapping) -> dict:
    """{param: clean value} for every known filter whose value names something that exists."""
    active = {}
    for param, definition in FILTERS_BY_PARAM.items():
        raw = (params.get(param) or "").strip()
        if raw and len(raw) <= 100 and "\x00" not in raw:  # PostgreSQL refuses NUL bytes
            value = definition.parse(raw)
            if value is not None:
                active[param] = value
    return active


def apply_filters(practices: QuerySet, active: dict, skip: str | None = None) -> QuerySet:
    for param, value in active.items():
        if param != skip:
            practices = FILTERS_BY_PARAM[param].apply(practices, value)
    return practices


def facets(practices: QuerySet, active: dict) -> list[Facet]:
    result = []
    for definition in FILTERS:
        others = apply_filters(practices, active, skip=definition.param)
        counts = definition.counts(others)
        current = str(active[definition.param]) if definition.param in active else None
        options = [
            FacetOption(value, label, n, value == current, definition.level(value))
            for value, label, n in definition.options(counts)
        ]
        if current is not None and not any(option.active for option in options):
            options.insert(0, FacetOption(current, definition.label_for(current), 0, True, 0))
        result.append(Facet(definition.param, definition.label, options, current))
    return result


def cached_facets(practices: QuerySet, active: dict) -> list[Facet]:
    """Counts per filter value, kept until the catalogue changes (a dozen GROUP BYs otherwise)."""
    try:
        sql = str(practices.query)
    except EmptyResultSet:  # nothing to count (an unsaved index page's preview)
        return facets(practices, active)
    scope = f"{translation.get_language()}|{sql}|{sorted(active.items())}"
    name = "practice-facets|" + hashlib.sha256(scope.encode()).hexdigest()
    return cached_by_tags(name, ["practices"], lambda: facets(practices, active))


def for_cards(practices: QuerySet) -> QuerySet:
    return practices.select_related("locale").prefetch_related(
        "countries", "sdgs", "themes", Prefetch("hero_image", queryset=with_renditions("card"))
    )


def browse(practices: QuerySet, params: Mapping) -> dict:
    """Template context of the practice index for the given query parameters."""
    active = active_filters(params)
    sort = params.get("sort") if params.get("sort") in SORTS else DEFAULT_SORT
    matching = apply_filters(practices, active).order_by(*SORTS[sort][1])
    page = Paginator(for_cards(matching), PAGE_SIZE).get_page(params.get("page"))
    return {
        "practices": page,
        "facets": cached_facets(practices, active),
        "active_filters": active,
        "sort": sort,
        "sorts": [(key, label) for key, (label, _order) in SORTS.items()],
        "result_count": page.paginator.count,
    }


def partner_directory(partners: QuerySet | None, params: Mapping) -> dict:
    """Template context of the partner index: filters by type and region with counts."""
    if partners is None:  # an unsaved index (admin preview)
        partners = PartnerPage.objects.none()
    kind = params.get("type") if params.get("type") in PartnerType.values else None
    region = params.get("region") if params.get("region") in REGION_BY_CODE else None
    in_region = [code for code, chain in COUNTRY_REGIONS.items() if region in chain]
    by_type = partners.filter(organisation_type=kind) if kind else partners
    by_region = partners.filter(country__in=in_region) if region else partners

    type_counts = dict(
        by_region.order_by().values_list("organisation_type").annotate(n=Count("pk"))
    )
    region_counts: dict[str, int] = {}
    for country, n in by_type.order_by().values_list("country").annotate(n=Count("pk")):
        for code in COUNTRY_REGIONS.get(country or "", ())[-2:]:  # region and sub-region
            region_counts[code] = region_counts.get(code, 0) + n
    region_filter = RegionFilter()
    facets = [
        Facet(
            "type",
            _("Type of organisation"),
            [
                FacetOption(value, str(label), type_counts[value], value == kind)
                for value, label in PartnerType.choices
                if type_counts.get(value)
            ],
            kind,
        ),
        Facet(
            "region",
            _("Region"),
            [
                FacetOption(code, label, n, code == region, region_filter.level(code))
                for code, label, n in region_filter.options(region_counts)
            ],
            region,
        ),
    ]
    listed = (by_type.filter(country__in=in_region) if region else by_type).annotate(
        practice_count=Count(
            "practice_roles__practice",
            filter=Q(practice_roles__practice__live=True),
            distinct=True,
        )
    )
    listed = listed.prefetch_related(Prefetch("logo", queryset=with_renditions("logo-small")))
    page = Paginator(listed.order_by("title"), 48).get_page(params.get("page"))
    return {"partners": page, "facets": facets, "result_count": page.paginator.count}
