"""The moderation queue in the Wagtail admin: who reaches it, what it shows, what it does."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from discussions.models import Contribution
from discussions.moderation import actions
from discussions.moderation.models import (
    HeldBecause,
    MemberStanding,
    ModerationAction,
    State,
)
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory, DiscussionPageFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/moderation/"


def pending(discussion, user=None, text="Waiting text", **kwargs):
    contribution = ContributionFactory(
        discussion=discussion, user=user or UserFactory(), comment=text, is_public=False, **kwargs
    )
    actions.set_state(contribution, State.PENDING, HeldBecause.FIRST_CONTRIBUTION)
    return contribution


def act(client, contribution, action, **data):
    return client.post(reverse("moderation_admin:act", args=[contribution.pk, action]), data)


def test_member_cannot_reach_the_queue(client, member, discussion):
    client.force_login(member)
    response = client.get(QUEUE)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/login/" in response["Location"]


def refused(response) -> bool:
    """Wagtail turns a PermissionDenied in the admin into a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def test_editor_with_admin_access_who_moderates_nothing_is_refused(client, discussion):
    pending(discussion, text="Secret pending")
    editor = UserFactory(username="ed")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert refused(client.get(QUEUE))
    assert "Moderation" not in client.get("/admin/").content.decode()


def test_moderators_group_member_sees_pending_items_with_context(
    client, moderator, discussion, questions
):
    parent = ContributionFactory(discussion=discussion, comment="The parent contribution")
    waiting = pending(discussion, text="A reply that waits", parent_id=parent.pk)
    waiting.guiding_questions.set([questions[1]])
    client.force_login(moderator)
    html = client.get(QUEUE).content.decode()
    assert "A reply that waits" in html
    assert discussion.title in html
    assert "What fails?" in html
    assert "The parent contribution" in html
    assert "Moderation (1)" in client.get("/admin/").content.decode()


def test_discussion_moderator_sees_only_their_discussions(client, discussion, index):
    own_moderator = UserFactory(username="local")
    own_moderator.groups.add(Group.objects.get(name="Moderators"))
    own_moderator.groups.clear()
    own_moderator.user_permissions.add(_access_admin())
    discussion.moderators.add(own_moderator)
    discussion.save()
    other = DiscussionPageFactory(parent=index)
    pending(discussion, text="Mine to moderate")
    pending(other, text="Not mine")
    client.force_login(own_moderator)
    html = client.get(QUEUE).content.decode()
    assert "Mine to moderate" in html and "Not mine" not in html
    foreign = Contribution.objects.get(comment="Not mine")
    assert refused(act(client, foreign, "approve"))
    assert refused(client.get(reverse("moderation_admin:contribution", args=[foreign.pk])))
    foreign.refresh_from_db()
    assert not foreign.is_public


def _access_admin():
    from django.contrib.auth.models import Permission

    return Permission.objects.get(codename="access_admin")


def test_approve_publishes_and_trusts_the_author(client, moderator, discussion, member):
    waiting = pending(discussion, user=member)
    client.force_login(moderator)
    response = act(client, waiting, "approve")
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.is_public and waiting.moderation.state == State.PUBLISHED
    assert MemberStanding.objects.get(user=member).trusted
    entry = ModerationAction.objects.filter(action="approve").get()
    assert entry.moderator == moderator


def test_reject_needs_a_reason_and_keeps_the_contribution(client, moderator, discussion):
    waiting = pending(discussion)
    client.force_login(moderator)
    act(client, waiting, "reject", reason="")
    waiting.refresh_from_db()
    assert waiting.moderation.state == State.PENDING
    act(client, waiting, "reject", reason="Please stay on topic.")
    waiting.refresh_from_db()
    assert waiting.moderation.state == State.REJECTED
    assert waiting.moderation.reason == "Please stay on topic."
    assert Contribution.objects.filter(pk=waiting.pk).exists()
    assert not Contribution.objects.published().filter(pk=waiting.pk).exists()


def test_hide_and_unhide_a_published_contribution(client, moderator, discussion):
    shown = ContributionFactory(discussion=discussion, comment="Visible words")
    client.force_login(moderator)
    act(client, shown, "hide", reason="Heated")
    assert "Visible words" not in client.get(discussion.url).content.decode()
    act(client, shown, "unhide")
    client.logout()
    assert "Visible words" in client.get(discussion.url).content.decode()
    assert list(
        ModerationAction.objects.filter(contribution=shown).values_list("action", flat=True)
    ) == ["unhide", "hide"]


