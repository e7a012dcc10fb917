"""Instants are stored in UTC and shown in the time zone a page declares (e.g. a discussion's)."""

import zoneinfo
from collections.abc import Iterable
from datetime import UTC, datetime, tzinfo

from django.utils import dateformat, timezone


def as_zone(zone: tzinfo | str | None) -> tzinfo:
    """A tzinfo from a zone or an IANA name; an unknown or empty name is UTC."""
    if isinstance(zone, tzinfo):
        return zone
    try:
        return zoneinfo.ZoneInfo(zone or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return UTC


def zone_name(zone: tzinfo | str | None) -> str:
    zone = as_zone(zone)
    return getattr(zone, "key", None) or "UTC"


def in_zone(value: datetime, zone: tzinfo | str | None) -> datetime:
    """The instant as a wall-clock time in `zone` (naive values are taken as UTC)."""
    if timezone.is_naive(value):
        value = value.replace(tzinfo=UTC)
    try:
        return value.astimezone(as_zone(zone))
    except OverflowError:  # within hours of year 1 or 9999: not a real discussion date
        return value


def iso_datetime(value: datetime, zone: tzinfo | str | None = None) -> str:
    """A valid HTML `datetime` value: seconds precision with the offset (2026-11-07T09:00:00+03:00)."""
    local = in_zone(value, zone).replace(microsecond=0)
    if local.utcoffset().total_seconds() % 60:  # historic local mean time, e.g. -00:16:08
        local = local.astimezone(UTC)
    return local.isoformat()


def utc_offset(value: datetime, zone: tzinfo | str | None) -> str:
    """The zone's offset at that instant: "UTC+3", "UTC−5", "UTC+5:30", "UTC"."""
    offset = in_zone(value, zone).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "\N{MINUS SIGN}"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}:{rest:02d}" if rest else f"UTC{sign}{hours}"


def zone_label(zone: tzinfo | str | None, instants: Iterable[datetime] = ()) -> str:
    """ "Africa/Nairobi, UTC+3"; offsets in order when the instants straddle a clock change."""
    name = zone_name(zone)
    offsets = list(dict.fromkeys(utc_offset(instant, zone) for instant in instants if instant))
    if not offsets or offsets == [name]:
        return name
    return f"{name}, {' / '.join(offsets)}"


def format_in_zone(value: datetime, zone: tzinfo | str | None, fmt: str) -> str:
    """`value` formatted with Django's date format characters in the active language."""
    return dateformat.format(in_zone(value, zone), fmt)


def wall_clock_to_utc(wall: datetime, zone: tzinfo | str | None) -> datetime | None:
    """The UTC instant at which clocks in `zone` show `wall` (naive); None if clocks skip it.

    A time that occurs twice (clocks go back) is the first occurrence.
    """
    zone = as_zone(zone)
    local = wall.replace(tzinfo=zone, fold=0)
    try:
        instant = local.astimezone(UTC)
    except OverflowError:
        return None
    if instant.astimezone(zone).replace(tzinfo=None) != wall.replace(tzinfo=None):
        return None
    return instant
