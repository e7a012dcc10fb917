"""Discussion pages, guiding questions and contributions as stored."""

from datetime import timedelta

import pytest
from django.utils import timezone

from discussions.models import DiscussionPage, Status
from tests.factories.discussions import (
    ContributionFactory,
    DiscussionPageFactory,
    GuidingQuestionFactory,
)

pytestmark = pytest.mark.django_db


def test_status_is_derived_from_the_dates(index):
    now = timezone.now()
    upcoming = DiscussionPageFactory(parent=index, opens_at=now + timedelta(days=1))
    open_ = DiscussionPageFactory(parent=index)
    closed = DiscussionPageFactory(
        parent=index, opens_at=now - timedelta(days=9), closes_at=now - timedelta(days=2)
    )
    assert (upcoming.status, open_.status, closed.status) == (
        Status.UPCOMING,
        Status.OPEN,
        Status.CLOSED,
    )
    assert list(DiscussionPage.objects.live().open()) == [open_]
    assert list(DiscussionPage.objects.live().upcoming()) == [upcoming]
    assert list(DiscussionPage.objects.live().closed()) == [closed]


def test_replies_thread_under_a_contribution(index):
    discussion = DiscussionPageFactory(parent=index)
    question = GuidingQuestionFactory(discussion=discussion)
    first = ContributionFactory(discussion=discussion, guiding_questions=[question])
    reply = ContributionFactory(discussion=discussion, parent_id=first.pk)
    first.refresh_from_db()
    assert (reply.thread_id, reply.level, first.nested_count) == (first.pk, 1, 1)
    assert list(question.contributions.all()) == [first]
    assert first.discussion == discussion