def test_edit_keeps_the_original_in_the_log(client, moderator, discussion):
    shown = ContributionFactory(discussion=discussion, comment="Call me at +1 555 0100")
    client.force_login(moderator)
    url = reverse("moderation_admin:edit", args=[shown.pk])
    assert client.post(url, {"comment": "  "}).status_code == 400
    client.post(url, {"comment": "Call me [number removed]", "reason": "Privacy"})
    shown.refresh_from_db()
    assert shown.comment == "Call me [number removed]"
    entry = ModerationAction.objects.get(action="edit")
    assert entry.original_text == "Call me at +1 555 0100"
    detail = client.get(reverse("moderation_admin:contribution", args=[shown.pk])).content
    assert "Call me at +1 555 0100" in detail.decode()


def test_feature_marks_and_lists_the_contribution_first(client, moderator, discussion):
    ContributionFactory(discussion=discussion, comment="Earlier one")
    later = ContributionFactory(discussion=discussion, comment="Later but featured")
    client.force_login(moderator)
    act(client, later, "feature")
    html = client.get(discussion.url).content.decode()
    assert html.index("Later but featured") < html.index("Earlier one")
    assert "Featured" in html


def test_block_member_rejects_their_pending_items_and_stops_posting(
    client, moderator, discussion, member
):
    first = pending(discussion, user=member, text="one")
    second = pending(discussion, user=member, text="two")
    client.force_login(moderator)
    act(client, first, "block", reason="Spam account")
    for contribution in (first, second):
        contribution.refresh_from_db()
        assert contribution.moderation.state == State.REJECTED
    assert MemberStanding.objects.get(user=member).blocked
    assert ModerationAction.objects.filter(action="block", member=member).exists()


def test_bulk_approve(client, moderator, discussion):
    items = [pending(discussion, text=f"item {n}") for n in range(3)]
    client.force_login(moderator)
    response = client.post(
        reverse("moderation_admin:bulk_approve"), {"ids": [items[0].pk, items[1].pk, "x"]}
    )
    assert response.status_code == 302
    states = dict(Contribution.objects.values_list("comment", "moderation__state"))
    assert states == {"item 0": "published", "item 1": "published", "item 2": "pending"}


def test_action_log_is_visible_on_the_contribution_admin_view(client, moderator, discussion):
    waiting = pending(discussion, text="Logged one")
    client.force_login(moderator)
    act(client, waiting, "reject", reason="Duplicate post")
    html = client.get(reverse("moderation_admin:contribution", args=[waiting.pk])).content.decode()
    assert "Moderation log" in html
    assert "Rejected" in html and "Duplicate post" in html and "mod" in html


def test_unknown_action_is_a_404(client, moderator, discussion):
    shown = ContributionFactory(discussion=discussion)
    client.force_login(moderator)
    url = reverse("moderation_admin:act", args=[shown.pk, "explode"])
    assert client.post(url, follow=True).status_code == 404


def test_staff_editor_moderates_every_discussion(client, discussion):
    staff = UserFactory(username="staff", is_staff=True)
    staff.user_permissions.add(_access_admin())
    pending(discussion, text="Staff can see me")
    client.force_login(staff)
    assert "Staff can see me" in client.get(QUEUE).content.decode()


def test_queue_needs_a_bounded_number_of_queries(
    client, moderator, discussion, django_assert_max_num_queries
):
    for n in range(20):
        pending(discussion, text=f"item {n}")
    client.force_login(moderator)
    with django_assert_max_num_queries(40):
        client.get(QUEUE)


def test_moderate_everything_switch(client, moderator, discussion):
    client.force_login(moderator)
    url = reverse("moderation_admin:moderate_everything", args=[discussion.pk])
    client.post(url, {"moderate_everything": "1"})
    assert discussion.moderation_settings.moderate_everything
    assert "Turn off" in client.get(reverse("moderation_admin:discussions")).content.decode()


def test_moderator_keeps_a_flagged_contribution_and_dismisses_its_flags(
    client, moderator, discussion
):
    from discussions.moderation.models import Flag

    shown = ContributionFactory(discussion=discussion, comment="Controversial but fine")
    actions.add_flag(shown, UserFactory(), "off-topic")
    client.force_login(moderator)
    html = client.get(QUEUE + "?tab=flagged").content.decode()
    assert "Controversial but fine" in html and "Keep, dismiss flags" in html
    act(client, shown, "approve")
    assert not Flag.objects.filter(resolved=False).exists()
    assert "Controversial but fine" not in client.get(QUEUE + "?tab=flagged").content.decode()
    shown.refresh_from_db()
    assert shown.is_public


