"""The user's time: now, today and the zone the computer is set to.

Tabs ask the context's clock instead of ``datetime.now()``, so the tests (and
the screenshots) can stand on a fixed day in a chosen zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimeZone


def system_zone() -> ZoneInfo:
    """The zone the computer is set to (the user's local time), UTC when unknown."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError):
        return ZoneInfo("UTC")


@dataclass(frozen=True)
class Clock:
    zone: ZoneInfo = field(default_factory=system_zone)
    #: A fixed "now" (aware), for tests and screenshots; ``None`` follows the real time.
    fixed: datetime | None = None

    def now(self) -> datetime:
        return self.fixed if self.fixed is not None else datetime.now(UTC)

    def today(self) -> date:
        return self.now().astimezone(self.zone).date()
