"""The search page and its JSON API (same parameters, same engine)."""

from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from home.params import parameter_problem
from home.ratelimit import rate_limited
from home.urls import query_string

from . import engines
from .query import FACETS, MAX_QUERY_LENGTH, BadParameter, parse_params
from .snapshot import get_snapshot

FACET_TITLES = {
    "type": gettext_lazy("Type"),
    "region": gettext_lazy("Region"),
    "country": gettext_lazy("Country"),
    "sdg": gettext_lazy("SDG"),
    "theme": gettext_lazy("Theme"),
    "modality": gettext_lazy("Modality"),
    "language": gettext_lazy("Language"),
    "period": gettext_lazy("Period"),
    "partner": gettext_lazy("Partner"),
}
VISIBLE_FACET_VALUES = 12


def _indexed_values(facet: str) -> set[str]:
    return get_snapshot().values(facet)


def _toggle_url(data: QueryDict, facet: str, value: str) -> str:
    values = data.getlist(facet)
    toggled = [v for v in values if v != value] if value in values else [*values, value]
    return query_string(data, page=None, **{facet: toggled})


@require_safe
@rate_limited("search", methods=("GET",))
def search(request: HttpRequest) -> HttpResponse:
    params = parse_params(request.GET, _indexed_values, strict=False)
    has_query = bool(params.text or params.filters)
    response = engines.search(params)
    facets = [
        {
            "name": name,
            "title": FACET_TITLES[name],
            "values": [
                {"item": value, "url": _toggle_url(request.GET, name, value.value)}
                for value in values[:VISIBLE_FACET_VALUES]
            ],
            "more": max(0, len(values) - VISIBLE_FACET_VALUES),
        }
        for name, values in response.facets.items()
        if values
    ]
    context = {
        "query": params.text,
        "params": params,
        "has_query": has_query,
        "response": response,
        "facets": facets,
        "max_query_length": MAX_QUERY_LENGTH,
        "active_filters": [
            {
                "facet": FACET_TITLES[f],
                "label": v.label,
                "url": _toggle_url(request.GET, f, v.value),
            }
            for f, values in response.facets.items()
            for v in values
            if v.selected
        ],
        "blocking_filters": [
            {
                "label": label,
                "facet": FACET_TITLES[f],
                "count": count,
                "url": _toggle_url(request.GET, f, value),
            }
            for f, value, label, count in response.blocking_filters
        ],
        "sort_links": [
            {
                "label": _("Relevance"),
                "value": "relevance",
                "url": query_string(request.GET, sort=None, page=None),
            },
            {
                "label": _("Newest"),
                "value": "newest",
                "url": query_string(request.GET, sort="newest", page=None),
            },
        ],
        "previous_url": query_string(request.GET, page=params.page - 1) if params.page > 1 else "",
        "next_url": query_string(request.GET, page=params.page + 1)
        if params.page < response.pages
        else "",
    }
    return render(request, "search/search.html", context)


def _bad_request(error: BadParameter) -> JsonResponse:
    return JsonResponse({"error": str(error)}, status=400)


@require_safe
@rate_limited("search", methods=("GET",))
def api_search(request: HttpRequest) -> JsonResponse:
    problem = parameter_problem(request.GET)
    if problem:
        return _bad_request(BadParameter(problem))
    unknown = sorted(set(request.GET) - {"q", "page", "sort", *FACETS})
    if unknown:
        return _bad_request(BadParameter(_("Unknown parameter: %s.") % unknown[0][:40]))
    try:
        params = parse_params(request.GET, _indexed_values, strict=True)
    except BadParameter as error:
        return _bad_request(error)
    return JsonResponse(engines.search(params).as_dict())


@require_safe
@rate_limited("suggest", methods=("GET",))
def api_suggest(request: HttpRequest) -> JsonResponse:
    problem = parameter_problem(request.GET)
    if problem:
        return _bad_request(BadParameter(problem))
    text = " ".join(request.GET.get("q", "").split())
    if len(text) > MAX_QUERY_LENGTH:
        return _bad_request(BadParameter(_("The query is too long.")))
    return JsonResponse({"query": text, "suggestions": engines.suggest(text) if text else []})
