"""The demo discussions open and close at sensible hours on their own clocks."""

import pytest
from django.utils import timezone

from discussions import demo
from discussions.models import Contribution, DiscussionPage

pytestmark = pytest.mark.django_db


def test_demo_discussions_open_at_nine_and_close_at_five_in_their_zone(site):
    demo.load()
    for page in DiscussionPage.objects.all():
        assert page.timezone != "UTC"
        assert page.opens_at.astimezone(page.zone).strftime("%H:%M") == "09:00"
        assert page.closes_at.astimezone(page.zone).strftime("%H:%M") == "17:00"


def test_demo_contributions_fall_inside_the_period_and_not_in_the_future(site):
    demo.load()
    now = timezone.now()
    for contribution in Contribution.objects.select_related("discussion"):
        discussion = contribution.discussion
        assert discussion.opens_at <= contribution.submit_date <= discussion.closes_at
        assert contribution.submit_date <= now
