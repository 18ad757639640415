"""The next seven days' meetings, and the reminder shown when one is about to start."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from workbench.services.calendar import OccurrenceView
from workbench.ui.calendar.all_day import all_day_text, first_day
from workbench.ui.calendar.models import day_text, time_text

#: Default minutes before a meeting starts at which the reminder appears.
DEFAULT_LEAD_MINUTES = 10


class UpcomingList(QListWidget):
    """One line per meeting of the next seven days; choosing one opens it."""

    sig_occurrence_chosen = Signal(object)

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upcomingList")
        self.zone = zone
        self.occurrences: list[OccurrenceView] = []
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemActivated.connect(self._on_activated)

    def show_upcoming(self, occurrences: Sequence[OccurrenceView]) -> None:
        self.clear()
        self.occurrences = list(occurrences)
        locale = QLocale()
        for occurrence in occurrences:
            local = first_day(occurrence, self.zone)
            weekday = locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
            when = (
                all_day_text() if occurrence.all_day else time_text(occurrence.starts_at, self.zone)
            )
            text = (
                f"{weekday} {day_text(local)} {when}  "
                f"{occurrence.title} · {occurrence.account_name}"
            )
            QListWidgetItem(text, self).setToolTip(text)
        if not occurrences:
            item = QListWidgetItem(self.tr("No meetings in the next 7 days."), self)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _on_activated(self, item: QListWidgetItem) -> None:
        row = self.row(item)
        if 0 <= row < len(self.occurrences):
            self.sig_occurrence_chosen.emit(self.occurrences[row])


class MeetingReminders(QObject):
    """Says once per occurrence, *lead* minutes ahead, that a meeting is about to start."""

    sig_reminder = Signal(str)

    def __init__(
        self,
        zone: ZoneInfo,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
        interval_ms: int = 30_000,
    ) -> None:
        super().__init__(parent)
        self.zone = zone
        self.clock = clock
        self.lead = timedelta(minutes=DEFAULT_LEAD_MINUTES)
        self.occurrences: list[OccurrenceView] = []
        self._told: set[tuple[int, datetime]] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def watch(self, occurrences: Sequence[OccurrenceView]) -> None:
        self.occurrences = list(occurrences)
        self.check()

    def check(self) -> None:
        now = self.clock()
        for occurrence in self.occurrences:
            if occurrence.key in self._told or occurrence.all_day:
                continue  # a holiday does not "start in 10 min" at midnight
            if now <= occurrence.starts_at <= now + self.lead:
                self._told.add(occurrence.key)
                minutes = max(0, round((occurrence.starts_at - now).total_seconds() / 60))
                self.sig_reminder.emit(
                    self.tr("{title} with {account} starts in {minutes} min ({time})").format(
                        title=occurrence.title,
                        account=occurrence.account_name,
                        minutes=minutes,
                        time=time_text(occurrence.starts_at, self.zone),
                    )
                )
