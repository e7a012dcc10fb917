import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from discussions.models import Contribution
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory

pytestmark = pytest.mark.django_db

LONG_TEXT = "A long account of what worked and what did not. " * 120  # about 6 KB


@pytest.fixture
def long_discussion(discussion, member):
    """30 threads, one with 120 replies; some bodies far longer than the fold."""
    authors = [member, UserFactory(), UserFactory()]
    threads = [
        ContributionFactory(
            discussion=discussion,
            user=authors[n % 3],
            comment=LONG_TEXT if n % 5 == 0 else f"Thread {n}",
        )
        for n in range(30)
    ]
    big = threads[3]
    for n in range(120):
        ContributionFactory(
            discussion=discussion,
            user=authors[n % 3],
            parent_id=big.pk,
            comment=LONG_TEXT if n % 4 == 0 else f"Reply {n}",
        )
    ContributionFactory(discussion=discussion, user=member, parent_id=threads[1].pk)
    return discussion


def pages_of(client, first_url: str) -> list[str]:
    """The HTML of a listing and every page its pagination links to."""
    html = client.get(first_url).content.decode()
    pages = [html]
    numbers = {int(n) for n in re.findall(r'href="\?page=(\d+)', html)}
    for number in sorted(numbers - {1}):
        pages.append(client.get(f"{first_url}?page={number}").content.decode())
    return pages


@pytest.mark.parametrize("logged_in", [False, True])
def test_no_page_of_a_long_discussion_is_over_100_kb(client, long_discussion, member, logged_in):
    if logged_in:
        client.force_login(member)
    big = Contribution.objects.filter(discussion=long_discussion, level=0)[3]
    listing = pages_of(client, long_discussion.url)
    thread = pages_of(client, f"{long_discussion.url}thread/{big.pk}/")
    assert len(listing) == 2
    assert len(thread) > 1
    for html in listing + thread:
        assert len(html.encode()) < 100_000


def test_every_contribution_is_reachable_by_its_permalink_without_javascript(
    client, long_discussion
):
    for contribution in Contribution.objects.filter(discussion=long_discussion)[::3]:
        response = client.get(f"/contributions/{contribution.pk}/", follow=True)
        assert response.status_code == 200
        assert f'id="c{contribution.pk}"' in response.content.decode()


def test_a_long_body_is_folded_in_the_listing_and_whole_on_its_thread_page(client, long_discussion):
    listing = client.get(long_discussion.url).content.decode()
    assert "Read the whole contribution" in listing
    assert LONG_TEXT.strip() not in listing
    first = Contribution.objects.filter(discussion=long_discussion, level=0).first()
    thread = client.get(f"{long_discussion.url}thread/{first.pk}/").content.decode()
    assert LONG_TEXT.strip() in thread


def test_the_listing_shows_the_first_replies_and_links_to_the_rest_of_the_thread(
    client, long_discussion
):
    big = Contribution.objects.filter(discussion=long_discussion, level=0)[3]
    listing = client.get(long_discussion.url).content.decode()
    assert "120 replies" in listing
    assert "Read the whole thread (118 more replies)" in listing
    assert f"thread/{big.pk}/" in listing


def test_a_thread_page_answers_404_for_a_missing_thread_or_page(client, long_discussion):
    big = Contribution.objects.filter(discussion=long_discussion, level=0)[3]
    assert client.get(f"{long_discussion.url}thread/999999/").status_code == 404
    assert client.get(f"{long_discussion.url}thread/{big.pk}/?page=999").status_code == 404
    assert client.get(f"{long_discussion.url}thread/{big.pk}/?page=x").status_code == 404


def test_a_reply_is_not_a_thread_page(client, long_discussion):
    reply = Contribution.objects.filter(discussion=long_discussion, level=1).first()
    assert client.get(f"{long_discussion.url}thread/{reply.pk}/").status_code == 404


def test_the_discussion_page_costs_the_same_queries_for_any_number_of_contributions(
    client, discussion, member
):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(discussion.url).status_code == 200
        return len(captured)

    for n in range(3):
        parent = ContributionFactory(discussion=discussion, user=member, comment=f"T{n}")
        ContributionFactory(discussion=discussion, user=member, parent_id=parent.pk)
    queries()  # the first request creates the site's settings
    few = queries()
    for n in range(40):
        parent = ContributionFactory(discussion=discussion, user=UserFactory(), comment=f"U{n}")
        for _reply in range(3):
            ContributionFactory(discussion=discussion, user=member, parent_id=parent.pk)
    assert queries() == few
