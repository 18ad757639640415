"""Recurring meetings: RFC 5545 rules expanded in the meeting's own time zone.

A weekly 09:00 in Madrid stays at 09:00 Madrid time across daylight-saving
changes, so its UTC time moves; expansion therefore happens on local wall-clock
times (dateutil) and each occurrence is then converted to UTC (zoneinfo).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr


def next_occurrence(
    rule: str,
    first_start: datetime,
    zone_name: str,
    after: datetime,
    cancelled: Collection[datetime] = (),
) -> datetime | None:
    """The first occurrence (UTC) of the series strictly after *after*, skipping *cancelled*.

    *first_start* and *after* are aware datetimes; *cancelled* holds the UTC starts of
    occurrences removed from the series (EXDATE). ``None`` when the series has ended.
    """
    zone = ZoneInfo(zone_name)
    local_first = first_start.astimezone(zone).replace(tzinfo=None)
    expansion = rrulestr(rule, dtstart=local_first)
    cursor = after.astimezone(zone).replace(tzinfo=None)
    while True:
        local = expansion.after(cursor)
        if local is None:
            return None
        occurrence = local.replace(tzinfo=zone).astimezone(UTC)
        if occurrence > after and occurrence not in cancelled:
            return occurrence
        cursor = local
