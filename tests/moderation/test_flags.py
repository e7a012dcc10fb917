"""Members flag contributions; enough distinct flags hide one until a moderator reviews it."""

import pytest
from django.urls import reverse

from discussions.models import Contribution
from discussions.moderation import actions
from discussions.moderation.models import Flag, HeldBecause, State
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def contribution(discussion, other_member):
    return ContributionFactory(discussion=discussion, user=other_member, comment="Buy cheap pills")


def flag_url(contribution):
    return reverse("moderation:flag", args=[contribution.pk])


def test_member_flags_a_contribution_with_a_reason(client, member, contribution):
    client.force_login(member)
    form = client.get(flag_url(contribution)).content.decode()
    assert "Spam or advertising" in form and "Buy cheap pills" in form
    response = client.post(flag_url(contribution), {"reason": "spam", "text": "Pills again"})
    assert response.status_code == 302
    flag = Flag.objects.get()
    assert (flag.user, flag.reason, flag.text) == (member, "spam", "Pills again")
    assert (
        "The moderators will look" in client.get(response["Location"], follow=True).content.decode()
    )


def test_flag_link_shows_on_others_contributions_only(client, discussion, member, contribution):
    own = ContributionFactory(discussion=discussion, user=member, comment="Mine")
    client.force_login(member)
    html = client.get(discussion.url).content.decode()
    assert flag_url(contribution) in html
    assert flag_url(own) not in html


def test_other_reason_needs_details_and_bad_input_is_a_form_error(client, member, contribution):
    client.force_login(member)
    assert client.post(flag_url(contribution), {"reason": "other"}).status_code == 400
    response = client.post(flag_url(contribution), {"reason": "nonsense"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not Flag.objects.exists()


def test_visitors_must_log_in_to_flag(client, contribution):
    response = client.get(flag_url(contribution))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_member_flags_a_contribution_only_once(client, member, contribution):
    client.force_login(member)
    client.post(flag_url(contribution), {"reason": "spam"})
    client.post(flag_url(contribution), {"reason": "abusive"})
    assert Flag.objects.count() == 1


def test_hidden_or_pending_contributions_cannot_be_flagged(client, member, discussion):
    pending = ContributionFactory(discussion=discussion, is_public=False)
    client.force_login(member)
    assert client.get(flag_url(pending)).status_code == 404
    assert client.get(reverse("moderation:flag", args=[999999])).status_code == 404


def test_threshold_of_distinct_flags_hides_the_contribution_pending_review(
    client, settings, contribution, discussion
):
    settings.MINGA_FLAG_THRESHOLD = 3
    flaggers = UserFactory.create_batch(3)
    for flagger in flaggers[:2]:
        actions.add_flag(contribution, flagger, "abusive")
    contribution.refresh_from_db()
    assert contribution.is_public
    actions.add_flag(contribution, flaggers[2], "spam")
    contribution.refresh_from_db()
    assert not contribution.is_public
    assert contribution.moderation.state == State.HIDDEN
    assert contribution.moderation.held_because == HeldBecause.FLAGS
    assert "Buy cheap pills" not in client.get(discussion.url).content.decode()
    assert contribution.moderation_actions.filter(action="auto-hide").exists()


def test_moderator_unhiding_a_flagged_contribution_clears_its_flags(
    settings, contribution, moderator
):
    settings.MINGA_FLAG_THRESHOLD = 1
    actions.add_flag(contribution, UserFactory(), "off-topic")
    actions.unhide(Contribution.objects.get(pk=contribution.pk), moderator)
    contribution.refresh_from_db()
    assert contribution.is_public
    assert not Flag.objects.filter(resolved=False).exists()


def test_the_member_whose_flag_hides_a_contribution_returns_to_the_discussion(
    client, settings, contribution, discussion
):
    settings.MINGA_FLAG_THRESHOLD = 2
    actions.add_flag(contribution, UserFactory(), "abusive")
    client.force_login(UserFactory())
    response = client.post(flag_url(contribution), {"reason": "spam"}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[0][0] == discussion.url
    html = response.content.decode()
    assert "hidden until a moderator has looked at it" in html
    assert "Buy cheap pills" not in html
