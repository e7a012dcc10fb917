"""Who sees a contribution in each moderation state: its author, other members, visitors."""

import pytest
from django.urls import reverse

from discussions.models import Contribution
from discussions.moderation import actions
from discussions.moderation.models import HeldBecause, State
from tests.factories.discussions import ContributionFactory

pytestmark = pytest.mark.django_db

TEXT = "Text whose visibility we check."

# state -> (author sees it, other member sees it, visitor sees it)
EXPECTED = {
    State.PUBLISHED: (True, True, True),
    State.PENDING: (True, False, False),
    State.HIDDEN: (True, False, False),
    State.REJECTED: (False, False, False),
}


def in_state(discussion, author, state):
    contribution = ContributionFactory(discussion=discussion, user=author, comment=TEXT)
    held = HeldBecause.FLAGS if state == State.HIDDEN else HeldBecause.FIRST_CONTRIBUTION
    actions.set_state(contribution, state, held)
    return contribution


@pytest.mark.parametrize("state", list(EXPECTED))
def test_discussion_page_shows_each_state_to_the_right_people(
    client, discussion, member, other_member, state
):
    in_state(discussion, member, state)
    seen = []
    for user in (member, other_member, None):
        client.logout()
        if user:
            client.force_login(user)
        seen.append(TEXT in client.get(discussion.url).content.decode())
    assert tuple(seen) == EXPECTED[state]


@pytest.mark.parametrize("state", list(EXPECTED))
def test_permalink_follows_the_same_rules(client, discussion, member, other_member, state):
    contribution = in_state(discussion, member, state)
    url = reverse("discussions:permalink", args=[contribution.pk])
    codes = []
    for user in (member, other_member, None):
        client.logout()
        if user:
            client.force_login(user)
        codes.append(client.get(url).status_code == 302)
    assert tuple(codes) == EXPECTED[state]


def test_published_queryset_means_visible_to_the_public(discussion, member):
    for state in EXPECTED:
        in_state(discussion, member, state)
    assert list(Contribution.objects.published().values_list("moderation__state", flat=True)) == [
        State.PUBLISHED
    ]


def test_participation_counts_only_published_contributions(client, discussion, member):
    ContributionFactory(discussion=discussion)
    in_state(discussion, member, State.PENDING)
    in_state(discussion, member, State.HIDDEN)
    from discussions.threads import participation

    assert participation(discussion)["contributions"] == 1


@pytest.mark.parametrize(
    ("state", "label"),
    [(State.PENDING, "Awaiting moderation"), (State.HIDDEN, "Hidden by the moderators")],
)
def test_author_is_told_why_their_contribution_is_not_public(
    client, discussion, member, state, label
):
    in_state(discussion, member, state)
    client.force_login(member)
    html = client.get(discussion.url).content.decode()
    assert label in html
