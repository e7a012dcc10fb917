"""A discussion's contributions grouped by guiding question, with a participation summary.

The public export holds published contributions only; the moderators' full export adds pending,
hidden and rejected ones, each marked with its state. Formats: CSV, XLSX, DOCX and Markdown.
"""

import csv
import io
import re
import secrets
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _

from discussions.markdown import markdown_source_for_export
from discussions.models import Contribution, DiscussionPage, GuidingQuestion
from discussions.synthesis.export import add_to_docx, synthesis_for_export, to_markdown_lines
from discussions.translations import translation_for_reader
from home.private_files import private_storage, save_private
from home.spreadsheet import csv_cell, xlsx_text_cells
from home.text import clean_text

from .models import State, state_of
from .rich_text import add_markdown_to_docx, markdown_plain_text

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
TEXT_FORMATS = {"csv", "md"}
STORED_NAME = re.compile(r"^[0-9a-f]{32}-(?P<pk>\d+)--[\w.-]+$")


@dataclass
class Row:
    id: int
    author: str
    organisation: str
    organisation_type: str
    country: str
    language: str
    date: str
    week: str
    thread_position: str
    reply_to: str
    state: str
    text: str
    translated_from: str = ""  # the original's language when `text` is a translation


@dataclass
class Export:
    discussion: object
    full: bool
    language: str = ""  # texts in this language where a translation exists
    groups: list[tuple[str, list[Row]]] = field(default_factory=list)
    summary: list[tuple[str, list[tuple[str, int, int]]]] = field(default_factory=list)
    totals: dict = field(default_factory=dict)
    synthesis: list = field(default_factory=list)  # the published key points per question

    def columns(self) -> list[tuple[str, str]]:
        names = [
            ("id", _("ID")),
            ("thread_position", _("Thread position")),
            ("reply_to", _("Reply to")),
            ("author", _("Author")),
            ("organisation", _("Organisation")),
            ("organisation_type", _("Organisation type")),
            ("country", _("Country")),
            ("language", _("Language")),
            ("date", _("Date")),
        ]
        if self.full:
            names.append(("state", _("Moderation state")))
        if self.language:
            names.append(("translated_from", _("Translated from")))
        return [*names, ("text", _("Contribution"))]


def _contributions(discussion, full: bool):
    contributions = Contribution.objects.filter(discussion=discussion)
    if not full:
        contributions = contributions.published()
    return (
        contributions.select_related("user__profile__partner", "moderation")
        .prefetch_related(
            Prefetch("guiding_questions", queryset=GuidingQuestion.objects.order_by("sort_order")),
            "translations",
        )
        .order_by("thread_id", "order")
    )


def _positions(contributions: list) -> dict[int, str]:
    """ "3" for the third thread, "3.2" for the second reply in it (in thread order)."""
    roots = sorted({c.thread_id for c in contributions})
    numbers = {thread_id: n for n, thread_id in enumerate(roots, start=1)}
    replies_seen: Counter = Counter()
    positions = {}
    for contribution in contributions:
        number = numbers[contribution.thread_id]
        if contribution.pk == contribution.thread_id:
            positions[contribution.pk] = str(number)
        else:
            replies_seen[number] += 1
            positions[contribution.pk] = f"{number}.{replies_seen[number]}"
    return positions


def _organisation_type(profile) -> str:
    partner = getattr(profile, "partner", None) if profile else None
    if partner is not None and partner.organisation_type:
        return str(partner.get_organisation_type_display())
    return _("unspecified")


def _row(contribution, discussion, positions, language: str = "") -> Row:
    profile = getattr(contribution.user, "profile", None) if contribution.user_id else None
    local = timezone.localtime(contribution.submit_date, discussion.zone)
    week_start = (local - timedelta(days=local.weekday())).date()
    translation = translation_for_reader(contribution, language) if language else None
    # Rows stored before forms cleaned their text may hold form feeds that XML-based formats
    # (XLSX, DOCX) refuse, so every text is cleaned on the way out too.
    return Row(
        id=contribution.pk,
        author=clean_text(profile.display_name if profile else contribution.user_name),
        organisation=clean_text(profile.organisation_name) if profile else "",
        organisation_type=_organisation_type(profile),
        country=str(profile.country_name) if profile and profile.country else "",
        language=str(contribution.language_name) if contribution.language else "",
        date=local.strftime("%Y-%m-%d %H:%M"),
        week=week_start.isoformat(),
        thread_position=positions[contribution.pk],
        reply_to=str(contribution.parent_id) if contribution.parent_id != contribution.pk else "",
        state=str(dict(State.choices).get(state_of(contribution), "")),
        text=clean_text(translation.body if translation else contribution.comment),
        translated_from=str(contribution.language_name) if translation else "",
    )


