from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.ui.fakes import FakeDialogs
from workbench.app import build_main_window
from workbench.ui.main_window import MainWindow


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
        window = build_main_window(path, settings=settings, dialogs=dialogs, synchronous_tasks=True)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.context.workspace.close()
