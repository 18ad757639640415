"""All-day events (holidays, birthdays, a client visit day) as whole days.

An all-day event is stored like a meeting, from midnight of its first day to
midnight after its last day in its own zone (RFC 5545's exclusive DTEND), so
range queries and recurrence expansion treat it as any other meeting. Its days
are always read in that zone, never in the viewer's: a holiday on the 25th is
on the 25th wherever the calendar is looked at ("floating" dates).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from workbench.domain.zones import zone_named

_DAY_SECONDS = 24 * 3600


def midnight(day: date, zone: str) -> datetime:
    """The start of *day* in *zone*, in UTC."""
    return datetime.combine(day, time(0), tzinfo=zone_named(zone)).astimezone(UTC)


def bounds(first: date, days: int, zone: str) -> tuple[datetime, datetime]:
    """Start and (exclusive) end, in UTC, of *days* whole days from *first* in *zone*."""
    return midnight(first, zone), midnight(first + timedelta(days=max(1, days)), zone)


def span(starts_at: datetime, ends_at: datetime, zone: str) -> tuple[date, int]:
    """The first day and the number of days (at least one) of an all-day occurrence.

    The length is rounded to whole days: an occurrence expanded across a
    daylight-saving change lasts 23 or 25 hours and still covers one day.
    """
    first = starts_at.astimezone(zone_named(zone)).date()
    days = round((ends_at - starts_at).total_seconds() / _DAY_SECONDS)
    return first, max(1, days)


def days_of(starts_at: datetime, ends_at: datetime, zone: str) -> list[date]:
    """Every day an all-day occurrence covers, in order."""
    first, count = span(starts_at, ends_at, zone)
    return [first + timedelta(days=n) for n in range(min(count, 366))]


def last_day(starts_at: datetime, ends_at: datetime, zone: str) -> date:
    """The last day covered (inclusive), as a person says it: "3–5 March"."""
    first, count = span(starts_at, ends_at, zone)
    return first + timedelta(days=count - 1)
