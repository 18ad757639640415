from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings

from tests.ui.fakes import FakeDialogs
from workbench.app import build_main_window
from workbench.ui.clock import Clock
from workbench.ui.main_window import MainWindow

#: The windows in the tests stand on the sample portfolio's day, 09:00 in Madrid.
TEST_CLOCK = Clock(ZoneInfo("Europe/Madrid"), fixed=datetime(2026, 11, 26, 8, tzinfo=UTC))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def make_window(
    qtbot, settings: QSettings, dialogs: FakeDialogs
) -> Iterator[Callable[[Path], MainWindow]]:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make(path: Path) -> MainWindow:
        window = build_main_window(
            path, settings=settings, dialogs=dialogs, synchronous_tasks=True, clock=TEST_CLOCK
        )
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.context.workspace.close()


#: How long the real-thread-pool tests wait for a tab's data or a task's end.
POOL_TIMEOUT_MS = 30_000


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
    tasks.cancel_all(POOL_TIMEOUT_MS)
    assert tasks.wait_for_all(POOL_TIMEOUT_MS), "a task outlived its test"
    qtbot.waitUntil(lambda: not tasks.busy, timeout=POOL_TIMEOUT_MS)  # callbacks delivered
    window.close()
    window.context.workspace.close()
    window.deleteLater()
