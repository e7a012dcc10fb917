"""The demo discussions open and close at sensible hours on their own clocks."""

import re

import pytest
from django.utils import timezone

from discussions import demo
from discussions.models import Contribution, DiscussionPage

pytestmark = pytest.mark.django_db

# Seconds precision and an offset: what the HTML validator accepts.
VALID_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$")


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


def test_demo_pages_carry_only_valid_datetime_attributes(client, site):
    demo.load()
    pages = [site.root_page.url, *(page.url for page in DiscussionPage.objects.live())]
    pages.append(DiscussionPage.objects.first().get_parent().url)
    seen = 0
    for url in pages:
        html = client.get(url).content.decode()
        values = re.findall(r'<time datetime="([^"]*)"', html)
        seen += len(values)
        assert all(VALID_DATETIME.match(value) for value in values), (url, values)
    assert seen > 10
