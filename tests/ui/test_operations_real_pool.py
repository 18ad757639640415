"""Reads and changes made through Operations on the real thread pool: their answers arrive
after the call returns, and the tabs act on them only then (and drop one overtaken)."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.ui.conftest import POOL_TIMEOUT_MS
from tests.ui.page_data import shows_its_data
from workbench.domain.enums import IncidentStatus
from workbench.store.models import Incident, Proposal
from workbench.ui.calendar.tab import CalendarTab
from workbench.ui.incidents.tab import IncidentsTab
from workbench.ui.main_window import MainWindow
from workbench.ui.proposals.tab import ProposalsTab


def _page(window: MainWindow, name: str, qtbot) -> object:  # type: ignore[no-untyped-def]
    page = next(p for p in window.pages if p.objectName() == name)
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: shows_its_data(page), timeout=POOL_TIMEOUT_MS)
    return page


def test_a_meeting_detail_overtaken_by_another_pick_is_dropped(
    qtbot, threaded_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    tab = _page(threaded_window, "calendarTab", qtbot)
    assert isinstance(tab, CalendarTab)
    qtbot.waitUntil(lambda: len(tab.upcoming.occurrences) >= 2, timeout=POOL_TIMEOUT_MS)
    first, second = tab.upcoming.occurrences[:2]
    tab.show_occurrence(first)
    tab.show_occurrence(second)
    qtbot.waitUntil(lambda: tab.detail.occurrence is not None, timeout=POOL_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not threaded_window.context.tasks.busy, timeout=POOL_TIMEOUT_MS)
    qtbot.wait(100)  # the first pick's answer, were it late, is delivered by now
    assert tab.detail.occurrence == second


def test_an_incident_changed_in_the_background_shows_once_written(
    qtbot, threaded_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    tab = _page(threaded_window, "incidentsTab", qtbot)
    assert isinstance(tab, IncidentsTab)
    open_row = next(r for r in tab.model.rows if r.status is IncidentStatus.OPEN)
    tab.show_incident(open_row.incident_id)
    qtbot.waitUntil(
        lambda: (
            tab.detail.detail is not None and tab.detail.detail.incident_id == open_row.incident_id
        ),
        timeout=POOL_TIMEOUT_MS,
    )
    tab.change_status(IncidentStatus.ACKNOWLEDGED)
    qtbot.waitUntil(
        lambda: (
            tab.detail.detail is not None
            and tab.detail.detail.status is IncidentStatus.ACKNOWLEDGED
        ),
        timeout=POOL_TIMEOUT_MS,
    )
    store = threaded_window.context.workspace.store
    assert store is not None
    with store.session() as session:
        stored = session.get_one(Incident, open_row.incident_id)
        assert stored.status is IncidentStatus.ACKNOWLEDGED


def test_a_proposal_created_in_the_background_opens_once_written(
    qtbot, threaded_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    tab = _page(threaded_window, "proposalsTab", qtbot)
    assert isinstance(tab, ProposalsTab)
    account_id = tab.list.model.rows[0].account_id
    tab.create_proposal(account_id, "Written on a worker")
    qtbot.waitUntil(
        lambda: (
            tab.editor.content is not None and tab.editor.content.title == "Written on a worker"
        ),
        timeout=POOL_TIMEOUT_MS,
    )
    store = threaded_window.context.workspace.store
    assert store is not None
    with store.session() as session:
        count = session.scalar(select(func.count()).where(Proposal.title == "Written on a worker"))
    assert count == 1
