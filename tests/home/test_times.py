"""Wall-clock times entered in a zone come back unchanged; every datetime attribute is valid."""

import re
import zoneinfo
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from home import times

ZONES = sorted(zoneinfo.available_timezones())
VALID_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
wall_clocks = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 12, 31))


@settings(max_examples=300, deadline=None)
@given(wall=wall_clocks, zone=st.sampled_from(ZONES))
def test_an_entered_time_is_shown_back_as_entered_unless_clocks_skip_it(wall, zone):
    wall = wall.replace(second=0, microsecond=0)
    instant = times.wall_clock_to_utc(wall, zone)
    if instant is None:
        # Neither reading of a skipped time survives a round trip through UTC.
        for fold in (0, 1):
            local = wall.replace(tzinfo=zoneinfo.ZoneInfo(zone), fold=fold)
            assert local.astimezone(UTC).astimezone(local.tzinfo).replace(tzinfo=None) != wall
    else:
        assert instant.tzinfo is UTC
        assert times.in_zone(instant, zone).replace(tzinfo=None) == wall


@settings(max_examples=200, deadline=None)
@given(instant=st.datetimes(timezones=st.just(UTC)), zone=st.sampled_from(ZONES))
def test_datetime_attributes_have_seconds_precision_and_an_offset(instant, zone):
    value = times.iso_datetime(instant, zone)
    assert VALID_DATETIME.match(value), value
    assert datetime.fromisoformat(value) == instant.replace(microsecond=0)


@given(wall=st.datetimes(), zone=st.sampled_from(ZONES))
def test_extreme_dates_never_raise(wall, zone):
    instant = times.wall_clock_to_utc(wall, zone)
    assert instant is None or instant.tzinfo is UTC
    assert times.zone_label(zone, [wall.replace(tzinfo=UTC)])


def test_labels_name_the_zone_and_its_offset_at_each_instant():
    summer, winter = datetime(2026, 7, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)
    assert times.zone_label("Africa/Nairobi", [summer]) == "Africa/Nairobi, UTC+3"
    assert times.zone_label("America/New_York", [summer, winter]) == (
        "America/New_York, UTC−4 / UTC−5"
    )
    assert times.zone_label("Asia/Kathmandu", [winter]) == "Asia/Kathmandu, UTC+5:45"
    assert times.zone_label("UTC", [winter]) == "UTC"
    assert times.zone_label("Not/AZone", [winter]) == "UTC"


def test_a_time_that_occurs_twice_is_its_first_occurrence():
    # New York, 1 November 2026: 01:30 happens at UTC−4, then again at UTC−5.
    instant = times.wall_clock_to_utc(datetime(2026, 11, 1, 1, 30), "America/New_York")
    assert instant == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
