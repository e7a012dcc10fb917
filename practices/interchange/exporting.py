"""Writing practices in the interchange format (CSV or JSON Lines)."""

import csv
import html
import json
import re
from collections.abc import Iterator
from typing import TextIO

from django.db.models import Prefetch

from home.spreadsheet import csv_cell

from ..models import GoodPracticePage, PracticePartner
from .records import ALL_COLUMNS, COLUMNS, LIST_COLUMNS

PARAGRAPH_END = re.compile(r"</(p|h[1-6]|li|blockquote)>", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")


def html_to_text(value: str) -> str:
    """Rich text as plain text, paragraphs separated by a blank line."""
    if not value:
        return ""
    parts = PARAGRAPH_END.split(str(value))[::2]
    paragraphs = [html.unescape(TAG.sub("", part)).strip() for part in parts]
    return "\n\n".join(part for part in paragraphs if part)


def practice_record(page: GoodPracticePage) -> dict:
    """One practice as an interchange record (lists as Python lists)."""
    solution_text = [
        html_to_text(block.value.source) for block in page.solution if block.block_type == "text"
    ]
    building_blocks = [
        {
            "title": block.value["title"],
            "description": html_to_text(block.value["description"].source),
            "enabling_factors": html_to_text(block.value["enabling_factors"].source),
            "lessons_learned": html_to_text(block.value["lessons_learned"].source),
        }
        for block in page.solution
        if block.block_type == "building_block"
    ]
    return {
        "source_id": page.source_id,
        "title": page.title,
        "summary": page.summary,
        "language": page.language,
        "countries": [country.code for country in page.countries.all()],
        "sdgs": [sdg.number for sdg in page.sdgs.all()],
        "themes": [theme.name for theme in page.themes.all()],
        "modality": page.modality,
        "partners": [
            f"{link.partner.title} ({link.role})" for link in page.practice_partners.all()
        ],
        "start_year": page.start_year,
        "end_year": page.end_year,
        "challenge": html_to_text(page.challenge),
        "solution": "\n\n".join(part for part in solution_text if part),
        "results": html_to_text(page.results),
        "url": page.source_url,
        "subtitle": page.subtitle,
        "stage": page.stage,
        "status": page.status,
        "objectives": html_to_text(page.objectives),
        "beneficiaries": html_to_text(page.beneficiaries),
        "sustainability": html_to_text(page.sustainability),
        "replicability": html_to_text(page.replicability),
        "enabling_factors": html_to_text(page.enabling_factors),
        "budget": format(page.budget.normalize(), "f") if page.budget is not None else None,
        "currency": page.budget_currency,
        "building_blocks": building_blocks,
    }


def practices_for_export(include_unpublished: bool = False):
    """Published practices (drafts and proposals waiting for review too, if asked)."""
    partners = PracticePartner.objects.select_related("partner").order_by("sort_order", "pk")
    practices = GoodPracticePage.objects.all()
    if not include_unpublished:
        practices = practices.live()
    return (
        practices.order_by("source_id")
        .prefetch_related(
            "countries", "sdgs", "themes", Prefetch("practice_partners", queryset=partners)
        )
        .iterator(chunk_size=200)
    )


def export_records(include_unpublished: bool = False) -> Iterator[dict]:
    for page in practices_for_export(include_unpublished):
        yield practice_record(page)


def write_csv(records, stream: TextIO, columns: list[str] = COLUMNS) -> int:
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        row = {}
        for column in columns:
            value = record[column]
            if column in LIST_COLUMNS:
                value = ";".join(str(item) for item in value)
            elif column == "building_blocks":
                value = json.dumps(value, ensure_ascii=False) if value else ""
            row[column] = "" if value is None else csv_cell(value)
        writer.writerow(row)
        count += 1
    return count


def write_jsonl(records, stream: TextIO, columns: list[str] = COLUMNS) -> int:
    count = 0
    for record in records:
        record = {column: record[column] for column in columns}
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def export_practices(
    stream: TextIO, format: str = "csv", extended: bool = False, include_unpublished: bool = False
) -> int:
    """Write the published practices to `stream`; returns how many were written.

    The interchange columns only, unless `extended` adds Minga's optional ones after them;
    drafts and proposals waiting for review only with `include_unpublished`.
    """
    writer = write_jsonl if format == "jsonl" else write_csv
    records = export_records(include_unpublished)
    return writer(records, stream, ALL_COLUMNS if extended else COLUMNS)
