"""Dashboard tab (Panel): the portfolio's KPIs for a quarter, its charts, and the focus list.

Loading reads the KPIs and chart series, and the focus list, in two background
tasks; the health history is then brought up to date in a third (it writes this
month's scores) and the health chart and focus list follow. A change elsewhere
starts that work a moment later even while the tab is hidden, so opening the tab
shows figures already worked out (it loads only while the window is on screen).

Every tile and chart element with accounts behind it is a way into the Portfolio
(:meth:`AppEvents.sig_show_accounts`); every focus entry opens its record
(:meth:`AppEvents.sig_open_record`).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.period import Quarter
from workbench.services import dashboard_charts, health, kpi
from workbench.services.calendar import HeldSeries
from workbench.services.changes import ChangeSet
from workbench.services.dashboard import DashboardData, load_dashboard
from workbench.services.focus import FocusList, focus_list
from workbench.services.portfolio import PortfolioQuery
from workbench.services.progress import Progress
from workbench.services.team_dashboard import kpis_by_manager
from workbench.services.waiting_on import WaitingOn, waiting_on
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.failures import failure_text
from workbench.ui.common.formatting import format_quarter
from workbench.ui.common.health_labels import band_label
from workbench.ui.context import AppContext
from workbench.ui.dashboard.focus_view import FocusListView
from workbench.ui.dashboard.managers_dialog import ManagersDialog
from workbench.ui.dashboard.preferences import (
    PreferencesDialog,
    load_preferences,
    save_preferences,
)
from workbench.ui.dashboard.tiles import TILES, KpiTile, tile_texts
from workbench.ui.dashboard.waiting_view import WaitingOnView
from workbench.ui.operations import Operations
from workbench.ui.tasks import TaskHandle

if TYPE_CHECKING:  # the services' argument; the tab never opens one itself
    from workbench.ui.operations import Session

QUARTERS_SHOWN = 8
#: How long after a change the hidden Dashboard starts working out its figures again.
PRELOAD_DELAY_MS = 1500
TILE_COLUMNS = 4


class DashboardTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: DashboardData | None = None
        self.focus_data: FocusList | None = None
        self.waiting_data: WaitingOn | None = None
        self.stale = True
        self.health_stale = True
        self.loading = False
        self._charts: Any = None  # the Matplotlib canvas, created on first show
        self._charts_behind = False  # data arrived while hidden, not drawn yet
        #: The week's recurring meetings as the focus list last read them.
        self._series = HeldSeries()
        self.preload = QTimer(self)
        self.preload.setSingleShot(True)
        self.preload.setInterval(PRELOAD_DELAY_MS)
        self.preload.timeout.connect(self._preload)

        self.period = QComboBox(self)
        self.period.setObjectName("dashboardPeriod")
        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")
        self.status.setStyleSheet("color: #64748b;")
        self.managers_button = QPushButton(self.tr("By account manager…"), self)
        self.managers_button.setObjectName("managersButton")
        self.managers_dialog: ManagersDialog | None = None
        self.report_button = QPushButton(self.tr("Client report…"), self)
        self.report_button.setObjectName("clientReportButton")
        self.settings_button = QPushButton(self.tr("Settings…"), self)
        self.settings_button.setObjectName("dashboardSettingsButton")
        # Working out the health history (seconds the first time): its progress, and a way
        # to stop it; the figures shown meanwhile stay usable.
        self._health_task: TaskHandle | None = None
        self.health_progress = QProgressBar(self)
        self.health_progress.setObjectName("healthProgress")
        self.health_progress.setFormat(self.tr("Health scores: %p%"))
        self.health_progress.setMaximumWidth(220)
        self.health_progress.hide()
        self.health_cancel = QPushButton(self.tr("Stop"), self)
        self.health_cancel.setObjectName("healthCancel")
        self.health_cancel.setToolTip(
            self.tr("Stop working out the health scores; they are worked out again next time.")
        )
        self.health_cancel.hide()
        self.health_cancel.clicked.connect(self.cancel_health)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Quarter:"), self))
        bar.addWidget(self.period)
        bar.addSpacing(12)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.health_progress)
        bar.addWidget(self.health_cancel)
        bar.addWidget(self.managers_button)
        bar.addWidget(self.report_button)
        bar.addWidget(self.settings_button)

        self.tiles: dict[str, KpiTile] = {}
        tiles = QWidget(self)
        tiles.setObjectName("kpiTiles")
        grid = QGridLayout(tiles)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for index, (key, _title, _definition) in enumerate(TILES):
            tile = KpiTile(key, tiles)
            tile.sig_clicked.connect(self.drill_kpi)
            self.tiles[key] = tile
            grid.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)

        self.charts_area = QVBoxLayout()
        self.charts_area.setContentsMargins(0, 0, 0, 0)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(tiles)
        left_layout.addLayout(self.charts_area, 1)

        self.focus = FocusListView(self)
        self.focus.sig_open.connect(context.events.sig_open_record)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        focus_title = QLabel(self.tr("What needs you today"), right)
        focus_title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        right_layout.addWidget(focus_title)
        right_layout.addWidget(self.focus, 2)
        self.waiting = WaitingOnView(self)
        self.waiting.sig_open.connect(context.events.sig_open_record)
        waiting_title = QLabel(self.tr("Waiting on"), right)
        waiting_title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        right_layout.addWidget(waiting_title)
        right_layout.addWidget(self.waiting, 1)

        # The tab page is "dashboardTab"; the dashboard itself (tiles, charts, focus list):
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("dashboard")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 360])

        self.empty = QLabel(
            self.tr("Open or create a database to see your portfolio's KPIs here."), self
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

        self._fill_periods()
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.settings_button.clicked.connect(self.edit_preferences)
        self.report_button.clicked.connect(self.client_report)
        self.managers_button.clicked.connect(self.by_manager)
        context.events.sig_data_changed.connect(self.on_data_changed)

    # --- periods ------------------------------------------------------------------------------
    def _fill_periods(self) -> None:
        current = Quarter.of(self.context.clock.today())
        self.period.blockSignals(True)
        self.period.clear()
        for back in range(QUARTERS_SHOWN):
            quarter = current.shifted(-back)
            text = (
                format_quarter(quarter)
                if back
                else self.tr("{quarter} (so far)").format(quarter=format_quarter(quarter))
            )
            self.period.addItem(text, quarter.key)
        # The last complete quarter: an unfinished one would look like a fall.
        self.period.setCurrentIndex(1)
        self.period.blockSignals(False)

    def chosen_period(self) -> Quarter:
        return Quarter.from_key(int(self.period.currentData()))

    def _period_chosen(self) -> None:
        self.stale = True
        self.reload()

    # --- loading ------------------------------------------------------------------------------
    def on_data_changed(self, changes: ChangeSet) -> None:
        self.stale = True
        self.health_stale = True
        if changes.touches(*HeldSeries.READS):
            self._series = HeldSeries()
        if self.isVisible():
            self.reload()
        elif self.window().isVisible():
            # Worked out in the background a moment after the change (edits in a row make
            # one load), so the tab opens on figures already there.
            self.preload.start()

    def _preload(self) -> None:
        if self.stale and not self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()
        elif self._charts_behind:
            self._show_charts()

    def reload(self) -> None:
        if self.context.workspace.store is None:
            self.pages.setCurrentWidget(self.empty)
            return
        self.pages.setCurrentWidget(self.splitter)
        self.stale = False
        self.loading = True
        self.status.setText(self.tr("Loading…"))
        preferences = load_preferences(self.context)
        now = self.context.clock.now()
        numbers = partial(
            _load,
            self.chosen_period(),
            now=now,
            rates=preferences.rates,
            targets=preferences.targets,
        )
        # Two tasks: the numbers show without waiting for the focus list (which expands
        # every recurring meeting of the week).
        operations = Operations(self.context)
        operations.long_query(numbers, on_done=self.show_data, on_failed=self._failed)
        focus = partial(focus_list, now=now, quiet_days=preferences.quiet_days, held=self._series)
        operations.query(focus, on_done=self.show_focus, on_failed=self._failed)
        operations.query(waiting_on, on_done=self.show_waiting, on_failed=self._failed)

    def show_data(self, data: DashboardData) -> None:
        self.loading = False
        if data.period != self.chosen_period():
            return  # the user has moved on to another quarter; its load is on its way
        self.data = data
        for text in tile_texts(data.kpis, data.previous):
            self.tiles[text.key].show_text(text)
        # Charts are drawn when seen: a hidden tab only keeps their data.
        self._charts_behind = True
        if self.isVisible():
            self._show_charts()
        self.status.setText(self._status_text(data))
        if self.health_stale:
            self.refresh_health()

    def show_waiting(self, waiting: WaitingOn) -> None:
        self.waiting_data = waiting
        self.waiting.show_waiting(waiting, self.context.clock.today())

    def show_focus(self, focus: FocusList) -> None:
        self.focus_data = focus
        self.focus.show_focus(focus)

    def _status_text(self, data: DashboardData) -> str:
        missing = data.kpis.missing_rates
        if missing:
            return self.tr(
                "Totals in {currency}. No exchange rate for {missing}: left out (Settings…)."
            ).format(currency=data.kpis.currency, missing=", ".join(missing))
        return self.tr("Totals in {currency}.").format(currency=data.kpis.currency)

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self.status.setText(
            self.tr("The dashboard could not be loaded: {error}").format(error=failure_text(error))
        )

    def refresh_health(self) -> None:
        """Bring this month's health scores (and any missing past month) up to date."""
        if self.context.workspace.store is None:
            return
        self.health_stale = False
        weights = load_preferences(self.context).weights
        work = partial(_refresh_health, now=self.context.clock.now(), weights=weights)
        self.health_progress.setRange(0, 0)
        self.health_progress.show()
        self.health_cancel.show()
        # It stores only scores worked out from the data: cancelled on close, its
        # transaction rolls back and the next start works them out again. No question.
        self._health_task = Operations(self.context).derive(
            work,
            on_done=self._health_refreshed,
            on_failed=self._health_failed,
            on_cancelled=self._health_cancelled,
            on_progress=self._health_progressed,
        )
        if (
            self._health_task is not None and self._health_task.done
        ):  # run inline (tests): it has already ended
            self._health_ended()

    def cancel_health(self) -> None:
        """Stop working out the health scores (nothing is kept; the next load starts again)."""
        if self._health_task is not None:
            self._health_task.cancel()

    def _health_progressed(self, done: int, total: int, _message: str) -> None:
        self.health_progress.setRange(0, total)
        self.health_progress.setValue(done)

    def _health_ended(self) -> None:
        self._health_task = None
        self.health_progress.hide()
        self.health_cancel.hide()

    def _health_cancelled(self) -> None:
        self._health_ended()
        self.health_stale = True

    def _health_failed(self, error: Exception) -> None:
        self._health_ended()
        self._failed(error)

    def _health_refreshed(self, _result: object) -> None:
        self._health_ended()
        # Bands chart and focus list read the stored scores: read them again (also while
        # hidden, as after a change, so the tab opens on them).
        self.stale = True
        if self.window().isVisible():
            self.reload()

    # --- charts -------------------------------------------------------------------------------
    def _show_charts(self) -> None:
        if self.data is None:
            return
        from workbench.ui.dashboard.chart_labels import dashboard_labels

        if self._charts is None:
            # Matplotlib is imported the first time the dashboard is shown, not at start-up.
            from workbench.charts.dashboard_canvas import DashboardChartCanvas

            self._charts = DashboardChartCanvas(self)
            self._charts.sig_drill.connect(self.drill_chart)
            self.charts_area.addWidget(self._charts)
            self._charts.show()
        self._charts.show_charts(self.data.charts, dashboard_labels())
        self._charts_behind = False

    @property
    def charts(self) -> Any:
        return self._charts

    # --- drill-down ---------------------------------------------------------------------------
    def drill_kpi(self, key: str) -> None:
        period = self.chosen_period()
        label = QCoreApplication.translate("kpi", kpi.DRILL_LABELS[key]).format(
            period=format_quarter(period)
        )
        Operations(self.context).query(
            partial(kpi.drill_accounts, period=period, key=key, now=self.context.clock.now()),
            on_done=lambda ids: self.show_accounts(PortfolioQuery(account_ids=ids, label=label)),
        )

    def drill_chart(self, key: dashboard_charts.DrillKey) -> None:
        if self.context.workspace.store is None:
            return
        if isinstance(key, dashboard_charts.SegmentDrill):
            label = self.tr("{sector} · {tier}").format(
                sector=enum_label(key.sector), tier=enum_label(key.tier)
            )
            self.show_accounts(
                PortfolioQuery(
                    sectors=frozenset({key.sector}), tiers=frozenset({key.tier}), label=label
                )
            )
            return
        label = chart_drill_label(key)
        Operations(self.context).query(
            partial(dashboard_charts.drill_accounts, key=key),
            on_done=lambda ids: self.show_accounts(PortfolioQuery(account_ids=ids, label=label)),
        )

    def show_accounts(self, query: PortfolioQuery) -> None:
        count = len(query.account_ids) if query.account_ids is not None else None
        label = (
            self.tr("{label} — {count} accounts").format(label=query.label, count=count)
            if count is not None
            else query.label
        )
        self.context.events.sig_show_accounts.emit(
            PortfolioQuery(
                sectors=query.sectors,
                tiers=query.tiers,
                account_ids=query.account_ids,
                label=label,
            )
        )

    # --- settings and reports -----------------------------------------------------------------
    def edit_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(load_preferences(self.context), self)
        dialog.accepted.connect(partial(self._preferences_chosen, dialog))
        dialog.open()
        return dialog

    def _preferences_chosen(self, dialog: PreferencesDialog) -> None:
        chosen = dialog.preferences()
        if chosen is None:
            return
        save_preferences(self.context, chosen)  # its change set names the scores it changes

    def by_manager(self) -> ManagersDialog | None:
        """Each account manager's KPIs for the chosen quarter, and the team's total."""
        if self.context.workspace.store is None:
            return None
        preferences = load_preferences(self.context)
        dialog = ManagersDialog(self)
        self.managers_dialog = dialog
        Operations(self.context).query(
            partial(
                kpis_by_manager,
                period=self.chosen_period(),
                now=self.context.clock.now(),
                rates=preferences.rates,
                targets=preferences.targets,
            ),
            on_done=dialog.show_lines,
            on_failed=self._failed,
        )
        dialog.open()
        return dialog

    def client_report(self) -> None:
        from workbench.ui.reports.client_report_dialog import start_client_report

        start_client_report(self.context, self, period=self.chosen_period())