def build_export(discussion, full: bool = False, language: str = "") -> Export:
    """`language`: each contribution's translation into it where one exists, else the original."""
    contributions = list(_contributions(discussion, full))
    positions = _positions(contributions)
    rows = {c.pk: _row(c, discussion, positions, language) for c in contributions}
    export = Export(discussion=discussion, full=full, language=language)
    by_question: dict[int, list[Row]] = defaultdict(list)
    unanswered: list[Row] = []
    for contribution in contributions:
        questions = list(contribution.guiding_questions.all())
        for question in questions:
            by_question[question.pk].append(rows[contribution.pk])
        if not questions:
            unanswered.append(rows[contribution.pk])
    for question in discussion.numbered_questions:
        title = clean_text(f"{question.number}. {question.question}")
        export.groups.append((title, by_question[question.pk]))
    export.groups.append((_("No specific question"), unanswered))
    _summarise(export, list(rows.values()), contributions)
    export.synthesis = synthesis_for_export(discussion, positions)
    return export


def _counts(rows: list[Row], key) -> list[tuple[str, int, int]]:
    contributions: Counter = Counter()
    participants: dict[str, set] = defaultdict(set)
    for row in rows:
        label = key(row) or _("unspecified")
        contributions[label] += 1
        participants[label].add(row.author)
    return [(label, n, len(participants[label])) for label, n in contributions.most_common()]


def _summarise(export: Export, rows: list[Row], contributions: list) -> None:
    export.totals = {
        "contributions": len(rows),
        "participants": len({c.user_id or c.user_name for c in contributions}),
    }
    export.summary = [
        (_("By country"), _counts(rows, lambda r: r.country)),
        (_("By language"), _counts(rows, lambda r: r.language)),
        (_("By organisation type"), _counts(rows, lambda r: r.organisation_type)),
        (
            _("By guiding question"),
            [(title, len(group), len({r.author for r in group})) for title, group in export.groups],
        ),
        (
            _("By week (starting)"),
            sorted(_counts(rows, lambda r: r.week), key=lambda item: item[0]),
        ),
    ]


# Writers -----------------------------------------------------------------------------------


def _title(export: Export) -> str:
    kind = _("full moderators' export") if export.full else _("published contributions")
    return clean_text(f"{export.discussion.title} ({kind})")


def to_csv(export: Export) -> bytes:
    buffer = io.StringIO()
    writer = _InertCsvWriter(buffer)
    writer.writerow([_title(export)])
    writer.writerow([_("Contributions"), export.totals["contributions"]])
    writer.writerow([_("Participants"), export.totals["participants"]])
    writer.writerow([_("Summary"), _("Value"), _("Contributions"), _("Participants")])
    for heading, counts in export.summary:
        for label, contributions, participants in counts:
            writer.writerow([heading, label, contributions, participants])
    writer.writerow([])
    columns = export.columns()
    writer.writerow([_("Guiding question"), *[label for _key, label in columns]])
    for title, rows in export.groups:
        for row in rows:
            writer.writerow([title, *[getattr(row, key) for key, _label in columns]])
    return buffer.getvalue().encode("utf-8")


class _InertCsvWriter:
    """csv.writer whose text cells never start a formula (see home.spreadsheet)."""

    def __init__(self, buffer):
        self.writer = csv.writer(buffer)

    def writerow(self, values) -> None:
        self.writer.writerow([csv_cell(str(v) if isinstance(v, Promise) else v) for v in values])


def to_markdown(export: Export) -> bytes:
    title = markdown_source_for_export(_title(export))
    lines = [f"# {title}", "", f"## {_('Participation')}", ""]
    lines.append(
        f"- {_('Contributions')}: {export.totals['contributions']}\n"
        f"- {_('Participants')}: {export.totals['participants']}"
    )
    for heading, counts in export.summary:
        lines += ["", f"### {heading}", "", f"| | {_('Contributions')} | {_('Participants')} |"]
        lines.append("|---|---:|---:|")
        lines += [
            f"| {markdown_source_for_export(str(label))} | {n} | {people} |"
            for label, n, people in counts
        ]
    lines += to_markdown_lines(export.synthesis)
    for title, rows in export.groups:
        lines += ["", f"## {markdown_source_for_export(title)}", ""]
        if not rows:
            lines.append(f"_{_('No contributions.')}_")
        for row in rows:
            meta = markdown_source_for_export(_meta_line(row, export.full))
            lines += ["", f"**{meta}**", "", markdown_source_for_export(row.text).strip(), ""]
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def _meta_line(row: Row, full: bool) -> str:
    parts = [f"#{row.thread_position}", row.author, row.organisation, row.country, row.language]
    if row.translated_from:
        parts.append(_("translated from %(language)s") % {"language": row.translated_from})
    parts.append(row.date)
    if full:
        parts.append(row.state)
    return " · ".join(part for part in parts if part)


