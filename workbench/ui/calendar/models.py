"""Item models of the month, week and agenda views.

Each holds the occurrences of its period, already expanded by the service and
bucketed by the user's local day (and hour, for the week); ``data()`` is a
dictionary look-up. Occurrences are swapped in whole with a model reset.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from workbench.services.calendar import OccurrenceView
from workbench.ui.calendar.all_day import all_day_text, first_day, occurrence_days
from workbench.ui.calendar.period import Period, ViewMode
from workbench.ui.common.enum_labels import enum_label

AnyIndex = QModelIndex | QPersistentModelIndex

#: The occurrences in a cell (month, week) or the one of a row (agenda).
OCCURRENCES_ROLE = Qt.ItemDataRole.UserRole + 1
#: The cell's ``datetime.date``.
DAY_ROLE = Qt.ItemDataRole.UserRole + 2
#: True for a month cell outside the month shown.
OUTSIDE_ROLE = Qt.ItemDataRole.UserRole + 3
#: True for today's cells.
TODAY_ROLE = Qt.ItemDataRole.UserRole + 4
#: The hour (0–23) of a week cell.
HOUR_ROLE = Qt.ItemDataRole.UserRole + 5


def time_text(moment: datetime, zone: ZoneInfo, locale: QLocale | None = None) -> str:
    local = moment.astimezone(zone)
    return (locale or QLocale()).toString(
        QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
    )


def day_text(day: date, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def today_brush() -> QBrush:
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    return QBrush(QColor(highlight.red(), highlight.green(), highlight.blue(), 40))


def occurrence_line(occurrence: OccurrenceView, zone: ZoneInfo) -> str:
    when = all_day_text() if occurrence.all_day else time_text(occurrence.starts_at, zone)
    return f"{when} {occurrence.title} · {occurrence.account_name}"


class _PeriodModel(QAbstractTableModel):
    """Occurrences of one period, bucketed by local day in the user's zone."""

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.today = date.today()
        self.period: Period | None = None
        self._by_day: dict[date, list[OccurrenceView]] = {}

    def show(self, period: Period, occurrences: Sequence[OccurrenceView], today: date) -> None:
        self.beginResetModel()
        self.period, self.today = period, today
        by_day: dict[date, list[OccurrenceView]] = defaultdict(list)
        # Many occurrences share a start (series at the top of the hour): convert each once.
        local_day: dict[datetime, date] = {}
        for occurrence in occurrences:
            if occurrence.all_day:  # on each of its days, read in its own zone
                for covered in occurrence_days(occurrence, self.zone):
                    by_day[covered].append(occurrence)
                continue
            starts = occurrence.starts_at
            day = local_day.get(starts)
            if day is None:
                day = local_day[starts] = starts.astimezone(self.zone).date()
            by_day[day].append(occurrence)
        self._by_day = dict(by_day)
        self._rebucket(occurrences)
        self.endResetModel()

    def _rebucket(self, occurrences: Sequence[OccurrenceView]) -> None:
        """Extra bucketing a subclass needs, inside the reset."""

    def on_day(self, day: date) -> list[OccurrenceView]:
        return self._by_day.get(day, [])


