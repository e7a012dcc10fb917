"""Members edit their contribution for 30 minutes and delete it while it has no replies."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from discussions.models import Contribution
from tests.factories.discussions import ContributionFactory

pytestmark = pytest.mark.django_db


def test_member_edits_within_30_minutes_and_an_edited_mark_shows(client, discussion, member):
    contribution = ContributionFactory(discussion=discussion, user=member, comment="First text")
    q2 = discussion.guiding_questions.all()[1]
    client.force_login(member)
    response = client.post(
        reverse("discussions:edit", args=[contribution.pk]),
        {"comment": "Corrected text", "language": "fr", "guiding_questions": [q2.pk]},
    )
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert (contribution.comment, contribution.language) == ("Corrected text", "fr")
    assert list(contribution.guiding_questions.all()) == [q2]
    assert contribution.edited_at is not None
    assert "edited" in client.get(discussion.url).content.decode()


def test_member_cannot_edit_after_30_minutes(client, discussion, member):
    contribution = ContributionFactory(
        discussion=discussion, user=member, submit_date=timezone.now() - timedelta(minutes=31)
    )
    client.force_login(member)
    response = client.post(
        reverse("discussions:edit", args=[contribution.pk]), {"comment": "Late change"}
    )
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.comment != "Late change"
    assert "Edit</a>" not in client.get(discussion.url).content.decode()


def test_editing_with_an_empty_body_keeps_the_form(client, discussion, member):
    contribution = ContributionFactory(discussion=discussion, user=member)
    client.force_login(member)
    response = client.post(
        reverse("discussions:edit", args=[contribution.pk]), {"comment": "  ", "language": "en"}
    )
    assert response.status_code == 400
    assert "Please write your contribution" in response.content.decode()


def test_another_member_cannot_edit_or_delete(client, discussion, member):
    contribution = ContributionFactory(discussion=discussion)
    client.force_login(member)
    assert client.get(reverse("discussions:edit", args=[contribution.pk])).status_code == 404
    assert client.post(reverse("discussions:delete", args=[contribution.pk])).status_code == 404
    assert Contribution.objects.filter(pk=contribution.pk).exists()


def test_member_deletes_own_contribution_without_replies(client, discussion, member):
    top = ContributionFactory(discussion=discussion)
    reply = ContributionFactory(discussion=discussion, user=member, parent_id=top.pk)
    client.force_login(member)
    response = client.post(reverse("discussions:delete", args=[reply.pk]))
    assert response.status_code == 302
    assert not Contribution.objects.filter(pk=reply.pk).exists()
    top.refresh_from_db()
    assert top.nested_count == 0


def test_member_cannot_delete_a_contribution_with_replies(client, discussion, member):
    top = ContributionFactory(discussion=discussion, user=member)
    ContributionFactory(discussion=discussion, parent_id=top.pk)
    client.force_login(member)
    client.post(reverse("discussions:delete", args=[top.pk]))
    assert Contribution.objects.filter(pk=top.pk).exists()
