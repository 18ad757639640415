"""Paints a month cell: the day number, then one coloured line per meeting.

All-day events come first, as a tinted bar with their title on each day they
cover (a three-day visit is a bar on three cells); meetings follow with their time.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.domain.enums import MeetingKind
from workbench.ui.calendar.models import (
    DAY_ROLE,
    OCCURRENCES_ROLE,
    OUTSIDE_ROLE,
    TODAY_ROLE,
    time_text,
    today_brush,
)

#: One colour per kind of meeting, readable on light and dark backgrounds.
KIND_COLOURS = {
    MeetingKind.REVIEW: QColor("#2e7d32"),
    MeetingKind.QBR: QColor("#1565c0"),
    MeetingKind.NEGOTIATION: QColor("#6a1b9a"),
    MeetingKind.CRISIS: QColor("#c62828"),
    MeetingKind.OTHER: QColor("#616161"),
}


class MonthCellDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        model = index.model()
        zone = model.zone  # type: ignore[attr-defined]
        day: date = index.data(DAY_ROLE)
        occurrences = index.data(OCCURRENCES_ROLE) or []
        palette = option.palette
        rect: QRect = option.rect
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight).lighter(170))
        elif index.data(TODAY_ROLE):
            painter.fillRect(rect, today_brush())
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        text_colour = palette.color(QPalette.ColorRole.Text)
        if index.data(OUTSIDE_ROLE):
            text_colour = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        number_rect = QRect(rect.left() + 4, rect.top() + 2, rect.width() - 8, line)
        font = painter.font()
        if index.data(TODAY_ROLE):
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
        else:
            painter.setPen(text_colour)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignLeft, str(day.day))
        font.setBold(False)
        painter.setFont(font)
        top = number_rect.bottom() + 2
        room = max(0, (rect.bottom() - top) // line)
        # All-day events first, whatever order the day's list has.
        occurrences = sorted(occurrences, key=lambda o: not o.all_day)
        shown = occurrences if len(occurrences) <= room else occurrences[: max(0, room - 1)]
        for occurrence in shown:
            colour = KIND_COLOURS.get(occurrence.kind, KIND_COLOURS[MeetingKind.OTHER])
            chip = QRect(rect.left() + 3, top, 4, line - 2)
            if occurrence.all_day:
                band = QRect(rect.left() + 2, top, rect.width() - 4, line - 1)
                painter.fillRect(band, QColor(colour.red(), colour.green(), colour.blue(), 55))
                painter.fillRect(chip, colour)
                label = occurrence.title
            else:
                painter.fillRect(chip, colour)
                label = f"{time_text(occurrence.starts_at, zone)} {occurrence.title}"
            painter.setPen(text_colour)
            text_rect = QRect(chip.right() + 4, top, rect.right() - chip.right() - 6, line)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, text_rect.width()),
            )
            top += line
        hidden = len(occurrences) - len(shown)
        if hidden > 0:
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            more = QRect(rect.left() + 10, top, rect.width() - 12, line)
            painter.drawText(
                more,
                Qt.AlignmentFlag.AlignLeft,
                self.tr("+{count} more").format(count=hidden),
            )
        painter.restore()
