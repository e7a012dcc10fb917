"""World maps of countries: a practice's, a partner's, and every practice's (the home page).

Each highlighted country links to the catalogue filtered by that country; the map comes with a
text list of the same links (`templates/practices/includes/country_map.html`).
"""

from django import template
from django.db.models import Count
from django.utils import translation
from django.utils.translation import gettext, ngettext

from home.countries import country_name
from home.i18n import one_per_record
from home.page_cache import cached_by_tags
from home.urls import query_string

from ..maps import MapCountry, country_map, level_for
from ..models import GoodPracticePage, PracticeIndexPage
from ..models.indexes import index_page_for

register = template.Library()


def _catalogue_url(context) -> str | None:
    """The practice catalogue the header links to, else the first one in the visitor's
    language, else any."""
    request = context.get("request")
    known = getattr(request, "_practice_catalogue_url", None)  # a page may ask twice
    if known is not None:
        return known or None
    catalogue = index_page_for(context.get("navigation"), "practices", PracticeIndexPage)
    url = catalogue.get_url(request) if catalogue is not None else None
    if request is not None:
        request._practice_catalogue_url = url or ""
    return url


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """The practice catalogue's address ("" if there is none), for "?country=" links."""
    return _catalogue_url(context) or ""


def _sorted(countries: list[MapCountry]) -> list[MapCountry]:
    return sorted(countries, key=lambda country: country.name.casefold())


# The text list beside a map names at most this many countries (those with the most
# practices), then links to the catalogue: a page's size must not grow with the data.
MAP_LIST_SHOWN = 20


def _map(
    countries: list[MapCountry],
    label: str,
    caption: str,
    with_list=True,
    heading="",
    zoom=True,
    counts: dict[str, int] | None = None,
    more_url: str = "",
) -> dict:
    """With `counts` (code -> practices) and more countries than MAP_LIST_SHOWN, the list
    names those with the most practices and `more_url` leads to all of them."""
    countries = _sorted(countries)
    listed, more = countries, ""
    if counts is not None and len(countries) > MAP_LIST_SHOWN:
        by_count = sorted(countries, key=lambda country: -counts.get(country.code, 0))
        listed = by_count[:MAP_LIST_SHOWN]
        more = ngettext(
            "See all %(count)s countries in the catalogue",
            "See all %(count)s countries in the catalogue",
            len(countries),
        ) % {"count": len(countries)}
    return {
        "heading": heading,
        "map": country_map(countries, label, zoom=zoom) if countries else "",
        "countries": countries,
        "listed": listed,
        "more_label": more,
        "more_url": more_url,
        "caption": caption,
        "with_list": with_list,
    }


def _link(base: str, code: str, **kwargs) -> MapCountry:
    url = f"{base}{query_string(country=code)}"
    return MapCountry(code=code, name=country_name(code), url=url, **kwargs)


@register.inclusion_tag("practices/includes/country_map.html", takes_context=True)
def practice_map(context, page):
    """The practice's countries."""
    base = _catalogue_url(context)
    codes = [country.code for country in page.countries.all()] if base is not None else []
    return _map(
        [_link(base, code) for code in codes],
        gettext("World map of the practice's countries"),
        gettext("Each highlighted country leads to the practices in that country."),
        with_list=False,  # the page lists them under "Countries"
    )


@register.inclusion_tag("practices/includes/country_map.html", takes_context=True)
def partner_map(context, partner):
    """The partner's own country and the countries of its practices (any number of them)."""
    base = _catalogue_url(context)
    if base is None or not partner.pk:
        return _map([], "", "")
    linked = partner.practice_links().values("practice_id")
    through = GoodPracticePage.countries.through
    counts = dict(
        through.objects.filter(goodpracticepage__in=linked)
        .values("country_id")
        .annotate(n=Count("goodpracticepage", distinct=True))
        .values_list("country_id", "n")
    )
    codes = set(counts)
    if partner.country:
        codes.add(partner.country)
    return _map(
        [_link(base, code) for code in codes],
        gettext("World map of the partner's countries"),
        gettext("The partner's country and the countries of its practices."),
        heading=gettext("Where they work"),
        counts=counts,
        more_url=f"{base}{query_string(partner=partner.pk)}",
    )


def practice_counts(language: str) -> dict[str, int]:
    """Country code -> number of published practices (each record once)."""
    practices = one_per_record(GoodPracticePage.objects.live().public(), language)
    through = GoodPracticePage.countries.through
    rows = (
        through.objects.filter(goodpracticepage__in=practices.values("pk"))
        .values("country_id")
        .annotate(n=Count("goodpracticepage", distinct=True))
        .values_list("country_id", "n")
    )
    return dict(rows)


@register.inclusion_tag("practices/includes/country_map.html", takes_context=True)
def practices_world_map(context):
    """Every country with a published practice, darker for more; kept until the catalogue
    changes (the `practices` tag, which also purges the cached home page)."""
    base = _catalogue_url(context)
    if base is None:
        return _map([], "", "")
    language = translation.get_language()
    counts = cached_by_tags(
        f"practice-map|{language}", ["practices"], lambda: practice_counts(language)
    )
    countries = []
    for code, count in counts.items():
        name = country_name(code)
        label = ngettext(
            "%(country)s: %(count)s practice", "%(country)s: %(count)s practices", count
        ) % {"country": name, "count": count}
        countries.append(_link(base, code, label=label, level=level_for(count)))
    return _map(
        countries,
        gettext("World map of the countries with good practices"),
        gettext("The darker a country, the more practices it has. Each leads to its practices."),
        heading=gettext("Where the practices are"),
        zoom=False,
        counts=counts,
        more_url=base,
    )
