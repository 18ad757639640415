"""Calendar tab (Reuniones): the views, the day's meetings, the detail and what's next.

Occurrences are loaded in the background for the period on screen (a series
is expanded from its rule there), so moving between months never blocks the
window even on the biggest book of accounts; a load that arrives after the
user moved on is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QSplitter,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import ActionStatus
from workbench.services import meetings
from workbench.services.account_records import KINDS, FieldKind, choices_for_account
from workbench.services.accounts import account_choices
from workbench.services.calendar import (
    SHOWN_READS,
    HeldSeries,
    OccurrenceView,
    find_occurrence,
    occurrences_between,
    upcoming,
)
from workbench.services.changes import ChangeSet
from workbench.services.focus import Target
from workbench.services.meetings import MeetingDraft
from workbench.services.overview import my_colleague_id
from workbench.services.portfolio import ACCOUNT_TABLES
from workbench.ui.calendar.detail import DayList, MeetingDetailPanel
from workbench.ui.calendar.edits import CalendarEdits
from workbench.ui.calendar.ics_actions import IcsActions
from workbench.ui.calendar.meeting_dialog import MeetingDialog, Scope
from workbench.ui.calendar.period import Period, ViewMode
from workbench.ui.calendar.upcoming import DEFAULT_LEAD_MINUTES, MeetingReminders, UpcomingList
from workbench.ui.calendar.view import CalendarView
from workbench.ui.common.choices import ChoiceModel, use_choices
from workbench.ui.common.failures import failure_text
from workbench.ui.common.form import RecordForm
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations
from workbench.ui.preferences import SETTINGS_REMINDER_MINUTES as _LEAD_SETTING

if TYPE_CHECKING:  # the services' argument; the tab never opens one itself
    from workbench.store.database import Store
    from workbench.ui.operations import Session


@dataclass(frozen=True)
class _Loaded:
    period: Period
    occurrences: list[OccurrenceView]
    #: ``None`` when only the period moved (the next seven days did not change).
    upcoming: list[OccurrenceView] | None


@dataclass(frozen=True)
class _Held:
    """The occurrences last read, to show a period inside them again without reading.

    Switching from a month to its week or agenda shows a part of what is on hand.
    """

    window: tuple[datetime, datetime]
    accounts: tuple[int, ...] | None
    occurrences: list[OccurrenceView]

    def covers(self, window: tuple[datetime, datetime], accounts: tuple[int, ...] | None) -> bool:
        return (
            accounts == self.accounts
            and self.window[0] <= window[0]
            and window[1] <= self.window[1]
        )

    def within(self, start: datetime, end: datetime) -> list[OccurrenceView]:
        """What :func:`occurrences_between` gives for ``[start, end)``, in the same order."""
        # The service looks a week back for one-off meetings (see occurrences_between).
        lookback = start - timedelta(days=7)
        return [
            o
            for o in self.occurrences
            if o.starts_at < end and o.ends_at > start and (o.recurring or o.starts_at >= lookback)
        ]


class CalendarTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarTab")
        self.context = context
        self.operations = Operations(context)
        self.zone = context.clock.zone
        self.clock = context.clock.now
        self.edits = CalendarEdits(context)
        self.ics = IcsActions(context, self)
        self.meeting_dialog: MeetingDialog | None = None
        self.action_form: RecordForm | None = None
        self._account_filter: int | None = None
        self._held: _Held | None = None
        self._series = HeldSeries()
        #: Counts data changes: a load that began before the last one is not held.
        self._generation = 0
        #: The occurrence whose detail was asked for last: an answer for another is dropped.
        self._asked: OccurrenceView | None = None
        self.selected_day: date | None = None
        self.last_reminder = ""
        self._tray: QSystemTrayIcon | None = None
        today = self.today()

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New meeting…"), self)
        self.new_button.setObjectName("newMeeting")
        self.new_button.setShortcut("Ctrl+Shift+N")
        self.new_button.setToolTip(self.tr("Plan a meeting (Ctrl+Shift+N)"))
        self.account_filter = QComboBox(self)
        self.account_filter.setObjectName("calendarAccountFilter")
        self.account_filter.setMinimumWidth(220)
        self.account_filter_model = ChoiceModel([], self.account_filter)
        use_choices(self.account_filter, self.account_filter_model)
        self.import_button = QPushButton(self.tr("Import .ics…"), self)
        self.import_button.setObjectName("importIcs")
        self.export_button = QPushButton(self.tr("Export .ics…"), self)
        self.export_button.setObjectName("exportIcs")
        self.export_button.setToolTip(self.tr("Export the meetings on screen to an .ics file"))
        bar.addWidget(self.new_button)
        bar.addWidget(QLabel(self.tr("Account:"), self))
        bar.addWidget(self.account_filter)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("calendarSplitter")
        self.view = CalendarView(self.zone, today, splitter)
        side = QSplitter(Qt.Orientation.Vertical, splitter)
        side.setObjectName("calendarSide")
        upcoming_box = QGroupBox(self.tr("Next 7 days"), side)
        upcoming_layout = QVBoxLayout(upcoming_box)
        self.upcoming = UpcomingList(self.zone, upcoming_box)
        upcoming_layout.addWidget(self.upcoming)
        lead_row = QHBoxLayout()
        lead_row.addWidget(QLabel(self.tr("Remind me"), upcoming_box))
        self.lead = QSpinBox(upcoming_box)
        self.lead.setObjectName("reminderLead")
        self.lead.setRange(0, 120)
        self.lead.setSuffix(self.tr(" min before"))
        lead_row.addWidget(self.lead)
        lead_row.addStretch(1)
        upcoming_layout.addLayout(lead_row)
        day_box = QGroupBox(self.tr("Day"), side)
        self.day_box = day_box
        day_layout = QVBoxLayout(day_box)
        self.day_list = DayList(self.zone, day_box)
        day_layout.addWidget(self.day_list)
        detail_box = QGroupBox(self.tr("Meeting"), side)
        detail_layout = QVBoxLayout(detail_box)
        self.detail = MeetingDetailPanel(self.zone, detail_box)
        detail_layout.addWidget(self.detail)
        for listing in (self.upcoming, self.day_list):
            listing.setMinimumHeight(44)  # the window must fit a small laptop screen
        side.setStretchFactor(0, 2)
        side.setStretchFactor(1, 1)
        side.setStretchFactor(2, 5)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 400])
        layout.addWidget(splitter, 1)

        self.reminders = MeetingReminders(self.zone, self.clock, self)
        # The next seven days move with the clock: refresh them every few minutes.
        self.upcoming_timer = QTimer(self)
        self.upcoming_timer.setInterval(5 * 60_000)
        self.upcoming_timer.timeout.connect(self.refresh_upcoming)
        self.upcoming_timer.start()
        settings: QSettings = context.settings
        minutes = settings.value(_LEAD_SETTING, DEFAULT_LEAD_MINUTES, type=int)
        self.lead.setValue(int(minutes))  # type: ignore[call-overload]
        self._on_lead_changed(self.lead.value())

        self.new_button.clicked.connect(self.new_meeting)
        self.import_button.clicked.connect(self.ics.import_file)
        self.export_button.clicked.connect(self.export_period)
        self.account_filter.currentIndexChanged.connect(self._on_account_filter)
        self.lead.valueChanged.connect(self._on_lead_changed)
        self.view.sig_period_changed.connect(self.load)
        self.view.sig_day_selected.connect(self._on_day_selected)
        self.view.sig_occurrence_activated.connect(self.edit_occurrence)
        self.view.sig_new_requested.connect(self.new_meeting_at)
        self.day_list.sig_occurrence_chosen.connect(self.show_occurrence)
        self.upcoming.sig_occurrence_chosen.connect(self.reveal)
        self.detail.sig_edit.connect(self._edit_shown)
        self.detail.sig_cancel_occurrence.connect(self.cancel_shown_occurrence)
        self.detail.sig_delete.connect(self.delete_shown)
        self.detail.sig_add_action.connect(self.add_action_item)
        self.detail.sig_prep_brief.connect(self.show_prep_brief)
        self.detail.sig_export.connect(self.export_shown)
        self.reminders.sig_reminder.connect(self._on_reminder)
        context.events.sig_data_changed.connect(self.on_data_changed)

    # --- time ------------------------------------------------------------------------------
    def today(self) -> date:
        return self.clock().astimezone(self.zone).date()

    @property
    def store(self) -> Store | None:
        return self.context.workspace.store

    # --- loading ---------------------------------------------------------------------------
    def on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*ACCOUNT_TABLES):
            self._fill_account_filter()
        if changes.touches(*SHOWN_READS):
            self._held = None
            self._series = HeldSeries()
            self._generation += 1
            self.load(self.view.period, with_upcoming=True)

    def _fill_account_filter(self) -> None:
        if self.context.workspace.store is None:
            self._show_account_filter([])
        else:
            self.operations.query(account_choices, on_done=self._show_account_filter)

    def _show_account_filter(self, accounts: list[tuple[int, str]]) -> None:
        self.account_filter.blockSignals(True)
        choices: list[tuple[int | None, str]] = [(None, self.tr("All accounts")), *accounts]
        self.account_filter_model.set_choices(choices)
        index = self.account_filter_model.row_of(self._account_filter)
        self.account_filter.setCurrentIndex(max(0, index))
        self._account_filter = self.account_filter.currentData()
        self.account_filter.blockSignals(False)

    def _on_account_filter(self) -> None:
        self._account_filter = self.account_filter.currentData()
        self.load(self.view.period, with_upcoming=True)

    def refresh_upcoming(self) -> None:
        self.load(self.view.period, with_upcoming=True)

    def load(self, period: Period, with_upcoming: bool = False) -> None:
        """Load the period's occurrences (and the next seven days) in the background."""
        if self.context.workspace.store is None:
            self.view.show_occurrences(period, [])
            return
        window = period.utc_window(self.zone)
        accounts = None if self._account_filter is None else (self._account_filter,)
        held = self._held
        if not with_upcoming and held is not None and held.covers(window, accounts):
            self._on_loaded(_Loaded(period, held.within(*window), None))
            return
        now = self.clock()
        generation, series = self._generation, self._series

        def work(session: Session) -> _Loaded:
            found = occurrences_between(session, *window, account_ids=accounts, held=series)
            soon = (
                upcoming(session, now, account_ids=accounts, held=series) if with_upcoming else None
            )
            return _Loaded(period, found, soon)

        def finished(loaded: _Loaded) -> None:
            if generation == self._generation:
                self._held = _Held(window, accounts, loaded.occurrences)
            self._on_loaded(loaded)

        self.operations.query(work, on_done=finished, on_failed=self._on_load_failed)

    def _on_loaded(self, loaded: _Loaded) -> None:
        # The meeting last picked, even while its detail is still being read.
        shown = self._asked
        self.view.show_occurrences(loaded.period, loaded.occurrences)
        if loaded.upcoming is not None:
            self.upcoming.show_upcoming(loaded.upcoming)
            self.reminders.watch(loaded.upcoming)
        current = self.view.current_table().currentIndex()
        if current.isValid():
            self.view._on_current_changed(current, current)
        else:
            self.day_list.show_day([])
        if shown is None:
            return
        # Keep the meeting the user was looking at on screen, with its fresh figures.
        again = next(
            (o for o in loaded.occurrences + self.upcoming.occurrences if o.key == shown.key),
            None,
        )
        if again is not None and not self.day_list.select(again):
            self.show_occurrence(again)

    def _on_load_failed(self, error: Exception) -> None:
        self.context.dialogs.error(
            self.tr("Calendar"),
            self.tr("The meetings could not be loaded: {error}").format(error=failure_text(error)),
        )

    # --- picking ---------------------------------------------------------------------------
    def _on_day_selected(self, day: date, occurrences: Sequence[OccurrenceView]) -> None:
        self.day_box.setTitle(
            QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        )
        self.selected_day = day
        self.day_list.show_day(occurrences)

    def show_occurrence(self, occurrence: OccurrenceView | None) -> None:
        self._asked = occurrence
        if occurrence is None or self.context.workspace.store is None:
            self.detail.show_nothing()
            return
        meeting_id = occurrence.meeting_id

        def read(
            session: Session,
        ) -> tuple[meetings.MeetingDetail, list[meetings.Attendee], list[meetings.MeetingAction]]:
            return (
                meetings.load_meeting(session, meeting_id, occurrence.original_start),
                meetings.meeting_attendees(session, meeting_id),
                meetings.meeting_actions(session, meeting_id),
            )

        def show(
            found: tuple[
                meetings.MeetingDetail, list[meetings.Attendee], list[meetings.MeetingAction]
            ],
        ) -> None:
            if self._asked is occurrence:  # not overtaken by another pick
                self.detail.show_meeting(occurrence, *found, self.today())

        def failed(error: Exception) -> None:
            if self._asked is not occurrence:
                return
            if isinstance(error, LookupError):  # deleted meanwhile
                self.detail.show_nothing()
            else:
                self._on_load_failed(error)

        self.operations.query(read, on_done=show, on_failed=failed)

    def open_target(self, target: Target) -> None:
        """Show a meeting's occurrence the focus list points at."""
        if target.occurrence is None:
            return

        def found(occurrence: OccurrenceView | None) -> None:
            if occurrence is None:
                self.context.dialogs.inform(
                    self.tr("Calendar"), self.tr("That meeting is no longer in the calendar.")
                )
                return
            self.reveal(occurrence)

        self.operations.query(
            partial(find_occurrence, meeting_id=target.record_id, original_start=target.occurrence),
            on_done=found,
        )

    def reveal(self, occurrence: OccurrenceView) -> None:
        """Go to the occurrence's day and show its detail."""
        self.view.go_to(occurrence.starts_at.astimezone(self.zone).date())
        self.show_occurrence(occurrence)

    def show_for_screenshot(self, view: str | None) -> None:
        """Show *view* (month, week, agenda) with the next timed meeting picked, for
        documentation (an all-day one has no hour in the grid, and its start, midnight in
        its own zone, may fall on the day before here)."""
        self.view.set_mode(ViewMode[view.upper()] if view else ViewMode.MONTH)
        soon = next((o for o in self.upcoming.occurrences if not o.all_day), None)
        if soon is None:
            return
        day = soon.starts_at.astimezone(self.zone).date()
        self.view.go_to(day)  # its week or month, should it start after this one
        table = self.view.current_table()
        if self.view.period.mode is ViewMode.MONTH:
            table.setCurrentIndex(self.view.month_model.index_of(day))
        elif self.view.period.mode is ViewMode.WEEK:
            hour = soon.starts_at.astimezone(self.zone).hour
            column = (day - self.view.period.first).days
            table.setCurrentIndex(self.view.week_model.index(hour, column))
        else:
            table.selectRow(0)
        self.day_list.select(soon)

    # --- planning and editing --------------------------------------------------------------
    def new_meeting(self) -> None:
        day = self.selected_day or self.today()
        now = self.clock().astimezone(self.zone)
        hour = now.hour + 1 if day == now.date() else 9
        self.new_meeting_at(datetime.combine(day, datetime.min.time()).replace(hour=min(hour, 22)))

    def new_meeting_at(self, local: datetime) -> None:
        """Plan a meeting starting at *local* (wall-clock time in the user's zone)."""
        self.operations.query(account_choices, on_done=partial(self._plan_at, local))

    def _plan_at(self, local: datetime, accounts: list[tuple[int, str]]) -> None:
        if not accounts:
            self.context.dialogs.inform(
                self.tr("Plan a meeting"),
                self.tr("Add an account first: every meeting is with a client."),
            )
            return
        account_id = self._account_filter
        if account_id is None and self.detail.occurrence is not None:
            account_id = self.detail.occurrence.account_id
        draft = MeetingDraft(
            account_id=account_id if account_id is not None else accounts[0][0],
            title="",
            starts_local=local,
            ends_local=local + timedelta(hours=1),
            time_zone=self.zone.key,
        )

        def create(draft: MeetingDraft) -> None:
            self.edits.create_meeting(draft)

        self._open_dialog(draft, Scope.NEW, accounts, create)

    def _open_dialog(
        self,
        draft: MeetingDraft,
        scope: Scope,
        accounts: list[tuple[int, str]],
        save: Callable[[MeetingDraft], None],
    ) -> None:
        # The dialog asks as its account changes and goes on from the answer: read now.
        read_now = self.operations.read_now

        def people(account_id: int) -> dict[str, list[tuple[int, str]]]:
            return read_now(partial(meetings.attendee_choices, account_id=account_id)) or {}

        def zone_of(account_id: int) -> str:
            return read_now(partial(meetings.account_zone, account_id=account_id)) or self.zone.key

        dialog = MeetingDialog(draft, scope, accounts, people, zone_of, self.zone, save, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.meeting_dialog = dialog
        dialog.open()

    def edit_occurrence(self, occurrence: OccurrenceView) -> None:
        if self.context.workspace.store is None:
            return
        scope = Scope.SERIES
        if occurrence.recurring:
            choice = self.context.dialogs.choose(
                self.tr("Edit a recurring meeting"),
                self.tr(
                    "“{title}” repeats. Change only this occurrence, or the whole series?"
                ).format(title=occurrence.title),
                [self.tr("This occurrence"), self.tr("The whole series")],
            )
            if choice is None:
                return
            scope = Scope.OCCURRENCE if choice == 0 else Scope.SERIES
        self.operations.query(
            partial(
                meetings.load_meeting,
                meeting_id=occurrence.meeting_id,
                original_start=occurrence.original_start,
            ),
            on_done=partial(self._edit_loaded, occurrence, scope),
        )

    def _edit_loaded(
        self, occurrence: OccurrenceView, scope: Scope, detail: meetings.MeetingDetail
    ) -> None:
        accounts = [(detail.draft.account_id or 0, detail.account_name)]
        if scope is Scope.OCCURRENCE:
            assert detail.occurrence is not None
            original = occurrence.original_start

            def save_occurrence(draft: MeetingDraft) -> None:
                self.edits.update_occurrence(occurrence.meeting_id, original, draft)

            self._open_dialog(detail.occurrence, scope, accounts, save_occurrence)
            return

        def save_series(draft: MeetingDraft) -> None:
            self.edits.update_meeting(occurrence.meeting_id, draft)

        self._open_dialog(detail.draft, scope, accounts, save_series)

    def _edit_shown(self) -> None:
        if self.detail.occurrence is not None:
            self.edit_occurrence(self.detail.occurrence)

    def cancel_shown_occurrence(self) -> None:
        shown = self.detail.occurrence
        if shown is None or not shown.recurring:
            return
        if not self.context.dialogs.confirm(
            self.tr("Cancel this occurrence"),
            self.tr("Cancel “{title}” on {when}? The rest of the series stays.").format(
                title=shown.title, when=self.detail.when_text(shown)
            ),
        ):
            return
        self.edits.cancel_occurrence(
            shown.meeting_id, shown.original_start, shown.title, shown.account_id
        )
        self.detail.show_nothing()

    def delete_shown(self) -> None:
        shown = self.detail.occurrence
        if shown is None:
            return
        question = (
            self.tr("Delete the whole series “{title}”, every occurrence of it?")
            if shown.recurring
            else self.tr("Delete the meeting “{title}”?")
        )
        if not self.context.dialogs.confirm(
            self.tr("Delete meeting"),
            question.format(title=shown.title) + " " + self.tr("Edit → Undo brings it back."),
        ):
            return
        self.edits.delete_meeting(shown.meeting_id, shown.title, shown.account_id)
        self.detail.show_nothing()

    # --- minutes → action items --------------------------------------------------------------
    def add_action_item(self) -> None:
        shown = self.detail.occurrence
        if shown is None or self.context.workspace.store is None:
            return
        account_id = shown.account_id

        def read(session: Session) -> tuple[dict[FieldKind, list[tuple[int, str]]], int | None]:
            return choices_for_account(session, account_id), my_colleague_id(session)

        self.operations.query(read, on_done=partial(self._open_action_form, shown))

    def _open_action_form(
        self,
        shown: OccurrenceView,
        found: tuple[dict[FieldKind, list[tuple[int, str]]], int | None],
    ) -> None:
        references, me = found
        kind = KINDS["action_items"]
        values = {
            "status": ActionStatus.OPEN,
            "due_on": self.today() + timedelta(days=7),
            "owner_colleague_id": me,
        }

        def save(typed: dict[str, object]) -> None:
            self.edits.add_action_item(shown.meeting_id, shown.account_id, dict(typed))

        form = RecordForm(
            self.tr("Action item from “{title}”").format(title=shown.title),
            kind.fields,
            values,
            save,
            references,
            self,
        )
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(self._refresh_detail)
        self.action_form = form
        form.open()

    def _refresh_detail(self) -> None:
        self.show_occurrence(self.detail.occurrence)

    # --- brief, export, reminders ------------------------------------------------------------
    def show_prep_brief(self) -> None:
        shown = self.detail.occurrence
        if shown is None:
            return
        from workbench.ui.calendar.brief_dialog import show_prep_brief

        show_prep_brief(self.context, shown.meeting_id, shown.original_start, self)

    def export_shown(self) -> None:
        shown = self.detail.occurrence
        if shown is not None:
            self.ics.export(meeting_ids=[shown.meeting_id], suggested=shown.title)

    def export_period(self) -> None:
        start, end = self.view.period.utc_window(self.zone)
        self.ics.export(start=start, end=end, account_id=self._account_filter)

    def _on_lead_changed(self, minutes: int) -> None:
        self.context.settings.setValue(_LEAD_SETTING, minutes)
        self.reminders.lead = timedelta(minutes=minutes)

    def _on_reminder(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage("⏰ " + text, 5 * 60_000)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self.window().windowIcon(), self)
            self._tray.show()
            self._tray.showMessage(self.tr("Meeting soon"), text)
        self.last_reminder = text
