"""The demo's closed discussion shows a finished synthesis: key points written by its
moderators (discussions/demo_content/synthesis/*.toml), not untouched drafts."""

import tomllib
from datetime import timedelta

import pytest
from django.utils import timezone

from discussions.demo_data import CONTRIBUTIONS
from discussions.models import Synthesis
from discussions.synthesis import demo
from discussions.synthesis.passages import short_phrase
from tests.factories.accounts import UserFactory
from tests.factories.discussions import (
    ContributionFactory,
    DiscussionPageFactory,
    GuidingQuestionFactory,
)

SLUG = "food-security-knowledge-exchange"
COUNTRIES = {"sophea.chan": "KH", "joseph.mugisha": "RW", "edson.tavares": "CV"}


@pytest.fixture
def closed(index):
    page = DiscussionPageFactory(
        parent=index,
        slug=SLUG,
        title="Food security",
        opens_at=timezone.now() - timedelta(days=100),
        closes_at=timezone.now() - timedelta(days=60),
    )
    for number in range(5):
        GuidingQuestionFactory(
            discussion=page, question=f"Question {number + 1}?", sort_order=number
        )
    users = {}
    for data in CONTRIBUTIONS:
        if data["discussion"] != SLUG:
            continue
        author = data["author"]
        if author not in users:
            users[author] = UserFactory(
                username=author, profile__country=COUNTRIES.get(author, "SN")
            )
        ContributionFactory(
            discussion=page, user=users[author], comment=data["body"], language=data["language"]
        )
    return page


def _file():
    return demo.CONTENT / f"{SLUG}.toml"


@pytest.mark.django_db
def test_the_closed_demo_discussion_gets_the_moderators_key_points_published(closed):
    data = tomllib.loads(_file().read_text(encoding="utf-8"))
    synthesis = demo.load_file(_file())
    assert synthesis.is_published
    points = list(
        synthesis.key_points.select_related("question").order_by(
            "question__sort_order", "sort_order"
        )
    )
    assert [p.title for p in points] == [
        p["title"] for p in sorted(data["points"], key=lambda p: p["question"])
    ]
    questions = {p.question.sort_order + 1 for p in points}
    assert questions == {1, 2, 3, 4, 5}  # every guiding question has its points
    for point in points:
        # Written by a moderator: a short title in their own words, not the passage's start.
        assert len(point.title) <= 70
        assert point.title != short_phrase(point.passages[0]["text"])
        assert point.text and point.text != point.passages[0]["text"]
        assert point.contributions.exists() and point.participant_count >= 1
    data_point = next(p for p in points if p.title.startswith("Decide who publishes"))
    assert data_point.participant_count == 2 and data_point.country_count == 2
    assert {p["language"] for p in data_point.passages} == {"en", "fr"}
    # Idempotent: a second load keeps what is there (and a moderator's edits).
    points[0].title = "Edited by a moderator"
    points[0].save()
    assert demo.load_file(_file()) is None
    assert (
        Synthesis.objects.get(discussion=closed)
        .key_points.filter(title="Edited by a moderator")
        .exists()
    )


@pytest.mark.django_db
def test_the_page_shows_it_to_visitors(client, closed):
    demo.load_file(_file())
    html = client.get(closed.url).content.decode()
    assert "What participants said" in html
    assert "The technique travels; the institution around it is rebuilt" in html
    assert "3 participants from 3 countries" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "source, question, error",
    [
        ("fs-nobody-1:0", 1, "no contribution “fs-nobody-1”"),
        ("fs-chan-1:99", 1, "fs-chan-1 has passages 0 to 4"),
        ("fs-chan-1:0", 9, "no guiding question 9"),
    ],
)
def test_a_file_naming_what_does_not_exist_says_what(tmp_path, closed, source, question, error):
    path = tmp_path / "broken.toml"
    path.write_text(
        f'discussion = "{SLUG}"\n[[points]]\nquestion = {question}\ntitle = "T"\ntext = "X"\n'
        f'sources = ["{source}"]\n',
        encoding="utf-8",
    )
    with pytest.raises(demo.DemoSynthesisError, match=error):
        demo.load_file(path)
    assert not Synthesis.objects.filter(discussion=closed, key_points__isnull=False).exists()
