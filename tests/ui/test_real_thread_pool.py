"""The window on the real thread pool, end to end: every tab loads, and closing asks only
about an unfinished write.

The rest of the UI suite runs tasks inline (``synchronous_tasks=True``) and so never
sees a task still running when the user acts; these tests do. Each waits for the pool
to drain before teardown, so no worker thread outlives its test.
"""

from __future__ import annotations

import time

from tests.ui.conftest import POOL_TIMEOUT_MS
from tests.ui.fakes import FakeDialogs
from tests.ui.page_data import shows_its_data
from workbench.services.progress import Progress
from workbench.ui.main_window import MainWindow
from workbench.ui.tasks import TaskHandle

LOAD_TIMEOUT_MS = POOL_TIMEOUT_MS


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
        qtbot.waitUntil(lambda page=page: shows_its_data(page), timeout=LOAD_TIMEOUT_MS)
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
