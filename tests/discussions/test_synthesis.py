"""Moderators draft, edit and publish a synthesis per guiding question; visitors read it once
the discussion is closed, in the page, the export and the API."""

import tomllib
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from discussions.models import ContributionPassage, DraftJob, KeyPoint, Synthesis
from discussions.moderation.exports import render_export
from discussions.synthesis import editing
from discussions.synthesis.draft import compute_draft
from tests.conftest import wait_until
from tests.factories.accounts import UserFactory
from tests.factories.discussions import (
    ContributionFactory,
    DiscussionPageFactory,
    GuidingQuestionFactory,
)

THEMES = Path(__file__).with_name("data") / "synthesis_themes.toml"
COUNTRIES = ["SN", "BR", "IN", "MX", "KE", "VN"]


def _closed(index, slug="closed-talk"):
    return DiscussionPageFactory(
        parent=index,
        slug=slug,
        title="Farming knowledge",
        opens_at=timezone.now() - timedelta(days=40),
        closes_at=timezone.now() - timedelta(days=1),
    )


def _contributions(discussion, themes_by_question: dict[str, list[str]]) -> dict:
    """Contributions from the evaluation set: question -> the themes its answers are about."""
    entries = tomllib.loads(THEMES.read_text(encoding="utf-8"))["contribution"]
    questions = {}
    for order, (wording, themes) in enumerate(themes_by_question.items()):
        question = GuidingQuestionFactory(discussion=discussion, question=wording, sort_order=order)
        questions[wording] = question
        chosen = [e for e in entries if e["theme"] in themes]
        for number, entry in enumerate(chosen):
            author = UserFactory(
                username=f"{entry['theme']}-{order}-{number}",
                profile__country=COUNTRIES[number % len(COUNTRIES)],
            )
            ContributionFactory(
                discussion=discussion,
                user=author,
                comment=entry["body"],
                language=entry["language"],
                guiding_questions=[question],
            )
    return questions


@pytest.fixture
def closed_discussion(index):
    discussion = _closed(index)
    _contributions(
        discussion,
        {"What helped farmers?": ["water", "digital"], "What held exchanges back?": ["finance"]},
    )
    return discussion


def _moderator(discussion, username: str):
    """A member named moderator of `discussion` (with access to the Wagtail admin)."""
    user = UserFactory(username=username)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    discussion.moderators.add(user)
    discussion.save()
    return user


@pytest.fixture
def own_moderator(closed_discussion):
    return _moderator(closed_discussion, "local-mod")


def _themes(point: KeyPoint) -> set[str]:
    entries = tomllib.loads(THEMES.read_text(encoding="utf-8"))["contribution"]
    theme_of = {e["body"]: e["theme"] for e in entries}
    return {theme_of[c.comment] for c in point.contributions.all()}


@pytest.mark.django_db
def test_the_draft_groups_each_questions_answers_by_theme_across_languages(closed_discussion):
    synthesis = compute_draft(closed_discussion)
    first, second = closed_discussion.guiding_questions.order_by("sort_order")
    points = list(synthesis.key_points.filter(question=first, is_outlier=False))
    assert [len(_themes(p)) for p in points[:2]] == [1, 1]
    assert {t for p in points[:2] for t in _themes(p)} == {"water", "digital"}
    biggest = points[0]
    assert biggest.participant_count >= 8 and biggest.country_count == len(COUNTRIES)
    assert biggest.passages[0]["text"] == biggest.text  # the representative comes first
    assert {p["language"] for p in biggest.passages} == {"en", "fr", "es", "pt"}
    assert synthesis.key_points.filter(question=second, is_outlier=False).exists()
    assert synthesis.status == "draft" and synthesis.job == DraftJob.DONE


@pytest.mark.django_db
def test_a_second_draft_reuses_the_stored_passages_and_embeds_only_edited_text(
    closed_discussion, monkeypatch
):
    compute_draft(closed_discussion)
    edited = closed_discussion.contributions.first()
    edited.comment += " We also trained the water users' committees."
    edited.save()
    embedded = []
    real = compute_draft.__globals__["embed_passages"]
    monkeypatch.setitem(
        compute_draft.__globals__,
        "embed_passages",
        lambda texts: embedded.extend(texts) or real(texts),
    )
    compute_draft(closed_discussion)
    assert embedded == [edited.comment]


