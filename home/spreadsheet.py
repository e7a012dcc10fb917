"""Cells that a spreadsheet opens as text, never as a formula: one home for the rule.

A cell starting with = + - @ (or a tab or carriage return, or any of these after leading
spaces) is a formula to Excel, LibreOffice and Google Sheets, so a contribution or an author
name reading `=HYPERLINK(...)` or `=cmd|...` would run when a moderator opens the export
(OWASP "CSV injection"). CSV cells get a leading apostrophe; XLSX cells are stored as text.
"""

import re

from .text import clean_text

_FORMULA_START = re.compile(r"^\s*[=+\-@\t\r]")


def starts_like_formula(value: object) -> bool:
    """True for a string that a spreadsheet would read as a formula."""
    return isinstance(value, str) and bool(_FORMULA_START.match(value))


def csv_cell(value: object) -> object:
    """`value` for a CSV cell: text cleaned of control characters, formulas made inert."""
    if not isinstance(value, str):
        return value
    value = clean_text(value)
    return f"'{value}" if starts_like_formula(value) else value


def xlsx_text_cells(worksheet) -> None:
    """Store every string cell of `worksheet` that looks like a formula as plain text."""
    for row in worksheet.iter_rows():
        for cell in row:
            if cell.data_type == "f" or starts_like_formula(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True


def from_csv_cell(value: str) -> str:
    """A CSV cell read back: the apostrophe `csv_cell` added before a formula comes off."""
    if value.startswith("'") and starts_like_formula(value[1:]):
        return value[1:]
    return value
