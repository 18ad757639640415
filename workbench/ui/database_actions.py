"""File-menu use cases: new, open, import a Workbench database, load the sample portfolio."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from workbench.locations import DB_FILE_NAME, default_database_path
from workbench.services.changes import ChangeSet
from workbench.services.database_copy import copy_database
from workbench.ui.common.failures import failure_text
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations
from workbench.ui.sample_loading import SampleLoader

_DB_FILTER = "Account Workbench database (*.sqlite *.db);;All files (*)"
from workbench.ui.preferences import SETTINGS_LAST_DATABASE  # noqa: E402 (app.py names it here)


class DatabaseActions(QObject):
    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.operations = Operations(context)
        self.sample_loader = SampleLoader(context, window)

        self.new_action = QAction(self.tr("&New database…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_database)
        self.open_action = QAction(self.tr("&Open database…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_database)
        self.import_action = QAction(self.tr("&Import a Workbench database…"), self)
        self.import_action.triggered.connect(self.import_database)
        self.sample_action = QAction(self.tr("Load &sample portfolio"), self)
        self.sample_action.triggered.connect(self.load_sample)

    def _directory(self) -> Path:
        store = self.context.workspace.store
        return store.path.parent if store else default_database_path().parent

    def switch_to(self, path: Path) -> bool:
        workspace = self.context.workspace
        if workspace.open(path):
            self.context.settings.setValue(SETTINGS_LAST_DATABASE, str(workspace.store.path))  # type: ignore[union-attr]
            return True
        self.context.dialogs.error(self.tr("Cannot open database"), workspace.open_error or "")
        return False

    def new_database(self) -> None:
        path = self.context.dialogs.choose_save_file(
            self.tr("New database"), self._directory() / DB_FILE_NAME, _DB_FILTER
        )
        if path is not None:
            self.switch_to(path if path.suffix else path.with_suffix(".sqlite"))

    def open_database(self) -> None:
        path = self.context.dialogs.choose_open_file(
            self.tr("Open database"), self._directory(), _DB_FILTER
        )
        if path is not None:
            self.switch_to(path)

    def load_sample(self) -> None:
        self.sample_loader.load()

    def import_database(self) -> None:
        if self.context.workspace.store is None:
            return
        source = self.context.dialogs.choose_open_file(
            self.tr("Import a Workbench database"), self._directory(), _DB_FILTER
        )
        if source is None:
            return
        # The copied database brings its own history: the copy is no operation of its own.
        self.context.tasks.run(
            self.operations.changing(
                lambda session, progress: copy_database(session, source, progress), None
            ),
            on_finished=self._imported,
            on_failed=self._import_failed,
        )

    def _imported(self, outcome: tuple[dict[str, int], ChangeSet]) -> None:
        counts = self.operations.made(outcome)
        self.context.dialogs.inform(
            self.tr("Import finished"),
            self.tr("Imported {accounts} accounts and {rows} rows in all.").format(
                accounts=counts.get("accounts", 0), rows=sum(counts.values())
            ),
        )

    def _import_failed(self, error: Exception) -> None:
        self.context.dialogs.error(
            self.tr("Import failed"),
            self.tr("Nothing was imported.\n\n{error}").format(error=failure_text(error)),
        )
