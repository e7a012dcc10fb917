"""The interchange format: reading CSV / JSON Lines and validating one record at a time."""

import csv
import io
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import pycountry
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _

from ..data.sdgs import SDGS
from ..models import Modality, PartnerRole, Stage, Status
from ..models.practices import MAX_YEAR, MIN_YEAR

# The columns of the interchange format, in this order (see issue 5); keep them exactly.
COLUMNS = [
    "source_id",
    "title",
    "summary",
    "language",
    "countries",
    "sdgs",
    "themes",
    "modality",
    "partners",
    "start_year",
    "end_year",
    "challenge",
    "solution",
    "results",
    "url",
]
# Optional columns Minga also reads and writes, after the standard ones.
EXTRA_COLUMNS = [
    "subtitle",
    "stage",
    "status",
    "objectives",
    "beneficiaries",
    "sustainability",
    "replicability",
    "enabling_factors",
    "budget",
    "currency",
    "building_blocks",
]
ALL_COLUMNS = COLUMNS + EXTRA_COLUMNS
LIST_COLUMNS = {"countries", "sdgs", "themes", "partners"}
REQUIRED_COLUMNS = ["source_id", "title", "summary"]
TEXT_COLUMNS = [
    "challenge",
    "solution",
    "results",
    "objectives",
    "beneficiaries",
    "sustainability",
    "replicability",
    "enabling_factors",
]
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


class InterchangeError(Exception):
    """The file as a whole cannot be read (wrong encoding, no header, missing columns)."""


@dataclass
class RowError:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return _("line %(line)s, column %(column)s: %(message)s") % {
            "line": self.line,
            "column": self.column or "-",
            "message": self.message,
        }


@dataclass
class PracticeRecord:
    """One valid row, with clean Python values."""

    line: int
    source_id: str
    title: str
    summary: str
    language: str = "en"
    countries: list[str] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    modality: str = ""
    partners: list[tuple[str, str]] = field(default_factory=list)
    start_year: int | None = None
    end_year: int | None = None
    url: str = ""
    subtitle: str = ""
    stage: str = ""
    status: str = ""
    budget: Decimal | None = None
    currency: str = ""
    texts: dict[str, str] = field(default_factory=dict)
    building_blocks: list[dict] = field(default_factory=list)


# Reading ---------------------------------------------------------------------------------------


def read_rows(data: bytes | str, name: str = "") -> list[tuple[int, dict | RowError]]:
    """(line number, raw row) pairs from a CSV or JSON Lines file; the format follows the name."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InterchangeError(
                _("The file is not UTF-8 (byte %(position)s).") % {"position": error.start}
            ) from error
    data = data.lstrip("\ufeff")
    if _is_jsonl(data, name):
        return _read_jsonl(data)
    return _read_csv(data)


def _is_jsonl(text: str, name: str) -> bool:
    lower = name.lower()
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return True
    if lower.endswith(".csv"):
        return False
    return text.lstrip().startswith("{")


def _read_csv(text: str) -> list[tuple[int, dict | RowError]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [column.strip().lower() for column in next(reader)]
    except StopIteration as error:
        raise InterchangeError(_("The file is empty.")) from error
    except csv.Error as error:
        raise InterchangeError(_("Line 1: %(error)s") % {"error": error}) from error
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise InterchangeError(
            _("Line 1: the header lacks the required column(s) %(columns)s.")
            % {"columns": ", ".join(missing)}
        )
    rows: list[tuple[int, dict | RowError]] = []
    line = reader.line_num + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            rows.append((line, RowError(line, "", str(error))))
            break
        if any(value.strip() for value in values):
            if len(values) > len(header):
                rows.append(
                    (line, RowError(line, "", _("This row has more cells than the header.")))
                )
            else:
                rows.append((line, dict(zip(header, values, strict=False))))
        line = reader.line_num + 1
    return rows


def _read_jsonl(text: str) -> list[tuple[int, dict | RowError]]:
    rows: list[tuple[int, dict | RowError]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as error:
            rows.append(
                (number, RowError(number, "", _("invalid JSON: %(error)s") % {"error": error.msg}))
            )
            continue
        if not isinstance(value, dict):
            rows.append((number, RowError(number, "", _("each line must be a JSON object"))))
            continue
        rows.append((number, {str(key).lower(): item for key, item in value.items()}))
    return rows


# Validating ------------------------------------------------------------------------------------


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_text(item) for item in value)
    return str(value).strip()


def _items(value) -> list:
    """A list column: a JSON array, or a `;`-separated string."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [
            item.strip() if isinstance(item, str) else item
            for item in value
            if item not in ("", None)
        ]
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


def _year(value, column: str, line: int, errors: list) -> int | None:
    text = _text(value)
    if not text:
        return None
    try:
        year = int(text)
    except ValueError:
        errors.append(RowError(line, column, _("“%(value)s” is not a year") % {"value": text}))
        return None
    if not MIN_YEAR <= year <= MAX_YEAR:
        errors.append(
            RowError(
                line,
                column,
                _("year %(year)s is outside %(min)s–%(max)s")
                % {"year": year, "min": MIN_YEAR, "max": MAX_YEAR},
            )
        )
        return None
    return year


def _choice(value, column, choices, line, errors) -> str:
    text = _text(value).lower()
    if text and text not in choices:
        errors.append(
            RowError(
                line,
                column,
                _("unknown value “%(value)s” (expected one of %(choices)s)")
                % {"value": text, "choices": ", ".join(choices)},
            )
        )
        return ""
    return text


