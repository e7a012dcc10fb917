"""Exports group contributions by guiding question, with a participation summary at the top."""

import csv
import io
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from discussions.moderation import actions
from discussions.moderation.exports import build_export, render_export
from discussions.moderation.models import HeldBecause, State
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory
from tests.factories.practices import PartnerIndexPageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db

MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def thread(discussion, questions, member, site):
    """Awa (Senegal, no partner) opens; Kofi (Ghana, a think tank) replies and posts alone."""
    q1, q2, _q3 = questions
    partners = PartnerIndexPageFactory(parent=site.root_page)
    think_tank = PartnerPageFactory(parent=partners, organisation_type="think-tank")
    kofi = UserFactory(
        username="kofi",
        profile__full_name="Kofi Mensah",
        profile__country="GH",
        profile__partner=think_tank,
    )
    opening = ContributionFactory(
        discussion=discussion,
        user=member,
        comment="Peers share failures.",
        language="fr",
        submit_date=MONDAY,
        guiding_questions=[q1, q2],
    )
    reply = ContributionFactory(
        discussion=discussion,
        user=kofi,
        comment="Agreed, and funders should listen.",
        parent_id=opening.pk,
        submit_date=MONDAY + timedelta(days=1),
        guiding_questions=[q2],
    )
    alone = ContributionFactory(
        discussion=discussion,
        user=kofi,
        comment="A general remark.",
        submit_date=MONDAY + timedelta(days=8),
    )
    waiting = ContributionFactory(
        discussion=discussion,
        user=UserFactory(username="newbie"),
        comment="Still waiting.",
        is_public=False,
        submit_date=MONDAY + timedelta(days=9),
        guiding_questions=[q1],
    )
    actions.set_state(waiting, State.PENDING, HeldBecause.FIRST_CONTRIBUTION)
    refused = ContributionFactory(
        discussion=discussion, comment="Spam spam.", submit_date=MONDAY + timedelta(days=9)
    )
    actions.set_state(refused, State.REJECTED, reason="spam")
    return {"opening": opening, "reply": reply, "alone": alone, "waiting": waiting}


def export_csv(slug: str, *args) -> list[list[str]]:
    out = io.StringIO()
    call_command("export_contributions", slug, "--format", "csv", *args, stdout=out)
    return list(csv.reader(io.StringIO(out.getvalue())))


def table(rows: list[list[str]]) -> list[dict]:
    start = next(i for i, row in enumerate(rows) if row and row[0] == "Guiding question")
    header = rows[start]
    return [dict(zip(header, row, strict=True)) for row in rows[start + 1 :] if row]


def summary(rows, heading) -> dict[str, tuple[int, int]]:
    return {r[1]: (int(r[2]), int(r[3])) for r in rows if r and r[0] == heading}


def test_public_csv_groups_published_contributions_by_question(discussion, thread):
    rows = export_csv("peers")
    entries = table(rows)
    groups = [(e["Guiding question"], e["Contribution"]) for e in entries]
    assert groups == [
        ("1. What works?", "Peers share failures."),
        ("2. What fails?", "Peers share failures."),
        ("2. What fails?", "Agreed, and funders should listen."),
        ("No specific question", "A general remark."),
    ]
    assert "Still waiting." not in str(rows) and "Spam spam." not in str(rows)
    assert (
        "Moderation state"
        not in rows[next(i for i, r in enumerate(rows) if r and r[0] == "Guiding question")]
    )


def test_csv_rows_carry_author_organisation_country_language_date_and_position(discussion, thread):
    entries = {e["Contribution"]: e for e in table(export_csv("peers"))}
    reply = entries["Agreed, and funders should listen."]
    assert reply["Author"] == "Kofi Mensah"
    assert reply["Country"] == "Ghana"
    assert reply["Organisation type"] == "Think tank"
    assert reply["Thread position"] == "1.1"
    assert reply["Reply to"] == str(thread["opening"].pk)
    assert reply["Date"] == "2026-03-03 10:00"
    opening = entries["Peers share failures."]
    assert (opening["Organisation"], opening["Language"], opening["Thread position"]) == (
        "Dakar Lab",
        "French",
        "1",
    )
    assert opening["Organisation type"] == "unspecified"
    assert entries["A general remark."]["Thread position"] == "2"


def test_summary_counts_by_country_language_type_question_and_week(discussion, thread):
    rows = export_csv("peers")
    assert ["Contributions", "3"] in rows and ["Participants", "2"] in rows
    assert summary(rows, "By country") == {"Ghana": (2, 1), "Senegal": (1, 1)}
    assert summary(rows, "By language") == {"English": (2, 1), "French": (1, 1)}
    assert summary(rows, "By organisation type") == {"Think tank": (2, 1), "unspecified": (1, 1)}
    assert summary(rows, "By guiding question") == {
        "1. What works?": (1, 1),
        "2. What fails?": (2, 2),
        "3. What next?": (0, 0),
        "No specific question": (1, 1),
    }
    assert summary(rows, "By week (starting)") == {"2026-03-02": (2, 2), "2026-03-09": (1, 1)}


def test_full_export_lists_pending_hidden_and_rejected_with_their_state(discussion, thread):
    entries = table(export_csv("peers", "--all"))
    states = {e["Contribution"]: e["Moderation state"] for e in entries}
    assert states["Still waiting."] == "Awaiting moderation"
    assert states["Spam spam."] == "Rejected"
    assert states["Peers share failures."] == "Published"


