"""What visitors see on a discussion page and its index."""

import re
from datetime import timedelta
from urllib.parse import quote, unquote

import pytest
from django.urls import reverse
from django.utils import timezone

from discussions.models import Contribution
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
    link = re.search(r'href="([^"]+)">Log in or sign up to contribute', html).group(1)
    assert link == "/en/accounts/login/?next=" + quote(discussion.url, safe="")
    filtered = client.get(discussion.url, {"question": question.pk, "sort": "newest"})
    link = re.search(r'href="([^"]+)">Log in or sign up', filtered.content.decode()).group(1)
    assert unquote(link.split("next=")[1].replace("&amp;", "&")) == (
        f"{discussion.url}?question={question.pk}&sort=newest"
    )
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
    assert f"http://testserver{discussion.url}" in body and "example.com" not in body


def _populate(discussion, authors, count):
    questions = list(discussion.guiding_questions.all())
    for i in range(count // 2):
        top = ContributionFactory(
            discussion=discussion, user=authors[i % 5], guiding_questions=questions[:2]
        )
        ContributionFactory(discussion=discussion, user=authors[(i + 1) % 5], parent_id=top.pk)


def test_page_queries_do_not_grow_with_contributions(client, discussion):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    authors = [UserFactory(profile__country=c) for c in ["KE", "SN", "PE", "NO", "BD"]]
    client.force_login(authors[0])
    client.get(discussion.url)  # warm caches (site, locale) so both counts measure the same
    counts = {}
    for total in (10, 200):
        _populate(discussion, authors, total - Contribution.objects.count())
        assert Contribution.objects.count() == total
        with CaptureQueriesContext(connection) as queries:
            response = client.get(discussion.url)
        assert response.status_code == 200
        counts[total] = len(queries)
    assert counts[10] == counts[200], counts
    assert counts[200] <= 40


def test_filters_by_question_language_and_country(client, discussion, member):
    q1, q2, _q3 = discussion.guiding_questions.all()
    ContributionFactory(
        discussion=discussion,
        user=member,
        comment="Sur la question deux",
        language="fr",
        guiding_questions=[q2],
    )
    other = UserFactory(profile__country="PE")
    ContributionFactory(
        discussion=discussion,
        user=other,
        comment="Sobre la pregunta uno",
        language="es",
        guiding_questions=[q1],
    )
    by_question = client.get(discussion.url, {"question": q2.pk}).content.decode()
    assert "Sur la question deux" in by_question and "Sobre la pregunta uno" not in by_question
    by_language = client.get(discussion.url, {"language": "es"}).content.decode()
    assert "Sobre la pregunta uno" in by_language and "Sur la question deux" not in by_language
    by_country = client.get(discussion.url, {"country": "SN"}).content.decode()
    assert "Sur la question deux" in by_country and "Sobre la pregunta uno" not in by_country
    ignored = client.get(discussion.url, {"question": "abc", "language": "xx", "country": "ZZ"})
    assert ignored.status_code == 200
    assert "Sur la question deux" in ignored.content.decode()
    assert "Sobre la pregunta uno" in ignored.content.decode()


def test_sorts_newest_oldest_and_most_replied(client, discussion):
    now = timezone.now()
    old = ContributionFactory(
        discussion=discussion, comment="Old one", submit_date=now - timedelta(days=2)
    )
    ContributionFactory(discussion=discussion, comment="New one", submit_date=now)
    ContributionFactory(discussion=discussion, parent_id=old.pk)
    html = client.get(discussion.url).content.decode()
    assert html.index("Old one") < html.index("New one")
    html = client.get(discussion.url, {"sort": "newest"}).content.decode()
    assert html.index("New one") < html.index("Old one")
    html = client.get(discussion.url, {"sort": "replies"}).content.decode()
    assert html.index("Old one") < html.index("New one")


def test_no_page_shows_more_threads_than_the_page_size_and_permalinks_open_the_right_page(
    client, discussion, settings
):
    settings.DISCUSSIONS_PAGE_SIZE = 5
    now = timezone.now()
    contributions = [
        ContributionFactory(discussion=discussion, submit_date=now - timedelta(minutes=60 - i))
        for i in range(7)
    ]
    html = client.get(discussion.url).content.decode()
    assert html.count('class="thread"') == 5
    late = contributions[-1]
    response = client.get(reverse("discussions:permalink", args=[late.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(f"{discussion.url}?page=2")
    assert response["Location"].endswith(f"#c{late.pk}")
    page_two = client.get(f"{discussion.url}?page=2").content.decode()
    assert f'id="c{late.pk}"' in page_two and page_two.count('class="thread"') == 2
    assert client.get(f"{discussion.url}?page=999").status_code == 200


def test_hidden_contributions_are_not_shown_nor_reachable(client, discussion):
    hidden = ContributionFactory(discussion=discussion, comment="Secret text", is_public=False)
    removed = ContributionFactory(discussion=discussion, comment="Removed text", is_removed=True)
    html = client.get(discussion.url).content.decode()
    assert "Secret text" not in html and "Removed text" not in html
    assert client.get(reverse("discussions:permalink", args=[hidden.pk])).status_code == 404
    assert client.get(reverse("discussions:permalink", args=[removed.pk])).status_code == 404


def test_author_sees_own_contribution_awaiting_moderation(client, discussion, member):
    ContributionFactory(discussion=discussion, user=member, comment="Mine", is_public=False)
    client.force_login(member)
    html = client.get(discussion.url).content.decode()
    assert "Mine" in html and "Awaiting moderation" in html


def test_closed_and_upcoming_discussions_explain_why_there_is_no_form(client, index, member):
    now = timezone.now()
    closed = DiscussionPageFactory(
        parent=index,
        opens_at=now - timedelta(days=9),
        closes_at=now - timedelta(days=2),
        summary="<p>What we learned</p>",
    )
    upcoming = DiscussionPageFactory(
        parent=index, opens_at=now + timedelta(days=2), closes_at=now + timedelta(days=9)
    )
    client.force_login(member)
    closed_html = client.get(closed.url).content.decode()
    assert "closed on" in closed_html and "What we learned" in closed_html
    assert "Publish contribution" not in closed_html
    upcoming_html = client.get(upcoming.url).content.decode()
    assert "opens on" in upcoming_html and "Publish contribution" not in upcoming_html


def test_member_sees_the_form_on_an_open_discussion(client, discussion, member):
    client.force_login(member)
    html = client.get(discussion.url).content.decode()
    assert "Publish contribution" in html and "What fails?" in html


def test_markdown_is_sanitised(client, discussion):
    ContributionFactory(
        discussion=discussion,
        comment="<script>alert(1)</script> [site](https://example.org) ![x](https://e.org/i.png)",
    )
    html = client.get(discussion.url).content.decode()
    assert "<script>alert(1)" not in html
    assert '<a href="https://example.org" rel="nofollow ugc">site</a>' in html
    assert "<img" not in html.split('id="contributions"')[1]
