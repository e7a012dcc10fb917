"""Validating one interchange row: every problem is reported with its column and reason."""

import json
import re
from decimal import Decimal, InvalidOperation

import pycountry
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _

from ..data.sdgs import SDGS
from ..models import ImplementationStatus, Modality, PartnerRole, Stage
from ..models.practices import MAX_YEAR, MIN_YEAR
from .records import ALL_COLUMNS, REQUIRED_COLUMNS, TEXT_COLUMNS, PracticeRecord, RowError

SDG_NUMBERS = {sdg["number"] for sdg in SDGS}
ROLE_ALIASES = {
    "provider": PartnerRole.PROVIDER,
    "pivotal": PartnerRole.PROVIDER,
    "beneficiary": PartnerRole.BENEFICIARY,
    "host": PartnerRole.BENEFICIARY,
    "facilitating": PartnerRole.FACILITATING,
    "facilitator": PartnerRole.FACILITATING,
    "funder": PartnerRole.FUNDER,
    "funding": PartnerRole.FUNDER,
    "partner": PartnerRole.PARTNER,
}
PARTNER_PATTERN = re.compile(r"^(?P<name>.*?)\s*\((?P<role>[^()]*)\)\s*$")
MAX_LENGTHS = {"source_id": 100, "title": 255, "subtitle": 255, "url": 500}


class Problems:
    """Collects the errors of one row."""

    def __init__(self, line: int):
        self.line = line
        self.errors: list[RowError] = []

    def add(self, column: str, message: str) -> None:
        self.errors.append(RowError(self.line, column, message))


def text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(text(item) for item in value)
    return str(value).strip()


def multiline(value) -> str:
    return "" if value is None else str(value).replace("\r\n", "\n").strip()


