"""The page cache under concurrent readers: after a soft purge one request rebuilds a page while
the others get the previous copy; after a hard purge (anything taken away) nobody does. After
soft purges a page is rebuilt at most once every MINGA_PAGE_CACHE_REBUILD_SECONDS (its expiry is
simulated by deleting the key that holds it, not by waiting).

A concurrent reader is simulated without threads or timing: a page tag provider (called while a
page renders) makes a second request for the same URL in the middle of the first one's rebuild.
"""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from discussions.moderation import actions
from home import page_cache
from tests.factories.accounts import UserFactory
from tests.factories.discussions import (
    ContributionFactory,
    DiscussionIndexPageFactory,
    DiscussionPageFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture(autouse=True)
def no_premoderation(settings):
    settings.MINGA_PREMODERATE_FIRST_CONTRIBUTIONS = 0
    settings.MINGA_PREMODERATE_MAX_LINKS = 1000


@pytest.fixture
def discussion(site):
    index = DiscussionIndexPageFactory(parent=site.root_page)
    return DiscussionPageFactory(parent=index, title="Learning from peers", slug="peers")


class ReaderDuringRebuild:
    """While the next page renders, `reader` requests `url` once (as a second worker would)."""

    def __init__(self):
        self.url, self.reader, self.response = None, None, None

    def __call__(self, page, request):
        if self.url is not None and self.response is None and request.path == self.url:
            self.response = "pending"  # the nested request renders too: only one reader
            self.response = self.reader.get(self.url)
        return []

    def arm(self, reader, url):
        self.url, self.reader, self.response = url, reader, None


@pytest.fixture
def concurrent():
    provider = ReaderDuringRebuild()
    page_cache._page_tag_providers.append(provider)
    yield provider
    page_cache._page_tag_providers.remove(provider)


def hold_rebuild_lock(url: str) -> str:
    """Another worker is rebuilding `url` (it took the lock and has not stored yet)."""
    key = page_cache.request_key(RequestFactory().get(url))
    versions, _hards = page_cache._current(cache.get(key)["tags"])
    lock = page_cache._lock_key(key, versions)
    assert cache.add(lock, "another worker", 60)
    return lock


def html(response) -> str:
    return response.content.decode()


def warm(client, url) -> None:
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_a_reader_gets_the_previous_copy_while_the_first_reader_rebuilds(
    client, discussion, concurrent
):
    ContributionFactory(discussion=discussion, comment="Already there")
    warm(client, discussion.url)
    ContributionFactory(discussion=discussion, comment="Posted just now")  # a soft purge
    concurrent.arm(client, discussion.url)
    first = client.get(discussion.url)

    assert first["X-Page-Cache"] == "miss"
    assert "Posted just now" in html(first)
    stale = concurrent.response
    assert stale["X-Page-Cache"] == "stale"
    assert "Already there" in html(stale) and "Posted just now" not in html(stale)
    assert int(stale["Age"]) >= 0
    assert "s-maxage" not in stale["Cache-Control"] and "max-age=0" in stale["Cache-Control"]
    # The stale copy was not stored again: the next reader gets the rebuilt page.
    after = client.get(discussion.url)
    assert after["X-Page-Cache"] == "hit" and "Posted just now" in html(after)


@pytest.fixture
def rebuild_each_time(settings):
    settings.MINGA_PAGE_CACHE_REBUILD_SECONDS = 0


def interval_ends(url: str) -> None:
    """MINGA_PAGE_CACHE_REBUILD_SECONDS have passed since the page's last rebuild began."""
    assert cache.delete(page_cache._rebuilt_key(page_cache.request_key(RequestFactory().get(url))))


@pytest.mark.usefixtures("rebuild_each_time")
def test_without_an_interval_the_first_reader_after_every_purge_rebuilds(client, discussion):
    warm(client, discussion.url)
    for text in ("First news", "Second news", "Third news"):
        ContributionFactory(discussion=discussion, comment=text)
        response = client.get(discussion.url)
        assert response["X-Page-Cache"] == "miss"
        assert text in html(response)


class PurgeDuringRendering:
    def __init__(self):
        self.tag = None

    def __call__(self, page, request):
        if self.tag:
            page_cache.purge(self.tag, hard=False)  # e.g. a contribution committed meanwhile
            self.tag = None
        return []


def test_a_busy_page_is_rebuilt_at_most_once_an_interval(client, discussion, settings):
    assert settings.MINGA_PAGE_CACHE_REBUILD_SECONDS >= 1  # the default for everyone
    warm(client, discussion.url)
    ContributionFactory(discussion=discussion, comment="First news")
    first = client.get(discussion.url)
    assert first["X-Page-Cache"] == "miss" and "First news" in html(first)
    ContributionFactory(discussion=discussion, comment="Second news")
    ContributionFactory(discussion=discussion, comment="Third news")
    for _reader in range(3):  # within the interval: the copy with the first news
        previous = client.get(discussion.url)
        assert previous["X-Page-Cache"] == "stale" and "First news" in html(previous)
        assert "Second news" not in html(previous)
    interval_ends(discussion.url)
    rebuilt = client.get(discussion.url)
    assert rebuilt["X-Page-Cache"] == "miss"
    assert "Second news" in html(rebuilt) and "Third news" in html(rebuilt)
    assert client.get(discussion.url)["X-Page-Cache"] == "hit"


@pytest.mark.parametrize("shared", [0, 1])
def test_a_shared_cache_may_keep_the_previous_copy_only_within_the_interval(
    client, discussion, settings, shared
):
    settings.MINGA_PAGE_CACHE_SHARED_SECONDS = shared
    warm(client, discussion.url)
    ContributionFactory(discussion=discussion, comment="First news")
    client.get(discussion.url)  # a rebuild: the interval begins
    ContributionFactory(discussion=discussion, comment="Second news")
    previous = client.get(discussion.url)
    assert previous["X-Page-Cache"] == "stale" and "max-age=0" in previous["Cache-Control"]
    assert ("s-maxage=1" in previous["Cache-Control"]) is (shared == 1)


def test_within_the_interval_a_hidden_contribution_still_goes_at_once(client, discussion):
    warm(client, discussion.url)
    ContributionFactory(discussion=discussion, comment="First news")
    assert "First news" in html(client.get(discussion.url))  # a rebuild: the interval begins
    contribution = ContributionFactory(discussion=discussion, comment="Soon hidden")
    assert client.get(discussion.url)["X-Page-Cache"] == "stale"
    actions.hide(contribution, UserFactory(is_staff=True), "off-topic")
    response = client.get(discussion.url)
    assert response["X-Page-Cache"] == "miss" and "Soon hidden" not in html(response)


def test_a_rebuild_rendered_before_a_purge_is_not_kept_as_fresh_after_it(client, discussion):
    warm(client, discussion.url)
    ContributionFactory(discussion=discussion, comment="A soft purge")
    provider = PurgeDuringRendering()
    page_cache._page_tag_providers.append(provider)
    try:
        provider.tag = "site"
        assert client.get(discussion.url)["X-Page-Cache"] == "miss"
    finally:
        page_cache._page_tag_providers.remove(provider)
    assert client.get(discussion.url)["X-Page-Cache"] == "stale"  # within the interval
    interval_ends(discussion.url)
    assert client.get(discussion.url)["X-Page-Cache"] == "miss"
    assert client.get(discussion.url)["X-Page-Cache"] == "hit"


def test_a_stale_copy_is_served_only_while_the_lock_is_held(client, discussion):
    """The interval counts from a rebuild, not from a reader who got the previous copy."""
    warm(client, discussion.url)
    ContributionFactory(discussion=discussion, comment="Posted meanwhile")
    lock = hold_rebuild_lock(discussion.url)
    assert client.get(discussion.url)["X-Page-Cache"] == "stale"
    cache.delete(lock)  # it expired (the rebuilding worker died): REBUILD_LOCK_SECONDS later
    response = client.get(discussion.url)
    assert response["X-Page-Cache"] == "miss" and "Posted meanwhile" in html(response)


def test_a_hidden_contribution_is_never_served_stale(client, discussion, concurrent):
    contribution = ContributionFactory(discussion=discussion, comment="Soon hidden")
    warm(client, discussion.url)
    actions.hide(contribution, UserFactory(is_staff=True), "off-topic")
    concurrent.arm(client, discussion.url)
    first = client.get(discussion.url)

    assert "Soon hidden" not in html(first)
    assert concurrent.response["X-Page-Cache"] == "miss"  # it built the page itself
    assert "Soon hidden" not in html(concurrent.response)


def test_a_hard_purge_followed_by_soft_ones_still_never_serves_the_old_copy(client, discussion):
    contribution = ContributionFactory(discussion=discussion, comment="Soon hidden")
    warm(client, discussion.url)
    actions.hide(contribution, UserFactory(is_staff=True), "off-topic")
    ContributionFactory(discussion=discussion, comment="Posted after the hiding")
    hold_rebuild_lock(discussion.url)
    response = client.get(discussion.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Soon hidden" not in html(response) and "Posted after the hiding" in html(response)


@pytest.mark.parametrize("remove", ["delete", "reject", "moderator edit"])
def test_contributions_taken_away_purge_hard(client, discussion, remove):
    contribution = ContributionFactory(discussion=discussion, comment="Taken away")
    warm(client, discussion.url)
    moderator = UserFactory(is_staff=True)
    if remove == "delete":
        contribution.delete()
    elif remove == "reject":
        actions.reject(contribution, moderator, "spam", notify=False)
    else:
        actions.edit(contribution, moderator, "Rewritten by a moderator")
    hold_rebuild_lock(discussion.url)
    response = client.get(discussion.url)
    assert response["X-Page-Cache"] == "miss" and "Taken away" not in html(response)


def test_an_unpublished_page_is_never_served_stale(client, discussion):
    warm(client, discussion.url)
    discussion.unpublish()
    hold_rebuild_lock(discussion.url)
    assert client.get(discussion.url).status_code == 404


def test_purge_is_hard_unless_told_otherwise(client, discussion):
    warm(client, discussion.url)
    page_cache.purge("site")
    hold_rebuild_lock(discussion.url)
    assert client.get(discussion.url)["X-Page-Cache"] == "miss"
    page_cache.purge("site", hard=False)
    hold_rebuild_lock(discussion.url)
    assert client.get(discussion.url)["X-Page-Cache"] == "stale"


def test_a_member_never_gets_a_cached_or_stale_page(client, discussion, concurrent):
    warm(client, discussion.url)
    ContributionFactory(discussion=discussion, comment="Posted just now")
    member = UserFactory(profile__full_name="Awa Ndiaye")
    reader = type(client)()
    reader.force_login(member)
    concurrent.arm(reader, discussion.url)
    client.get(discussion.url)  # an anonymous reader rebuilds; the member asks meanwhile

    response = concurrent.response
    assert "X-Page-Cache" not in response
    assert "Posted just now" in html(response)
    assert "no-store" in response["Cache-Control"]