def validate_row(line: int, row: dict) -> tuple[PracticeRecord | None, list[RowError]]:
    """A clean record, or None and every problem found in the row."""
    errors: list[RowError] = []
    values = {column: row.get(column) for column in ALL_COLUMNS}
    for column in REQUIRED_COLUMNS:
        if not _text(values[column]):
            errors.append(RowError(line, column, _("this column is required and empty")))
    if len(_text(values["source_id"])) > 100:
        errors.append(RowError(line, "source_id", _("longer than 100 characters")))
    if len(_text(values["title"])) > 255:
        errors.append(RowError(line, "title", _("longer than 255 characters")))
    if len(_text(values["subtitle"])) > 255:
        errors.append(RowError(line, "subtitle", _("longer than 255 characters")))

    language = _text(values["language"]).lower() or "en"
    if len(language) != 2 or pycountry.languages.get(alpha_2=language) is None:
        errors.append(
            RowError(
                line, "language", _("unknown ISO 639-1 language “%(value)s”") % {"value": language}
            )
        )

    countries = []
    for item in _items(values["countries"]):
        code = lookup_country(str(item))
        if code is None:
            errors.append(
                RowError(line, "countries", _("unknown country “%(value)s”") % {"value": item})
            )
        elif code not in countries:
            countries.append(code)

    sdgs = []
    for item in _items(values["sdgs"]):
        text = str(item).upper().removeprefix("SDG").strip()
        if not text.isdigit() or int(text) not in SDG_NUMBERS:
            errors.append(
                RowError(line, "sdgs", _("“%(value)s” is not an SDG (1–17)") % {"value": item})
            )
        elif int(text) not in sdgs:
            sdgs.append(int(text))

    themes = []
    for item in _items(values["themes"]):
        name = str(item).strip()
        if len(name) > 100:
            errors.append(RowError(line, "themes", _("theme name longer than 100 characters")))
        elif name.lower() not in {theme.lower() for theme in themes}:
            themes.append(name)

    partners = []
    for item in _items(values["partners"]):
        parsed = parse_partner(str(item))
        if isinstance(parsed, str):
            errors.append(RowError(line, "partners", parsed))
        elif not parsed[0]:
            errors.append(RowError(line, "partners", _("a partner has no name")))
        elif len(parsed[0]) > 255:
            errors.append(RowError(line, "partners", _("partner name longer than 255 characters")))
        elif parsed not in partners:
            partners.append(parsed)

    modality = _choice(values["modality"], "modality", Modality.values, line, errors)
    stage = _choice(values["stage"], "stage", Stage.values, line, errors)
    status = _choice(values["status"], "status", Status.values, line, errors)
    start_year = _year(values["start_year"], "start_year", line, errors)
    end_year = _year(values["end_year"], "end_year", line, errors)
    if start_year and end_year and end_year < start_year:
        errors.append(
            RowError(
                line,
                "end_year",
                _("the end year %(end)s is before the start year %(start)s")
                % {"end": end_year, "start": start_year},
            )
        )

    url = _text(values["url"])
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            errors.append(
                RowError(line, "url", _("“%(value)s” is not a web address") % {"value": url})
            )
        if len(url) > 500:
            errors.append(RowError(line, "url", _("longer than 500 characters")))

    budget = None
    if _text(values["budget"]):
        try:
            budget = Decimal(_text(values["budget"]).replace(",", ""))
            if budget < 0 or budget >= Decimal("1e14"):
                raise InvalidOperation
        except InvalidOperation:
            errors.append(
                RowError(
                    line, "budget", _("“%(value)s” is not an amount") % {"value": values["budget"]}
                )
            )
            budget = None
    currency = _text(values["currency"]).upper()
    if currency and pycountry.currencies.get(alpha_3=currency) is None:
        errors.append(
            RowError(
                line, "currency", _("unknown ISO 4217 currency “%(value)s”") % {"value": currency}
            )
        )

    building_blocks = _building_blocks(values["building_blocks"], line, errors)

    if errors:
        return None, errors
    record = PracticeRecord(
        line=line,
        source_id=_text(values["source_id"]),
        title=_text(values["title"]),
        summary=_text(values["summary"]),
        language=language,
        countries=countries,
        sdgs=sdgs,
        themes=themes,
        modality=modality,
        partners=partners,
        start_year=start_year,
        end_year=end_year,
        url=url,
        subtitle=_text(values["subtitle"]),
        stage=stage,
        status=status,
        budget=budget,
        currency=currency,
        texts={column: _multiline(values[column]) for column in TEXT_COLUMNS},
        building_blocks=building_blocks,
    )
    return record, []


def _multiline(value) -> str:
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").strip()


def _building_blocks(value, line: int, errors: list) -> list[dict]:
    if value in (None, "", []):
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            errors.append(RowError(line, "building_blocks", _("not a JSON array")))
            return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        errors.append(RowError(line, "building_blocks", _("must be a list of objects")))
        return []
    blocks = []
    for item in value:
        if not _text(item.get("title")) or not _text(item.get("description")):
            errors.append(
                RowError(
                    line,
                    "building_blocks",
                    _("each building block needs a title and a description"),
                )
            )
            return []
        blocks.append(
            {
                key: _multiline(item.get(key))
                for key in ("title", "description", "enabling_factors", "lessons_learned")
            }
        )
    return blocks
