"""The interchange format: its columns, its records and reading CSV or JSON Lines files."""

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

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


class CountedRows:
    """Rows read one at a time, with their number known from a first reading of the file."""

    def __init__(self, rows: Iterable, total: int):
        self.rows, self.total = rows, total

    def __len__(self) -> int:
        return self.total

    def __iter__(self) -> Iterator:
        return iter(self.rows)


def read_rows(data: bytes | str, name: str = "") -> list[tuple[int, dict | RowError]]:
    """(line number, raw row) pairs from a CSV or JSON Lines file; the format follows the name."""
    return list(iter_rows(data, name))


def count_rows(source, name: str = "") -> int:
    """How many rows `iter_rows` reads from `source` (raises InterchangeError like it does)."""
    return sum(1 for _row in iter_rows(source, name))


def iter_rows(source, name: str = "") -> Iterator[tuple[int, dict | RowError]]:
    """(line number, raw row) pairs read one at a time, so memory stays flat on large files.

    `source` is the file's content (bytes or str), a path, or a binary file open for reading
    (read from its current position). A file that is not UTF-8 or lacks a required column
    raises InterchangeError: before the first row is read for a bad header, and where the
    bad byte is met otherwise (`count_rows` first reads the whole file, so importers know).
    """
    if isinstance(source, str):
        source = source.encode("utf-8")
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    if isinstance(source, Path):
        with source.open("rb") as stream:
            yield from iter_rows(stream, name)
        return
    stream = source if hasattr(source, "peek") else io.BufferedReader(_Readable(source))
    lines = _decoded_lines(stream)
    if _is_jsonl(stream.peek(512)[:512].decode("utf-8", "ignore"), name):
        yield from _read_jsonl(lines)
    else:
        yield from _read_csv(lines)


class _Readable(io.RawIOBase):
    """A file-like object (an uploaded file) as a raw stream io.BufferedReader can wrap."""

    def __init__(self, file):
        self.file = file

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.file.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _decoded_lines(stream) -> Iterator[str]:
    """The file's lines as text (ends kept); a byte that is not UTF-8 stops with an error."""
    position = 0
    for number, raw in enumerate(stream):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InterchangeError(
                _("The file is not UTF-8 (byte %(position)s).")
                % {"position": position + error.start}
            ) from error
        position += len(raw)
        yield line.lstrip("\ufeff") if number == 0 else line


def _is_jsonl(head: str, name: str) -> bool:
    lower = name.lower()
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return True
    if lower.endswith(".csv"):
        return False
    return head.lstrip("\ufeff").lstrip().startswith("{")


def _read_csv(lines: Iterator[str]) -> Iterator[tuple[int, dict | RowError]]:
    reader = csv.reader(lines)
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
    line = reader.line_num + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            yield line, RowError(line, "", str(error))
            break
        if any(value.strip() for value in values):
            if len(values) > len(header):
                yield line, RowError(line, "", _("This row has more cells than the header."))
            else:
                cells = [from_csv_cell(value) for value in values]
                yield line, dict(zip(header, cells, strict=False))
        line = reader.line_num + 1


def _read_jsonl(lines: Iterator[str]) -> Iterator[tuple[int, dict | RowError]]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as error:
            message = _("invalid JSON: %(error)s") % {"error": error.msg}
            yield number, RowError(number, "", message)
            continue
        if not isinstance(value, dict):
            yield number, RowError(number, "", _("each line must be a JSON object"))
            continue
        yield number, {str(key).lower(): item for key, item in value.items()}
