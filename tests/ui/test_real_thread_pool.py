"""The window on the real thread pool, end to end: every tab loads, and closing asks only
about an unfinished write.

The rest of the UI suite runs tasks inline (``synchronous_tasks=True``) and so never
sees a task still running when the user acts; these tests do. Each waits for the pool
to drain before teardown, so no worker thread outlives its test.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import TEST_CLOCK
from tests.ui.fakes import FakeDialogs
from workbench.app import build_main_window
from workbench.services.progress import Progress
from workbench.ui.calendar.models import OCCURRENCES_ROLE
from workbench.ui.calendar.tab import CalendarTab
from workbench.ui.dashboard.tab import DashboardTab
from workbench.ui.incidents.tab import IncidentsTab
from workbench.ui.main_window import MainWindow
from workbench.ui.portfolio.tab import PortfolioTab
from workbench.ui.proposals.tab import ProposalsTab
from workbench.ui.tasks import TaskHandle

LOAD_TIMEOUT_MS = 30_000


@pytest.fixture
def threaded_window(
    qtbot, settings: QSettings, dialogs: FakeDialogs, sample_db_path: Path
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The sample database in a shown window whose tasks run on the real thread pool."""
    window = build_main_window(
        sample_db_path,
        settings=settings,
        dialogs=dialogs,
        synchronous_tasks=False,
        clock=TEST_CLOCK,
    )
    window.show()
    yield window
    # Not left to qtbot.addWidget, whose teardown closes the window before this runs: a
    # write still running would ask, and a worker outliving its pool would crash.
    tasks = window.context.tasks
    tasks.cancel_all(LOAD_TIMEOUT_MS)
    assert tasks.wait_for_all(LOAD_TIMEOUT_MS), "a task outlived its test"
    qtbot.waitUntil(lambda: not tasks.busy, timeout=LOAD_TIMEOUT_MS)  # callbacks delivered
    window.close()
    window.context.workspace.close()
    window.deleteLater()


def _shows_its_data(page: QWidget) -> bool:
    """Whether *page* shows what the sample database holds for it."""
    if isinstance(page, PortfolioTab):
        return not page.view.loading and page.view.model.rowCount() > 0
    if isinstance(page, CalendarTab):
        model = page.view.month_model
        return any(
            model.index(row, column).data(OCCURRENCES_ROLE)
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        )
    if isinstance(page, ProposalsTab):
        return page.list.model.rowCount() > 0
    if isinstance(page, IncidentsTab):
        return page.model.rowCount() > 0
    if isinstance(page, DashboardTab):
        return page.data is not None and page.focus_data is not None
    raise AssertionError(f"no way to tell that {page.objectName()} shows its data")


def _until_cancelled(progress: Progress) -> str:
    """A task that runs until it is cancelled, checking often as long use cases do."""
    while True:
        progress.advance(0, 1)
        time.sleep(0.005)


def _confirms(dialogs: FakeDialogs) -> list[tuple[str, ...]]:
    return [message for message in dialogs.messages if message[0] == "confirm"]


def _start(window: MainWindow, outcomes: list[str], *, writes: bool) -> TaskHandle:
    return window.context.tasks.run(
        _until_cancelled,
        on_finished=lambda _result: outcomes.append("finished"),
        on_failed=lambda error: outcomes.append(f"failed: {error}"),
        on_cancelled=lambda: outcomes.append("cancelled"),
        writes=writes,
    )


def test_every_tab_shows_its_data_and_closing_then_asks_nothing(
    qtbot, threaded_window: MainWindow, dialogs: FakeDialogs
) -> None:  # type: ignore[no-untyped-def]
    window = threaded_window
    assert [page.objectName() for page in window.pages] == [
        "portfolioTab",
        "calendarTab",
        "proposalsTab",
        "incidentsTab",
        "dashboardTab",
    ]
    dialogs.confirm_answers = [False]  # were it asked, the user would keep the window
    for page in window.pages:
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda page=page: _shows_its_data(page), timeout=LOAD_TIMEOUT_MS)
    # The Dashboard's health refresh may still be running: it asks nothing either.
    assert window.close()
    assert not window.isVisible()
    assert _confirms(dialogs) == []
    assert not window.context.tasks.busy


def test_closing_right_after_opening_the_dashboard_cancels_its_reads_without_asking(
    qtbot, threaded_window: MainWindow, dialogs: FakeDialogs
) -> None:  # type: ignore[no-untyped-def]
    window = threaded_window
    outcomes: list[str] = []
    dialogs.confirm_answers = [False]  # were it asked, the user would keep the window
    window.tabs.setCurrentWidget(window.page("dashboardTab"))
    # A read that is certainly still running at close, beside the Dashboard's own.
    reading = _start(window, outcomes, writes=False)
    assert window.context.tasks.busy
    assert not window.context.tasks.writing
    assert window.close()
    assert not window.isVisible()
    assert _confirms(dialogs) == []
    assert reading.done
    qtbot.waitUntil(lambda: outcomes == ["cancelled"], timeout=LOAD_TIMEOUT_MS)


def test_closing_while_a_write_runs_asks_and_no_keeps_the_window_and_the_write(
    qtbot, threaded_window: MainWindow, dialogs: FakeDialogs
) -> None:  # type: ignore[no-untyped-def]
    window = threaded_window
    outcomes: list[str] = []
    writing = _start(window, outcomes, writes=True)
    assert window.context.tasks.writing

    dialogs.confirm_answers = [False]
    assert not window.close()
    assert window.isVisible()
    (question,) = _confirms(dialogs)
    assert question[1] == "Work in progress"
    assert "nothing it was writing will be kept" in question[2]
    assert not writing.done, "answering No leaves the write running"
    assert window.context.workspace.store is not None

    dialogs.confirm_answers = [True]
    assert window.close()
    assert not window.isVisible()
    assert len(_confirms(dialogs)) == 2
    assert writing.done
    qtbot.waitUntil(lambda: outcomes == ["cancelled"], timeout=LOAD_TIMEOUT_MS)


def test_a_write_nobody_marked_asks_on_close(
    qtbot, threaded_window: MainWindow, dialogs: FakeDialogs
) -> None:  # type: ignore[no-untyped-def]
    window = threaded_window
    outcomes: list[str] = []
    window.context.tasks.run(
        _until_cancelled,
        on_finished=lambda _result: outcomes.append("finished"),
        on_failed=lambda error: outcomes.append(f"failed: {error}"),
        on_cancelled=lambda: outcomes.append("cancelled"),
    )
    dialogs.confirm_answers = [False]
    assert not window.close()
    assert len(_confirms(dialogs)) == 1
    assert window.isVisible()
    window.context.tasks.cancel_all()
    qtbot.waitUntil(lambda: outcomes == ["cancelled"], timeout=LOAD_TIMEOUT_MS)