def items(value) -> list:
    """A list column: a JSON array, or a `;`-separated string."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [v.strip() if isinstance(v, str) else v for v in value if v not in ("", None)]
    return [item.strip() for item in str(value).split(";") if item.strip()]


def lookup_country(value: str) -> str | None:
    """The alpha-2 code for an alpha-2 or alpha-3 code or an English name; None if unknown."""
    value = value.strip()
    if len(value) == 2:
        country = pycountry.countries.get(alpha_2=value.upper())
    elif len(value) == 3 and value.isalpha():
        country = pycountry.countries.get(alpha_3=value.upper())
    else:
        try:
            country = pycountry.countries.lookup(value)
        except LookupError:
            country = None
    return country.alpha_2 if country else None


def parse_partner(value: str) -> tuple[str, str] | str:
    """("Name", role) from "Name (role)"; an error message (str) when the role is unknown."""
    match = PARTNER_PATTERN.match(value)
    if match:
        role = match.group("role").strip()
        if role.lower() in ROLE_ALIASES:
            return (match.group("name").strip(), str(ROLE_ALIASES[role.lower()]))
        if re.fullmatch(r"[a-z][a-z /-]*", role):  # a lowercase word is a mistyped role
            return _(
                "unknown role “%(role)s” (use provider, beneficiary, facilitating or funder)"
            ) % {"role": role}
    return (value.strip(), str(PartnerRole.PARTNER))


def _has_nul(value) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list):
        return any(_has_nul(item) for item in value)
    if isinstance(value, dict):
        return any(_has_nul(item) for item in value.values())
    return False


def check_required(values: dict, problems: Problems) -> None:
    for column, value in values.items():
        if _has_nul(value):
            problems.add(column, _("contains a NUL character"))
            values[column] = None
    for column in REQUIRED_COLUMNS:
        if not text(values[column]):
            problems.add(column, _("this column is required and empty"))
    for column, limit in MAX_LENGTHS.items():
        if len(text(values[column])) > limit:
            problems.add(column, _("longer than %(limit)s characters") % {"limit": limit})


def clean_language(value, problems: Problems) -> str:
    language = text(value).lower() or "en"
    if len(language) != 2 or pycountry.languages.get(alpha_2=language) is None:
        message = _("unknown ISO 639-1 language “%(value)s”") % {"value": language}
        problems.add("language", message)
    return language


def clean_countries(value, problems: Problems) -> list[str]:
    codes = []
    for item in items(value):
        code = lookup_country(str(item))
        if code is None:
            problems.add("countries", _("unknown country “%(value)s”") % {"value": item})
        elif code not in codes:
            codes.append(code)
    return codes


def clean_sdgs(value, problems: Problems) -> list[int]:
    numbers = []
    for item in items(value):
        digits = str(item).upper().removeprefix("SDG").strip()
        if not digits.isdigit() or int(digits) not in SDG_NUMBERS:
            problems.add("sdgs", _("“%(value)s” is not an SDG (1–17)") % {"value": item})
        elif int(digits) not in numbers:
            numbers.append(int(digits))
    return numbers


def clean_themes(value, problems: Problems) -> list[str]:
    names: list[str] = []
    for item in items(value):
        name = str(item).strip()
        if len(name) > 100:
            problems.add("themes", _("theme name longer than 100 characters"))
        elif name.lower() not in {known.lower() for known in names}:
            names.append(name)
    return names


def clean_partners(value, problems: Problems) -> list[tuple[str, str]]:
    partners: list[tuple[str, str]] = []
    for item in items(value):
        parsed = parse_partner(str(item))
        if isinstance(parsed, str):
            problems.add("partners", parsed)
        elif not parsed[0]:
            problems.add("partners", _("a partner has no name"))
        elif len(parsed[0]) > 255:
            problems.add("partners", _("partner name longer than 255 characters"))
        elif parsed not in partners:
            partners.append(parsed)
    return partners


def clean_choice(value, column: str, choices: list[str], problems: Problems) -> str:
    choice = text(value).lower()
    if choice and choice not in choices:
        message = _("unknown value “%(value)s” (expected one of %(choices)s)") % {
            "value": choice,
            "choices": ", ".join(choices),
        }
        problems.add(column, message)
        return ""
    return choice


def clean_year(value, column: str, problems: Problems) -> int | None:
    raw = text(value)
    if not raw:
        return None
    try:
        year = int(raw)
    except ValueError:
        problems.add(column, _("“%(value)s” is not a year") % {"value": raw})
        return None
    if not MIN_YEAR <= year <= MAX_YEAR:
        message = _("year %(year)s is outside %(min)s–%(max)s")
        problems.add(column, message % {"year": year, "min": MIN_YEAR, "max": MAX_YEAR})
        return None
    return year


def clean_period(values: dict, problems: Problems) -> tuple[int | None, int | None]:
    start = clean_year(values["start_year"], "start_year", problems)
    end = clean_year(values["end_year"], "end_year", problems)
    if start and end and end < start:
        message = _("the end year %(end)s is before the start year %(start)s")
        problems.add("end_year", message % {"end": end, "start": start})
    return start, end


def clean_url(value, problems: Problems) -> str:
    url = text(value)
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            problems.add("url", _("“%(value)s” is not a web address") % {"value": url})
    return url


def clean_budget(values: dict, problems: Problems) -> tuple[Decimal | None, str]:
    budget = None
    raw = text(values["budget"]).replace(",", "")
    if raw:
        try:
            budget = Decimal(raw)
            if not budget.is_finite() or budget < 0 or budget >= Decimal("1e14"):
                raise InvalidOperation
        except InvalidOperation:
            problems.add("budget", _("“%(value)s” is not an amount") % {"value": raw})
            budget = None
    currency = text(values["currency"]).upper()
    if currency and pycountry.currencies.get(alpha_3=currency) is None:
        message = _("unknown ISO 4217 currency “%(value)s”") % {"value": currency}
        problems.add("currency", message)
    return budget, currency


def clean_building_blocks(value, problems: Problems) -> list[dict]:
    if value in (None, "", []):
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            problems.add("building_blocks", _("not a JSON array"))
            return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        problems.add("building_blocks", _("must be a list of objects"))
        return []
    if not all(text(item.get("title")) and text(item.get("description")) for item in value):
        problems.add("building_blocks", _("each building block needs a title and a description"))
        return []
    keys = ("title", "description", "enabling_factors", "lessons_learned")
    return [{key: multiline(item.get(key)) for key in keys} for item in value]


def validate_row(line: int, row: dict) -> tuple[PracticeRecord | None, list[RowError]]:
    """A clean record, or None and every problem found in the row."""
    values = {column: row.get(column) for column in ALL_COLUMNS}
    problems = Problems(line)
    check_required(values, problems)
    start_year, end_year = clean_period(values, problems)
    budget, currency = clean_budget(values, problems)
    record = PracticeRecord(
        line=line,
        source_id=text(values["source_id"]),
        title=text(values["title"]),
        summary=text(values["summary"]),
        language=clean_language(values["language"], problems),
        countries=clean_countries(values["countries"], problems),
        sdgs=clean_sdgs(values["sdgs"], problems),
        themes=clean_themes(values["themes"], problems),
        modality=clean_choice(values["modality"], "modality", Modality.values, problems),
        partners=clean_partners(values["partners"], problems),
        start_year=start_year,
        end_year=end_year,
        url=clean_url(values["url"], problems),
        subtitle=text(values["subtitle"]),
        stage=clean_choice(values["stage"], "stage", Stage.values, problems),
        status=clean_choice(values["status"], "status", ImplementationStatus.values, problems),
        budget=budget,
        currency=currency,
        texts={column: multiline(values[column]) for column in TEXT_COLUMNS},
        building_blocks=clean_building_blocks(values["building_blocks"], problems),
    )
    return (None, problems.errors) if problems.errors else (record, [])