def chart_drill_label(key: dashboard_charts.DrillKey) -> str:
    if isinstance(key, dashboard_charts.QuarterDrill):
        return QCoreApplication.translate(
            "DashboardTab", "Accounts with revenue in {quarter}"
        ).format(quarter=format_quarter(key.quarter))
    if isinstance(key, dashboard_charts.NpsDrill):
        return QCoreApplication.translate(
            "DashboardTab", "Accounts that answered {score} in {quarter}"
        ).format(score=key.score, quarter=format_quarter(key.period))
    if isinstance(key, dashboard_charts.BandDrill):
        year, month = divmod(key.month, 100)
        return QCoreApplication.translate(
            "DashboardTab", "Accounts in “{band}” in {month:02d}/{year}"
        ).format(band=band_label(key.band), month=month, year=year)
    assert isinstance(key, dashboard_charts.RenewalDrill)
    return QCoreApplication.translate(
        "DashboardTab", "Accounts with contracts ending in {month:02d}/{year}"
    ).format(month=key.month, year=key.year)


def _load(period: Quarter, session: Session, progress: Progress, **options: Any) -> DashboardData:
    # Matplotlib takes most of a second to import: here, off the UI thread, not on first show.
    import workbench.charts.dashboard  # noqa: F401

    return load_dashboard(session, period, progress=progress, **options)


def _refresh_health(session: Session, progress: Progress, **options: Any) -> int:
    return len(health.refresh_history(session, progress=progress, **options))
