"""The window on the sample portfolio, with its Calendar tab open: what the calendar's UI
tests start from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.ui.calendar.tab import CalendarTab
from workbench.ui.main_window import MainWindow


def open_calendar_tab(window: MainWindow) -> CalendarTab:
    page = next(p for p in window.pages if p.objectName() == "calendarTab")
    window.tabs.setCurrentWidget(page)
    assert isinstance(page, CalendarTab)
    return page


@pytest.fixture
def window(make_window: Callable[[Path], MainWindow], sample_db_path: Path) -> MainWindow:
    return make_window(sample_db_path)


@pytest.fixture
def tab(window: MainWindow) -> CalendarTab:
    return open_calendar_tab(window)
