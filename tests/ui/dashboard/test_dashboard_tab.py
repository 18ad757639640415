"""The Dashboard as a user drives it: tiles, charts and focus list, and the ways out of it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from pptx import Presentation
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from tests.ui.conftest import TEST_CLOCK
from tests.ui.fakes import FakeDialogs
from workbench.domain.enums import Sector, Tier
from workbench.domain.period import Quarter
from workbench.services import kpi
from workbench.services.changes import ChangeSet
from workbench.services.dashboard_charts import SegmentDrill
from workbench.services.focus import FocusKind, TargetTab
from workbench.store.models import HealthSnapshot
from workbench.ui.dashboard.preferences import load_preferences
from workbench.ui.dashboard.tab import DashboardTab
from workbench.ui.main_window import MainWindow
from workbench.ui.portfolio.tab import PortfolioTab
from workbench.ui.reports.client_report_dialog import ClientReportDialog


@pytest.fixture
def window(make_window: Callable[[Path], MainWindow], sample_db_path: Path) -> MainWindow:
    window = make_window(sample_db_path)
    window.resize(1366, 768)
    window.show()
    return window


@pytest.fixture
def tab(window: MainWindow) -> DashboardTab:
    page = window.page("dashboardTab")
    assert isinstance(page, DashboardTab)
    window.tabs.setCurrentWidget(page)
    assert page.data is not None
    return page


def _portfolio(window: MainWindow) -> PortfolioTab:
    page = window.page("portfolioTab")
    assert isinstance(page, PortfolioTab)
    return page


def test_the_dashboard_shows_the_last_complete_quarter(tab: DashboardTab) -> None:
    assert tab.findChild(QWidget, "dashboard") is not None
    assert tab.chosen_period() == Quarter(2026, 3)
    assert tab.data is not None and tab.data.kpis.revenue is not None
    revenue = tab.tiles["revenue"]
    assert revenue.value.text() not in ("", "—") and "EUR" in revenue.value.text()
    assert "2026 Q2" in revenue.trend.text()
    assert tab.charts is not None and tab.charts.isVisible()
    # Opening it brought the health history up to date: this month and the twelve before.
    store = tab.context.workspace.store
    assert store is not None
    with store.session() as session:
        months = session.scalar(select(func.count(func.distinct(HealthSnapshot.month))))
    assert months == 13


def test_clicking_a_tile_shows_its_accounts_in_the_portfolio(
    qtbot, window: MainWindow, tab: DashboardTab
) -> None:  # type: ignore[no-untyped-def]
    store = tab.context.workspace.store
    assert store is not None
    with store.session() as session:
        expected = kpi.drill_accounts(
            session, Quarter(2026, 3), "open_incidents", now=TEST_CLOCK.now()
        )
    assert expected
    tile = tab.tiles["open_incidents"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    portfolio = _portfolio(window)
    assert window.tabs.currentWidget() is portfolio
    shown = {portfolio.view.model.row_at(r).id for r in range(portfolio.view.model.rowCount())}
    assert shown == expected
    drill = portfolio.view.filters.drill_label
    assert drill.isVisible() and str(len(expected)) in drill.text()
    portfolio.view.filters.clear_drill_button.click()
    assert portfolio.view.model.rowCount() > len(expected)
    assert not drill.isVisible()


def test_a_chart_segment_filters_the_portfolio_by_sector_and_tier(
    window: MainWindow, tab: DashboardTab
) -> None:
    tab.charts.sig_drill.emit(SegmentDrill(Sector.FINANCE, Tier.STRATEGIC))
    view = _portfolio(window).view
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    assert rows and all(r.sector is Sector.FINANCE and r.tier is Tier.STRATEGIC for r in rows)


def test_focus_entries_open_their_record(window: MainWindow, tab: DashboardTab) -> None:
    assert tab.data is not None
    entries = tab.focus.entries()
    assert entries
    assert tab.focus_data is not None
    by_kind = {item.kind: item for item in tab.focus_data.items}
    assert FocusKind.OVERDUE_ACTION in by_kind
    # An overdue action item opens its account in the Portfolio.
    overdue = by_kind[FocusKind.OVERDUE_ACTION]
    tab.focus.sig_open.emit(overdue.target)
    portfolio = _portfolio(window)
    assert window.tabs.currentWidget() is portfolio
    assert portfolio.view.selected_id() == overdue.account_id
    # A meeting opens its occurrence in the Calendar.
    meeting = by_kind[FocusKind.MEETING]
    assert meeting.target.tab is TargetTab.CALENDAR
    tab.focus.sig_open.emit(meeting.target)
    calendar = window.page("calendarTab")
    assert window.tabs.currentWidget() is calendar
    shown = calendar.findChild(QWidget, "meetingDetailText")  # type: ignore[union-attr]
    assert meeting.title in shown.text()  # type: ignore[union-attr]


def test_the_waiting_on_list_says_who_owes_whom_and_opens_the_account(
    window: MainWindow,
    tab: DashboardTab,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QTreeWidget

    view = tab.findChild(QTreeWidget, "waitingOn")
    assert view is not None and tab.waiting_data is not None and tab.waiting_data.me_known
    qtmodeltester.check(view.model())
    owed = [i for i in tab.waiting_data.items if i.owed_to_me]
    mine = [i for i in tab.waiting_data.items if not i.owed_to_me]
    assert owed  # the sample's colleagues and teams owe Elena Vidal work on her accounts
    groups = [view.topLevelItem(i).text(0) for i in range(view.topLevelItemCount())]  # type: ignore[union-attr]
    assert groups == [f"Others owe me ({len(owed)})", f"I owe ({len(mine)})"]
    first = view.topLevelItem(0).child(0)  # type: ignore[union-attr]
    who = owed[0].colleague or "?"
    assert first.text(0).startswith(f"{who} · {owed[0].title} — {owed[0].account}")
    view.itemActivated.emit(first, 0)
    portfolio = _portfolio(window)
    assert window.tabs.currentWidget() is portfolio
    assert portfolio.view.selected_id() == owed[0].account_id


def test_the_dashboard_by_account_manager_puts_each_side_by_side_with_the_team(
    tab: DashboardTab,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QTableView

    dialog = tab.by_manager()
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableView, "managerDashboard")
    assert table is not None
    qtmodeltester.check(dialog.model)
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Account manager", "Accounts", "Revenue", "Growth QoQ"]
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "Elena Vidal" in names and names[-1] == "Team total"
    assert model.index(model.rowCount() - 1, 1).data() == "40"
    assert model.index(model.rowCount() - 1, 2).data().endswith(" EUR")
    assert "2026 Q3" in dialog.title.text()


def test_a_critical_incident_opens_in_the_incident_log(
    window: MainWindow, tab: DashboardTab
) -> None:
    assert tab.data is not None
    assert tab.focus_data is not None
    critical = tab.focus_data.of(FocusKind.CRITICAL_INCIDENT)
    assert critical
    item = next(
        i
        for i in tab.focus.entries()
        if i.data(0, Qt.ItemDataRole.UserRole + 1) == critical[0].target
    )
    tab.focus.itemActivated.emit(item, 0)
    incidents = window.page("incidentsTab")
    assert window.tabs.currentWidget() is incidents
    assert incidents.incident_id == critical[0].target.record_id  # type: ignore[union-attr]


def test_settings_refuse_all_zero_weights_and_store_nothing(tab: DashboardTab) -> None:
    dialog = tab.edit_preferences()
    for spin in dialog.weights.values():
        spin.setValue(0)
    dialog.try_accept()
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert load_preferences(tab.context).weights["nps"] == 25
    dialog.weights["incidents"].setValue(60)
    rate_row = next(
        r for r in range(dialog.rates.rowCount()) if dialog.rates.item(r, 0).text() == "USD"
    )
    dialog.rates.item(rate_row, 1).setText("-1")
    dialog.try_accept()
    assert "USD" in dialog.problem.text()
    dialog.rates.item(rate_row, 1).setText("0,9")
    dialog.try_accept()
    assert not dialog.isVisible()
    stored = load_preferences(tab.context)
    assert stored.weights["incidents"] == 60 and stored.weights["nps"] == 0
    assert str(stored.rates.rates["USD"]) == "0.9"


def test_changing_the_quarter_reloads_its_kpis(tab: DashboardTab) -> None:
    tab.period.setCurrentIndex(2)
    assert tab.data is not None and tab.data.period == Quarter(2026, 2)
    assert "2026 Q1" in tab.tiles["revenue"].trend.text()


def test_a_client_report_from_the_account_detail(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    view = _portfolio(window).view
    window.tabs.setCurrentWidget(_portfolio(window))
    account = view.model.row_at(0)
    assert view.select_account(account.id)
    target = tmp_path / "report.xlsx"
    dialogs.files.append(target)
    dialog = view.detail.findChild(ClientReportDialog)
    assert dialog is None
    view.detail.report_button.click()
    dialog = view.detail.findChild(ClientReportDialog)
    assert dialog is not None and dialog.account.currentData() == account.id
    assert dialog.period.currentText() == "2026 Q3"
    dialog.xlsx.setChecked(True)
    dialog.accept()
    workbook = openpyxl.load_workbook(target)
    assert len(workbook.sheetnames) > 1
    assert any(kind == "info" and "written" in text for kind, _title, text in dialogs.messages)


def test_a_client_report_from_the_dashboard_writes_a_deck(
    tab: DashboardTab, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "deck"
    dialogs.files.append(target)
    tab.report_button.click()
    dialog = tab.findChild(ClientReportDialog)
    assert dialog is not None
    dialog.accept()
    deck = Presentation(str(target.with_suffix(".pptx")))
    assert len(deck.slides) >= 5


def test_the_hidden_dashboard_works_out_its_figures_after_a_change(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    page = window.page("dashboardTab")
    assert isinstance(page, DashboardTab) and page.data is None  # never shown yet
    window.context.events.sig_data_changed.emit(ChangeSet.of("accounts"))
    assert page.data is None  # not at once: edits in a row make one load
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert not page.stale
    assert page.charts is None  # drawn when seen, not while hidden
    window.tabs.setCurrentWidget(page)
    assert not page.stale and page.tiles["revenue"].value.text() != ""
    assert page.charts is not None and page.charts.isVisible()


def test_the_focus_list_keeps_the_weeks_series_until_a_meeting_changes(
    window: MainWindow, tab: DashboardTab
) -> None:
    from workbench.store.models import Meeting

    assert tab.focus_data is not None
    shown = tab.focus_data.of(FocusKind.MEETING)
    store = window.context.workspace.store
    assert store is not None
    with store.transaction() as session:
        series = session.scalars(
            select(Meeting).where(
                Meeting.rrule.is_not(None), Meeting.id.in_([i.target.record_id for i in shown])
            )
        ).first()
        assert series is not None, "the sample has a recurring meeting this week"
        series.title = "Renamed steering call"
    kept = tab._series
    window.context.events.sig_data_changed.emit(ChangeSet.of("action_items"))
    assert tab._series is kept  # nothing about meetings changed: the series are read once
    window.context.events.sig_data_changed.emit(ChangeSet.of("meetings"))
    assert tab._series is not kept
    assert tab.focus_data is not None
    titles = {item.title for item in tab.focus_data.of(FocusKind.MEETING)}
    assert "Renamed steering call" in titles