class MonthModel(_PeriodModel):
    """Six weeks of seven days; a cell holds the day's meetings."""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.period is None else 6

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def day_at(self, index: AnyIndex) -> date:
        assert self.period is not None
        return self.period.days()[index.row() * 7 + index.column()]

    def index_of(self, day: date) -> QModelIndex:
        if self.period is None or not self.period.first <= day <= self.period.last:
            return QModelIndex()
        offset = (day - self.period.first).days
        return self.index(offset // 7, offset % 7)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.period is None:
            return None
        day = self.day_at(index)
        found = self.on_day(day)
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join([str(day.day), *(occurrence_line(o, self.zone) for o in found)])
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [day_text(day, QLocale.FormatType.LongFormat)]
            lines += [occurrence_line(o, self.zone) for o in found]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("%n meeting(s) on {day}", "", len(found)).format(day=day_text(day))
        if role == OCCURRENCES_ROLE:
            return found
        if role == DAY_ROLE:
            return day
        if role == OUTSIDE_ROLE:
            return day.month != self.period.anchor.month
        if role == TODAY_ROLE:
            return day == self.today
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
        if self.period is None:
            return None
        monday = self.period.days()[section * 7]
        return str(monday.isocalendar().week)


class WeekModel(_PeriodModel):
    """Seven days by 24 hours; a cell holds the meetings starting in that hour."""

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(zone, parent)
        self._by_slot: dict[tuple[date, int], list[OccurrenceView]] = {}
        self._busy: set[tuple[date, int]] = set()

    def _rebucket(self, occurrences: Sequence[OccurrenceView]) -> None:
        by_slot: dict[tuple[date, int], list[OccurrenceView]] = defaultdict(list)
        busy: set[tuple[date, int]] = set()
        # Many occurrences share their times (series at the top of the hour): place each once.
        placed: set[tuple[datetime, datetime]] = set()
        slot_of: dict[datetime, tuple[date, int]] = {}
        for occurrence in occurrences:
            if occurrence.all_day:
                continue  # in the band above the hours, not in them
            starts, ends = occurrence.starts_at, occurrence.ends_at
            slot = slot_of.get(starts)
            if slot is None:
                local = starts.astimezone(self.zone)
                slot = slot_of[starts] = (local.date(), local.hour)
            by_slot[slot].append(occurrence)
            if (starts, ends) in placed:
                continue
            placed.add((starts, ends))
            start = starts.astimezone(self.zone)
            end = ends.astimezone(self.zone)
            cursor = start.replace(minute=0, second=0, microsecond=0)
            while cursor < end and len(busy) < 100_000:
                busy.add((cursor.date(), cursor.hour))
                cursor += timedelta(hours=1)
        self._by_slot, self._busy = dict(by_slot), busy

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.period is None else 24

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def slot_at(self, index: AnyIndex) -> tuple[date, int]:
        assert self.period is not None
        return self.period.days()[index.column()], index.row()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.period is None:
            return None
        day, hour = self.slot_at(index)
        found = self._by_slot.get((day, hour), [])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "\n".join(occurrence_line(o, self.zone) for o in found) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if (day, hour) in self._busy:
                highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
                return QBrush(QColor(highlight.red(), highlight.green(), highlight.blue(), 70))
            return today_brush() if day == self.today else None
        if role == Qt.ItemDataRole.FontRole and found:
            font = QFont()
            font.setBold(True)
            return font
        if role == OCCURRENCES_ROLE:
            return found
        if role == DAY_ROLE:
            return day
        if role == HOUR_ROLE:
            return hour
        if role == TODAY_ROLE:
            return day == self.today
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.period is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return QLocale().toString(QTime(section, 0), QLocale.FormatType.ShortFormat)
            return None
        day = self.period.days()[section]
        if role == Qt.ItemDataRole.DisplayRole:
            name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            text = f"{name} {day_text(day)}"
            return f"● {text}" if day == self.today else text
        if role == Qt.ItemDataRole.FontRole and day == self.today:
            font = QFont()
            font.setBold(True)
            return font
        return None


class AgendaModel(_PeriodModel):
    """One row per occurrence: when (yours and the client's), what, with whom, where."""

    COLUMNS = ("day", "time", "client_time", "title", "account", "kind", "where")

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(zone, parent)
        self._rows: list[OccurrenceView] = []

    def _rebucket(self, occurrences: Sequence[OccurrenceView]) -> None:
        """The occurrences (in start order) with each all-day one moved to the head of the
        day it is shown on: it starts at its own zone's midnight, which may be the evening
        before here. Only those are placed (a month of agenda holds 30,000 timed rows)."""
        timed = [o for o in occurrences if not o.all_day]
        starts = [o.starts_at for o in timed]
        rows: list[OccurrenceView] = []
        placed = 0
        for whole in sorted((o for o in occurrences if o.all_day), key=self._day_of):
            here = datetime.combine(self._day_of(whole), time(), tzinfo=self.zone)
            cut = max(placed, bisect_left(starts, here))
            rows += timed[placed:cut]
            rows.append(whole)
            placed = cut
        self._rows = rows + timed[placed:]

    def _day_of(self, occurrence: OccurrenceView) -> date:
        return first_day(occurrence, self.zone)

    def occurrence_at(self, row: int) -> OccurrenceView:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _text(self, occurrence: OccurrenceView, column: str, day: date) -> str:
        if column == "day":
            name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            return f"{name} {day_text(day)}"
        if column in ("time", "client_time") and occurrence.all_day:
            return all_day_text()  # the same dates in every zone
        if column == "time":
            return (
                f"{time_text(occurrence.starts_at, self.zone)}–"
                f"{time_text(occurrence.ends_at, self.zone)}"
            )
        if column == "client_time":
            client = ZoneInfo(occurrence.account_zone)
            return f"{time_text(occurrence.starts_at, client)} ({occurrence.account_zone})"
        if column == "title":
            return occurrence.title + (" ↻" if occurrence.recurring else "")
        if column == "account":
            return occurrence.account_name
        if column == "kind":
            return enum_label(occurrence.kind)
        return occurrence.location or occurrence.link or ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        occurrence = self._rows[index.row()]
        day = self._day_of(occurrence)
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(occurrence, column, day)
        if role == OCCURRENCES_ROLE:
            return [occurrence]
        if role == DAY_ROLE:
            return day
        if role == TODAY_ROLE:
            return day == self.today
        if role == Qt.ItemDataRole.BackgroundRole:
            return today_brush() if day == self.today else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Day"),
            self.tr("Your time"),
            self.tr("Client's time"),
            self.tr("Meeting"),
            self.tr("Account"),
            self.tr("Kind"),
            self.tr("Where"),
        )[section]


def model_for(mode: ViewMode, zone: ZoneInfo, parent: QObject) -> _PeriodModel:
    return {ViewMode.MONTH: MonthModel, ViewMode.WEEK: WeekModel, ViewMode.AGENDA: AgendaModel}[
        mode
    ](zone, parent)
