"""What visitors see on a discussion page and its index."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory, DiscussionPageFactory

pytestmark = pytest.mark.django_db


def test_visitor_sees_questions_contributions_and_login_invitation(client, discussion, member):
    question = discussion.guiding_questions.all()[1]
    ContributionFactory(
        discussion=discussion,
        user=member,
        comment="We **share** failures.",
        guiding_questions=[question],
    )
    response = client.get(discussion.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "What fails?" in html and f'id="q{question.pk}"' in html
    assert "<strong>share</strong>" in html
    assert "Awa Ndiaye" in html and "Dakar Lab" in html and "Senegal" in html
    assert "Log in or sign up to contribute" in html
    assert f"?next={discussion.url}" in html
    assert "Question 2" in html


def test_index_lists_open_then_upcoming_then_closed(client, index):
    now = timezone.now()
    closed = DiscussionPageFactory(
        parent=index,
        title="Closed one",
        opens_at=now - timedelta(days=30),
        closes_at=now - timedelta(days=1),
    )
    upcoming = DiscussionPageFactory(
        parent=index,
        title="Upcoming one",
        opens_at=now + timedelta(days=3),
        closes_at=now + timedelta(days=9),
    )
    open_ = DiscussionPageFactory(parent=index, title="Open one")
    ContributionFactory(discussion=open_)
    html = client.get(index.url).content.decode()
    assert html.index("Open one") < html.index("Upcoming one") < html.index("Closed one")
    assert "1 contribution" in html and "1 participant" in html
    assert closed.title and upcoming.title


def test_feed_lists_published_contributions(client, discussion, member):
    ContributionFactory(discussion=discussion, user=member, comment="Visible text")
    ContributionFactory(discussion=discussion, comment="Hidden text", is_public=False)
    response = client.get(discussion.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "Visible text" in body and "Hidden text" not in body


@pytest.mark.parametrize("count", [10, 200])
def test_page_queries_do_not_grow_with_contributions(
    client, discussion, django_assert_max_num_queries, count
):
    questions = list(discussion.guiding_questions.all())
    authors = [UserFactory(profile__country="KE") for _ in range(5)]
    tops = [
        ContributionFactory(
            discussion=discussion, user=authors[i % 5], guiding_questions=questions[:2]
        )
        for i in range(count // 2)
    ]
    for i, top in enumerate(tops):
        ContributionFactory(discussion=discussion, user=authors[i % 5], parent_id=top.pk)
    client.force_login(authors[0])
    with django_assert_max_num_queries(40):
        response = client.get(discussion.url)
    assert response.status_code == 200