@pytest.mark.django_db
def test_visitors_see_the_published_synthesis_per_question_only_once_published(
    client, closed_discussion
):
    synthesis = compute_draft(closed_discussion)
    point = synthesis.key_points.filter(is_outlier=False).first()
    editing.update_point(point, "Water is shared by rota", "Users agree on turns first.")
    url = closed_discussion.url
    assert "What participants said" not in client.get(url).content.decode()

    editing.set_published(synthesis, True)
    page = client.get(url).content.decode()
    assert "What participants said" in page
    assert "Water is shared by rota" in page and "Users agree on turns first." in page
    assert f"{point.participant_count} participants from {point.country_count} countries" in page
    contribution = point.contributions.first()
    assert f'href="{contribution.get_absolute_url()}"' in page
    assert page.index("What participants said") < page.index('id="contributions"')
    untouched = synthesis.key_points.filter(is_outlier=False).exclude(pk=point.pk).first()
    language = untouched.passages[0]["language"]
    assert f'<h4 lang="{language}">{escape(untouched.title)}</h4>' in page


@pytest.mark.django_db
def test_the_kept_synthesis_follows_each_edit_and_unpublishing(
    client, closed_discussion, page_cache_on, django_capture_on_commit_callbacks
):
    """The synthesis is kept in the cache between pages (members get pages built each time):
    an edit or unpublishing shows on the next page."""
    client.force_login(UserFactory())
    synthesis = compute_draft(closed_discussion)
    point = synthesis.key_points.filter(is_outlier=False).first()
    with django_capture_on_commit_callbacks(execute=True):
        editing.set_published(synthesis, True)
        editing.update_point(point, "Water is shared by rota", "Users agree on turns first.")
    assert "Water is shared by rota" in client.get(closed_discussion.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        editing.update_point(point, "Turns are agreed first", "")
    page = client.get(closed_discussion.url).content.decode()
    assert "Turns are agreed first" in page and "Water is shared by rota" not in page
    with django_capture_on_commit_callbacks(execute=True):
        editing.set_published(synthesis, False)
    assert "What participants said" not in client.get(closed_discussion.url).content.decode()


@pytest.mark.django_db
def test_an_open_discussion_does_not_show_a_published_synthesis(client, discussion, questions):
    ContributionFactory(discussion=discussion, guiding_questions=[questions[0]])
    editing.set_published(compute_draft(discussion), True)
    assert "What participants said" not in client.get(discussion.url).content.decode()


@pytest.mark.django_db
def test_only_the_discussions_moderators_open_its_synthesis(client, index, closed_discussion):
    other = _closed(index, slug="other-talk")
    stranger = _moderator(other, "other-mod")
    client.force_login(stranger)
    refused = [
        client.get(reverse("synthesis_admin:synthesis", args=[closed_discussion.pk])),
        client.post(reverse("synthesis_admin:compute", args=[closed_discussion.pk])),
    ]
    # Wagtail answers a refusal inside its admin with a redirect to the dashboard.
    assert all(r.status_code == 403 or r.url == "/admin/" for r in refused)
    assert not Synthesis.objects.filter(discussion=closed_discussion, job=DraftJob.QUEUED).exists()


@pytest.mark.django_db
def test_the_discussion_page_in_the_admin_offers_its_editors_the_synthesis(
    client, closed_discussion
):
    client.force_login(UserFactory(username="editor", is_staff=True, is_superuser=True))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[closed_discussion.pk]))
    assert f'href="/admin/synthesis/{closed_discussion.pk}/"' in edit.content.decode()


