"""A key too large for the database (2**63, found by the fuzz suite) is a form error, not a 500."""

import pytest
from django.urls import reverse

from tests.discussions.helpers import form_data
from tests.factories.practices import PracticeIndexPageFactory

pytestmark = pytest.mark.django_db

TOO_LARGE = str(2**63)


def test_a_contribution_answering_an_impossible_question_is_refused(client, discussion, member):
    client.force_login(member)
    data = form_data(discussion, member, guiding_questions=[TOO_LARGE])
    response = client.post(reverse("discussions:post", args=[discussion.pk]), data)
    assert response.status_code == 400
    assert "is not a valid value" in response.content.decode()


def test_sign_up_with_an_impossible_partner_shows_a_form_error(client, site):
    response = client.post(
        "/en/accounts/signup/",
        {"email": "ana@example.org", "username": "ana", "partner": TOO_LARGE, "country": "BR"},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_a_proposal_with_an_impossible_goal_shows_a_form_error(client, site, member):
    PracticeIndexPageFactory(parent=site.root_page)
    client.force_login(member)
    response = client.post(
        "/en/practices-submit/",
        {"title": "Seeds", "summary": "Shared seed.", "countries": ["KE"], "sdgs": [TOO_LARGE]},
    )
    assert response.status_code == 200
    assert "is not a valid value" in response.content.decode()
