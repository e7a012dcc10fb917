"""The anonymous page cache: hits, conditional GET, and one test per invalidation trigger."""

import pytest
from wagtail.models import PageViewRestriction

from discussions.models import Contribution
from discussions.moderation import actions
from home.models import NavigationSettings
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory, DiscussionPageFactory
from tests.factories.practices import (
    GoodPracticePageFactory,
    PracticeIndexPageFactory,
    ThemeFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def practices(site):
    return PracticeIndexPageFactory(parent=site.root_page)


@pytest.fixture
def practice(practices):
    return GoodPracticePageFactory(parent=practices, title="Seed banks", themes=["Water"])


@pytest.fixture
def other_discussion(index):
    return DiscussionPageFactory(parent=index, title="Another talk", slug="another")


def get(client, url, **headers):
    return client.get(url, **headers)


def is_hit(client, url) -> bool:
    return get(client, url).get("X-Page-Cache") == "hit"


def warm(client, *urls) -> None:
    for url in urls:
        assert get(client, url).status_code == 200
        assert is_hit(client, url), url


def test_an_anonymous_page_is_served_from_the_cache_the_second_time(client, discussion):
    first = client.get(discussion.url)
    second = client.get(discussion.url)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"]


def test_a_cached_page_answers_304_to_a_matching_etag(client, discussion):
    etag = client.get(discussion.url)["ETag"]
    response = client.get(discussion.url, headers={"if-none-match": etag})
    assert response.status_code == 304


def test_the_cache_key_includes_the_query_string(client, discussion):
    warm(client, discussion.url)
    assert client.get(f"{discussion.url}?sort=newest")["X-Page-Cache"] == "miss"


def test_head_works_wherever_get_does(client, discussion):
    assert client.head(discussion.url).status_code == 200
    assert client.head("/api/search/?q=water").status_code == 200


def test_the_search_api_is_cached(client, discussion):
    client.get("/api/search/?q=water")
    assert client.get("/api/search/?q=water")["X-Page-Cache"] == "hit"


# ---- members ---------------------------------------------------------------------------------


def test_a_member_gets_a_fresh_page_never_the_anonymous_one(client, discussion, member):
    warm(client, discussion.url)
    client.force_login(member)
    response = client.get(discussion.url)
    assert "X-Page-Cache" not in response
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "Log out" in response.content.decode()


def test_a_members_page_is_never_served_to_anyone_else(client, discussion, member):
    client.force_login(member)
    client.get(discussion.url)
    client.logout()
    anonymous = client.get(discussion.url)
    assert anonymous["X-Page-Cache"] == "miss"
    assert "Log out" not in anonymous.content.decode()
    other = UserFactory(profile__full_name="Kofi Mensah")
    client.force_login(other)
    assert "X-Page-Cache" not in client.get(discussion.url)


def test_a_visitor_with_messages_to_read_gets_a_fresh_page(client, discussion):
    warm(client, discussion.url)
    client.cookies["messages"] = "something to say"
    assert "X-Page-Cache" not in client.get(discussion.url)


def test_no_cached_page_carries_a_csrf_token(client, discussion):
    response = client.get(discussion.url)
    assert response["X-Page-Cache"] == "miss"
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert "csrftoken" not in response.cookies


# ---- contributions ---------------------------------------------------------------------------


def test_a_posted_contribution_purges_its_discussion_and_nothing_unrelated(
    client, discussion, other_discussion, practice, practices
):
    warm(client, discussion.url, other_discussion.url, practice.url, practices.url)
    ContributionFactory(discussion=discussion, comment="Fresh news from Dakar")
    assert "Fresh news from Dakar" in client.get(discussion.url).content.decode()
    assert is_hit(client, other_discussion.url)
    assert is_hit(client, practice.url) and is_hit(client, practices.url)


def test_a_moderators_hidden_contribution_disappears_from_cached_pages_at_once(client, discussion):
    contribution = ContributionFactory(discussion=discussion, comment="Soon hidden")
    warm(client, discussion.url)
    actions.hide(contribution, UserFactory(is_staff=True), "off-topic")
    assert "Soon hidden" not in client.get(discussion.url).content.decode()


def test_an_approved_contribution_appears_on_the_cached_page(client, discussion):
    contribution = ContributionFactory(discussion=discussion, comment="Waiting", is_public=False)
    actions.set_state(contribution, "pending")
    warm(client, discussion.url)
    assert "Waiting" not in client.get(discussion.url).content.decode()
    actions.approve(contribution, UserFactory(is_staff=True), notify=False)
    assert "Waiting" in client.get(discussion.url).content.decode()


def test_an_edited_contribution_shows_its_new_text(client, discussion):
    contribution = ContributionFactory(discussion=discussion, comment="Before")
    warm(client, discussion.url)
    actions.edit(contribution, UserFactory(is_staff=True), "After the edit")
    assert "After the edit" in client.get(discussion.url).content.decode()


def test_a_deleted_contribution_leaves_the_cached_page(client, discussion):
    contribution = ContributionFactory(discussion=discussion, comment="Short-lived")
    warm(client, discussion.url)
    Contribution.objects.get(pk=contribution.pk).delete()
    assert "Short-lived" not in client.get(discussion.url).content.decode()


def test_a_new_contribution_updates_the_counts_on_the_discussion_index(client, discussion, index):
    warm(client, index.url)
    ContributionFactory(discussion=discussion)
    assert client.get(index.url)["X-Page-Cache"] == "miss"


# ---- pages -----------------------------------------------------------------------------------


def test_publishing_a_page_purges_it_and_its_parent_listing_only(
    client, discussion, other_discussion, index, practice
):
    warm(client, discussion.url, other_discussion.url, index.url, practice.url)
    discussion.title = "Learning from peers, revised"
    discussion.save_revision().publish()
    assert "revised" in client.get(discussion.url).content.decode()
    assert "revised" in client.get(index.url).content.decode()
    assert is_hit(client, other_discussion.url) and is_hit(client, practice.url)


def test_an_unpublished_page_is_no_longer_served_from_the_cache(client, discussion):
    warm(client, discussion.url)
    discussion.unpublish()
    assert client.get(discussion.url).status_code == 404


def test_a_deleted_page_is_no_longer_served_from_the_cache(client, discussion):
    url = discussion.url
    warm(client, url)
    discussion.delete()
    assert client.get(url).status_code == 404


def test_a_moved_page_leaves_its_old_place(client, practices, practice, site):
    url = practice.url
    other_index = PracticeIndexPageFactory(parent=site.root_page, slug="more-practices")
    warm(client, url, practices.url)
    practice.move(other_index, pos="last-child")
    assert client.get(url).status_code in (301, 404)  # Wagtail may redirect the old URL
    assert "Seed banks" not in client.get(practices.url).content.decode()


def test_a_published_practice_purges_the_catalogue_but_not_discussions(
    client, practices, practice, discussion
):
    warm(client, practices.url, practice.url, discussion.url)
    GoodPracticePageFactory(parent=practices, title="Rain harvesting").save_revision().publish()
    assert "Rain harvesting" in client.get(practices.url).content.decode()
    assert client.get(practice.url)["X-Page-Cache"] == "miss"  # it lists related practices
    assert is_hit(client, discussion.url)


def test_a_renamed_theme_shows_on_cached_practice_pages(client, practice, discussion):
    warm(client, practice.url, discussion.url)
    theme = ThemeFactory(name="Water")
    theme.name = "Water and sanitation"
    theme.save()
    assert "Water and sanitation" in client.get(practice.url).content.decode()
    assert is_hit(client, discussion.url)


def test_saving_the_navigation_settings_purges_every_page(client, discussion, practice, site):
    warm(client, discussion.url, practice.url)
    settings_row = NavigationSettings.for_site(site)
    settings_row.footer_text = "New footer"
    settings_row.save()
    assert client.get(discussion.url)["X-Page-Cache"] == "miss"
    assert client.get(practice.url)["X-Page-Cache"] == "miss"


def test_pages_are_compressed_for_browsers_that_accept_gzip_and_cached_so(client, discussion):
    headers = {"accept-encoding": "gzip"}
    first = client.get(discussion.url, headers=headers)
    second = client.get(discussion.url, headers=headers)
    assert first["Content-Encoding"] == "gzip" and second["Content-Encoding"] == "gzip"
    assert second["X-Page-Cache"] == "hit"
    assert client.get(discussion.url)["X-Page-Cache"] == "miss"  # the plain variant is its own


def test_participation_figures_follow_new_contributions_for_members_too(client, discussion, member):
    client.force_login(member)
    ContributionFactory(discussion=discussion, user=member)
    html = client.get(discussion.url).content.decode()
    assert "<dd>1</dd>" in html and "language=fr" not in html
    ContributionFactory(discussion=discussion, user=UserFactory(), language="fr")
    html = client.get(discussion.url).content.decode()
    assert "<dd>2</dd>" in html and "language=fr" in html


def test_a_page_made_private_is_no_longer_served_from_the_cache(client, practices, practice):
    warm(client, practice.url)
    PageViewRestriction.objects.create(page=practices, restriction_type=PageViewRestriction.LOGIN)
    response = get(client, practice.url)
    assert response.status_code == 302
    assert "/login" in response["Location"]


def test_a_cached_search_page_shows_a_contribution_once_the_index_has_it(client, discussion):
    """With a real worker the index is written after the post's own purge: a search page cached
    in between must not miss the contribution until it expires."""
    from django.contrib.contenttypes.models import ContentType

    from search import indexing, tasks

    contribution = ContributionFactory(discussion=discussion, comment="Solar pumps in Tambacounda")
    content_type = ContentType.objects.get_for_model(contribution)
    indexing.remove_entry(content_type.pk, contribution.pk)  # as if the worker had not run yet
    url = "/en/search/?q=Tambacounda"
    warm(client, url)
    assert "Solar pumps in Tambacounda" not in client.get(url).content.decode()

    tasks.index_object(content_type.pk, contribution.pk)  # what the worker then does

    assert "Solar pumps in Tambacounda" in client.get(url).content.decode()
