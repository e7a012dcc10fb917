import pytest
from django.core.management import CommandError, call_command

from discussions.models import Contribution
from discussions.moderation import actions
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory

pytestmark = pytest.mark.django_db


def test_a_saved_contribution_stores_its_markdown_as_sanitised_html(discussion):
    contribution = ContributionFactory(
        discussion=discussion, comment="**Bold** <script>alert(1)</script> [x](javascript:y)"
    )
    stored = Contribution.objects.get(pk=contribution.pk).body_html
    assert "<strong>Bold</strong>" in stored
    assert "<script>" not in stored
    assert 'href="javascript' not in stored


def test_the_discussion_page_shows_the_stored_html(client, discussion):
    contribution = ContributionFactory(discussion=discussion, comment="plain")
    Contribution.objects.filter(pk=contribution.pk).update(body_html="<p>stored version</p>")
    assert "stored version" in client.get(discussion.url).content.decode()


def test_an_edit_through_save_renders_the_body_again(discussion):
    contribution = ContributionFactory(discussion=discussion, comment="first")
    contribution.comment = "*second*"
    contribution.save(update_fields=["comment"])
    assert Contribution.objects.get(pk=contribution.pk).body_html == "<p><em>second</em></p>\n"


def test_a_moderator_edit_renders_the_body_again(discussion):
    contribution = ContributionFactory(discussion=discussion, comment="first")
    moderator = UserFactory(is_staff=True)
    actions.edit(contribution, moderator, "**edited** by a moderator")
    stored = Contribution.objects.get(pk=contribution.pk).body_html
    assert "<strong>edited</strong>" in stored


def test_rerender_contributions_rewrites_bodies_rendered_under_older_rules(discussion):
    contribution = ContributionFactory(discussion=discussion, comment="*new rules*")
    Contribution.objects.filter(pk=contribution.pk).update(body_html="<p>old</p>")
    call_command("rerender_contributions")
    assert Contribution.objects.get(pk=contribution.pk).body_html == "<p><em>new rules</em></p>\n"


def test_rerender_contributions_refuses_an_unknown_discussion(discussion):
    with pytest.raises(CommandError, match="No discussion page"):
        call_command("rerender_contributions", "--discussion", "999999")
