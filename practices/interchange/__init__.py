"""Import and export of practices in the interchange format (CSV or JSON Lines)."""

from .exporting import export_practices, export_records, html_to_text, practice_record
from .importing import ImportReport, import_file, import_rows, save_practice, text_to_html
from .records import (
    ALL_COLUMNS,
    COLUMNS,
    CountedRows,
    InterchangeError,
    PracticeRecord,
    RowError,
    count_rows,
    iter_rows,
    read_rows,
)
from .validation import validate_row

__all__ = [
    "ALL_COLUMNS",
    "COLUMNS",
    "CountedRows",
    "ImportReport",
    "InterchangeError",
    "PracticeRecord",
    "RowError",
    "export_practices",
    "export_records",
    "count_rows",
    "html_to_text",
    "import_file",
    "import_rows",
    "iter_rows",
    "practice_record",
    "read_rows",
    "save_practice",
    "text_to_html",
    "validate_row",
]