@pytest.mark.django_db
def test_a_moderator_edits_reorders_merges_drops_and_publishes(
    client, closed_discussion, own_moderator
):
    compute_draft(closed_discussion)
    client.force_login(own_moderator)
    page = client.get(reverse("synthesis_admin:synthesis", args=[closed_discussion.pk]))
    assert page.status_code == 200 and "Publish the synthesis" in page.content.decode()
    question = closed_discussion.guiding_questions.order_by("sort_order").first()
    first, second, *_rest = KeyPoint.objects.filter(question=question, is_outlier=False)

    def act(point, action, **data):
        return client.post(reverse("synthesis_admin:point", args=[point.pk, action]), data)

    act(first, "edit", **{f"p{first.pk}-title": "  ", f"p{first.pk}-text": "x"})
    first.refresh_from_db()
    assert first.title != "x" and first.text != "x"  # a blank title is refused, nothing saved
    act(first, "edit", **{f"p{first.pk}-title": "Irrigation by rota", f"p{first.pk}-text": "Mine."})
    act(second, "up")
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.title, first.text) == ("Irrigation by rota", "Mine.")
    assert second.sort_order < first.sort_order

    contributions = first.contributions.count() + second.contributions.count()
    client.post(
        reverse("synthesis_admin:merge", args=[closed_discussion.pk]),
        {"points": [first.pk, second.pk]},
    )
    first.refresh_from_db()
    assert first.contributions.count() == contributions
    assert not KeyPoint.objects.filter(pk=second.pk).exists()
    act(first, "drop")
    assert not KeyPoint.objects.filter(pk=first.pk).exists()

    client.post(reverse("synthesis_admin:publish", args=[closed_discussion.pk]), {"published": "1"})
    assert Synthesis.objects.get(discussion=closed_discussion).is_published


@pytest.mark.django_db
def test_the_export_and_the_api_carry_the_published_synthesis(client, closed_discussion):
    synthesis = compute_draft(closed_discussion)
    point = synthesis.key_points.filter(is_outlier=False).first()
    editing.update_point(point, "Water is shared by rota", "Users agree on turns first.")
    markdown = render_export(closed_discussion, "md")[0].decode()
    assert "## Synthesis" not in markdown
    editing.set_published(synthesis, True)
    markdown = render_export(closed_discussion, "md")[0].decode()
    assert "## Synthesis" in markdown and "**Water is shared by rota**" in markdown
    assert markdown.index("## Synthesis") < markdown.index("## 1. What helped farmers?")
    docx = render_export(closed_discussion, "docx")[0]
    assert docx[:2] == b"PK"

    response = client.get(f"/api/v2/pages/{closed_discussion.pk}/")
    data = response.json()["synthesis"]
    first = data["questions"][0]
    assert first["question"] == "What helped farmers?"
    assert first["key_points"][0]["title"] == "Water is shared by rota"
    assert first["key_points"][0]["participants"] == point.participant_count
    assert len(first["key_points"][0]["contributions"]) == point.contributions.count()


@pytest.mark.django_db(transaction=True)
def test_the_draft_is_computed_in_the_background_with_its_progress(
    client, site, own_moderator, closed_discussion
):
    client.force_login(own_moderator)
    response = client.post(reverse("synthesis_admin:compute", args=[closed_discussion.pk]))
    assert response.status_code == 302
    done = wait_until(
        lambda: Synthesis.objects.filter(discussion=closed_discussion, job=DraftJob.DONE).exists(),
        timeout=180,
    )
    assert done
    state = client.get(reverse("synthesis_admin:progress", args=[closed_discussion.pk])).json()
    assert state == {"job": "done", "progress": 100}
    assert KeyPoint.objects.filter(synthesis__discussion=closed_discussion).count() >= 3


@pytest.mark.django_db(transaction=True)
def test_with_embedding_on_post_a_published_contribution_has_its_passages_stored(
    settings, discussion, questions
):
    settings.SYNTHESIS_EMBED_ON_POST = True
    body = "Peer visits worked.\n\nFarmers agreed on a rotation schedule for the shared canals."
    contribution = ContributionFactory(discussion=discussion, comment=body)
    stored = ContributionPassage.objects.filter(contribution=contribution)
    assert wait_until(stored.exists, timeout=120)
    assert list(stored.values_list("text", flat=True)) == [
        "Farmers agreed on a rotation schedule for the shared canals."
    ]
    assert len(bytes(stored.get().embedding)) == 384 * 4
