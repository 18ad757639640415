"""Exports from the window on a full disk keep the previous file (issue 14, finding 7)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.io.test_atomic_exports import PREVIOUS, _only, full_disk  # noqa: F401 (fixture)
from tests.ui.fakes import FakeDialogs
from workbench.ui.calendar.tab import CalendarTab
from workbench.ui.main_window import MainWindow


@pytest.mark.faults
def test_a_calendar_export_on_a_full_disk_keeps_the_previous_file(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    full_disk: Path,  # noqa: F811
) -> None:
    window = make_window(sample_db_path)
    tab = window.page("calendarTab")
    assert isinstance(tab, CalendarTab)
    window.tabs.setCurrentWidget(tab)
    target = full_disk / "november.ics"
    target.write_bytes(PREVIOUS)
    dialogs.files.append(target)
    tab.export_button.click()
    assert dialogs.messages[-1][0] == "error"
    assert "november.ics could not be written" in dialogs.messages[-1][2]
    _only(full_disk, "november.ics")
