"""The incident log as a user drives it: table and filters, workflow, timeline, playbook."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from tests.ui.fakes import FakeDialogs
from workbench.domain.enums import IncidentStatus, Severity
from workbench.services.focus import Target, TargetTab
from workbench.store.models import ActionItem, Compensation, Incident, IncidentEvent
from workbench.ui.common import paged_model
from workbench.ui.incidents.tab import IncidentsTab
from workbench.ui.incidents.targets import load_targets
from workbench.ui.main_window import MainWindow


@pytest.fixture
def window(make_window: Callable[[Path], MainWindow], sample_db_path: Path) -> MainWindow:
    return make_window(sample_db_path)


@pytest.fixture
def tab(window: MainWindow) -> IncidentsTab:
    page = next(p for p in window.pages if p.objectName() == "incidentsTab")
    window.tabs.setCurrentWidget(page)
    assert isinstance(page, IncidentsTab)
    return page


def _count(window: MainWindow, model: type, *where: object) -> int:
    store = window.context.workspace.store
    assert store is not None
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_the_table_pages_through_sql_and_passes_the_model_tester(
    tab: IncidentsTab, qtmodeltester, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(paged_model, "PAGE", 5)
    tab.filters.open_only.setChecked(False)
    model = tab.model
    assert model.total > 5 and model.rowCount() == 5
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total
    keys = [(int(r.severity), r.reported_at) for r in model.rows]
    assert keys == sorted(keys)  # severity first, then the oldest


def test_filters_narrow_the_table(tab: IncidentsTab, window: MainWindow) -> None:
    everything = tab.model.total
    tab.filters.severity.setCurrentIndex(tab.filters.severity.findData(int(Severity.CRITICAL)))
    assert 0 < tab.model.total <= everything
    assert {r.severity for r in tab.model.rows} == {Severity.CRITICAL}
    assert all(
        r.status not in (IncidentStatus.RESOLVED, IncidentStatus.CLOSED) for r in tab.model.rows
    )
    critical = tab.model.index(0, 1)
    assert critical.data(Qt.ItemDataRole.ForegroundRole) is not None  # open critical stands out


def test_workflow_timeline_and_compensation(
    tab: IncidentsTab, window: MainWindow, dialogs: FakeDialogs
) -> None:
    tab.filters.status.setCurrentIndex(tab.filters.status.findData(IncidentStatus.OPEN.value))
    tab.table.selectRow(0)
    incident_id = tab.incident_id
    assert incident_id is not None
    detail = tab.detail
    assert detail.status_buttons[IncidentStatus.ACKNOWLEDGED].isVisibleTo(detail)
    detail.status_buttons[IncidentStatus.ACKNOWLEDGED].click()
    store = window.context.workspace.store
    assert store is not None
    with store.session() as session:
        incident = session.get_one(Incident, incident_id)
        assert incident.status is IncidentStatus.ACKNOWLEDGED
        assert incident.acknowledged_at == window.context.clock.now()
    events_before = _count(window, IncidentEvent, IncidentEvent.incident_id == incident_id)
    detail.event_text.setText("Called the client's operations director")
    detail.client_message.setChecked(True)
    detail.add_event.click()
    assert (
        _count(window, IncidentEvent, IncidentEvent.incident_id == incident_id) == events_before + 1
    )
    assert "Called the client's operations director" in detail.timeline.item(0).text()
    detail.amount.setText("-50")
    detail.add_compensation.click()
    assert dialogs.messages[-1][0] == "warning"
    before = _count(window, Compensation, Compensation.incident_id == incident_id)
    detail.amount.setText("1500.00")
    detail.add_compensation.click()
    assert _count(window, Compensation, Compensation.incident_id == incident_id) == before + 1


def test_applying_a_playbook_response_creates_its_action_items(
    tab: IncidentsTab, window: MainWindow
) -> None:
    tab.table.selectRow(0)
    incident_id = tab.incident_id
    detail = tab.detail
    detail.tabs.setCurrentIndex(2)
    key, button = next(iter(detail.playbook.buttons.items()))
    before = _count(window, ActionItem, ActionItem.incident_id == incident_id)
    button.click()
    after = _count(window, ActionItem, ActionItem.incident_id == incident_id)
    assert after > before
    assert detail.tabs.currentIndex() == 4 and detail.action_list.count() == after
    with window.context.workspace.store.session() as session:  # type: ignore[union-attr]
        assert session.get_one(Incident, incident_id).playbook_response == key


def test_logging_an_incident_and_a_refused_one(tab: IncidentsTab, window: MainWindow) -> None:
    before = _count(window, Incident)
    tab.new_button.click()
    dialog = tab.new_dialog
    assert dialog is not None
    dialog.title.setText("  ")
    dialog.try_save()
    assert dialog.isVisible() and _count(window, Incident) == before
    dialog.title.setText("Pallets delivered to the wrong warehouse")
    dialog.try_save()
    assert _count(window, Incident) == before + 1
    assert tab.detail.title.text() == "Pallets delivered to the wrong warehouse"


def test_targets_are_edited_and_kept_in_the_settings(tab: IncidentsTab, window: MainWindow) -> None:
    tab.targets_button.click()
    dialog = tab.targets_dialog
    assert dialog is not None
    amount, _unit = dialog.editors[
        (
            Severity.CRITICAL,
            next(
                iter(__import__("workbench.domain.incidents", fromlist=["TargetKind"]).TargetKind)
            ),
        )
    ]
    amount.setValue(2)
    dialog.accept()
    again = load_targets(window.context)
    assert again.for_severity(Severity.CRITICAL).acknowledge.amount == 2


def test_incident_report_pdf_from_the_detail(
    tab: IncidentsTab, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    tab.table.selectRow(0)
    target = tmp_path / "incident.pdf"
    dialogs.choices.append(1)  # the client's copy
    dialogs.files.append(target)
    tab.detail.report_button.click()
    assert target.stat().st_size > 1000
    assert dialogs.messages[-1][0] == "info"


def test_the_account_detail_counts_compensations_in_its_profit(
    tab: IncidentsTab, window: MainWindow
) -> None:
    tab.table.selectRow(0)
    account_id = tab.model.rows[0].account_id
    portfolio = window.pages[0].view  # type: ignore[attr-defined]
    portfolio.select_account(account_id)
    before = portfolio.detail.standing.text()
    assert "Open incidents" in before and "compensations" in before
    tab.detail.amount.setText("250000")
    tab.detail.add_compensation.click()
    portfolio.select_account(account_id)
    assert portfolio.detail.standing.text() != before


def test_a_period_report_for_the_chosen_account(
    tab: IncidentsTab, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    account_id = tab.model.rows[0].account_id
    tab.filters.account.setCurrentIndex(tab.filters.accounts.row_of(account_id))
    target = tmp_path / "period.pdf"
    dialogs.choices += [2, 0]  # the last 12 months, for internal teams
    dialogs.files.append(target)
    tab.period_report_button.click()
    assert target.stat().st_size > 1000
    kind, _title, text = dialogs.messages[-1]
    assert kind == "info" and "period.pdf" in text


def test_a_focus_entry_for_a_deleted_incident_says_so(
    tab: IncidentsTab, dialogs: FakeDialogs
) -> None:
    tab.open_target(Target(TargetTab.INCIDENTS, 999_999))
    kind, _title, text = dialogs.messages[-1]
    assert kind == "info" and "no longer exists" in text
