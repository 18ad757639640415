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
