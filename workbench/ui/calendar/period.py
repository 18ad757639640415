"""Which days a calendar view shows, and how Previous / Next / Today move it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import IntEnum
from zoneinfo import ZoneInfo


class ViewMode(IntEnum):
    MONTH = 0
    WEEK = 1
    AGENDA = 2


#: How many days the agenda lists from its first day.
AGENDA_DAYS = 28


@dataclass(frozen=True)
class Period:
    """The days on screen: ``first`` to ``last`` inclusive, in the user's zone."""

    mode: ViewMode
    anchor: date
    first: date
    last: date

    @classmethod
    def around(cls, mode: ViewMode, anchor: date) -> Period:
        if mode is ViewMode.MONTH:
            first_of_month = anchor.replace(day=1)
            first = first_of_month - timedelta(days=first_of_month.weekday())
            return cls(mode, anchor, first, first + timedelta(days=41))  # six full weeks
        if mode is ViewMode.WEEK:
            first = anchor - timedelta(days=anchor.weekday())
            return cls(mode, anchor, first, first + timedelta(days=6))
        return cls(mode, anchor, anchor, anchor + timedelta(days=AGENDA_DAYS - 1))

    def step(self, direction: int) -> Period:
        """The previous (-1) or next (+1) month, week or agenda page."""
        if self.mode is ViewMode.MONTH:
            month = self.anchor.month - 1 + direction
            anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        elif self.mode is ViewMode.WEEK:
            anchor = self.anchor + timedelta(weeks=direction)
        else:
            anchor = self.anchor + timedelta(days=AGENDA_DAYS * direction)
        return Period.around(self.mode, anchor)

    def with_mode(self, mode: ViewMode) -> Period:
        return Period.around(mode, self.anchor)

    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]

    def utc_window(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """The period as a UTC half-open interval, midnight to midnight in *zone*."""
        start = datetime.combine(self.first, time(0), zone).astimezone(UTC)
        end = datetime.combine(self.last + timedelta(days=1), time(0), zone).astimezone(UTC)
        return start, end
