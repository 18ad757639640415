"""How the views place and name all-day events (see :mod:`workbench.domain.all_day`).

An all-day occurrence covers whole days read in its own zone, so a holiday on the
25th sits on the 25th whatever the viewer's zone; a timed one sits on the day it
starts in the viewer's zone.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from workbench.domain import all_day as whole_days
from workbench.services.calendar import OccurrenceView


def occurrence_days(occurrence: OccurrenceView, zone: ZoneInfo) -> list[date]:
    """The days *occurrence* is shown on: each of its days, or its start day in *zone*."""
    if occurrence.all_day:
        return whole_days.days_of(occurrence.starts_at, occurrence.ends_at, occurrence.time_zone)
    return [occurrence.starts_at.astimezone(zone).date()]


def first_day(occurrence: OccurrenceView, zone: ZoneInfo) -> date:
    """The day the occurrence starts on, as the views show it."""
    if occurrence.all_day:
        return whole_days.span(occurrence.starts_at, occurrence.ends_at, occurrence.time_zone)[0]
    return occurrence.starts_at.astimezone(zone).date()


def all_day_text() -> str:
    return QCoreApplication.translate("AllDay", "All day")


def days_text(occurrence: OccurrenceView, fmt: QLocale.FormatType) -> str:
    """ "All day", or its first and last days for an event of several: "28/10/26 – 30/10/26"."""
    first, count = whole_days.span(occurrence.starts_at, occurrence.ends_at, occurrence.time_zone)
    if count == 1:
        return all_day_text()
    last = whole_days.last_day(occurrence.starts_at, occurrence.ends_at, occurrence.time_zone)
    locale = QLocale()
    return QCoreApplication.translate("AllDay", "{first} – {last}, all day").format(
        first=locale.toString(QDate(first.year, first.month, first.day), fmt),
        last=locale.toString(QDate(last.year, last.month, last.day), fmt),
    )
