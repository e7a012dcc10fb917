"""A form feed pasted from a PDF (finding 6) never breaks the feed or the exports."""

import io

import pytest
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from discussions.models import Contribution
from discussions.moderation.exports import render_export
from tests.discussions.helpers import form_data
from tests.factories.discussions import ContributionFactory

pytestmark = pytest.mark.django_db

PASTED = "First page ends here.\x0cSecond page\x0b starts\x00 here\x1b."


def test_a_posted_form_feed_is_stored_as_a_line_break(client, discussion, member):
    client.force_login(member)
    response = client.post(
        reverse("discussions:post", args=[discussion.pk]),
        form_data(discussion, member, comment=PASTED.replace("\x00", "")),
    )
    assert response.status_code == 302
    stored = Contribution.objects.get().comment
    assert stored == "First page ends here.\nSecond page\n starts here."


@pytest.fixture
def stored_with_form_feed(discussion, member):
    """A contribution stored before forms cleaned text (or written by a script)."""
    member.profile.full_name = "Awa\x0c Ndiaye"
    member.profile.save()
    # PostgreSQL cannot store NUL at all; every other control character can be stored.
    return ContributionFactory(
        discussion=discussion, user=member, comment=PASTED.replace("\x00", "")
    )


def test_the_feed_answers_with_a_form_feed_in_a_published_contribution(
    client, discussion, stored_with_form_feed
):
    response = client.get(discussion.url + "feed/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Second page" in body and "\x0c" not in body


@pytest.mark.parametrize("file_format", ["xlsx", "docx", "csv", "md"])
def test_every_export_carries_the_text_without_control_characters(
    discussion, stored_with_form_feed, file_format
):
    content, _name, _type = render_export(discussion, file_format, full=True)
    if file_format == "xlsx":
        sheet = load_workbook(io.BytesIO(content)).worksheets[1]
        text = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row)
    elif file_format == "docx":
        text = " ".join(p.text for p in Document(io.BytesIO(content)).paragraphs)
    else:
        text = content.decode()
    assert "Second page" in text
    assert not any(character in text for character in "\x00\x0b\x0c\x1b")
