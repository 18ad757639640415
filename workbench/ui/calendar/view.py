"""The month / week / agenda views with their navigation (objectName ``calendarView``).

The view shows what it is given (:meth:`CalendarView.show_occurrences`) and says
what the user did: moved to another period, picked an occurrence, opened one,
or double-clicked an empty slot to plan a meeting there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.services.calendar import OccurrenceView
from workbench.ui.calendar.all_day_band import AllDayBand
from workbench.ui.calendar.models import (
    DAY_ROLE,
    HOUR_ROLE,
    OCCURRENCES_ROLE,
    AgendaModel,
    MonthModel,
    WeekModel,
)
from workbench.ui.calendar.month_delegate import MonthCellDelegate
from workbench.ui.calendar.period import Period, ViewMode

AnyIndex = QModelIndex | QPersistentModelIndex


class CalendarView(QWidget):
    sig_period_changed = Signal(object)
    """The :class:`Period` now on screen; the owner loads its occurrences."""
    sig_day_selected = Signal(object, object)
    """(``date``, occurrences of the picked cell or row)."""
    sig_occurrence_activated = Signal(object)
    """An :class:`OccurrenceView` double-clicked or opened with Enter."""
    sig_new_requested = Signal(object)
    """A naive local ``datetime`` (user's zone): double-click on an empty slot."""

    def __init__(self, zone: ZoneInfo, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.zone = zone
        self.today = today
        self.period = Period.around(ViewMode.MONTH, today)
        self.picked_day: date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        bar = QHBoxLayout()
        self.previous_button = self._tool("calendarPrevious", "◀", self.tr("Previous (Page Up)"))
        self.today_button = self._tool("calendarToday", self.tr("Today"), self.tr("Today (T)"))
        self.next_button = self._tool("calendarNext", "▶", self.tr("Next (Page Down)"))
        self.title = QLabel(self)
        self.title.setObjectName("calendarPeriod")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        for widget in (self.previous_button, self.today_button, self.next_button, self.title):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.mode_buttons = QButtonGroup(self)
        for mode, name, label, tip in (
            (ViewMode.MONTH, "viewMonth", self.tr("Month"), self.tr("Month view (M)")),
            (ViewMode.WEEK, "viewWeek", self.tr("Week"), self.tr("Week view (W)")),
            (ViewMode.AGENDA, "viewAgenda", self.tr("Agenda"), self.tr("Agenda (A)")),
        ):
            button = self._tool(name, label, tip)
            button.setCheckable(True)
            self.mode_buttons.addButton(button, int(mode))
            bar.addWidget(button)
        layout.addLayout(bar)

        self.stack = QStackedWidget(self)
        self.month_model = MonthModel(zone, self)
        self.week_model = WeekModel(zone, self)
        self.agenda_model = AgendaModel(zone, self)
        self.month_table = self._table("monthView", self.month_model)
        self.month_table.setItemDelegate(MonthCellDelegate(self.month_table))
        self.month_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.month_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.week_table = self._table("weekView", self.week_model)
        self.week_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week_table.verticalHeader().setDefaultSectionSize(34)
        self.week_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.week_table.setWordWrap(True)
        week_page = QWidget(self)
        week_layout = QVBoxLayout(week_page)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.setSpacing(0)
        self.all_day_band = AllDayBand(self.week_table, week_page)
        # The hours' gutter is wide enough for the band's "All day" beside it.
        self.week_table.verticalHeader().setMinimumWidth(self.all_day_band.label_width())
        week_layout.addWidget(self.all_day_band)
        week_layout.addWidget(self.week_table, 1)
        self.agenda_table = self._table("agendaView", self.agenda_model)
        self.agenda_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_table.verticalHeader().hide()
        header = self.agenda_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Sizing columns to every row of a busy month costs more than the whole load.
        header.setResizeContentsPrecision(40)
        for stretched in (3, 4, 6):  # meeting, account, where share what is left
            header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        self.empty_agenda = QLabel(self.tr("No meetings in these four weeks."), self)
        self.empty_agenda.setObjectName("agendaEmpty")
        self.empty_agenda.setAlignment(Qt.AlignmentFlag.AlignCenter)
        agenda_page = QWidget(self)
        agenda_layout = QVBoxLayout(agenda_page)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(self.agenda_table)
        agenda_layout.addWidget(self.empty_agenda)
        for page in (self.month_table, week_page, agenda_page):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)

        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.today_button.clicked.connect(self.go_today)
        self.all_day_band.sig_occurrence_picked.connect(self._on_band_picked)
        self.all_day_band.sig_occurrence_activated.connect(self.sig_occurrence_activated)
        self.mode_buttons.idClicked.connect(self._on_mode_clicked)
        for key, slot in (
            (QKeySequence.StandardKey.MoveToPreviousPage, self.go_previous),
            (QKeySequence.StandardKey.MoveToNextPage, self.go_next),
        ):
            QShortcut(
                QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
        for text, mode in (("M", ViewMode.MONTH), ("W", ViewMode.WEEK), ("A", ViewMode.AGENDA)):
            shortcut = QShortcut(QKeySequence(text), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._mode_slot(mode))
        today_shortcut = QShortcut(QKeySequence("T"), self)
        today_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        today_shortcut.activated.connect(self.go_today)
        self._show_period()

    def _tool(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _table(self, name: str, model: MonthModel | WeekModel | AgendaModel) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(False)
        table.doubleClicked.connect(self._on_double_clicked)
        table.activated.connect(self._on_activated)
        selection = table.selectionModel()
        selection.currentChanged.connect(self._on_current_changed)
        return table

    def _mode_slot(self, mode: ViewMode):
        return lambda: self.set_mode(mode)

    # --- navigation ------------------------------------------------------------------------
    def set_mode(self, mode: ViewMode) -> None:
        self.period = self.period.with_mode(mode)
        self._show_period()

    def go_previous(self) -> None:
        self.period = self.period.step(-1)
        self._show_period()

    def go_next(self) -> None:
        self.period = self.period.step(1)
        self._show_period()

    def go_today(self) -> None:
        self.period = Period.around(self.period.mode, self.today)
        self._show_period()

    def go_to(self, day: date, mode: ViewMode | None = None) -> None:
        self.period = Period.around(mode if mode is not None else self.period.mode, day)
        self._show_period()

    def _on_mode_clicked(self, mode_id: int) -> None:
        self.set_mode(ViewMode(mode_id))

    def _show_period(self) -> None:
        period = self.period
        self.stack.setCurrentIndex(int(period.mode))
        button = self.mode_buttons.button(int(period.mode))
        if button is not None:
            button.setChecked(True)
        locale = QLocale()
        if period.mode is ViewMode.MONTH:
            month = locale.standaloneMonthName(period.anchor.month, QLocale.FormatType.LongFormat)
            self.title.setText(f"{month[:1].upper()}{month[1:]} {period.anchor.year}")
        else:

            def day(d: date) -> str:
                return locale.toString(
                    QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat
                )

            week = self.tr("Week {number}").format(number=period.first.isocalendar().week)
            span = f"{day(period.first)} – {day(period.last)}"
            self.title.setText(f"{week}: {span}" if period.mode is ViewMode.WEEK else span)
        self.sig_period_changed.emit(period)

    # --- content ------------------------------------------------------------------------------
    def show_occurrences(self, period: Period, occurrences: Sequence[OccurrenceView]) -> None:
        """Show *occurrences* if still for the period on screen (a late load is dropped)."""
        if period != self.period:
            return
        model = {
            ViewMode.MONTH: self.month_model,
            ViewMode.WEEK: self.week_model,
            ViewMode.AGENDA: self.agenda_model,
        }[period.mode]
        model.show(period, occurrences, self.today)
        if period.mode is ViewMode.AGENDA:
            self.empty_agenda.setVisible(not occurrences)
            self.agenda_table.setVisible(bool(occurrences))
        elif period.mode is ViewMode.WEEK:
            self.all_day_band.show_days(period.days(), [o for o in occurrences if o.all_day])
            # Start the working day at the top, once the table has laid out its rows.
            QTimer.singleShot(0, self, self._scroll_to_working_day)
        else:
            # The reset cleared the selection: pick the day the user had picked, else today.
            days = period.days()
            day = self.picked_day if self.picked_day in days else self.today
            if day in days:
                self.month_table.setCurrentIndex(self.month_model.index_of(day))

    def _scroll_to_working_day(self) -> None:
        self.week_table.scrollTo(
            self.week_model.index(8, 0), QAbstractItemView.ScrollHint.PositionAtTop
        )

    def current_table(self) -> QTableView:
        return (self.month_table, self.week_table, self.agenda_table)[int(self.period.mode)]

    # --- reactions -----------------------------------------------------------------------------
    def _on_current_changed(self, current: AnyIndex, _previous: AnyIndex) -> None:
        if current.isValid():
            self.picked_day = current.data(DAY_ROLE)
            self.sig_day_selected.emit(current.data(DAY_ROLE), current.data(OCCURRENCES_ROLE) or [])

    def _on_band_picked(self, day: date, occurrence: OccurrenceView) -> None:
        self.picked_day = day
        self.sig_day_selected.emit(day, [occurrence])

    def _on_activated(self, index: AnyIndex) -> None:
        """Open the meeting of a row or slot; a day with several lists them beside the view."""
        found = index.data(OCCURRENCES_ROLE) or []
        if len(found) == 1:
            self.sig_occurrence_activated.emit(found[0])

    def _on_double_clicked(self, index: AnyIndex) -> None:
        if index.data(OCCURRENCES_ROLE):
            return  # `activated` already opened it
        day: date | None = index.data(DAY_ROLE)
        if day is None:
            return
        hour = index.data(HOUR_ROLE)
        self.sig_new_requested.emit(datetime.combine(day, time(hour if hour is not None else 9)))