def test_discussion_moderators_reach_the_queue_once_the_page_is_published(client, discussion):
    local = UserFactory(username="local")
    pending(discussion, text="For the local moderator")
    client.force_login(local)
    assert client.get(QUEUE).status_code == 302  # no admin access yet
    discussion.moderators.add(local)
    discussion.save_revision().publish()
    assert local.groups.filter(name="Discussion moderators").exists()
    response = client.get(QUEUE)
    assert response.status_code == 200
    assert "For the local moderator" in response.content.decode()


def test_a_moderator_taken_off_the_last_discussion_leaves_the_admin_group(client, discussion):
    local = UserFactory(username="local")
    discussion.moderators.add(local)
    discussion.save_revision().publish()
    assert local.groups.filter(name="Discussion moderators").exists()
    discussion.moderators.remove(local)
    discussion.save_revision().publish()
    assert not local.groups.filter(name="Discussion moderators").exists()
    client.force_login(local)
    assert client.get(QUEUE).status_code == 302  # back to no admin access


MARKDOWN = "We **agree** on *three* points:\n\n- pay peers\n- [share](https://example.org/a)\n\n<script>alert(1)</script>"


def test_queue_and_review_page_show_markdown_rendered_and_sanitised(client, moderator, discussion):
    waiting = pending(discussion, text=MARKDOWN)
    client.force_login(moderator)
    for url in (QUEUE, reverse("moderation_admin:contribution", args=[waiting.pk])):
        html = client.get(url).content.decode()
        assert "<strong>agree</strong>" in html and "<em>three</em>" in html
        assert "<li>pay peers</li>" in html
        assert '<a href="https://example.org/a" rel="nofollow ugc">share</a>' in html
        assert "**agree**" not in html and "<script>alert" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_reply_quotes_its_parent_without_markdown_signs(client, moderator, discussion):
    parent = ContributionFactory(discussion=discussion, comment="The **parent** says")
    pending(discussion, text="A reply", parent_id=parent.pk)
    client.force_login(moderator)
    html = client.get(QUEUE).content.decode()
    assert "“The parent says”" in html and "**parent**" not in html


@pytest.fixture
def every_state(discussion, index):
    """Pending 1, flagged 2 (one of them hidden), hidden 2, rejected 1, published 3."""
    pending(discussion, text="pending one")
    flagged = ContributionFactory(discussion=discussion, comment="flagged one")
    actions.add_flag(flagged, UserFactory(), "off-topic")
    actions.add_flag(flagged, UserFactory(), "spam")  # two flags, one contribution
    hidden_flagged = ContributionFactory(discussion=discussion, comment="hidden and flagged")
    actions.add_flag(hidden_flagged, UserFactory(), "spam")
    actions.set_state(hidden_flagged, State.HIDDEN)
    actions.set_state(ContributionFactory(discussion=discussion, comment="hidden"), State.HIDDEN)
    rejected = ContributionFactory(discussion=discussion, comment="rejected one")
    actions.set_state(rejected, State.REJECTED, reason="spam")
    ContributionFactory(discussion=discussion, comment="published one")
    ContributionFactory(discussion=discussion, comment="published two")
    other = DiscussionPageFactory(parent=index)
    pending(other, text="pending elsewhere")  # counted in the menu, not in a filtered tab


SUMMARIES = {
    "pending": "contributions? waits? for a moderator",
    "flagged": "flagged contributions? waits? for a review",
    "hidden": "contributions? (is|are) hidden",
    "rejected": "contributions? (was|were) rejected",
    "published": "contributions? (is|are) published",
}


@pytest.mark.parametrize("tab", list(SUMMARIES))
def test_each_tab_counts_what_it_lists(client, moderator, discussion, every_state, tab):
    import re

    client.force_login(moderator)
    html = client.get(QUEUE, {"tab": tab, "discussion": discussion.pk}).content.decode()
    listed = len(re.findall(r'<tr id="contribution-\d+">', html))
    label = re.search(rf"\?tab={tab}[^>]*>[^<(]+\((\d+)\)</a>", html)
    summary = re.search(rf"(\d+) {SUMMARIES[tab]}\.", html)
    assert label and summary, html
    assert int(label.group(1)) == int(summary.group(1)) == listed
    assert listed == {"pending": 1, "flagged": 2, "hidden": 2, "rejected": 1, "published": 3}[tab]