def test_xlsx_has_a_summary_sheet_and_grouped_contributions(discussion, thread, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "peers.xlsx"
    call_command(
        "export_contributions",
        "peers",
        "--format",
        "xlsx",
        "--output",
        str(target),
        stdout=io.StringIO(),
    )
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["Summary", "Contributions"]
    summary_values = list(workbook["Summary"].iter_rows(values_only=True))
    assert ("Contributions", 3) in [row[:2] for row in summary_values]
    assert ("Ghana", 2, 1) in summary_values
    sheet = list(workbook["Contributions"].iter_rows(values_only=True))
    assert sheet[0][0] == "Guiding question"
    assert [row[0] for row in sheet[1:]] == [
        "1. What works?",
        "2. What fails?",
        "2. What fails?",
        "No specific question",
    ]


def test_docx_has_the_summary_then_one_heading_per_question(discussion, thread, tmp_path):
    from docx import Document

    target = tmp_path / "peers.docx"
    call_command(
        "export_contributions",
        "peers",
        "--format",
        "docx",
        "--output",
        str(target),
        stdout=io.StringIO(),
    )
    document = Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Participation"
    assert headings[-4:] == [
        "1. What works?",
        "2. What fails?",
        "3. What next?",
        "No specific question",
    ]
    text = "\n".join(p.text for p in document.paragraphs)
    assert text.count("Peers share failures.") == 2  # answers two questions
    assert "Still waiting." not in text
    assert document.tables[0].rows[1].cells[0].text in ("Ghana", "Senegal")


def test_markdown_goes_to_standard_output(discussion, thread):
    out = io.StringIO()
    call_command("export_contributions", "peers", "--format", "md", stdout=out)
    text = out.getvalue()
    assert text.startswith("# Learning from peers")
    assert re.search(r"## 2\. What fails\?.*Peers share failures.*funders", text, re.S)


def test_binary_formats_need_an_output_file_and_unknown_slugs_fail_clearly(discussion):
    with pytest.raises(CommandError, match="--output"):
        call_command("export_contributions", "peers", "--format", "xlsx")
    with pytest.raises(CommandError, match="No discussion"):
        call_command("export_contributions", "nope", "--format", "csv")


def test_export_queries_do_not_grow_with_contributions(
    discussion, thread, django_assert_max_num_queries
):
    for _ in range(30):
        ContributionFactory(discussion=discussion)
    with django_assert_max_num_queries(12):
        build_export(discussion, full=True)


def test_moderator_downloads_from_the_admin_but_a_member_cannot(
    client, discussion, thread, moderator, member
):
    url = reverse("moderation_admin:export", args=[discussion.pk]) + "?format=csv&full=on"
    client.force_login(moderator)
    response = client.get(url)
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert b"Still waiting." in b"".join(response.streaming_content)
    client.force_login(member)
    assert client.get(url).status_code == 302


def test_render_export_refuses_an_unknown_format(discussion):
    with pytest.raises(ValueError):
        render_export(discussion, "pdf")


RICH = (
    "Peers **share failures** and *learn*; see [the report](https://example.org/report).\n\n"
    "- first step\n- second step\n\n"
    "1. listen\n2. act\n\n"
    "> A quoted voice\n\n"
    "Last paragraph,\nwith a line break."
)


@pytest.fixture
def rich(discussion, member):
    return ContributionFactory(discussion=discussion, user=member, comment=RICH)


def test_docx_formats_a_contributions_markdown(discussion, rich):
    from docx import Document

    content, _name, _type = render_export(discussion, "docx")
    paragraphs = Document(io.BytesIO(content)).paragraphs
    texts = [p.text for p in paragraphs]
    assert "**" not in "".join(texts) and "](" not in "".join(texts)
    opening = next(p for p in paragraphs if p.text.startswith("Peers share failures"))
    assert opening.text == (
        "Peers share failures and learn; see the report (https://example.org/report)."
    )
    assert [r.text for r in opening.runs if r.bold] == ["share failures"]
    assert [r.text for r in opening.runs if r.italic] == ["learn"]
    styles = {p.text: p.style.name for p in paragraphs}
    assert styles["first step"] == styles["second step"] == "List Bullet"
    assert (styles["1. listen"], styles["2. act"]) == ("List Continue", "List Continue")
    assert styles["A quoted voice"] == "Quote"
    assert "Last paragraph,\nwith a line break." in texts


def test_xlsx_holds_a_contribution_as_plain_text_with_its_line_breaks(discussion, rich):
    from openpyxl import load_workbook

    content, _name, _type = render_export(discussion, "xlsx")
    sheet = load_workbook(io.BytesIO(content))["Contributions"]
    header = [cell.value for cell in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("Contribution") + 1)
    assert cell.value == (
        "Peers share failures and learn; see the report (https://example.org/report).\n"
        "- first step\n- second step\n1. listen\n2. act\n> A quoted voice\n"
        "Last paragraph,\nwith a line break."
    )
    assert cell.alignment.wrap_text


def test_csv_and_markdown_exports_keep_the_markdown_source(discussion, rich):
    assert b"**share failures**" in render_export(discussion, "md")[0]
    assert "**share failures**" in render_export(discussion, "csv")[0].decode()
