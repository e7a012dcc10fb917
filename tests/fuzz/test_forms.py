"""No form field (contribution, sign-up, practice proposal) answers 5xx, whatever it holds."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from discussions.forms import ContributionForm

from .strategies import form_body, hostile_text

pytestmark = pytest.mark.django_db

FORM = "application/x-www-form-urlencoded"


def post(client, url: str, fields: dict):
    response = client.post(url, form_body(fields), content_type=FORM)
    assert response.status_code < 500, f"{response.status_code} for {fields!r}"
    return response


def overrides(names: list[str]):
    return st.dictionaries(
        st.sampled_from(names), st.one_of(hostile_text, st.lists(hostile_text, max_size=3))
    )


def test_no_contribution_field_makes_posting_fail(client, pages, member):
    discussion = pages["discussion"]
    client.force_login(member)
    security = ContributionForm(discussion, user=member).generate_security_data()
    url = reverse("discussions:post", args=[discussion.pk])
    names = ["comment", "language", "guiding_questions", "reply_to", "followup", "honeypot"]

    @given(fields=overrides(names), comment=hostile_text)
    def check(fields, comment):
        post(client, url, {**security, "comment": comment, "reply_to": "0", **fields})

    check()


def test_no_sign_up_field_makes_sign_up_fail(client, pages):
    names = [
        "email",
        "username",
        "password1",
        "password2",
        "full_name",
        "organisation",
        "partner",
        "country",
        "role",
        "preferred_language",
        "bio",
    ]
    valid = {
        "email": "ana@example.org",
        "username": "ana",
        "password1": "quiet-river-stones-42",
        "password2": "quiet-river-stones-42",
        "full_name": "Ana Souza",
        "country": "BR",
        "preferred_language": "pt",
    }

    @given(fields=overrides(names))
    def check(fields):
        cache.clear()  # allauth's own limits must not hide the form
        post(client, "/en/accounts/signup/", {**valid, **fields})

    check()


def test_no_proposal_field_makes_a_practice_proposal_fail(client, pages, member):
    client.force_login(member)
    names = [
        "title",
        "summary",
        "countries",
        "sdgs",
        "themes",
        "modality",
        "start_year",
        "end_year",
        "challenge",
        "solution",
        "results",
        "url",
        "language",
    ]
    valid = {"title": "Seeds", "summary": "Farmers share seed.", "countries": ["KE"], "sdgs": ["2"]}

    @given(fields=overrides(names))
    def check(fields):
        post(client, "/en/practices-submit/", {**valid, "language": "en", **fields})

    check()
