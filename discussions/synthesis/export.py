"""The published synthesis in the contributions export (Markdown and DOCX)."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from home.text import clean_text

from ..markdown import markdown_source_for_export
from .public import published_points, reach_text


@dataclass
class ExportedPoint:
    title: str
    text: str
    reach: str
    sources: list[str]  # the contributions' positions in the export ("3", "3.2")


def synthesis_for_export(discussion, positions: dict[int, str]) -> list[tuple[str, list]]:
    """(question heading, points) of the published synthesis; `positions`: {pk: "3.2"}."""
    return [
        (
            clean_text(f"{question.number}. {question.question}"),
            [
                ExportedPoint(
                    clean_text(point.title),
                    clean_text(point.text),
                    reach_text(point),
                    [positions[c.pk] for c in point.contributions.all() if c.pk in positions],
                )
                for point in points
            ],
        )
        for question, points in published_points(discussion)
    ]


def _sources(point: ExportedPoint) -> str:
    numbers = ", ".join(f"#{position}" for position in point.sources)
    return _("contributions %(numbers)s") % {"numbers": numbers} if numbers else ""


def to_markdown_lines(synthesis: list) -> list[str]:
    if not synthesis:
        return []
    lines = ["", f"## {_('Synthesis')}"]
    for heading, points in synthesis:
        lines += ["", f"### {markdown_source_for_export(heading)}", ""]
        for number, point in enumerate(points, start=1):
            facts = "; ".join(part for part in (point.reach, _sources(point)) if part)
            lines.append(f"{number}. **{markdown_source_for_export(point.title)}** ({facts})")
            if point.text:
                lines += ["", "   " + markdown_source_for_export(point.text).replace("\n", "\n   ")]
            lines.append("")
    return lines


def add_to_docx(document, synthesis: list) -> None:
    if not synthesis:
        return
    document.add_heading(_("Synthesis"), level=1)
    for heading, points in synthesis:
        document.add_heading(heading, level=2)
        for point in points:
            paragraph = document.add_paragraph(style="List Number")
            paragraph.add_run(point.title).bold = True
            facts = "; ".join(part for part in (point.reach, _sources(point)) if part)
            paragraph.add_run(f" ({facts})")
            if point.text:
                document.add_paragraph(point.text)
