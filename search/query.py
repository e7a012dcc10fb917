"""Search parameters (parsed and validated once for the page and the API) and result shapes."""

import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from home.countries import country_name, language_name
from practices.data.m49 import REGION_NAMES
from practices.data.sdgs import SDGS

from .models import EntryType, SearchEntry
from .snapshot import FACETS, normalise
from .thesaurus import FUNCTION_WORDS

MAX_QUERY_LENGTH = 500
SNIPPET_SOURCE_CHARS = 4000
# A query term this short marks whole words only.
SHORT_TERM = 3
PAGE_SIZE = 20
MAX_PAGE = 500
SORTS = ("relevance", "newest")
MODALITIES = {
    "south-south": gettext_lazy("Bilateral South-South"),
    "regional-south-south": gettext_lazy("Regional South-South"),
    "triangular": gettext_lazy("Triangular"),
    "north-south": gettext_lazy("North-South"),
    "multilateral": gettext_lazy("Multilateral"),
}
SDG_NAMES = {str(goal["number"]): goal["short_name"] for goal in SDGS}
# Facets whose values come from a fixed vocabulary; the others accept what the index holds.
FIXED_VOCABULARIES = {
    "type": set(EntryType.values),
    "sdg": set(SDG_NAMES),
    "region": set(REGION_NAMES),
    "modality": set(MODALITIES),
}


class BadParameter(ValueError):
    """A search parameter the API rejects with a 400 and this message."""


@dataclass
class SearchParams:
    text: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    page_size: int = PAGE_SIZE

    def without(self, facet: str, value: str | None = None) -> dict[str, list[str]]:
        """The filters with one value (or the whole facet) removed."""
        return {
            name: [v for v in values if value is not None and v != value]
            for name, values in self.filters.items()
            if name != facet or value is not None
        }


def _known(facet: str, value: str, indexed_values: set[str]) -> bool:
    if facet in FIXED_VOCABULARIES:
        return value in FIXED_VOCABULARIES[facet] or value in indexed_values
    if facet == "country":
        return pycountry.countries.get(alpha_2=value) is not None
    if facet == "language":
        return len(value) == 2 and pycountry.languages.get(alpha_2=value) is not None
    if facet == "period":
        return value.isdigit() and 1900 <= int(value) <= 2100
    return value in indexed_values


def parse_params(data, indexed_values=lambda facet: set(), strict: bool = False) -> SearchParams:
    """SearchParams from a QueryDict; strict (the API) raises BadParameter, else drops bad input."""
    text = " ".join(data.get("q", "").split())
    if len(text) > MAX_QUERY_LENGTH:
        if strict:
            raise BadParameter(
                _("The query is too long (at most %d characters).") % MAX_QUERY_LENGTH
            )
        text = text[:MAX_QUERY_LENGTH]
    filters: dict[str, list[str]] = {}
    for facet in FACETS:
        values = [v.strip() for v in data.getlist(facet) if v.strip()]
        if facet == "country":
            values = [v.upper() for v in values]
        known = [v for v in dict.fromkeys(values) if _known(facet, v, indexed_values(facet))]
        if strict and len(known) != len(set(values)):
            unknown = next(v for v in values if v not in known)
            raise BadParameter(
                _("Unknown value “%(value)s” for %(facet)s.")
                % {"value": unknown[:80], "facet": facet}
            )
        if known:
            filters[facet] = known
    sort = data.get("sort", "relevance") or "relevance"
    if sort not in SORTS:
        if strict:
            raise BadParameter(_("sort must be one of: %s.") % ", ".join(SORTS))
        sort = "relevance"
    return SearchParams(text=text, filters=filters, sort=sort, page=_page(data.get("page"), strict))


def _page(raw, strict: bool) -> int:
    if raw in (None, ""):
        return 1
    try:
        page = int(raw)
    except ValueError:
        page = 0
    if 1 <= page <= MAX_PAGE:
        return page
    if strict:
        raise BadParameter(_("page must be a whole number from 1 to %d.") % MAX_PAGE)
    return 1


def facet_label(facet: str, value: str) -> str:
    """The value's name in the active language (cached: facets list hundreds per request)."""
    return _facet_label(facet, value, get_language() or "en")


