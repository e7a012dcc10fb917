"""Members propose practices; editors review them in a workflow; members hear when they go live."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from practices.models import GoodPracticePage, PracticeSubmission
from practices.workflow import set_up_review
from tests.conftest import wait_until
from tests.factories.accounts import UserFactory
from tests.factories.practices import PracticeIndexPageFactory

PROPOSAL = {
    "title": "Peer exchanges on school meals",
    "summary": "Ministries of education visit each other's school meal programmes.",
    "countries": ["BR", "MZ"],
    "sdgs": ["2", "4"],
    "modality": "triangular",
    "start_year": "2018",
    "end_year": "",
    "challenge": "Children skip school when they are hungry.",
    "solution": "Local farmers supply school kitchens.",
    "results": "",
    "url": "https://example.org/school-meals",
    "language": "en",
}


def fields(message) -> tuple[str, str, str]:
    """(subject, recipients, text) of a sent e-mail, sent in-process or by a worker."""
    if hasattr(message, "subject"):  # django.core.mail.EmailMessage (locmem)
        return message.subject, " ".join(message.to), message.body
    body = message.get_body(("plain",))
    return str(message["subject"]), str(message["to"]), body.get_content() if body else ""


def sdg_ids(numbers):
    from practices.models import SDG

    return [str(SDG.objects.get(number=int(n)).pk) for n in numbers]


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_log_in_first(client, practice_index):
    response = client.get("/en/practices-submit/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert "next=/en/practices-submit/" in response["Location"]


@pytest.mark.django_db
def test_member_proposal_becomes_a_draft_in_the_review_workflow(client, practice_index):
    member = UserFactory(username="amina")
    client.force_login(member)
    assert client.get("/en/practices-submit/").status_code == 200
    response = client.post(
        "/en/practices-submit/", {**PROPOSAL, "sdgs": sdg_ids(PROPOSAL["sdgs"])}, follow=True
    )
    assert "Editors will review" in response.content.decode()

    page = GoodPracticePage.objects.get(title=PROPOSAL["title"])
    assert not page.live and page.owner == member
    assert sorted(page.countries.values_list("code", flat=True)) == ["BR", "MZ"]
    assert page.challenge == "<p>Children skip school when they are hungry.</p>"
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Practice review"
    assert PracticeSubmission.objects.get(page=page).submitted_by == member


@pytest.mark.django_db
def test_invalid_proposal_shows_errors_and_creates_nothing(client, practice_index):
    client.force_login(UserFactory(username="amina"))
    bad = {**PROPOSAL, "title": "", "countries": ["XX"], "sdgs": ["999"], "end_year": "2010"}
    response = client.post("/en/practices-submit/", bad)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Please correct the fields marked below." in html
    assert "The end year is before the start year." in html
    assert not GoodPracticePage.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_member_is_emailed_once_when_an_editor_approves(client, mailbox, site):
    index = PracticeIndexPageFactory(parent=site.root_page)
    set_up_review(index)  # done by the demo loader and when an editor creates the index
    member = UserFactory(username="amina", email="amina@example.org")
    client.force_login(member)
    client.post("/en/practices-submit/", {**PROPOSAL, "sdgs": sdg_ids(PROPOSAL["sdgs"])})
    page = GoodPracticePage.objects.child_of(index).get()
    mailbox.clear()

    editor = UserFactory(username="editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    state = WorkflowState.objects.get(object_id=str(page.pk))
    state.current_task_state.approve(user=editor)

    page.refresh_from_db()
    assert page.live

    def published_notice():
        return [
            body
            for subject, to, body in map(fields, mailbox.messages())
            if "is published on Minga" in subject and "amina@example.org" in to
        ]

    notices = wait_until(published_notice)
    assert len(notices) == 1
    assert page.get_full_url() in notices[0]

    page.save_revision().publish()  # a later edit does not notify again
    assert wait_until(lambda: PracticeSubmission.objects.get(page=page).notified_at)
    assert len(published_notice()) == 1
