"""The main window: a thin composer of tabs, menus and the status bar."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from workbench import APP_NAME, __version__
from workbench.services.focus import Target, TargetTab
from workbench.services.portfolio import PortfolioQuery
from workbench.store.database import Store
from workbench.ui.author_action import AuthorAction
from workbench.ui.backup_actions import BackupActions
from workbench.ui.colleagues_dialog import ColleaguesAction
from workbench.ui.context import AppContext
from workbench.ui.data_export import ExportDialog, start_export
from workbench.ui.data_import import ImportDialog, start_import, start_undo
from workbench.ui.database_actions import DatabaseActions
from workbench.ui.encryption_actions import EncryptionActions
from workbench.ui.language import LANGUAGES, SETTINGS_LANGUAGE, chosen_language
from workbench.ui.preferences import SETTINGS_GEOMETRY, SETTINGS_LAST_TAB, SETTINGS_STATE
from workbench.ui.search_dialog import GlobalSearch
from workbench.ui.team.team_actions import TeamActions

#: The tab (its object name) that shows each kind of record.
TARGET_TABS = {
    TargetTab.PORTFOLIO: "portfolioTab",
    TargetTab.CALENDAR: "calendarTab",
    TargetTab.PROPOSALS: "proposalsTab",
    TargetTab.INCIDENTS: "incidentsTab",
}


@dataclass(frozen=True)
class TabSpec:
    object_name: str
    title: str
    factory: Callable[[AppContext], QWidget]


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, tabs: Sequence[TabSpec]) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.pages: list[QWidget] = []
        for index, spec in enumerate(tabs):
            page = spec.factory(context)
            self.pages.append(page)
            page.setObjectName(spec.object_name)
            self.tabs.addTab(page, spec.title)
            self._add_tab_shortcut(index)
        self.setCentralWidget(self.tabs)

        self.database_actions = DatabaseActions(context, self)
        self.backup_actions = BackupActions(context, self)
        self.encryption_actions = EncryptionActions(context, self)
        self.team_actions = TeamActions(context, self)
        self.search: GlobalSearch | None = None
        self._build_menus()
        self.database_label = QLabel(self)
        self.database_label.setObjectName("databasePath")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.team_actions.indicator)

        self._connect_welcome()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        context.events.sig_database_opened.connect(self.show_database)
        context.events.sig_open_record.connect(self.open_record)
        context.events.sig_show_accounts.connect(self.show_accounts)
        context.workspace.sig_switched.connect(context.undo_stack.clear)
        self.show_database(context.workspace.store)
        self._restore_layout()
        self.tabs.currentChanged.connect(self._remember_tab)

    def _add_tab_shortcut(self, index: int) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.setData(index)
        action.triggered.connect(self._shortcut_to_tab)
        self.addAction(action)

    def _shortcut_to_tab(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.tabs.setCurrentIndex(int(action.data()))

    def _build_menus(self) -> None:
        actions = self.database_actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        for action in (actions.new_action, actions.open_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(actions.sample_action)
        file_menu.addAction(actions.import_action)
        file_menu.addSeparator()
        self.import_data_action = file_menu.addAction(self.tr("Import &data…"))
        self.import_data_action.setObjectName("importDataAction")
        self.import_data_action.triggered.connect(lambda: self.import_data())
        self.undo_import_action = file_menu.addAction(self.tr("Undo last i&mport…"))
        self.undo_import_action.setObjectName("undoImportAction")
        self.undo_import_action.triggered.connect(self.undo_last_import)
        export_action = file_menu.addAction(self.tr("&Export data…"))
        export_action.setObjectName("exportDataAction")
        export_action.triggered.connect(self.export_data)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_actions.backup_action)
        file_menu.addAction(self.backup_actions.restore_action)
        file_menu.addAction(self.backup_actions.offsite_action)
        file_menu.addSeparator()
        for action in self.encryption_actions.actions:
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in self.team_actions.actions:
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        # Edit → Undo acts on the window's history, or on the history of the editor that has
        # the keyboard (an editor with its own ``undo_stack``, like the proposal editor).
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.context.undo_stack)
        self.undo_group.setActiveStack(self.context.undo_stack)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.search_action = edit_menu.addAction(self.tr("&Find anything…"))
        self.search_action.setObjectName("globalSearchAction")
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.open_search)
        self.author_action = AuthorAction(self.context, self)
        edit_menu.addAction(self.author_action.action)
        self.colleagues_action = ColleaguesAction(self.context, self)
        edit_menu.addAction(self.colleagues_action.action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        language_menu = help_menu.addMenu(self.tr("&Language"))
        language_menu.setObjectName("languageMenu")
        current = chosen_language(self.context.settings)
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self.choose_language)
        help_menu.addSeparator()
        about = help_menu.addAction(self.tr("&About Account Workbench"))
        about.triggered.connect(self.show_about)

    def _connect_welcome(self) -> None:
        welcome = getattr(self.pages[0], "welcome", None)
        if welcome is not None:
            welcome.sig_load_sample.connect(self.database_actions.load_sample)
            welcome.sig_restore_backup.connect(self.database_actions.import_database)
            welcome.sig_open_database.connect(self.database_actions.open_database)

    def export_data(self) -> ExportDialog | None:
        return start_export(self.context, self)

    def import_data(self, path: Path | None = None) -> ImportDialog | None:
        """File → Import data…; a whole-database archive is restored instead."""
        return start_import(self.context, self, path, self.backup_actions.restore_file)

    def undo_last_import(self) -> None:
        start_undo(self.context, self)

    def open_search(self) -> GlobalSearch:
        """Ctrl+K: the one box that finds any record (made on first use)."""
        if self.search is None:
            self.search = GlobalSearch(self.context, self)
        self.search.open_search()
        return self.search

    def page(self, object_name: str) -> QWidget | None:
        return next((p for p in self.pages if p.objectName() == object_name), None)

    def open_record(self, target: Target) -> None:
        """Switch to the tab that holds *target* and show it there."""
        page = self.page(TARGET_TABS[target.tab])
        if page is not None and hasattr(page, "open_target"):
            self.tabs.setCurrentWidget(page)
            page.open_target(target)

    def show_accounts(self, query: PortfolioQuery) -> None:
        page = self.page("portfolioTab")
        if page is not None and hasattr(page, "show_drill"):
            self.tabs.setCurrentWidget(page)
            page.show_drill(query)

    def show_database(self, store: Store | None) -> None:
        if store is not None:
            self.database_label.setText(self.tr("Database: {path}").format(path=store.path))
            self.setWindowFilePath(str(store.path))
        else:
            self.database_label.setText(self.tr("No database open"))
        has_store = store is not None
        for action in (
            self.database_actions.sample_action,
            self.database_actions.import_action,
            self.import_data_action,
            self.undo_import_action,
        ):
            action.setEnabled(has_store)

    def choose_language(self, action: QAction) -> None:
        code = str(action.data())
        self.context.settings.setValue(SETTINGS_LANGUAGE, code)
        self.context.dialogs.inform(
            self.tr("Language"),
            self.tr(
                "The interface will be in {language} the next time Account Workbench starts."
            ).format(language=LANGUAGES[code]),
        )

    def show_about(self) -> None:
        store = self.context.workspace.store
        QMessageBox.about(
            self,
            self.tr("About Account Workbench"),
            self.tr(
                "<h3>Account Workbench {version}</h3>"
                "<p>The key-account manager's book of accounts: "
                "offline-first, instant, private.</p>"
                "<p>Database: {path}</p>"
            ).format(version=__version__, path=store.path if store else self.tr("none")),
        )

    # --- layout persistence ------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = self.context.settings
        geometry = settings.value(SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        state = settings.value(SETTINGS_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        last = settings.value(SETTINGS_LAST_TAB)
        for page in self.pages:
            if page.objectName() == last:
                self.tabs.setCurrentWidget(page)

    def _remember_tab(self, index: int) -> None:
        self.context.settings.setValue(SETTINGS_LAST_TAB, self.pages[index].objectName())

    def save_layout(self) -> None:
        settings = self.context.settings
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_STATE, self.saveState())
        settings.sync()

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Give Edit → Undo to the history of the editor the keyboard is in."""
        widget = new
        while widget is not None and not isinstance(
            getattr(widget, "undo_stack", None), QUndoStack
        ):
            widget = widget.parentWidget()
        stack = self.context.undo_stack if widget is None else widget.undo_stack  # type: ignore[attr-defined]
        if stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only an unfinished write asks: reads (and refreshes of derived figures) are
        # cancelled below without a word, since nothing the user asked for is lost.
        if self.context.tasks.writing and not self.context.dialogs.confirm(
            self.tr("Work in progress"),
            self.tr(
                "A background task is still running. Quit anyway? It will be cancelled and "
                "nothing it was writing will be kept."
            ),
        ):
            event.ignore()
            return
        for page in self.pages:
            about_to_close = getattr(page, "about_to_close", None)
            if about_to_close is not None:
                about_to_close()
        self.context.tasks.cancel_all()
        self.save_layout()
        store = self.context.workspace.store
        self.context.workspace.close()
        if store is not None:
            self.backup_actions.after_close(store.path, store.passphrase)
        super().closeEvent(event)
