"""The demo shows moderation at work, and loading it twice changes nothing."""

import pytest

from discussions.models import Contribution
from discussions.moderation import demo
from discussions.moderation.models import State

pytestmark = pytest.mark.django_db


def test_demo_moderator_joins_moderators_and_a_newcomer_waits(site):
    from accounts import demo as accounts_demo
    from discussions import demo as discussions_demo

    accounts_demo.load()
    discussions_demo.load()
    demo.load()
    demo.load()
    waiting = Contribution.objects.filter(moderation__state=State.PENDING)
    assert waiting.count() == 1
    assert waiting.get().user.username == "newcomer"
    assert not waiting.get().is_public
    from django.contrib.auth import get_user_model

    moderator = get_user_model().objects.get(username="moderator")
    assert moderator.groups.filter(name="Moderators").exists()
