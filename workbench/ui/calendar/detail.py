"""Beside the views: the picked day's meetings and the detail of one of them.

The detail gives the meeting's times in the user's zone, in the meeting's own
zone and in the client's, who attends, the agenda, the minutes and the action
items they produced, with the actions a user takes on a meeting.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.services.calendar import OccurrenceView
from workbench.services.meetings import Attendee, MeetingAction, MeetingDetail
from workbench.ui.calendar.all_day import all_day_text, days_text, first_day
from workbench.ui.calendar.models import occurrence_line, time_text
from workbench.ui.calendar.recurrence_text import describe_rule
from workbench.ui.common.enum_labels import enum_label


def _when(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    qt = QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


class DayList(QListWidget):
    """The meetings of the day picked in the view; choosing one shows its detail."""

    sig_occurrence_chosen = Signal(object)

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayMeetings")
        self.zone = zone
        self._occurrences: list[OccurrenceView] = []
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.currentRowChanged.connect(self._on_row)

    def show_day(self, occurrences: Sequence[OccurrenceView]) -> None:
        self.blockSignals(True)
        self.clear()
        self._occurrences = list(occurrences)
        for occurrence in occurrences:
            QListWidgetItem(occurrence_line(occurrence, self.zone), self)
        if not occurrences:
            item = QListWidgetItem(self.tr("No meetings this day."), self)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.blockSignals(False)
        if occurrences:
            self.setCurrentRow(0)
        else:
            self.sig_occurrence_chosen.emit(None)

    def select(self, occurrence: OccurrenceView) -> bool:
        """Pick *occurrence* if it is in the list (its detail is shown again)."""
        for row, listed in enumerate(self._occurrences):
            if listed.key == occurrence.key:
                if self.currentRow() == row:
                    self.sig_occurrence_chosen.emit(listed)
                else:
                    self.setCurrentRow(row)
                return True
        return False

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._occurrences):
            self.sig_occurrence_chosen.emit(self._occurrences[row])


class MeetingDetailPanel(QWidget):
    """The chosen occurrence, with Edit, Cancel, Delete, Action item, Prep brief, Export."""

    sig_edit = Signal()
    sig_cancel_occurrence = Signal()
    sig_delete = Signal()
    sig_add_action = Signal()
    sig_prep_brief = Signal()
    sig_export = Signal()

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDetail")
        self.zone = zone
        self.occurrence: OccurrenceView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(self)
        self.text.setObjectName("meetingDetailText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        scroll.setMinimumHeight(40)
        layout.addWidget(scroll, 1)
        buttons = QGridLayout()
        self.edit_button = self._button("meetingEdit", self.tr("Edit…"), self.sig_edit)
        self.cancel_button = self._button(
            "meetingCancelOccurrence", self.tr("Cancel this occurrence"), self.sig_cancel_occurrence
        )
        self.delete_button = self._button("meetingDelete", self.tr("Delete…"), self.sig_delete)
        self.action_button = self._button(
            "meetingAddAction", self.tr("Add action item…"), self.sig_add_action
        )
        self.brief_button = self._button(
            "meetingPrepBrief", self.tr("Prep brief…"), self.sig_prep_brief
        )
        self.export_button = self._button("meetingExport", self.tr("Export .ics…"), self.sig_export)
        for position, button in enumerate(
            (
                self.edit_button,
                self.brief_button,
                self.action_button,
                self.export_button,
                self.cancel_button,
                self.delete_button,
            )
        ):
            buttons.addWidget(button, position // 2, position % 2)
        layout.addLayout(buttons)
        self.show_nothing()

    def _button(self, name: str, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(signal)
        return button

    def _set_enabled(self, enabled: bool) -> None:
        for button in (
            self.edit_button,
            self.delete_button,
            self.action_button,
            self.brief_button,
            self.export_button,
        ):
            button.setEnabled(enabled)
        self.cancel_button.setEnabled(
            enabled and self.occurrence is not None and self.occurrence.recurring
        )

    def when_text(self, occurrence: OccurrenceView) -> str:
        """The occurrence's start in the user's zone, as the user's locale writes it."""
        if occurrence.all_day:
            return days_text(occurrence, QLocale.FormatType.ShortFormat)
        return _when(occurrence.starts_at, self.zone)

    def show_nothing(self) -> None:
        self.occurrence = None
        self.text.setText(
            "<p style='color: gray'>"
            + html.escape(self.tr("Pick a meeting to see its details."))
            + "</p>"
        )
        self._set_enabled(False)

    def show_meeting(
        self,
        occurrence: OccurrenceView,
        detail: MeetingDetail,
        attendees: Sequence[Attendee],
        actions: Sequence[MeetingAction],
        today: date,
    ) -> None:
        self.occurrence = occurrence
        e = html.escape
        label_moved = self.tr("this occurrence was moved")
        label_where = self.tr("Where")
        label_link = self.tr("Video link")
        label_optional = self.tr("optional")
        label_attendees = self.tr("Attendees")
        label_actions = self.tr("Action items")
        label_overdue = self.tr("overdue")
        meeting_zone = ZoneInfo(occurrence.time_zone)
        client_zone = ZoneInfo(occurrence.account_zone)
        shown = detail.occurrence or detail.draft
        parts = [
            f"<h3>{e(occurrence.title)}</h3>",
            f"<p><b>{e(occurrence.account_name)}</b> · {e(enum_label(occurrence.kind))}"
            f" · {e(enum_label(occurrence.mode))}</p>",
            "<table cellspacing='0' cellpadding='2'>",
        ]
        if occurrence.all_day:  # the same days in every zone: one line
            first = first_day(occurrence, self.zone)
            day = QLocale().toString(
                QDate(first.year, first.month, first.day), QLocale.FormatType.LongFormat
            )
            several = days_text(occurrence, QLocale.FormatType.LongFormat)
            when = several if several != all_day_text() else f"{day} · {several}"
            label = self.tr("When")
            parts.append(f"<tr><td>{e(label)}</td><td>{e(when)}</td></tr>")
        for label, zone in (
            ()
            if occurrence.all_day
            else (
                (self.tr("Your time"), self.zone),
                (self.tr("Meeting's zone"), meeting_zone),
                (self.tr("Client's time"), client_zone),
            )
        ):
            end = time_text(occurrence.ends_at, zone)
            parts.append(
                f"<tr><td>{e(label)}</td><td>{e(_when(occurrence.starts_at, zone))}–{e(end)}"
                f" <span style='color: gray'>({e(zone.key)})</span></td></tr>"
            )
        parts.append("</table>")
        first = detail.draft.aware(detail.draft.starts_local) or occurrence.starts_at
        repeat = describe_rule(detail.draft.rule, first, occurrence.time_zone)
        moved = f" · <i>{e(label_moved)}</i>" if occurrence.moved else ""
        parts.append(f"<p>{e(repeat)}{moved}</p>")
        if occurrence.location:
            parts.append(f"<p><b>{e(label_where)}:</b> {e(occurrence.location)}</p>")
        if occurrence.link:
            link = f"<a href='{e(occurrence.link)}'>{e(occurrence.link)}</a>"
            parts.append(f"<p><b>{e(label_link)}:</b> {link}</p>")
        if attendees:
            people = ", ".join(
                e(a.name)
                + (f" ({e(a.detail)})" if a.detail else "")
                + (f" <i>{e(label_optional)}</i>" if a.optional else "")
                for a in attendees
            )
            parts.append(f"<p><b>{e(label_attendees)}:</b> {people}</p>")
        for label, text in (
            (self.tr("Agenda"), detail.draft.agenda),
            (self.tr("Minutes"), shown.minutes),
            (self.tr("Outcome"), detail.draft.outcome),
        ):
            if text:
                body = e(text).replace("\n", "<br>")
                parts.append(f"<p><b>{e(label)}</b><br>{body}</p>")
        if actions:
            parts.append(f"<p><b>{e(label_actions)}</b></p><ul>")
            for action in actions:
                owner = action.owner or (enum_label(action.team) if action.team else "")
                due = (
                    QLocale().toString(
                        QDate(action.due_on.year, action.due_on.month, action.due_on.day),
                        QLocale.FormatType.ShortFormat,
                    )
                    if action.due_on
                    else "—"
                )
                flag = (
                    f" <b style='color:#b91c1c'>{e(label_overdue)}</b>"
                    if action.overdue(today)
                    else ""
                )
                parts.append(
                    f"<li>{e(action.title)} — {e(owner)}, {e(due)}"
                    f" ({e(enum_label(action.status))}){flag}</li>"
                )
            parts.append("</ul>")
        self.text.setText("".join(parts))
        self._set_enabled(True)
