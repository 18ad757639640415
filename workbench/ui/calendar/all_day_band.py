"""The band of all-day events above the week's hours (objectName ``allDayBand``).

Each event is a bar across the days it covers, lined up with the week table's
columns; events that share days are stacked in lanes. A click picks the event
(its day and it go to the side panel), a double click opens it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QTableView, QToolTip, QWidget

from workbench.domain import all_day as whole_days
from workbench.domain.enums import MeetingKind
from workbench.services.calendar import OccurrenceView
from workbench.ui.calendar.all_day import all_day_text, days_text
from workbench.ui.calendar.month_delegate import KIND_COLOURS

#: Lanes drawn at most; the others are counted in the band's label.
MAX_LANES = 4


@dataclass(frozen=True, slots=True)
class _Bar:
    occurrence: OccurrenceView
    first: int  # column of its first visible day
    last: int  # column of its last visible day
    lane: int


def lay_out(days: Sequence[date], occurrences: Sequence[OccurrenceView]) -> list[_Bar]:
    """Bars for the all-day *occurrences* over *days*, each in the first lane free for it."""
    index = {day: column for column, day in enumerate(days)}
    spans = []
    for occurrence in occurrences:
        if not occurrence.all_day:
            continue
        covered = [
            index[d]
            for d in whole_days.days_of(
                occurrence.starts_at, occurrence.ends_at, occurrence.time_zone
            )
            if d in index
        ]
        if covered:
            spans.append((min(covered), max(covered), occurrence))
    spans.sort(key=lambda s: (s[0], s[0] - s[1], s[2].title, s[2].meeting_id))
    lanes: list[list[tuple[int, int]]] = []
    bars = []
    for first, last, occurrence in spans:
        lane = next(
            (n for n, taken in enumerate(lanes) if all(last < a or first > b for a, b in taken)),
            len(lanes),
        )
        if lane == len(lanes):
            lanes.append([])
        lanes[lane].append((first, last))
        bars.append(_Bar(occurrence, first, last, lane))
    return bars


class AllDayBand(QWidget):
    """All-day events of the week on screen, drawn over the columns of *table*."""

    sig_occurrence_picked = Signal(object, object)
    """(``date`` clicked, the :class:`OccurrenceView` of the bar)."""
    sig_occurrence_activated = Signal(object)
    """An :class:`OccurrenceView` double-clicked."""

    def __init__(self, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allDayBand")
        self.table = table
        self.days: list[date] = []
        self.bars: list[_Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        table.horizontalHeader().sectionResized.connect(self.update)
        table.horizontalHeader().geometriesChanged.connect(self.update)
        self.setVisible(False)

    def show_days(self, days: Sequence[date], occurrences: Sequence[OccurrenceView]) -> None:
        self.days = list(days)
        self.bars = lay_out(self.days, occurrences)
        self.setAccessibleName(self.tr("%n all-day event(s) this week", "", len(self.bars)))
        self.setVisible(bool(self.bars))
        self.updateGeometry()
        self.update()

    def label_width(self) -> int:
        """Room for the band's label, "All day"."""
        return QFontMetrics(self.font()).horizontalAdvance(all_day_text()) + 12

    def _line(self) -> int:
        return QFontMetrics(self.font()).height() + 6

    def _lanes(self) -> int:
        return min(MAX_LANES, 1 + max((b.lane for b in self.bars), default=0))

    def sizeHint(self) -> QSize:
        return QSize(200, self._lanes() * self._line() + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _column_rect(self, column: int) -> tuple[int, int]:
        """Left edge and width of the table's *column*, in this widget's coordinates."""
        viewport = self.table.viewport()
        at = viewport.mapToGlobal(QPoint(self.table.columnViewportPosition(column), 0))
        left = self.mapFromGlobal(at).x()
        return left, self.table.columnWidth(column)

    def _bar_rect(self, bar: _Bar) -> QRect:
        left, _ = self._column_rect(bar.first)
        last_left, last_width = self._column_rect(bar.last)
        line = self._line()
        return QRect(left + 2, 3 + bar.lane * line, last_left + last_width - left - 4, line - 2)

    def _bar_at(self, point: QPoint) -> _Bar | None:
        return next(
            (b for b in self.bars if b.lane < MAX_LANES and self._bar_rect(b).contains(point)),
            None,
        )

    def _day_at(self, point: QPoint) -> date | None:
        for column, day in enumerate(self.days):
            left, width = self._column_rect(column)
            if left <= point.x() < left + width:
                return day
        return None

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetrics(self.font())
        gutter, _ = self._column_rect(0)
        hidden = sum(1 for b in self.bars if b.lane >= MAX_LANES)
        label = all_day_text() + (f" +{hidden}" if hidden else "")
        painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        painter.drawText(
            QRect(2, 3, max(0, gutter - 4), self._line()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(0, gutter - 4)),
        )
        for bar in self.bars:
            if bar.lane >= MAX_LANES:
                continue
            rect = self._bar_rect(bar)
            colour = KIND_COLOURS.get(bar.occurrence.kind, KIND_COLOURS[MeetingKind.OTHER])
            painter.setPen(colour)
            painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 60))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            text = f"{bar.occurrence.title} · {bar.occurrence.account_name}"
            inner = rect.adjusted(6, 0, -4, 0)
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()),
            )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self._bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
            else:
                o = bar.occurrence
                when = days_text(o, QLocale.FormatType.ShortFormat)
                QToolTip.showText(event.globalPos(), f"{o.title} · {o.account_name}\n{when}", self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        bar = self._bar_at(point)
        day = self._day_at(point)
        if bar is not None and day is not None:
            self.sig_occurrence_picked.emit(day, bar.occurrence)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        bar = self._bar_at(event.position().toPoint())
        if bar is not None:
            self.sig_occurrence_activated.emit(bar.occurrence)
        super().mouseDoubleClickEvent(event)
