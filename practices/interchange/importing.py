"""Writing validated records into the page tree: create or update practices by source_id."""

from collections.abc import Callable, Iterable, Sized
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from ..models import (
    SDG,
    Country,
    GoodPracticePage,
    PartnerIndexPage,
    PartnerPage,
    PracticeIndexPage,
    PracticePartner,
    Theme,
)
from ..models.taxonomies import source_themes
from .records import (
    TEXT_COLUMNS,
    CountedRows,
    InterchangeError,
    PracticeRecord,
    RowError,
    count_rows,
    iter_rows,
)
from .validation import validate_row


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        text = _("%(imported)s imported, %(updated)s updated, %(rejected)s rejected") % {
            "imported": self.imported,
            "updated": self.updated,
            "rejected": self.rejected,
        }
        if self.cancelled:
            text += _(" (cancelled: the rows after these were not read)")
        return text + (_(" (dry run: nothing was saved)") if self.dry_run else "")


def text_to_html(text: str) -> str:
    """Plain text with blank-line paragraphs as rich text paragraphs."""
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(part)}</p>" for part in paragraphs if part)


def default_index() -> PracticeIndexPage | None:
    return PracticeIndexPage.objects.filter(locale=Locale.get_default()).first()


def default_partner_index() -> PartnerIndexPage | None:
    return PartnerIndexPage.objects.filter(locale=Locale.get_default()).first()


def import_file(source, name: str = "", **options) -> ImportReport:
    """Read, validate and import a CSV or JSON Lines file (see `import_rows` for options).

    `source` is the content (bytes or str), a path or a binary file open for reading; the file
    is read twice, one row at a time (first to check its encoding and count its rows), so a
    large file never sits in memory.
    """
    seekable = hasattr(source, "read")
    try:
        total = count_rows(source, name)
        if seekable:
            source.seek(0)
    except InterchangeError as error:
        report = ImportReport(dry_run=options.get("dry_run", False))
        report.errors.append(RowError(1, "", str(error)))
        return report
    return import_rows(CountedRows(iter_rows(source, name), total), **options)


def import_rows(
    rows: Sized,
    *,
    dry_run: bool = False,
    publish: bool = False,
    user=None,
    update_existing: bool = True,
    progress: Callable[[Iterable], Iterable] = lambda rows: rows,
    on_batch: Callable[[int, int], bool] = lambda done, total: True,
    batch_size: int | None = None,
) -> ImportReport:
    """Import every valid row; report each bad row. A dry run rolls everything back.

    `rows` is a list of (line, row) or a `CountedRows` read lazily from a file. Rows are saved
    in batches of `batch_size` (MINGA_IMPORT_BATCH_SIZE), one short transaction each, so a
    long import never holds the database; `on_batch(done, total)` hears after each batch and
    may return False to stop there (the batches already saved stay).
    """
    report = ImportReport(dry_run=dry_run)
    total = len(rows)
    index = default_index()
    if index is None:
        report.errors.append(
            RowError(1, "", _("There is no practice index page: create one before importing."))
        )
        report.rejected = total
        return report
    size = batch_size or settings.MINGA_IMPORT_BATCH_SIZE
    seen: dict[str, int] = {}
    done = 0

    def save(batch: list) -> bool:
        nonlocal done
        with transaction.atomic(), references_indexed_once() as saved:
            for line, row in batch:
                page = _import_row(line, row, index, report, seen, publish, user, update_existing)
                if not dry_run:
                    saved.extend(_pages_of(page))
            if dry_run:
                transaction.set_rollback(True)
        done += len(batch)
        if on_batch(done, max(total, done)):
            return True
        report.cancelled = done < total
        return False

    batch: list = []
    for item in progress(rows):
        batch.append(item)
        if len(batch) >= size or done + len(batch) >= total:
            if not save(batch):
                return report
            batch = []
    if batch:
        save(batch)
    return report


@contextmanager
def references_indexed_once():
    """Wagtail updates a page's references (its partners, for the admin's "Usage") on every
    save: three times per imported page. Within this block (this thread only), pages added to
    the yielded list are indexed once each, as the block ends."""
    saved: list[Page] = []
    with disable_reference_index_auto_update():
        yield saved
    for pk, page in {page.pk: page for page in saved}.items():
        update_reference_index_task.enqueue(page._meta.app_label, page._meta.model_name, str(pk))


def _pages_of(page: GoodPracticePage | None) -> list[Page]:
    """The practice and its partners (a partner may have been created with it)."""
    if page is None:
        return []
    return [page, *(link.partner for link in page.practice_partners.all())]


