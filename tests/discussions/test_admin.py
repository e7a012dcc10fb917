"""Editors create discussions in the Wagtail admin and reorder questions without losing links."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from discussions.models import DiscussionIndexPage, DiscussionPage
from home.models import HomePage
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", is_staff=True, is_superuser=True)


def test_page_types_are_created_only_where_they_belong():
    assert DiscussionIndexPage.allowed_parent_page_models() == [HomePage]
    assert DiscussionPage.allowed_parent_page_models() == [DiscussionIndexPage]
    assert DiscussionPage.allowed_subpage_models() == []


def _page_data(questions, initial=0, **extra):
    data = {
        "title": "Cities and floods",
        "slug": "cities-and-floods",
        "introduction": "Short",
        "background": rich_text("<p>Background</p>"),
        "summary": rich_text(""),
        "opens_at": "2026-01-01 09:00",
        "closes_at": "2026-02-01 09:00",
        "timezone": "Africa/Nairobi",
        "guiding_questions": inline_formset(questions, initial=initial),
        **extra,
    }
    form_data = nested_form_data(data)
    form_data["accepted_languages"] = ["en", "fr"]
    return form_data


def test_editor_creates_a_discussion_with_questions(client, index, editor):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=["discussions", "discussionpage", index.pk])
    assert client.get(url).status_code == 200
    questions = [
        {"section": "Broad", "question": "Why?", "explanation": "", "ORDER": 1},
        {"section": "Model", "question": "How?", "explanation": "Be concrete", "ORDER": 2},
    ]
    response = client.post(url, _page_data(questions, **{"action-publish": "publish"}))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = DiscussionPage.objects.get(slug="cities-and-floods")
    assert page.accepted_languages == ["en", "fr"]
    assert [(q.number, q.question) for q in page.numbered_questions] == [(1, "Why?"), (2, "How?")]


def test_closing_before_opening_is_refused(client, index, editor):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=["discussions", "discussionpage", index.pk])
    response = client.post(url, _page_data([], closes_at="2025-12-01 09:00"))
    assert response.status_code == 200
    assert "must close after it opens" in response.content.decode()


def test_reordering_and_editing_questions_keeps_their_contributions(client, discussion, editor):
    first, second, third = discussion.guiding_questions.all()
    contribution = ContributionFactory(discussion=discussion, guiding_questions=[second])
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[discussion.pk])
    # The admin lists the forms in their current order; moving question 2 up swaps ORDER values.
    questions = [
        {"id": first.pk, "section": "Broad", "question": first.question, "ORDER": 2},
        {"id": second.pk, "section": "Broad", "question": "What fails, and why?", "ORDER": 1},
        {"id": third.pk, "section": "Model", "question": third.question, "ORDER": 3},
    ]
    for question in questions:
        question["explanation"] = ""
    data = _page_data(
        questions,
        initial=3,
        title=discussion.title,
        slug=discussion.slug,
        opens_at=discussion.opens_at.strftime("%Y-%m-%d %H:%M"),
        closes_at=discussion.closes_at.strftime("%Y-%m-%d %H:%M"),
        **{"action-publish": "publish"},
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = DiscussionPage.objects.get(pk=discussion.pk)
    assert [q.pk for q in page.numbered_questions] == [second.pk, first.pk, third.pk]
    assert page.numbered_questions[0].question == "What fails, and why?"
    assert list(contribution.guiding_questions.values_list("pk", flat=True)) == [second.pk]


def test_editor_previews_a_new_discussion_before_saving_it(client, index, editor):
    client.force_login(editor)
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=["discussions", "discussionpage", index.pk]
    )
    questions = [{"section": "Broad", "question": "Why?", "explanation": "", "ORDER": 1}]
    response = client.post(url, _page_data(questions))
    assert response.json()["is_valid"]
    preview = client.get(url)
    assert preview.status_code == 200
    assert "Why?" in preview.content.decode()


def test_editor_previews_an_existing_discussion(client, discussion, editor):
    client.force_login(editor)
    ContributionFactory(discussion=discussion, comment="Previewed contribution")
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[discussion.pk])
    data = _page_data(
        [],
        title=discussion.title,
        slug=discussion.slug,
        opens_at=discussion.opens_at.strftime("%Y-%m-%d %H:%M"),
        closes_at=discussion.closes_at.strftime("%Y-%m-%d %H:%M"),
    )
    assert client.post(url, data).json()["is_valid"]
    assert "Previewed contribution" in client.get(url).content.decode()


def test_dashboard_lists_open_discussions_with_their_activity(client, discussion, editor):
    ContributionFactory(discussion=discussion)
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Open discussions" in html and discussion.title in html
