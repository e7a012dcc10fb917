"""The interchange format: its columns, its records and reading CSV or JSON Lines files."""

import csv
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from home.spreadsheet import from_csv_cell

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
                cells = [from_csv_cell(value) for value in values]
                rows.append((line, dict(zip(header, cells, strict=False))))
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
