"""Every page type answers in at most 15 SQL queries, the same number for any amount of data.

Measured as a visitor and as a logged-in member (a plain member, a discussion's moderator) with
the page cache out of the way (the page is built every time) and the fragment caches on and
primed by a first request: the figure a busy site pays per page.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from discussions.models import Contribution
from discussions.moderation.signals import DISCUSSION_MODERATORS
from home.setup import set_navigation
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory
from tests.factories.practices import (
    GoodPracticePageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    PracticeIndexPageFactory,
)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15


@pytest.fixture(autouse=True)
def fragments_cached_pages_built(settings, monkeypatch):
    settings.MINGA_PAGE_CACHE = True
    # The search index's stamp is read at most once a second: count the request that reads it,
    # not whichever the machine's speed happens to give (a busy machine counted one more).
    monkeypatch.setattr("search.snapshot.STAMP_TTL", 0.0)
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if not m.endswith("PageCacheMiddleware")]
    cache.clear()
    yield
    cache.clear()


def queries(client, url: str) -> int:
    assert client.get(url).status_code == 200  # primes settings rows and fragment caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    assert response.get("X-Page-Cache") is None  # built, not served from the page cache
    return len(captured)


def assert_few_and_constant(client, url: str, grow, label: str) -> None:
    """At most MAX_QUERIES for `url`, and the same count after `grow()` added data."""
    few = queries(client, url)
    grow()
    cache.clear()
    many = queries(client, url)
    assert many <= MAX_QUERIES, f"{label}: {many} queries"
    assert many == few, f"{label}: {few} queries with small data, {many} with large"


# ---- the catalogue ----------------------------------------------------------------------------


@pytest.fixture
def catalogue(site, index):
    practices = PracticeIndexPageFactory(parent=site.root_page)
    partners = PartnerIndexPageFactory(parent=site.root_page)
    set_navigation(discussions_page=index, practices_page=practices, partners_page=partners)
    partner = PartnerPageFactory(parent=partners, title="Seed network")
    practice = GoodPracticePageFactory(
        parent=practices,
        title="Seed banks",
        countries=["KE"],
        sdgs=[2],
        themes=["Food security"],
        partners=[(partner, "provider")],
    )
    GoodPracticePageFactory(
        parent=practices, title="Seed fairs", countries=["SN"], sdgs=[2], themes=["Food security"]
    )
    return {"practices": practices, "partners": partners, "partner": partner, "practice": practice}


def grow_catalogue(catalogue, n: int = 25) -> None:
    """Many more practices, each sharing taxonomy with the measured one, and more partners."""
    for number in range(n):
        other = PartnerPageFactory(parent=catalogue["partners"])
        GoodPracticePageFactory(
            parent=catalogue["practices"],
            countries=["KE", "UG", "BR"][: 1 + number % 3],
            sdgs=[2, 6, 13][: 1 + number % 3],
            themes=["Food security", "Water"][: 1 + number % 2],
            partners=[(catalogue["partner"], "partner"), (other, "funder")],
        )


CATALOGUE_PAGES = {
    "home": lambda c: "/en/",
    "practice index": lambda c: c["practices"].url,
    "practice index, filtered": lambda c: c["practices"].url + "?sdg=2&region=002",
    "practice page": lambda c: c["practice"].url,
    "practice page, another language": lambda c: "/fr" + c["practice"].url[3:],
    "partner index": lambda c: c["partners"].url,
    "partner page": lambda c: c["partner"].url,
    "search page": lambda c: "/en/search/?q=seed",
}


@pytest.mark.parametrize("page", list(CATALOGUE_PAGES))
def test_a_catalogue_page_costs_the_same_few_queries_for_any_number_of_practices(
    client, catalogue, page
):
    url = CATALOGUE_PAGES[page](catalogue)
    assert_few_and_constant(client, url, lambda: grow_catalogue(catalogue), page)


# ---- discussions ------------------------------------------------------------------------------


def grow_discussion(discussion, threads: int, replies: int) -> None:
    authors = [UserFactory() for _ in range(4)]
    for number in range(threads):
        thread = ContributionFactory(
            discussion=discussion, user=authors[number % 4], comment=f"Thread {number}"
        )
        for reply in range(replies):
            ContributionFactory(
                discussion=discussion,
                user=authors[reply % 4],
                parent_id=thread.pk,
                comment=f"Reply {reply} to thread {number}",
            )


def biggest_thread_url(discussion) -> str:
    first = Contribution.objects.filter(discussion=discussion, level=0).order_by("pk").first()
    return f"{discussion.url}thread/{first.pk}/"


DISCUSSION_PAGES = {
    "discussion index": lambda d: d.get_parent().url,
    "discussion page": lambda d: d.url,
    "discussion page, another language": lambda d: "/ar" + d.url[3:],
    "thread page": biggest_thread_url,
    "discussion feed": lambda d: f"{d.url}feed/",
}


@pytest.mark.parametrize("page", list(DISCUSSION_PAGES))
def test_a_discussion_page_costs_the_same_few_queries_for_any_number_of_contributions(
    client, index, discussion, page
):
    set_navigation(discussions_page=index)
    grow_discussion(discussion, threads=2, replies=2)
    url = DISCUSSION_PAGES[page](discussion)
    assert_few_and_constant(
        client, url, lambda: grow_discussion(discussion, threads=20, replies=3), page
    )


# ---- logged-in members ------------------------------------------------------------------------
# What a member gets is always built (never the page cache): the session, the member with their
# profile and permissions, their own links, the contribution form. A discussion's moderator also
# reaches the admin, so the Wagtail user bar is drawn for them.


@pytest.fixture(params=["member", "moderator"])
def reader(request, client, discussion):
    user = UserFactory(username=request.param)
    if request.param == "moderator":
        discussion.moderators.add(user)
        discussion.save()  # a parental relation is written with its page
        Group.objects.get(name=DISCUSSION_MODERATORS).user_set.add(user)
    client.force_login(user)
    return user


MEMBER_DISCUSSION_PAGES = {
    **{name: url for name, url in DISCUSSION_PAGES.items() if name != "discussion feed"},
    "contribution edit page": lambda d: own_contribution_url(d, "edit"),
    "profile page": lambda d: "/en/accounts/profile/",
}


def own_contribution_url(discussion, action: str) -> str:
    own = Contribution.objects.filter(discussion=discussion, user__username__in=READERS).first()
    return f"/en/contributions/{own.pk}/{action}/"


READERS = ("member", "moderator")


@pytest.mark.parametrize("page", list(MEMBER_DISCUSSION_PAGES))
def test_a_members_discussion_page_costs_the_same_few_queries_for_any_number_of_contributions(
    client, index, discussion, reader, page
):
    set_navigation(discussions_page=index)
    grow_discussion(discussion, threads=2, replies=2)
    ContributionFactory(discussion=discussion, user=reader, comment="My own view")
    url = MEMBER_DISCUSSION_PAGES[page](discussion)

    def grow():
        grow_discussion(discussion, threads=20, replies=3)
        ContributionFactory.create_batch(5, discussion=discussion, user=reader)

    assert_few_and_constant(client, url, grow, f"{page} for a {reader.username}")


@pytest.mark.parametrize("page", list(CATALOGUE_PAGES))
def test_a_members_catalogue_page_costs_the_same_few_queries_for_any_number_of_practices(
    client, catalogue, reader, page
):
    url = CATALOGUE_PAGES[page](catalogue)
    label = f"{page} for a {reader.username}"
    assert_few_and_constant(client, url, lambda: grow_catalogue(catalogue), label)


# ---- the demo: pages with a hero image and a gallery ------------------------------------------
# Each image's renditions (every size and format its <picture> draws) come from the renditions
# cache once made: a hero image and a gallery cost their image rows, never a rendition query.


def demo_pages() -> dict:
    from django.db.models import Count

    from discussions.models import DiscussionPage
    from practices.models import GoodPracticePage

    discussion = (
        DiscussionPage.objects.live()
        .filter(hero_image__isnull=False)
        .annotate(n=Count("contributions"))
        .order_by("-n", "pk")
        .first()
    )
    practice = next(
        practice
        for practice in GoodPracticePage.objects.live()
        .filter(hero_image__isnull=False, locale__language_code="en")
        .order_by("pk")
        if practice.gallery
    )
    assert discussion.gallery
    return {"demo discussion": discussion.url, "demo practice": practice.url}


@pytest.mark.django_db(transaction=True)  # the demo is loaded once, run after the others
@pytest.mark.parametrize("shown", ["demo discussion", "demo practice"])
def test_a_demo_page_with_a_hero_image_and_a_gallery_costs_few_queries(client, demo_site, shown):
    url = demo_pages()[shown]
    html = client.get(url).content.decode()
    assert html.count("<picture") >= 4  # the hero and a gallery of three
    many = queries(client, url)
    assert many <= MAX_QUERIES, f"{shown}: {many} queries"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("shown", ["demo discussion", "demo practice"])
def test_a_members_demo_page_with_a_hero_image_and_a_gallery_costs_few_queries(
    client, demo_site, shown
):
    client.force_login(UserFactory(username="member"))
    url = demo_pages()[shown]
    many = queries(client, url)
    assert many <= MAX_QUERIES, f"{shown} for a member: {many} queries"


# ---- every demo discussion, in every language, for every kind of reader ----------------------
# The demo's closed discussion shows a published synthesis; its moderator edits pages, so the
# Wagtail user bar carries the page's items. Each page is checked for the visitor, the demo
# member who contributed most (follows, contributions, translations) and the demo moderator.


def demo_discussion_urls() -> list[str]:
    from discussions.models import DiscussionPage

    urls = []
    for page in DiscussionPage.objects.live().select_related("locale").order_by("pk"):
        with translation.override(page.locale.language_code):
            url = page.get_url()
        urls.append(url)
        first = Contribution.objects.filter(discussion=page.contributions_home, level=0)
        if page.locale.language_code == "en" and first.exists():
            urls.append(f"{url}thread/{first.order_by('pk').first().pk}/")
    return urls


def demo_reader(kind: str):
    from django.contrib.auth import get_user_model
    from django.db.models import Count

    users = get_user_model().objects
    if kind == "moderator":
        return users.get(username="moderator")
    return (
        users.filter(is_staff=False, is_superuser=False)
        .annotate(n=Count("comment_comments"))
        .order_by("-n", "pk")
        .first()
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("kind", ["visitor", "member", "moderator"])
def test_every_demo_discussion_page_costs_few_queries_for_every_reader(client, demo_site, kind):
    if kind != "visitor":
        client.force_login(demo_reader(kind))
    urls = demo_discussion_urls()
    assert any("/ar/" in url for url in urls) and len(urls) >= 6
    costly = {url: n for url in urls if (n := queries(client, url)) > MAX_QUERIES}
    assert not costly, f"{kind}: {costly}"


def demo_partner_urls() -> list[str]:
    """Every live partner page of the demo, in its own language."""
    from practices.models import PartnerPage

    urls = []
    for page in PartnerPage.objects.live().select_related("locale").order_by("pk"):
        with translation.override(page.locale.language_code):
            urls.append(page.get_url())
    return urls


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("kind", ["visitor", "member", "moderator"])
def test_every_demo_partner_page_costs_few_queries_for_every_reader(client, demo_site, kind):
    """Partners organise and facilitate discussions in several languages, and take part in
    practices: what a partner page lists must not cost a query per language version."""
    if kind != "visitor":
        client.force_login(demo_reader(kind))
    urls = demo_partner_urls()
    assert len(urls) >= 10
    costly = {url: n for url in urls if (n := queries(client, url)) > MAX_QUERIES}
    assert not costly, f"{kind}: {costly}"
