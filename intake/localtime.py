"""The city's time: timestamps are stored in UTC and shown, and bucketed by hour, in local time.

``INTAKE_TIME_ZONE`` names the city's IANA zone (``America/Los_Angeles``). People read times in
it ("5:00 pm, 1 December 2026 PST"), and the summary's timeline counts comments per local hour.
Pure functions over :mod:`zoneinfo`, no Flask, so services and templates share them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

QUARTER = timedelta(minutes=15)
"""Every zone in use today is offset from UTC by a multiple of fifteen minutes, so counts per
UTC quarter hour fold exactly into local hours (whole, half and three-quarter hour zones)."""


def local(moment: datetime, zone: ZoneInfo) -> datetime:
    """``moment`` (aware) in the city's zone."""
    return moment.astimezone(zone)


def spoken(moment: datetime | None, zone: ZoneInfo) -> str:
    """A time as people say it: ``5:00 pm, 1 December 2026 PST`` (empty for no time)."""
    if moment is None:
        return ""
    at = local(moment, zone)
    hour = at.hour % 12 or 12
    meridiem = "am" if at.hour < 12 else "pm"
    return f"{hour}:{at.minute:02d} {meridiem}, {at.day} {at:%B %Y} {at.tzname()}"


def local_hour_start(moment: datetime, zone: ZoneInfo) -> datetime:
    """The start of the local hour ``moment`` falls in, as a UTC instant.

    Returned in UTC so the two 1 am hours of a night the clocks go back stay two hours, and
    sort in the order they happened.
    """
    at = local(moment, zone)
    return at.replace(minute=0, second=0, microsecond=0).astimezone(UTC)


def hour_label(start: datetime, zone: ZoneInfo) -> str:
    """A local hour as ISO 8601 with its offset: ``2026-12-01T11:00:00-08:00``."""
    return local(start, zone).isoformat()
