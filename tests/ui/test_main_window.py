"""The main window as a user meets it: on an empty database, on a sample, switching files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget
from sqlalchemy import func, select

from tests.ui.fakes import FakeDialogs
from workbench.store.models import Account
from workbench.ui.main_window import MainWindow

TAB_TITLES = ["Portfolio", "Calendar", "Proposals", "Incidents", "Dashboard"]


def tab_titles(window: MainWindow) -> list[str]:
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_empty_database_opens_on_the_welcome_view(
    make_window: Callable[[Path], MainWindow], db_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(db_path)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Account Workbench"
    assert tab_titles(window) == TAB_TITLES
    portfolio = window.tabs.widget(0)
    assert portfolio.currentWidget().objectName() == "welcomePage"
    assert window.findChild(QPushButton, "loadSampleButton").isVisible()
    assert str(db_path) in window.findChild(QLabel, "databasePath").text()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Help"]


def test_sample_database_shows_its_figures_on_every_tab(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path
) -> None:
    window = make_window(sample_db_path)
    portfolio = window.tabs.widget(0)
    assert portfolio.currentWidget() is portfolio.view
    assert portfolio.view.model.rowCount() == 40
    calendar = window.tabs.widget(1)
    assert calendar.upcoming.count() > 0  # the sample has meetings every week
    assert window.tabs.widget(2).list.model.rowCount() > 0  # and proposals
    assert window.tabs.widget(3).model.rowCount() > 0  # and open incidents
    window.show()
    window.tabs.setCurrentIndex(4)  # the Dashboard loads when it is first shown
    revenue = window.tabs.widget(4).tiles["revenue"].value.text()
    assert any(ch.isdigit() for ch in revenue), revenue


def test_loading_the_sample_from_the_welcome_view(
    make_window: Callable[[Path], MainWindow], db_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(db_path)
    window.show()
    button = window.findChild(QPushButton, "loadSampleButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    portfolio = window.tabs.widget(0)
    assert portfolio.currentWidget() is portfolio.view
    assert portfolio.view.count.text() == "40 of 40 accounts"
    store = window.context.workspace.store
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 40


def test_sample_is_not_mixed_into_a_database_with_accounts(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path, dialogs: FakeDialogs
) -> None:
    window = make_window(sample_db_path)
    window.database_actions.sample_action.trigger()
    assert dialogs.messages[-1][0] == "info"
    assert "only goes into an empty database" in dialogs.messages[-1][2]
    with window.context.workspace.store.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 40


def test_open_database_switches_files_and_remembers_it(
    make_window: Callable[[Path], MainWindow],
    db_path: Path,
    sample_db_path: Path,
    dialogs: FakeDialogs,
    settings: QSettings,
) -> None:
    window = make_window(db_path)
    dialogs.files.append(sample_db_path)
    window.database_actions.open_action.trigger()
    assert window.context.workspace.store.path == sample_db_path.resolve()
    assert str(sample_db_path) in window.findChild(QLabel, "databasePath").text()
    assert window.tabs.widget(0).currentWidget() is window.tabs.widget(0).view
    assert settings.value("database/last") == str(sample_db_path.resolve())


def test_new_database_starts_empty(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    tmp_path: Path,
    dialogs: FakeDialogs,
) -> None:
    window = make_window(sample_db_path)
    dialogs.files.append(tmp_path / "fresh")
    window.database_actions.new_action.trigger()
    assert window.context.workspace.store.path == (tmp_path / "fresh.sqlite").resolve()
    assert window.tabs.widget(0).currentWidget().objectName() == "welcomePage"


def test_a_database_from_a_newer_version_opens_the_window_with_an_explanation(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path
) -> None:
    import sqlite3

    with sqlite3.connect(sample_db_path) as db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    window = make_window(sample_db_path)
    assert window.context.workspace.store is None
    welcome = window.tabs.widget(0).welcome
    assert window.tabs.widget(0).currentWidget() is welcome
    assert "newer version of Account Workbench" in welcome.status.text()
    assert not welcome.load_sample_button.isEnabled()
    assert window.findChild(QLabel, "databasePath").text() == "No database open"


def test_opening_a_bad_file_keeps_the_current_database(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    tmp_path: Path,
    dialogs: FakeDialogs,
) -> None:
    window = make_window(sample_db_path)
    junk = tmp_path / "report.sqlite"
    junk.write_text("not a database at all", encoding="utf-8")
    dialogs.files.append(junk)
    window.database_actions.open_action.trigger()
    assert dialogs.messages[-1][:2] == ("error", "Cannot open database")
    assert window.context.workspace.store.path == sample_db_path.resolve()
    assert junk.read_text(encoding="utf-8") == "not a database at all"


def test_importing_a_workbench_database_into_an_empty_one(
    make_window: Callable[[Path], MainWindow],
    db_path: Path,
    sample_db_path: Path,
    dialogs: FakeDialogs,
) -> None:
    window = make_window(db_path)
    dialogs.files.append(sample_db_path)
    window.findChild(QPushButton, "restoreButton").click()
    assert dialogs.messages[-1][:2] == ("info", "Import finished")
    assert "Imported 40 accounts" in dialogs.messages[-1][2]
    assert window.tabs.widget(0).view.model.rowCount() == 40


def test_geometry_and_last_tab_are_restored(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    first = make_window(sample_db_path)
    first.resize(780, 560)  # within the offscreen screen (800×600)
    first.show()
    qtbot.waitExposed(first)
    height = first.height()
    first.tabs.setCurrentIndex(3)
    first.close()
    second = make_window(sample_db_path)
    assert second.tabs.currentWidget().objectName() == "incidentsTab"
    # The offscreen screen is 800 px wide, narrower than the Portfolio's minimum width,
    # so the height is what shows the geometry came back.
    assert second.height() == height == 560


def test_ctrl_digit_switches_tabs(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path
) -> None:
    window = make_window(sample_db_path)
    # The offscreen platform never makes a window active, so the shortcut is found by its
    # key sequence and triggered as Qt's shortcut map would.
    by_key = {action.shortcut().toString(): action for action in window.actions()}
    assert list(by_key) == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    by_key["Ctrl+5"].trigger()
    assert window.tabs.currentWidget().objectName() == "dashboardTab"
    by_key["Ctrl+2"].trigger()
    assert window.tabs.currentWidget().objectName() == "calendarTab"


def test_window_uses_the_remembered_database_when_none_is_given(
    qtbot,
    settings: QSettings,
    dialogs: FakeDialogs,  # type: ignore[no-untyped-def]
    sample_db_path: Path,
    tmp_path: Path,
) -> None:
    from workbench.app import build_main_window

    remembered = tmp_path / "remembered.sqlite"
    shutil.copy(sample_db_path, remembered)
    settings.setValue("database/last", str(remembered))
    window = build_main_window(None, settings=settings, dialogs=dialogs, synchronous_tasks=True)
    qtbot.addWidget(window)
    assert window.context.workspace.store.path == remembered.resolve()
    window.context.workspace.close()
