"""No column of an import file (CSV or JSON Lines) crashes the import: each bad value is a
row error in the report."""

import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from practices.interchange import import_file
from practices.interchange.records import ALL_COLUMNS

from .strategies import hostile_text

pytestmark = pytest.mark.django_db

json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=True),
        hostile_text,
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(hostile_text, children, max_size=3)
    ),
    max_leaves=6,
)
VALID = {
    "source_id": "FUZZ-1",
    "title": "Seed banks",
    "summary": "Farmers share seed.",
    "language": "en",
    "countries": "KE",
    "sdgs": "2",
}


def text_only(value: str) -> str:
    """What a UTF-8 file can hold: lone surrogates become the replacement character."""
    return value.encode("utf-8", "replace").decode("utf-8")


@given(row=st.dictionaries(st.sampled_from(ALL_COLUMNS), hostile_text, max_size=6))
def test_no_csv_cell_crashes_the_import(pages, row):
    cells = {**VALID, **{key: text_only(value) for key, value in row.items()}}
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(cells))
    writer.writeheader()
    writer.writerow(cells)
    report = import_file(buffer.getvalue(), "fuzz.csv", publish=True)
    assert report.imported + report.updated + report.rejected >= 0


@given(row=st.dictionaries(st.sampled_from(ALL_COLUMNS), json_values, max_size=6))
def test_no_json_lines_value_crashes_the_import(pages, row):
    record = json.dumps({**VALID, **row}, ensure_ascii=True)
    report = import_file(record + "\n", "fuzz.jsonl", publish=True)
    assert report.imported + report.updated + report.rejected >= 0


@given(data=st.binary(max_size=400))
def test_no_bytes_crash_the_import(pages, data):
    report = import_file(data, "fuzz.csv", dry_run=True)
    assert report.errors or report.imported + report.rejected >= 0
