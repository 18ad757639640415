"""Working out the health history shows its progress in the Dashboard and can be stopped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import delete

from tests.ui.conftest import POOL_TIMEOUT_MS
from workbench.services import health
from workbench.store.models import HealthSnapshot
from workbench.ui.dashboard.tab import DashboardTab
from workbench.ui.main_window import MainWindow

TIMEOUT_MS = POOL_TIMEOUT_MS


def _dashboard(window: MainWindow) -> DashboardTab:
    page = window.page("dashboardTab")
    assert isinstance(page, DashboardTab)
    return page


def _forget_history(window: MainWindow) -> None:
    store = window.context.workspace.store
    assert store is not None
    with store.transaction() as session:
        session.execute(delete(HealthSnapshot))


def _stored_months(window: MainWindow) -> set[int]:
    store = window.context.workspace.store
    assert store is not None
    with store.session() as session:
        return health.stored_months(session)


def test_the_health_refresh_shows_its_steps_then_hides(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path
) -> None:
    window = make_window(sample_db_path)
    window.show()
    tab = _dashboard(window)
    window.tabs.setCurrentWidget(tab)
    _forget_history(window)
    seen: list[tuple[int, int, bool]] = []
    tab.health_progress.valueChanged.connect(
        lambda value: seen.append(
            (value, tab.health_progress.maximum(), tab.health_progress.isVisible())
        )
    )
    tab.refresh_health()
    steps = health.SCORING_STEPS + 1
    assert seen and all(maximum == steps and shown for _, maximum, shown in seen)
    assert seen[-1][0] == steps
    assert not tab.health_progress.isVisible() and not tab.health_cancel.isVisible()
    assert len(_stored_months(window)) == health.HISTORY_MONTHS + 1


def test_stopping_the_health_refresh_keeps_nothing_and_tries_again_later(
    qtbot, threaded_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = threaded_window
    tab = _dashboard(window)
    window.tabs.setCurrentWidget(tab)
    tasks = window.context.tasks

    def idle() -> bool:
        return (
            tab.data is not None
            and not tasks.busy
            and not tab.loading
            and not tab.health_stale
            and not tab.health_progress.isVisible()
        )

    # Opening loads the figures, works out the health history, then loads them again:
    # settled when idle twice in a row, with the callbacks queued meanwhile delivered.
    for _ in range(2):
        qtbot.waitUntil(idle, timeout=TIMEOUT_MS)
        qtbot.wait(300)
    qtbot.waitUntil(idle, timeout=TIMEOUT_MS)
    _forget_history(window)

    tab.refresh_health()
    assert tab.health_progress.isVisible() and tab.health_cancel.isVisible()
    tab.health_cancel.click()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=TIMEOUT_MS)
    assert not tab.health_progress.isVisible() and not tab.health_cancel.isVisible()
    assert _stored_months(window) == set()  # its transaction rolled back
    assert tab.health_stale  # the next load works the scores out again

    tab.reload()
    qtbot.waitUntil(
        lambda: len(_stored_months(window)) == health.HISTORY_MONTHS + 1, timeout=TIMEOUT_MS
    )
