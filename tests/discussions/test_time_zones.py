"""A discussion's period is entered and shown in its own time zone and stored in UTC."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail.users.models import UserProfile

from discussions.models import DiscussionPage
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory, DiscussionPageFactory

pytestmark = pytest.mark.django_db

VALID_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$")


@pytest.fixture(autouse=True)
def english():
    """Page URLs follow the active language; a French request earlier must not leak in."""
    with translation.override("en"):
        yield


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", is_staff=True, is_superuser=True)


def _page_data(opens_at: str, closes_at: str, zone: str, **extra) -> dict:
    return nested_form_data(
        {
            "title": "Cities and floods",
            "slug": "cities-and-floods",
            "introduction": "Short",
            "background": rich_text("<p>Background</p>"),
            "summary": rich_text(""),
            "opens_at": opens_at,
            "closes_at": closes_at,
            "timezone": zone,
            "guiding_questions": inline_formset([]),
            "action-publish": "publish",
            **extra,
        }
    )


def _create(client, index, editor, opens_at, closes_at, zone):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=["discussions", "discussionpage", index.pk])
    return client.post(url, _page_data(opens_at, closes_at, zone))


def _datetime_attributes(html: str) -> list[str]:
    return re.findall(r'<time datetime="([^"]*)"', html)


def test_editor_enters_nairobi_time_and_it_is_stored_in_utc(client, index, editor):
    response = _create(
        client, index, editor, "2026-11-07 09:00", "2026-11-21 17:00", "Africa/Nairobi"
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = DiscussionPage.objects.get(slug="cities-and-floods")
    assert page.opens_at == datetime(2026, 11, 7, 6, 0, tzinfo=UTC)
    assert page.closes_at == datetime(2026, 11, 21, 14, 0, tzinfo=UTC)


def test_editor_sees_the_period_in_the_discussion_zone_when_editing_again(client, index, editor):
    page = DiscussionPageFactory(
        parent=index,
        opens_at=datetime(2026, 11, 7, 6, 0, tzinfo=UTC),
        closes_at=datetime(2026, 11, 21, 14, 0, tzinfo=UTC),
        timezone="Africa/Nairobi",
    )
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert re.search(r'name="opens_at"[^>]*value="2026-11-07 09:00', html)
    assert re.search(r'name="closes_at"[^>]*value="2026-11-21 17:00', html)


def test_editor_own_admin_time_zone_does_not_shift_the_period(client, index, editor):
    profile = UserProfile.get_for_user(editor)
    profile.current_time_zone = "Asia/Tokyo"
    profile.save()
    _create(client, index, editor, "2026-11-07 09:00", "2026-11-21 17:00", "Africa/Nairobi")
    page = DiscussionPage.objects.get(slug="cities-and-floods")
    assert page.opens_at == datetime(2026, 11, 7, 6, 0, tzinfo=UTC)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert re.search(r'name="opens_at"[^>]*value="2026-11-07 09:00', html)


def test_new_york_period_across_the_november_clock_change(client, index, editor):
    # Clocks in New York go back from UTC−4 to UTC−5 on 1 November 2026.
    _create(client, index, editor, "2026-10-31 09:00", "2026-11-02 09:00", "America/New_York")
    page = DiscussionPage.objects.get(slug="cities-and-floods")
    assert page.opens_at == datetime(2026, 10, 31, 13, 0, tzinfo=UTC)
    assert page.closes_at == datetime(2026, 11, 2, 14, 0, tzinfo=UTC)
    html = client.get(page.url).content.decode()
    assert (
        '<time datetime="2026-10-31T09:00:00-04:00">31 October 2026, 09:00</time> – '
        '<time datetime="2026-11-02T09:00:00-05:00">2 November 2026, 09:00</time>'
    ) in html
    assert "(America/New_York, UTC−4 / UTC−5)" in html


def test_lisbon_time_that_clocks_skip_in_march_is_refused(client, index, editor):
    # On 29 March 2026 clocks in Lisbon jump from 01:00 to 02:00.
    response = _create(
        client, index, editor, "2026-03-29 01:30", "2026-04-05 09:00", "Europe/Lisbon"
    )
    assert response.status_code == 200
    assert "skip 01:30" in response.content.decode()
    assert not DiscussionPage.objects.filter(slug="cities-and-floods").exists()


def test_lisbon_times_either_side_of_the_march_change(client, index, editor):
    _create(client, index, editor, "2026-03-28 09:00", "2026-03-30 09:00", "Europe/Lisbon")
    page = DiscussionPage.objects.get(slug="cities-and-floods")
    assert page.opens_at == datetime(2026, 3, 28, 9, 0, tzinfo=UTC)
    assert page.closes_at == datetime(2026, 3, 30, 8, 0, tzinfo=UTC)
    html = client.get(page.url).content.decode()
    assert '<time datetime="2026-03-28T09:00:00+00:00">28 March 2026, 09:00</time>' in html
    assert '<time datetime="2026-03-30T09:00:00+01:00">30 March 2026, 09:00</time>' in html
    assert "(Europe/Lisbon, UTC / UTC+1)" in html


def test_visitor_sees_contribution_times_in_the_discussion_zone(client, index):
    page = DiscussionPageFactory(parent=index, timezone="Africa/Nairobi")
    submitted = timezone.now().replace(microsecond=123456)
    ContributionFactory(discussion=page, submit_date=submitted)
    html = client.get(page.url).content.decode()
    local = submitted.astimezone(page.zone)
    expected = local.replace(microsecond=0).isoformat()
    assert f'<time datetime="{expected}">' in html
    assert f"{local:%H:%M} UTC+3</time>" in html
    assert all(VALID_DATETIME.match(value) for value in _datetime_attributes(html))


def test_period_reads_in_french_with_the_zone_label(client, index):
    page = DiscussionPageFactory(
        parent=index,
        opens_at=timezone.now() - timedelta(days=1),
        closes_at=datetime(2027, 1, 15, 14, 0, tzinfo=UTC),
        timezone="Africa/Nairobi",
    )
    html = client.get(page.url.replace("/en/", "/fr/")).content.decode()
    assert '<time datetime="2027-01-15T17:00:00+03:00">15 janvier 2027, 17:00</time>' in html
    assert "(Africa/Nairobi, UTC+3)" in html


def test_member_sees_the_edit_deadline_in_the_discussion_zone(client, index):
    member = UserFactory()
    page = DiscussionPageFactory(parent=index, timezone="Asia/Kolkata")
    contribution = ContributionFactory(discussion=page, user=member)
    client.force_login(member)
    html = client.get(reverse("discussions:edit", args=[contribution.pk])).content.decode()
    deadline = contribution.edit_deadline().astimezone(page.zone)
    assert f'<time datetime="{deadline.replace(microsecond=0).isoformat()}">' in html
    assert f"{deadline:%H:%M}</time> (Asia/Kolkata, UTC+5:30)" in html


def test_closed_and_upcoming_notices_use_the_discussion_zone(client, index):
    upcoming = DiscussionPageFactory(
        parent=index,
        opens_at=datetime(2030, 6, 1, 7, 0, tzinfo=UTC),
        closes_at=datetime(2030, 7, 1, 7, 0, tzinfo=UTC),
        timezone="America/Sao_Paulo",
    )
    html = client.get(upcoming.url).content.decode()
    assert "This discussion opens on" in html
    assert '<time datetime="2030-06-01T04:00:00-03:00">1 June 2030, 04:00</time>' in html
    assert "(America/Sao_Paulo, UTC−3)" in html


def test_a_date_far_outside_any_discussion_is_a_form_error(client, index, editor):
    response = _create(client, index, editor, "0001-01-01 00:00", "9999-12-31 23:59", "Asia/Tokyo")
    assert response.status_code == 200
    assert "Enter a date between 1970 and 2100." in response.content.decode()


def test_admin_dashboard_shows_the_closing_time_in_the_discussion_zone(client, index, editor):
    DiscussionPageFactory(
        parent=index,
        opens_at=timezone.now() - timedelta(days=1),
        closes_at=datetime(2099, 1, 15, 14, 0, tzinfo=UTC),
        timezone="Africa/Nairobi",
    )
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '<time datetime="2099-01-15T17:00:00+03:00">15 Jan 2099, 17:00</time>' in html
    assert "(Africa/Nairobi, UTC+3)" in html


def test_changing_the_zone_keeps_the_times_as_the_editor_sees_them(client, index, editor):
    _create(client, index, editor, "2026-11-07 09:00", "2026-11-21 17:00", "Africa/Nairobi")
    page = DiscussionPage.objects.get(slug="cities-and-floods")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.post(url, _page_data("2026-11-07 09:00", "2026-11-21 17:00", "America/Sao_Paulo"))
    page.refresh_from_db()
    assert page.opens_at == datetime(2026, 11, 7, 12, 0, tzinfo=UTC)
    html = client.get(url).content.decode()
    assert re.search(r'name="opens_at"[^>]*value="2026-11-07 09:00', html)
