"""A discussion's own moderator acts on that discussion only; edits are moderated like posts."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from discussions.models import Contribution
from discussions.moderation import actions
from discussions.moderation.models import HeldBecause, MemberStanding, State
from tests.discussions.helpers import form_data
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory, DiscussionPageFactory
from tests.factories.moderation import MemberStandingFactory

pytestmark = pytest.mark.django_db

EIGHT_LINKS = " ".join(f"https://spam{n}.example/offer" for n in range(8))


@pytest.fixture
def other_discussion(index):
    return DiscussionPageFactory(parent=index, title="Another discussion", slug="another")


@pytest.fixture
def local_moderator(discussion):
    """Moderates `discussion` only (the Discussion moderators group opens the admin)."""
    user = UserFactory(username="local")
    discussion.moderators.add(user)
    discussion.save_revision().publish()
    assert user.groups.filter(name="Discussion moderators").exists()
    return user


@pytest.fixture
def site_moderator():
    user = UserFactory(username="site-mod")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def pending(discussion, user, text):
    contribution = ContributionFactory(
        discussion=discussion, user=user, comment=text, is_public=False
    )
    actions.set_state(contribution, State.PENDING, HeldBecause.FIRST_CONTRIBUTION)
    return contribution


def act(client, contribution, action, **data):
    return client.post(reverse("moderation_admin:act", args=[contribution.pk, action]), data)


def post(client, discussion, user, text):
    return client.post(
        f"/en/contributions/post/{discussion.pk}/", form_data(discussion, user, comment=text)
    )


def test_a_discussion_moderator_blocks_a_member_only_in_the_discussions_they_moderate(
    client, discussion, other_discussion, local_moderator, member
):
    here = pending(discussion, member, "Pending here")
    elsewhere = pending(other_discussion, member, "Pending elsewhere")
    client.force_login(local_moderator)

    act(client, here, "block", reason="Off-topic spam")

    here.refresh_from_db()
    elsewhere.refresh_from_db()
    assert here.moderation.state == State.REJECTED
    assert elsewhere.moderation.state == State.PENDING
    assert not MemberStanding.objects.filter(user=member, blocked=True).exists()
    client.force_login(member)
    refused = post(client, discussion, member, "Trying again here.")
    accepted = post(client, other_discussion, member, "A fair contribution elsewhere.")
    assert refused.status_code == 400
    assert "blocked from posting" in refused.text
    assert accepted.status_code == 302
    assert Contribution.objects.filter(comment="A fair contribution elsewhere.").exists()


def test_the_discussion_page_tells_a_member_blocked_there_and_nowhere_else(
    client, discussion, other_discussion, local_moderator, member
):
    actions.block_member(member, local_moderator, "Spam")
    client.force_login(member)

    assert "blocked your account from posting" in client.get(discussion.url).text
    assert "blocked your account from posting" not in client.get(other_discussion.url).text


def test_a_discussion_moderator_cannot_reject_pending_items_elsewhere(
    client, other_discussion, local_moderator, member
):
    elsewhere = pending(other_discussion, member, "Pending elsewhere")
    client.force_login(local_moderator)

    response = act(client, elsewhere, "reject", reason="Not mine to judge")

    elsewhere.refresh_from_db()
    assert response.status_code in (302, 403)
    assert elsewhere.moderation.state == State.PENDING


def test_a_site_moderator_blocks_everywhere(
    client, discussion, other_discussion, site_moderator, member
):
    here = pending(discussion, member, "Pending here")
    elsewhere = pending(other_discussion, member, "Pending elsewhere")
    client.force_login(site_moderator)

    act(client, here, "block", reason="Spam account")

    elsewhere.refresh_from_db()
    assert MemberStanding.objects.get(user=member).blocked
    assert elsewhere.moderation.state == State.REJECTED


def test_a_discussion_moderator_cannot_lift_a_site_wide_block(
    client, discussion, local_moderator, member
):
    MemberStandingFactory(user=member, blocked=True)
    contribution = ContributionFactory(discussion=discussion, user=member)
    client.force_login(local_moderator)

    page = client.get(reverse("moderation_admin:contribution", args=[contribution.pk]))
    act(client, contribution, "unblock")

    assert "only a site moderator can unblock them" in page.text
    assert MemberStanding.objects.get(user=member).blocked


def test_a_discussion_moderator_lifts_their_own_block(client, discussion, local_moderator, member):
    contribution = ContributionFactory(discussion=discussion, user=member)
    actions.block_member(member, local_moderator, "Heated")
    client.force_login(local_moderator)

    act(client, contribution, "unblock")

    client.force_login(member)
    assert post(client, discussion, member, "Calmer now, with thanks.").status_code == 302


def test_the_page_chooser_shows_a_discussion_moderator_no_drafts_of_others(
    client, discussion, index, local_moderator
):
    draft = DiscussionPageFactory(parent=index, title="Secret draft plans", slug="secret-plans")
    draft.unpublish()
    client.force_login(local_moderator)

    browse = client.get(f"/admin/choose-page/{index.pk}/")
    search = client.get("/admin/choose-page/search/", {"q": "Secret"})
    inside = client.get(f"/admin/choose-page/{draft.pk}/")

    assert browse.status_code == 200
    assert discussion.title in browse.text
    assert "Secret draft plans" not in browse.text
    assert "secret-plans" not in browse.text
    assert "Secret draft plans" not in search.text
    assert "Secret draft plans" not in inside.text


def test_the_page_chooser_shows_a_discussion_moderator_no_draft_title_of_a_live_page(
    client, discussion, index, local_moderator
):
    other = DiscussionPageFactory(parent=index, title="Open call", slug="open-call")
    other.title = "Renamed in secret"
    other.save_revision()  # a draft, not published
    client.force_login(local_moderator)

    browse = client.get(f"/admin/choose-page/{index.pk}/")
    search = client.get("/admin/choose-page/search/", {"q": "Open"})
    renamed = client.get("/admin/choose-page/search/", {"q": "Renamed"})

    assert browse.status_code == search.status_code == 200
    assert discussion.title in browse.text
    for response in (browse, search, renamed):
        assert "Renamed in secret" not in response.text
    editor = UserFactory(username="admin", is_staff=True, is_superuser=True)
    client.force_login(editor)
    assert "Renamed in secret" in client.get(f"/admin/choose-page/{index.pk}/").text


def test_an_editor_still_sees_drafts_in_the_chooser(client, index, site_moderator):
    draft = DiscussionPageFactory(parent=index, title="Secret draft plans", slug="secret-plans")
    draft.unpublish()
    editor = UserFactory(username="admin", is_staff=True, is_superuser=True)
    client.force_login(editor)

    assert "Secret draft plans" in client.get(f"/admin/choose-page/{index.pk}/").text


def test_a_published_contribution_edited_to_add_eight_links_is_held_again(
    client, discussion, member
):
    contribution = ContributionFactory(discussion=discussion, user=member, comment="Fine text.")
    client.force_login(member)

    response = client.post(
        f"/en/contributions/{contribution.pk}/edit/",
        {"comment": f"Buy now: {EIGHT_LINKS}", "language": "en"},
        follow=True,
    )

    contribution.refresh_from_db()
    assert contribution.is_public is False
    assert contribution.moderation.state == State.PENDING
    assert contribution.moderation.held_because == HeldBecause.LINKS
    assert "awaits moderation" in response.text
    client.logout()
    assert "spam0.example" not in client.get(discussion.url).text


def test_a_new_post_with_the_same_links_is_held_the_same_way(client, discussion, member):
    ContributionFactory(discussion=discussion, user=member)
    client.force_login(member)

    post(client, discussion, member, f"Buy now: {EIGHT_LINKS}")

    held = Contribution.objects.get(comment__startswith="Buy now")
    assert held.is_public is False
    assert held.moderation.held_because == HeldBecause.LINKS


def test_an_ordinary_edit_stays_published(client, discussion, member):
    contribution = ContributionFactory(discussion=discussion, user=member, comment="Fine text.")
    client.force_login(member)

    client.post(
        f"/en/contributions/{contribution.pk}/edit/",
        {"comment": "Fine text, with one https://example.org link.", "language": "en"},
    )

    contribution.refresh_from_db()
    assert contribution.is_public is True
    assert "one https://example.org link" in contribution.comment


def test_a_member_blocked_in_a_discussion_cannot_edit_there(
    client, discussion, local_moderator, member
):
    contribution = ContributionFactory(discussion=discussion, user=member, comment="Fine text.")
    actions.block_member(member, local_moderator, "Spam")
    client.force_login(member)

    client.post(
        f"/en/contributions/{contribution.pk}/edit/", {"comment": "Changed.", "language": "en"}
    )

    contribution.refresh_from_db()
    assert contribution.comment == "Fine text."
