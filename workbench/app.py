"""The composition root: paths, logging, settings, the store and the window.

Nothing else in the code base wires objects together; tests call
:func:`build_main_window` to get the same window without an event loop.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
import tempfile
from functools import partial
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFontDatabase, QIcon, QUndoStack
from PySide6.QtWidgets import QApplication

from workbench import APP_NAME, ORG_NAME, __version__
from workbench.heap import (
    freeze_start_up_objects,
    share_heap_between_threads,
    stop_keeping_module_sources,
)
from workbench.io.atomic import atomic_path
from workbench.locations import log_directory, resolve_database_path, resources_dir
from workbench.services.changes import ChangeSet
from workbench.store.database import open_store
from workbench.ui.calendar.tab import CalendarTab
from workbench.ui.clock import Clock
from workbench.ui.context import AppContext
from workbench.ui.dashboard.tab import DashboardTab
from workbench.ui.dialogs import DialogService
from workbench.ui.events import AppEvents
from workbench.ui.first_paint import report_first_paint_if_asked
from workbench.ui.incidents.tab import IncidentsTab
from workbench.ui.language import chosen_language, install_language
from workbench.ui.main_window import MainWindow, TabSpec
from workbench.ui.portfolio.tab import PortfolioTab
from workbench.ui.preferences import SETTINGS_LAST_DATABASE
from workbench.ui.proposals.tab import ProposalsTab
from workbench.ui.tasks import TaskRunner
from workbench.ui.workspace import Workspace

log = logging.getLogger(__name__)


def tab_specs() -> list[TabSpec]:
    """The tabs, in order. Adding a tab is one line here and a package under ``ui/``."""
    return [
        TabSpec("portfolioTab", QApplication.translate("MainWindow", "Portfolio"), PortfolioTab),
        TabSpec("calendarTab", QApplication.translate("MainWindow", "Calendar"), CalendarTab),
        TabSpec("proposalsTab", QApplication.translate("MainWindow", "Proposals"), ProposalsTab),
        TabSpec("incidentsTab", QApplication.translate("MainWindow", "Incidents"), IncidentsTab),
        TabSpec("dashboardTab", QApplication.translate("MainWindow", "Dashboard"), DashboardTab),
    ]


def ensure_font() -> None:
    """Qt draws empty boxes, silently, on a machine without fonts: load Matplotlib's DejaVu Sans."""
    if QFontDatabase.families():
        return
    spec = importlib.util.find_spec("matplotlib")  # located, not imported: no start-up cost
    if spec is None or not spec.submodule_search_locations:
        return
    font = (
        Path(spec.submodule_search_locations[0]) / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"
    )
    if font.is_file():
        QFontDatabase.addApplicationFont(str(font))


def apply_look(app: QApplication) -> None:
    resources = resources_dir()
    sheet = (resources / "style.qss").read_text(encoding="utf-8")
    if app.styleSheet() != sheet:  # setting it re-polishes every widget: 0.2 s each time
        app.setStyleSheet(sheet)
    app.setWindowIcon(QIcon(str(resources / "icons" / "workbench.png")))


def build_main_window(
    db_path: str | os.PathLike[str] | None = None,
    *,
    settings: QSettings | None = None,
    dialogs: DialogService | None = None,
    synchronous_tasks: bool = False,
    clock: Clock | None = None,
) -> MainWindow:
    """The fully wired window on *db_path* (or the user's database), not yet shown.

    A database that cannot be opened does not stop the window: it opens on the
    welcome view, which says why and offers to open or create another.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create the QApplication first"
    ensure_font()
    apply_look(app)
    settings = settings if settings is not None else QSettings(ORG_NAME, APP_NAME)
    install_language(app, chosen_language(settings))
    events = AppEvents()
    share_heap_between_threads()  # before the pool's threads start: see workbench.heap
    stop_keeping_module_sources()
    tasks = TaskRunner(synchronous=synchronous_tasks)
    dialogs = dialogs if dialogs is not None else DialogService()
    # The window waits a moment, not the command line's 15 s, while another process swaps
    # the file (a restore from the command line): then it says why it could not open it.
    workspace = Workspace(events, partial(open_store, lock_timeout=2.0), dialogs.ask_passphrase)
    undo_stack = QUndoStack()
    context = AppContext(events, tasks, dialogs, settings, workspace, undo_stack, clock or Clock())
    window = MainWindow(context, tab_specs())
    for owned in (events, tasks, workspace, undo_stack):
        owned.setParent(window)
    if dialogs.parent is None:
        dialogs.parent = window
    remembered = settings.value(SETTINGS_LAST_DATABASE)
    path = resolve_database_path(db_path, remembered if isinstance(remembered, str) else None)
    if workspace.open(path):
        settings.setValue(SETTINGS_LAST_DATABASE, str(path))
    else:
        events.sig_data_changed.emit(ChangeSet.all())
    return window


def configure_logging() -> None:
    directory = log_directory()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            directory / "workbench.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def run_gui(db_path: str | None = None) -> int:
    configure_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    window = build_main_window(db_path)
    report_first_paint_if_asked(window)
    window.show()
    QTimer.singleShot(0, freeze_start_up_objects)  # once shown: see workbench.heap
    log.info("Account Workbench %s started", __version__)
    return app.exec()


def save_screenshot(
    db_path: Path, tab: str, size: tuple[int, int], output: Path, view: str | None = None
) -> None:
    """Render the window on *db_path*, showing *tab*, to a PNG; settings are not touched."""
    os.environ.setdefault(
        "QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb"
    )
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="workbench-shot-") as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(db_path, settings=settings, synchronous_tasks=True)
        window.resize(*size)
        page = next(p for p in window.pages if p.objectName() == f"{tab}Tab")
        window.tabs.setCurrentWidget(page)
        window.show()
        app.processEvents()
        show_for_screenshot = getattr(page, "show_for_screenshot", None)
        if show_for_screenshot is not None:
            show_for_screenshot(view)
            app.processEvents()
        output.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(output) as partial:
            # The format from the target's name: the temporary file's is ".partial".
            if not window.grab().save(str(partial), output.suffix.lstrip(".").upper() or "PNG"):
                raise OSError(f"could not write {output}")
        window.close()