@lru_cache(maxsize=50_000)
def _facet_label(facet: str, value: str, language: str) -> str:
    if facet == "type":
        return str(EntryType(value).label) if value in EntryType.values else value
    if facet == "region":
        return _(REGION_NAMES.get(value, value))
    if facet == "country":
        return country_name(value)
    if facet == "sdg":
        return f"{value}. {_(SDG_NAMES[value])}" if value in SDG_NAMES else value
    if facet == "modality":
        return str(MODALITIES.get(value, value))
    if facet == "language":
        return _(language_name(value))
    return value


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False

    def as_dict(self) -> dict:
        return {"value": self.value, "label": self.label, "count": self.count}


@dataclass
class Hit:
    entry: SearchEntry
    score: float
    snippet: SafeString

    @property
    def translated_from_name(self) -> str:
        """The original's language, named in the visitor's, when the result is a translation."""
        return language_name(self.entry.translated_from) if self.entry.translated_from else ""

    def as_dict(self) -> dict:
        entry = self.entry
        shown_date = entry.shown_date
        return {
            "type": entry.kind,
            "id": entry.object_id,
            "title": entry.title,
            "url": entry.url,
            "language": entry.language,
            "score": round(float(self.score), 6),
            "snippet": str(self.snippet),
            "source_id": entry.source_id or None,
            # The title and snippet are a translation of a text in this language (else None).
            "translated_from": entry.translated_from or None,
            "machine_translated": entry.machine_translated,
            "years": [min(entry.years), max(entry.years)] if entry.period else None,
            "date": shown_date.isoformat() if shown_date else None,
        }


@dataclass
class SearchResponse:
    params: SearchParams
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    notice: str = ""
    nearest: list[Hit] = field(default_factory=list)
    # Selected filters that, removed alone, would give results: [(facet, value, label, count)].
    blocking_filters: list[tuple[str, str, str, int]] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.params.page_size))

    def as_dict(self) -> dict:
        return {
            "query": self.params.text,
            "total": self.total,
            "page": self.params.page,
            "results": [hit.as_dict() for hit in self.hits],
            "facets": {name: [v.as_dict() for v in values] for name, values in self.facets.items()},
        }


# -- Snippets --------------------------------------------------------------------------------


def query_terms(text: str) -> list[str]:
    """The query's words to mark in a snippet: not its function words ("de", "la", "of"),
    unless it has nothing else."""
    terms = [term for term in dict.fromkeys(normalise(text).split()) if len(term) > 1]
    return [term for term in terms if term not in FUNCTION_WORDS] or terms


def _term_pattern(term: str) -> str:
    """A long term marks the words it begins ("valley" for "valle"), its ending left out
    ("farmers" for "farming"); a short one marks itself only (not "developed" for "de")."""
    if len(term) <= SHORT_TERM:
        return re.escape(term) + r"\b"
    return re.escape(term[: max(4, len(term) - 2)] if len(term) > 4 else term) + r"\w*"


def highlight(body: str, text: str, width: int = 240) -> SafeString:
    """An escaped window of the body around the first query term, terms wrapped in <mark>."""
    body = " ".join((body or "")[:SNIPPET_SOURCE_CHARS].split())
    terms = query_terms(text)
    folded = normalise_keep_length(body)
    pattern = (
        re.compile(r"\b(?:" + "|".join(map(_term_pattern, terms)) + ")", re.IGNORECASE)
        if terms
        else None
    )
    first = pattern.search(folded) if pattern else None
    start = max(0, first.start() - width // 3) if first else 0
    if start:
        start = body.find(" ", start) + 1 or start
    end = min(len(body), start + width)
    if end < len(body):
        end = body.rfind(" ", start, end) if body.rfind(" ", start, end) > start else end
    pieces, cursor = [], start
    for match in pattern.finditer(folded, start, end) if pattern else []:
        pieces.append(html.escape(body[cursor : match.start()]))
        pieces.append(f"<mark>{html.escape(body[match.start() : match.end()])}</mark>")
        cursor = match.end()
    pieces.append(html.escape(body[cursor:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(body) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)  # noqa: S308 - every piece is escaped


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in base if not unicodedata.combining(c)).casefold()
    return base if len(base) == 1 else (char.casefold()[:1] or char)


def normalise_keep_length(text: str) -> str:
    """Lower-case, accent-free text with the same length as the input, for offset matching."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))
