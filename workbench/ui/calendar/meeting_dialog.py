"""The dialog that plans or edits a meeting: a one-off, a whole series, or one occurrence.

Times are typed as wall-clock times in the meeting's zone; under them the
dialog shows the same moment in the user's zone and in the client's, so a
09:00 in New York is never planned by mistake at 09:00 Madrid time.

"All day" turns the start and end into dates: the first and the last day (the
draft then holds midnight of the first day and midnight after the last one).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import MeetingKind, MeetingMode
from workbench.domain.recurrence import EARLIEST_YEAR, LATEST_YEAR, RuleError
from workbench.domain.validation import (
    QT_TRANSLATE_NOOP,
    Problem,
    ValidationError,
    known_time_zones,
)
from workbench.services.meetings import MeetingDraft
from workbench.ui.calendar.recurrence_editor import RecurrenceEditor
from workbench.ui.common.choices import searchable_choice
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.problems import ProblemDisplay, error_label, save_cancel, with_error


class Scope(StrEnum):
    NEW = "new"
    SERIES = "series"  # a one-off meeting, or every occurrence of a series
    OCCURRENCE = "occurrence"


def _to_qt(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def _from_qt(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class MeetingDialog(QDialog):
    """``save(draft)`` writes the meeting and raises ``ValidationError`` to keep it open."""

    def __init__(
        self,
        draft: MeetingDraft,
        scope: Scope,
        accounts: list[tuple[int, str]],
        people: Callable[[int], dict[str, list[tuple[int, str]]]],
        account_zone: Callable[[int], str],
        user_zone: ZoneInfo,
        save: Callable[[MeetingDraft], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self._draft, self._scope, self._save = draft, scope, save
        self._people, self._account_zone, self._user_zone = people, account_zone, user_zone
        titles = {
            Scope.NEW: self.tr("Plan a meeting"),
            Scope.SERIES: self.tr("Edit meeting"),
            Scope.OCCURRENCE: self.tr("Edit this occurrence only"),
        }
        self.setWindowTitle(titles[scope])
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.problems = ProblemDisplay(self)

        # --- details -----------------------------------------------------------------------
        details = QWidget(self)
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.account = searchable_choice(self, "meetingAccount", accounts, draft.account_id)
        completer = self.account.completer()
        assert completer is not None
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.title = QLineEdit(draft.title, self)
        self.title.setObjectName("meetingTitle")
        self.kind = QComboBox(self)
        self.kind.setObjectName("meetingKind")
        for kind in MeetingKind:
            self.kind.addItem(enum_label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
        self.mode = QComboBox(self)
        self.mode.setObjectName("meetingMode")
        for mode in MeetingMode:
            self.mode.addItem(enum_label(mode), mode.value)
        self.mode.setCurrentIndex(self.mode.findData(draft.mode.value))
        self.location = QLineEdit(draft.location or "", self)
        self.location.setObjectName("meetingLocation")
        self.link = QLineEdit(draft.link or "", self)
        self.link.setObjectName("meetingLink")
        self.link.setPlaceholderText("https://")
        self.starts = QDateTimeEdit(self)
        self.starts.setObjectName("meetingStart")
        self.ends = QDateTimeEdit(self)
        self.ends.setObjectName("meetingEnd")
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            # A meeting falls within the years the services accept (1900–2200).
            edit.setDateTimeRange(
                QDateTime(QDate(EARLIEST_YEAR, 1, 1), QTime(0, 0)),
                QDateTime(QDate(LATEST_YEAR, 12, 31), QTime(23, 59)),
            )
        self.all_day = QCheckBox(self.tr("All day"), self)
        self.all_day.setObjectName("meetingAllDay")
        self.all_day.setChecked(draft.all_day)
        self._show_as_dates(draft.all_day)
        if draft.starts_local:
            self.starts.setDateTime(_to_qt(draft.starts_local))
        if draft.ends_local:
            # An all-day end is shown as the last day, not the midnight after it.
            last = draft.ends_local - timedelta(days=1) if draft.all_day else draft.ends_local
            self.ends.setDateTime(_to_qt(max(last, draft.starts_local or last)))
        self.zone = QComboBox(self)
        self.zone.setObjectName("meetingZone")
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.addItems(sorted(known_time_zones()))
        zone_completer = self.zone.completer()
        assert zone_completer is not None
        zone_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCurrentText(draft.time_zone)
        self.other_times = QLabel(self)
        self.other_times.setObjectName("meetingOtherTimes")
        self.other_times.setWordWrap(True)
        self.repeat = RecurrenceEditor(self)
        self.repeat.set_rule(draft.rule, draft.time_zone)

        def row(label: str, widget: QWidget, field: str | None = None) -> None:
            if field is None:
                form.addRow(label, widget)
                return
            holder, error = with_error(self, widget, field)
            self.problems.labels[field] = error
            form.addRow(label, holder)

        row(self.tr("Account *"), self.account, "account_id")
        row(self.tr("Title *"), self.title, "title")
        row(self.tr("Kind"), self.kind)
        row(self.tr("Held"), self.mode)
        row(self.tr("Location"), self.location, "location")
        row(self.tr("Video link"), self.link, "link")
        row("", self.all_day)
        row(self.tr("Starts *"), self.starts, "starts_at")
        row(self.tr("Ends *"), self.ends, "ends_at")
        row(self.tr("Time zone *"), self.zone, "time_zone")
        row("", self.other_times)
        row(self.tr("Repeat"), self.repeat, "rule")
        self.tabs.addTab(details, self.tr("Meeting"))

        # --- people --------------------------------------------------------------------------
        people_page = QWidget(self)
        people_layout = QVBoxLayout(people_page)
        people_layout.addWidget(QLabel(self.tr("Client contacts"), self))
        self.contacts = QListWidget(self)
        self.contacts.setObjectName("meetingContacts")
        people_layout.addWidget(self.contacts)
        people_layout.addWidget(QLabel(self.tr("Our colleagues"), self))
        self.colleagues = QListWidget(self)
        self.colleagues.setObjectName("meetingColleagues")
        people_layout.addWidget(self.colleagues)
        self.attendee_error = error_label(self, "attendees")
        self.problems.labels["attendees"] = self.attendee_error
        people_layout.addWidget(self.attendee_error)
        self.tabs.addTab(people_page, self.tr("Attendees"))

        # --- notes ---------------------------------------------------------------------------
        notes = QWidget(self)
        notes_form = QFormLayout(notes)
        self.agenda = QPlainTextEdit(draft.agenda or "", self)
        self.agenda.setObjectName("meetingAgenda")
        self.minutes = QPlainTextEdit(draft.minutes or "", self)
        self.minutes.setObjectName("meetingMinutes")
        self.outcome = QPlainTextEdit(draft.outcome or "", self)
        self.outcome.setObjectName("meetingOutcome")
        notes_form.addRow(self.tr("Agenda"), self.agenda)
        notes_form.addRow(self.tr("Minutes"), self.minutes)
        notes_form.addRow(self.tr("Outcome"), self.outcome)
        self.tabs.addTab(notes, self.tr("Agenda and minutes"))

        layout.addWidget(self.problems.general)
        layout.addWidget(save_cancel(self, self.try_save))

        self._fill_people(draft.contact_ids, draft.colleague_ids)
        self.account.currentIndexChanged.connect(self._on_account_changed)
        self.starts.dateTimeChanged.connect(self._on_start_changed)
        for signal in (self.ends.dateTimeChanged, self.zone.currentTextChanged):
            signal.connect(self._show_other_times)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.all_day.toggled.connect(self._on_all_day_toggled)
        self._duration = self.starts.dateTime().secsTo(self.ends.dateTime())
        self._on_mode_changed()
        self._on_start_changed()
        if scope is Scope.OCCURRENCE:
            for widget in (
                self.all_day,  # the series decides
                self.account,
                self.kind,
                self.mode,
                self.link,
                self.zone,
                self.repeat,
                self.contacts,
                self.colleagues,
                self.agenda,
                self.outcome,
            ):
                widget.setEnabled(False)
        elif scope is Scope.SERIES:
            self.account.setEnabled(False)  # moving a meeting to another client: plan a new one

    # --- reactions ---------------------------------------------------------------------------
    def _account_id(self) -> int | None:
        data = self.account.currentData()
        if data is None or self.account.currentText() != self.account.itemText(
            self.account.currentIndex()
        ):
            return None
        return int(data)

    def _fill_people(self, contact_ids: tuple[int, ...], colleague_ids: tuple[int, ...]) -> None:
        account_id = self._account_id()
        choices = self._people(account_id) if account_id is not None else {}
        for widget, key, chosen in (
            (self.contacts, "contact", contact_ids),
            (self.colleagues, "colleague", colleague_ids),
        ):
            widget.clear()
            for person_id, name in choices.get(key, []):
                item = QListWidgetItem(name, widget)
                item.setData(Qt.ItemDataRole.UserRole, person_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = person_id in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _on_account_changed(self) -> None:
        self._fill_people((), self._checked(self.colleagues))
        self._show_other_times()

    def _on_start_changed(self) -> None:
        """Moving the start keeps the duration, like every calendar does."""
        self.ends.setDateTime(self.starts.dateTime().addSecs(max(self._duration, 60)))
        self.repeat.set_first_start(_from_qt(self.starts.dateTime()))
        self._show_other_times()

    def _show_as_dates(self, dates: bool) -> None:
        locale = QLocale()
        date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
        time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(date_format if dates else f"{date_format} {time_format}")

    def _on_all_day_toggled(self, checked: bool) -> None:
        """Whole days from the start's day to the end's; back to an hour at 09:00."""
        first = self.starts.date()
        last = max(self.ends.date(), first)
        self._show_as_dates(checked)
        if checked:
            self.starts.setDateTime(QDateTime(first, QTime(0, 0)))
            self.ends.setDateTime(QDateTime(last, QTime(0, 0)))
        else:
            self.starts.setDateTime(QDateTime(first, QTime(9, 0)))
            self.ends.setDateTime(QDateTime(first, QTime(10, 0)))
        self._show_other_times()

    def _on_mode_changed(self) -> None:
        virtual = self.mode.currentData() == MeetingMode.VIRTUAL.value
        self.link.setEnabled(virtual and self._scope is not Scope.OCCURRENCE)

    def _show_other_times(self) -> None:
        self._duration = self.starts.dateTime().secsTo(self.ends.dateTime())
        zone_name = self.zone.currentText().strip()
        if self.all_day.isChecked():
            self.other_times.setText(self.tr("Whole days: the same dates in every time zone."))
            return
        if zone_name not in known_time_zones():
            self.other_times.setText(self.tr("Choose a time zone from the list."))
            return
        moment = _from_qt(self.starts.dateTime()).replace(tzinfo=ZoneInfo(zone_name))
        locale = QLocale()

        def at(zone: ZoneInfo) -> str:
            local = moment.astimezone(zone)
            return locale.toString(_to_qt(local), QLocale.FormatType.ShortFormat)

        lines = [
            self.tr("Your time: {when} ({zone})").format(
                when=at(self._user_zone), zone=self._user_zone.key
            )
        ]
        account_id = self._account_id()
        if account_id is not None:
            client = ZoneInfo(self._account_zone(account_id))
            lines.append(
                self.tr("Client's time: {when} ({zone})").format(when=at(client), zone=client.key)
            )
        self.other_times.setText("\n".join(lines))

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[int, ...]:
        return tuple(
            int(widget.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )

    # --- result ------------------------------------------------------------------------------
    def draft(self) -> MeetingDraft:
        """What the dialog holds; raises ``ValidationError`` for a repeat it cannot express."""
        zone_name = self.zone.currentText().strip()
        starts = _from_qt(self.starts.dateTime())
        ends = _from_qt(self.ends.dateTime())
        all_day = self.all_day.isChecked()
        if all_day:  # midnight of the first day to midnight after the last (exclusive end)
            starts = datetime.combine(starts.date(), time(0))
            ends = datetime.combine(ends.date() + timedelta(days=1), time(0))
        rule = None
        if self._scope is not Scope.OCCURRENCE and zone_name in known_time_zones():
            try:
                rule = self.repeat.rule(starts.replace(tzinfo=ZoneInfo(zone_name)))
            except RuleError as error:
                problem = Problem(
                    "rule",
                    QT_TRANSLATE_NOOP("validation", "The repetition cannot be used: {reason}"),
                    {"reason": str(error)},
                )
                raise ValidationError([problem]) from error
        return MeetingDraft(
            account_id=self._account_id(),
            title=self.title.text(),
            kind=MeetingKind(self.kind.currentData()),
            mode=MeetingMode(self.mode.currentData()),
            location=self.location.text(),
            link=self.link.text()
            if self.link.isEnabled() or self._scope is Scope.OCCURRENCE
            else None,
            starts_local=starts,
            ends_local=ends,
            time_zone=zone_name,
            rule=rule if self._scope is not Scope.OCCURRENCE else self._draft.rule,
            agenda=self.agenda.toPlainText(),
            minutes=self.minutes.toPlainText(),
            outcome=self.outcome.toPlainText(),
            contact_ids=self._checked(self.contacts),
            colleague_ids=self._checked(self.colleagues),
            optional_ids=self._draft.optional_ids,
            all_day=all_day,
        )

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        self.problems.show(problems)
        if problems:  # turn to the page of the first problem
            self.tabs.setCurrentIndex(1 if problems[0].field == "attendees" else 0)

    def try_save(self) -> None:
        try:
            self._save(self.draft())
        except ValidationError as error:
            self.show_problems(error.problems)
            return
        self.accept()