def _import_row(
    line, row, index, report, seen, publish, user, update_existing
) -> GoodPracticePage | None:
    """Validate and save one row; returns the saved practice, None if nothing was saved."""
    record, errors = (None, [row]) if isinstance(row, RowError) else validate_row(line, row)
    if record and record.source_id in seen:
        errors = [
            RowError(
                line,
                "source_id",
                _("“%(id)s” already appears on line %(first)s")
                % {"id": record.source_id, "first": seen[record.source_id]},
            )
        ]
    if errors:
        report.rejected += 1
        report.errors.extend(errors)
        return None
    seen[record.source_id] = line
    existing = GoodPracticePage.objects.filter(source_id=record.source_id).first()
    if existing is not None and not update_existing:
        return None
    try:
        with transaction.atomic():
            page = save_practice(record, index, publish=publish, user=user, page=existing)
    except (ValidationError, DatabaseError, InterchangeError) as error:
        report.rejected += 1
        report.errors.append(RowError(line, "", _describe(error)))
        return None
    if existing is not None:
        report.updated += 1
    else:
        report.imported += 1
    return page


def _describe(error: Exception) -> str:
    if isinstance(error, ValidationError) and hasattr(error, "message_dict"):
        return "; ".join(f"{key}: {' '.join(value)}" for key, value in error.message_dict.items())
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


def unique_slug(parent: Page, title: str, page: Page | None = None) -> str:
    base = slugify(title, allow_unicode=True)[:70].strip("-") or "practice"
    siblings = parent.get_children()
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    taken = set(siblings.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def save_practice(
    record: PracticeRecord,
    index: PracticeIndexPage,
    *,
    publish: bool = False,
    user=None,
    fields: dict | None = None,
    page: GoodPracticePage | None = None,
) -> GoodPracticePage:
    """Create or update the practice with this source_id, then save a revision (and publish).

    `fields`: other page fields to set (outside the interchange format), such as the
    contribution a practice is drafted from; they go into the revision too. `page`: the
    practice with this source_id when the caller has already looked it up.
    """
    if page is None:
        page = GoodPracticePage.objects.filter(source_id=record.source_id).first()
    created = page is None
    if created:
        page = GoodPracticePage(source_id=record.source_id, live=False, owner=user)
    _apply(page, record)
    for name, value in (fields or {}).items():
        setattr(page, name, value)
    if created:
        page.slug = unique_slug(index, record.title)
        index.add_child(instance=page)
    elif not publish and not page.live:
        page.save()  # a draft holds its content in the page too (publishing saves it below)
    # A live page updated without publishing keeps its published content: the import becomes
    # a draft revision for an editor to review and publish.
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    return page


def _apply(page: GoodPracticePage, record: PracticeRecord) -> None:
    page.title = record.title
    page.draft_title = record.title
    page.summary = record.summary
    page.subtitle = record.subtitle
    page.language = record.language
    page.modality = record.modality
    page.stage = record.stage
    page.status = record.status
    page.start_year = record.start_year
    page.end_year = record.end_year
    page.budget = record.budget
    page.budget_currency = record.currency
    page.source_url = record.url
    for column in TEXT_COLUMNS:
        if column != "solution":  # a StreamField: below
            setattr(page, column, text_to_html(record.texts[column]))
    page.solution = _solution(record)
    page.countries = list(Country.objects.filter(code__in=record.countries))
    page.sdgs = list(SDG.objects.filter(number__in=record.sdgs))
    page.themes = [theme_named(name) for name in record.themes]
    page.practice_partners = [
        PracticePartner(partner=partner_named(name), role=role, sort_order=n)
        for n, (name, role) in enumerate(record.partners)
    ]


def _solution(record: PracticeRecord) -> list:
    blocks = []
    if record.texts["solution"]:
        blocks.append(("text", text_to_html(record.texts["solution"])))
    for block in record.building_blocks:
        blocks.append(
            (
                "building_block",
                {
                    "title": block["title"],
                    "description": text_to_html(block["description"]),
                    "enabling_factors": text_to_html(block["enabling_factors"]),
                    "lessons_learned": text_to_html(block["lessons_learned"]),
                },
            )
        )
    return blocks


def theme_named(name: str) -> Theme:
    theme = Theme.objects.filter(source_themes(), name__iexact=name).first()
    if theme is None:  # a translated name links to its source theme
        keys = Theme.objects.filter(name__iexact=name).values("translation_key")
        theme = Theme.objects.filter(source_themes(), translation_key__in=keys).first()
    return theme or Theme.objects.create(name=name)


def partner_named(name: str) -> PartnerPage:
    """The partner profile with this name or acronym; created (published) if missing."""
    locale = Locale.get_default()
    partners = PartnerPage.objects.filter(locale=locale)
    partner = (
        partners.filter(title__iexact=name).first()
        or partners.filter(acronym__iexact=name).exclude(acronym="").first()
    )
    if partner is not None:
        return partner
    parent = default_partner_index()
    if parent is None:
        raise InterchangeError(
            _("There is no partner index page to create “%(name)s” in.") % {"name": name}
        )
    partner = PartnerPage(title=name, slug=unique_slug(parent, name), live=False)
    parent.add_child(instance=partner)
    partner.save_revision().publish()
    return partner