def to_xlsx(export: Export) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    summary = workbook.active
    summary.title = str(_("Summary"))[:31]
    summary.append([_title(export)])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append([_("Contributions"), export.totals["contributions"]])
    summary.append([_("Participants"), export.totals["participants"]])
    for heading, counts in export.summary:
        summary.append([])
        summary.append([heading, _("Contributions"), _("Participants")])
        summary.cell(row=summary.max_row, column=1).font = Font(bold=True)
        for label, contributions, participants in counts:
            summary.append([label, contributions, participants])
    sheet = workbook.create_sheet(str(_("Contributions"))[:31])
    columns = export.columns()
    sheet.append([_("Guiding question"), *[label for _key, label in columns]])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for title, rows in export.groups:
        for row in rows:
            sheet.append([title, *[_xlsx_value(row, key) for key, _label in columns]])
    for cell in sheet[get_column_letter(len(columns) + 1)][1:]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")  # its line breaks show
    for worksheet in workbook.worksheets:
        xlsx_text_cells(worksheet)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_value(row: Row, key: str) -> str:
    """The contribution as readable text (no Markdown signs); other columns as they are."""
    return markdown_plain_text(row.text) if key == "text" else getattr(row, key)


def to_docx(export: Export) -> bytes:
    from docx import Document

    document = Document()
    document.add_heading(_title(export), level=0)
    document.add_heading(_("Participation"), level=1)
    document.add_paragraph(
        f"{_('Contributions')}: {export.totals['contributions']} · "
        f"{_('Participants')}: {export.totals['participants']}"
    )
    for heading, counts in export.summary:
        document.add_heading(heading, level=2)
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(
            table.rows[0].cells, ["", _("Contributions"), _("Participants")], strict=True
        ):
            cell.text = str(text)
        for label, contributions, participants in counts:
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = (
                str(label),
                str(contributions),
                str(participants),
            )
    add_to_docx(document, export.synthesis)
    for title, rows in export.groups:
        document.add_heading(title, level=1)
        if not rows:
            document.add_paragraph(_("No contributions."))
        for row in rows:
            meta = document.add_paragraph()
            meta.add_run(_meta_line(row, export.full)).bold = True
            add_markdown_to_docx(document, row.text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


WRITERS = {"csv": to_csv, "md": to_markdown, "xlsx": to_xlsx, "docx": to_docx}


def filename_for(discussion, file_format: str, full: bool) -> str:
    suffix = "-full" if full else ""
    return f"{discussion.slug}-contributions{suffix}.{file_format}"


def render_export(
    discussion, file_format: str, full: bool = False, language: str = ""
) -> tuple[bytes, str, str]:
    """The file's bytes, its name and content type."""
    if file_format not in WRITERS:
        raise ValueError(f"Unknown format {file_format!r}; choose one of {', '.join(WRITERS)}.")
    content = WRITERS[file_format](build_export(discussion, full=full, language=language))
    return content, filename_for(discussion, file_format, full), CONTENT_TYPES[file_format]


def is_large(discussion, full: bool) -> bool:
    contributions = Contribution.objects.filter(discussion=discussion)
    if not full:
        contributions = contributions.published()
    return contributions.count() > settings.MINGA_EXPORT_ASYNC_THRESHOLD


EXPORTS_PREFIX = "exports/"


def store_export(discussion, file_format: str, full: bool = False) -> str:
    """Write the export to private storage under an unguessable name; return that name."""
    content, filename, _content_type = render_export(discussion, file_format, full=full)
    name = f"{secrets.token_hex(16)}-{discussion.pk}--{filename}"
    return save_private(EXPORTS_PREFIX + name, content).removeprefix(EXPORTS_PREFIX)


def stored_export(name: str):
    """(stored name, discussion) of a stored export, or (None, None) for an unknown one."""
    match = STORED_NAME.match(name)
    if not match or not private_storage().exists(EXPORTS_PREFIX + name):
        return None, None
    discussion = DiscussionPage.objects.filter(pk=int(match["pk"])).first()
    return (EXPORTS_PREFIX + name, discussion) if discussion else (None, None)
