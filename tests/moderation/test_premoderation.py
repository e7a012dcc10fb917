"""A member's first contributions, link-heavy ones and moderated discussions wait for a moderator."""

import pytest
from django.urls import reverse

from discussions.models import Contribution
from discussions.moderation import actions
from discussions.moderation.models import HeldBecause, ModerationAction, State
from tests.discussions.helpers import form_data
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory
from tests.factories.moderation import DiscussionModerationFactory, MemberStandingFactory

pytestmark = pytest.mark.django_db


def post(client, discussion, user, **fields):
    client.force_login(user)
    return client.post(
        reverse("discussions:post", args=[discussion.pk]), form_data(discussion, user, **fields)
    )


def test_first_contribution_of_a_member_waits_and_only_its_author_sees_it(
    client, discussion, member, other_member
):
    response = post(client, discussion, member, comment="My very first thoughts on peers.")
    contribution = Contribution.objects.get()
    assert response.status_code == 302
    assert contribution.moderation.state == State.PENDING
    assert contribution.moderation.held_because == HeldBecause.FIRST_CONTRIBUTION
    assert not Contribution.objects.published().exists()

    own_view = client.get(discussion.url).content.decode()
    assert "My very first thoughts on peers." in own_view
    assert "Awaiting moderation" in own_view

    client.force_login(other_member)
    assert "My very first thoughts on peers." not in client.get(discussion.url).content.decode()
    client.logout()
    assert "My very first thoughts on peers." not in client.get(discussion.url).content.decode()


def test_author_is_told_the_contribution_awaits_moderation(client, discussion, member):
    response = post(client, discussion, member, comment="Hello peers.")
    page = client.get(response["Location"]).content.decode()
    assert "Your contribution is awaiting moderation." in page


def test_a_second_contribution_waits_too_while_the_first_is_pending(client, discussion, member):
    post(client, discussion, member, comment="First one.")
    post(client, discussion, member, comment="Second one, before any approval.")
    assert set(Contribution.objects.values_list("moderation__state", flat=True)) == {State.PENDING}


def test_member_approved_once_is_trusted_afterwards(client, discussion, member, moderator):
    post(client, discussion, member, comment="First one.")
    actions.approve(Contribution.objects.get(), moderator)
    post(client, discussion, member, comment="Second one, straight through.")
    second = Contribution.objects.get(comment="Second one, straight through.")
    assert second.is_public
    assert Contribution.objects.published().count() == 2
    assert member.moderation_standing.trusted


def test_member_with_published_contributions_posts_directly(client, discussion, member):
    ContributionFactory(discussion=discussion, user=member)
    post(client, discussion, member, comment="I have been here before.")
    assert Contribution.objects.get(comment="I have been here before.").is_public


def test_contribution_with_more_links_than_allowed_waits_even_from_a_trusted_member(
    client, discussion, member, settings
):
    settings.MINGA_PREMODERATE_MAX_LINKS = 2
    MemberStandingFactory(user=member, trusted=True)
    links = "See https://a.example, https://b.example and [this](https://c.example)."
    post(client, discussion, member, comment=links)
    post(client, discussion, member, comment="Only https://a.example and www.b.example here.")
    held = Contribution.objects.get(comment=links)
    assert held.moderation.held_because == HeldBecause.LINKS
    assert not held.is_public
    assert Contribution.objects.get(comment__startswith="Only").is_public


def test_discussion_that_moderates_everything_holds_trusted_members_too(client, discussion, member):
    MemberStandingFactory(user=member, trusted=True)
    DiscussionModerationFactory(discussion=discussion, moderate_everything=True)
    post(client, discussion, member, comment="Even mine waits.")
    held = Contribution.objects.get()
    assert held.moderation.held_because == HeldBecause.DISCUSSION


def test_moderators_posts_are_never_held(client, discussion, moderator):
    DiscussionModerationFactory(discussion=discussion, moderate_everything=True)
    post(client, discussion, moderator, comment="Welcome, everyone.")
    assert Contribution.objects.get().is_public


def test_configurable_number_of_first_contributions(client, discussion, member, settings):
    settings.MINGA_PREMODERATE_FIRST_CONTRIBUTIONS = 0
    post(client, discussion, member, comment="No pre-moderation here.")
    assert Contribution.objects.get().is_public


def test_blocked_member_cannot_post_gets_a_clear_message_and_keeps_the_text(
    client, discussion, member
):
    MemberStandingFactory(user=member, blocked=True)
    response = post(client, discussion, member, comment="Let me say this once more.")
    html = response.content.decode()
    assert response.status_code == 400
    assert "blocked from posting" in html
    assert "Let me say this once more." in html
    assert not Contribution.objects.exists()


def test_blocked_member_sees_a_notice_instead_of_the_form(client, discussion, member):
    MemberStandingFactory(user=member, blocked=True)
    client.force_login(member)
    html = client.get(discussion.url).content.decode()
    assert "blocked your account from posting" in html
    assert 'name="comment"' not in html


def test_holding_a_contribution_is_logged(client, discussion, member):
    post(client, discussion, member, comment="Logged.")
    entry = ModerationAction.objects.get()
    assert (entry.action, entry.moderator, entry.member) == ("held", None, member)


def test_factory_contributions_of_new_members_are_not_held(discussion):
    """Only posting is pre-moderated: imports and demo content stay as they are."""
    contribution = ContributionFactory(discussion=discussion, user=UserFactory())
    assert contribution.is_public


def test_a_pending_reply_stays_hidden_when_its_parent_is_saved(discussion, member):
    """django-comments-xtd copies a contribution's visibility to its replies on save()."""
    parent = ContributionFactory(discussion=discussion, comment="Parent")
    reply = ContributionFactory(discussion=discussion, parent_id=parent.pk, is_public=False)
    actions.set_state(reply, State.PENDING, HeldBecause.FIRST_CONTRIBUTION)
    parent.refresh_from_db()
    parent.comment = "Parent, edited by its author"
    parent.save()
    reply.refresh_from_db()
    assert not reply.is_public
    assert not Contribution.objects.published().filter(pk=reply.pk).exists()
