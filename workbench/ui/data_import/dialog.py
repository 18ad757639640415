"""File → Import data…: a file of accounts, contacts, opportunities… in three steps.

1. **File**: the file is read in the background; the dialog shows how (encoding,
   delimiter, line endings, size), the layout it recognised and the kind of record,
   each of which the user may correct.
2. **Columns**: the field each column fills, prefilled from the layout or from the
   mapping the user chose for a file with the same headers; the options for what
   the file lacks. The mapping is remembered when the user goes on.
3. **Preview**: the plan, worked out in the background (nothing written), row by
   row; the user chooses for probable duplicates and may save the problem report.
   **Import** writes it in one transaction, in the background: cancelled or failed,
   nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import ChangeSource
from workbench.i18n import translated
from workbench.io.delimited import ReadOptions, ReadProblem
from workbench.services.accounts import account_choices
from workbench.services.archive import is_archive
from workbench.services.changes import ChangeSet
from workbench.services.data_import import (
    FileRead,
    apply_plan,
    plan_read,
    read_file,
    write_problem_report,
)
from workbench.services.import_layouts import recognise
from workbench.services.import_plan import Action, ImportPlan
from workbench.services.import_write import ImportResult
from workbench.services.progress import Progress
from workbench.store.database import Store
from workbench.ui.common.failures import failure_text
from workbench.ui.common.progress import ProgressRun
from workbench.ui.context import AppContext
from workbench.ui.data_import.labels import import_text, kind_title
from workbench.ui.data_import.pages import ImportFilePage, ImportMappingPage, ImportPreviewPage
from workbench.ui.data_import.remembered import save_mapping, saved_mapping
from workbench.ui.operations import Operations
from workbench.ui.preferences import SETTINGS_COUNTRY

FILE, COLUMNS, PREVIEW = range(3)


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operations = Operations(context)
        self.store = store  # where it is: the folder a file is first looked for in
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import data"))
        self.path: Path | None = None
        self.read: FileRead | None = None
        self.plan: ImportPlan | None = None
        self.busy = False
        self._reading = 0  # which read is the latest; older results are dropped
        # The mapping page offers the accounts to file records under: read before it is made.
        accounts = self.operations.read_now(account_choices) or []
        self.account_names = dict(accounts)

        self.steps = [
            QLabel(text, self)
            for text in (self.tr("1  File"), self.tr("2  Columns"), self.tr("3  Preview"))
        ]
        self.file_page = ImportFilePage(self)
        self.mapping_page = ImportMappingPage(accounts, self)
        self.preview_page = ImportPreviewPage(self)
        remembered_country = context.settings.value(SETTINGS_COUNTRY)
        if isinstance(remembered_country, str):
            country = self.mapping_page.country
            country.setCurrentIndex(max(0, country.findData(remembered_country)))
        self.pages = QStackedWidget(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.pages.addWidget(page)

        self.back_button = QPushButton(self.tr("< Back"), self)
        self.back_button.setObjectName("importBack")
        self.next_button = QPushButton(self.tr("Next >"), self)
        self.next_button.setObjectName("importNext")
        self.next_button.setDefault(True)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("importCancel")
        for button in (self.back_button, self.cancel_button):
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)

        self.file_page.choose_button.clicked.connect(self.choose_file)
        self.file_page.sig_read_options_changed.connect(self.reread)
        self.file_page.kind.currentIndexChanged.connect(lambda _row: self.kind_chosen())
        self.mapping_page.sig_changed.connect(self._check_mapping)
        self.preview_page.model.dataChanged.connect(lambda *_args: self._show_counts())
        self.preview_page.report_button.clicked.connect(self.save_report)

        step_row = QHBoxLayout()
        for index, label in enumerate(self.steps):
            if index:
                step_row.addWidget(QLabel("›", self))
            step_row.addWidget(label)
        step_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(step_row)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(1180, 700)
        self._show_step(FILE)

    # --- steps --------------------------------------------------------------------------------
    def step(self) -> int:
        return self.pages.currentIndex()

    def _show_step(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        for index, label in enumerate(self.steps):
            font = label.font()
            font.setBold(index == step)
            label.setFont(font)
            label.setStyleSheet("" if index == step else "color: #64748b;")
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        step = self.step()
        self.back_button.setEnabled(step != FILE and not self.busy)
        self.next_button.setVisible(step != PREVIEW)
        self.import_button.setVisible(step == PREVIEW)
        if step == FILE:
            self.next_button.setEnabled(self.read is not None and not self.busy)
        elif step == COLUMNS:
            self.next_button.setEnabled(not self.mapping_page.problems() and not self.busy)
        plan = self.plan
        writes = plan is not None and (plan.count(Action.CREATE) + plan.count(Action.MERGE)) > 0
        self.import_button.setEnabled(writes and not self.busy)
        self.import_button.setDefault(step == PREVIEW)
        self.next_button.setDefault(step != PREVIEW)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.pages.setEnabled(not busy)
        self._enable_buttons()

    def go_back(self) -> None:
        if self.step() > FILE and not self.busy:
            self.plan = None
            self._show_step(self.step() - 1)

    def go_next(self) -> None:
        if self.busy:
            return
        if self.step() == FILE and self.read is not None:
            self._show_step(COLUMNS)
            self._check_mapping()
        elif self.step() == COLUMNS:
            problems = self.mapping_page.problems()
            self.mapping_page.show_problems(problems + self.mapping_page.hints())
            if not problems:
                self.start_planning()

    def reject(self) -> None:
        if not self.busy:  # a task's progress dialog is the way to stop it
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the mapping table's combos must not import or go on by accident.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.step() != FILE:
            return
        super().keyPressEvent(event)

    # --- 1. the file --------------------------------------------------------------------------
    def choose_file(self) -> bool:
        """Ask for a file and read it; ``False`` when the user chose none."""
        folder = self.path.parent if self.path else self.store.path.parent
        path = choose_import_file(self.context, folder)
        if path is None:
            return False
        self.load(path)
        return True

    def load(self, path: Path, options: ReadOptions | None = None) -> None:
        """Read *path* in the background (with the user's *options*) and show what it holds."""
        self.path = path
        self.read = None
        self._reading += 1
        reading = self._reading
        self.file_page.file_label.setText(str(path))
        self.file_page.detected.setText(self.tr("Reading…"))
        self._set_busy(True)
        self.context.tasks.run(
            partial(_read, path, options),
            on_finished=partial(self._read_done, reading),
            on_failed=partial(self._read_failed, reading),
            writes=False,
        )

    def reread(self) -> None:
        if self.path is not None:
            encoding, delimiter = self.file_page.read_options()
            self.load(self.path, ReadOptions(encoding, delimiter))

    def _read_done(self, reading: int, read: FileRead) -> None:
        if reading != self._reading:
            return
        self._set_busy(False)
        self.read = read
        saved = saved_mapping(self.context.settings, read.table.headers)
        kind = saved.kind if saved else read.kind
        if kind is not None:
            self.file_page.choose_kind(kind)
        self.file_page.show_table(str(self.path), read.table, read.layout)
        self._fill_mapping()
        self._show_step(FILE)

    def _read_failed(self, reading: int, error: Exception) -> None:
        if reading != self._reading:
            return
        self._set_busy(False)
        self.read = None
        if isinstance(error, ReadProblem):
            reason = translated(error)
        else:
            reason = self.tr("The file cannot be read: {error}").format(error=failure_text(error))
        self.file_page.show_problem(
            str(self.path), reason + "\n" + self.tr("Nothing was imported.")
        )
        self._show_step(FILE)

    def kind_chosen(self) -> None:
        if self.read is not None:
            self._fill_mapping()

    def _fill_mapping(self) -> None:
        """The mapping for the chosen kind: the user's own for these headers, else the
        recognised layout's, else a guess from the headers."""
        assert self.read is not None
        kind = self.file_page.chosen_kind()
        headers = self.read.table.headers
        saved = saved_mapping(self.context.settings, headers)
        recognised = recognise(headers, kind)
        remembered = saved is not None and saved.kind == kind
        mapping = saved.mapping if saved is not None and remembered else recognised.mapping
        self.file_page.show_layout(
            recognised.layout, remembered=remembered, guessed=bool(recognised.mapping)
        )
        self.read = FileRead(self.read.table, recognised.layout, kind, mapping)
        self.mapping_page.set_kind(kind)
        self.mapping_page.model.load(self.read.table, kind, mapping)
        self._check_mapping()

    # --- 2. the columns -----------------------------------------------------------------------
    def _check_mapping(self) -> None:
        if self.step() == COLUMNS:
            page = self.mapping_page
            page.show_problems(page.problems() + page.hints())
        self._enable_buttons()

    # --- 3. the preview -----------------------------------------------------------------------
    def start_planning(self) -> None:
        assert self.read is not None and self.path is not None
        kind = self.file_page.chosen_kind()
        mapping = self.mapping_page.model.mapping()
        options = self.mapping_page.options()
        settings = self.context.settings
        save_mapping(settings, self.read.table.headers, kind, mapping)
        settings.setValue(SETTINGS_COUNTRY, options.country)
        title = self.tr("Import data")
        self._set_busy(True)
        read, source = self.read, str(self.path)
        today = self.context.clock.today()
        ProgressRun(self.context, self).start(
            title,
            self.tr("Checking {rows} rows…").format(rows=len(read.table.rows)),
            self.operations.reading(
                lambda session, progress: plan_read(
                    session, read, kind, mapping, source, options, progress, today
                )
            ),
            on_finished=self._planned,
            on_failed=partial(self._task_failed, title),
            on_cancelled=lambda: self._set_busy(False),
            writes=False,  # the plan reads the file and the database; nothing is written yet
        )

    def _planned(self, plan: ImportPlan) -> None:
        assert self.read is not None
        self.plan = plan
        self.preview_page.only_problems.setChecked(False)
        self.preview_page.model.load(plan, self.read.table, self.account_names)
        self.preview_page.show_plan(plan)
        self._set_busy(False)
        self._show_step(PREVIEW)

    def _show_counts(self) -> None:
        if self.plan is not None:
            self.preview_page.show_plan(self.plan)
        self._enable_buttons()

    def _task_failed(self, title: str, error: Exception) -> None:
        self._set_busy(False)
        self.context.dialogs.error(
            title,
            self.tr("{error}\n\nNothing was written: the database is as it was.").format(
                error=failure_text(error)
            ),
        )

    def save_report(self) -> None:
        if self.plan is None or self.path is None:
            return
        title = self.tr("Save problem report")
        suggested = self.path.with_name(self.tr("{file} problems.csv").format(file=self.path.stem))
        target = self.context.dialogs.choose_save_file(
            title, suggested, self.tr("CSV files (*.csv)")
        )
        if target is None:
            return
        if target.suffix.lower() != ".csv":
            target = target.with_suffix(".csv")
        plan = self.plan
        ProgressRun(self.context, self).start(
            title,
            self.tr("Writing {file}…").format(file=target.name),
            lambda _progress: write_problem_report(target, plan, import_text),
            on_finished=lambda lines: self.context.dialogs.inform(
                title,
                self.tr("{count} problems written to {file}.").format(count=lines, file=target),
            ),
            on_failed=lambda error: self.context.dialogs.error(
                title,
                self.tr("{file} could not be written: {error}").format(
                    file=target.name, error=failure_text(error)
                ),
            ),
            on_cancelled=lambda: None,
        )

    def start_import(self) -> None:
        plan = self.plan
        if plan is None or self.busy:
            return
        title = self.tr("Import data")
        writes = plan.count(Action.CREATE) + plan.count(Action.MERGE)
        self._set_busy(True)
        ProgressRun(self.context, self).start(
            title,
            self.tr("Importing {rows} rows…").format(rows=writes),
            self.operations.changing(
                lambda session, progress: apply_plan(session, plan, progress),
                ChangeSource.IMPORT,
            ),
            on_finished=partial(self._imported, plan),
            on_failed=partial(self._task_failed, title),
            on_cancelled=self._import_cancelled,
        )

    def _import_cancelled(self) -> None:
        self._set_busy(False)
        self.context.dialogs.inform(
            self.tr("Import data"),
            self.tr("The import was cancelled. Nothing was written: the database is as it was."),
        )

    def _imported(self, plan: ImportPlan, outcome: tuple[ImportResult, ChangeSet]) -> None:
        self._set_busy(False)
        result = self.operations.made(outcome)
        self.context.dialogs.inform(self.tr("Import data"), result_text(plan.kind, result))
        self.accept()


def result_text(kind: str, result: ImportResult) -> str:
    """What an import did, for the message after it."""
    text = QCoreApplication.translate(
        "DataImport",
        "{kind}: {created} created, {updated} updated, {unchanged} already up to date, "
        "{skipped} skipped, {refused} refused.",
    ).format(
        kind=kind_title(kind),
        created=result.created,
        updated=result.updated,
        unchanged=result.unchanged,
        skipped=result.skipped,
        refused=result.refused,
    )
    if result.accounts_created:
        text += " " + QCoreApplication.translate(
            "DataImport", "{count} new accounts were created for them."
        ).format(count=result.accounts_created)
    return (
        text
        + "\n\n"
        + QCoreApplication.translate(
            "DataImport", "File → Undo last import… puts everything back as it was."
        )
    )


def _read(path: Path, options: ReadOptions | None, _progress: Progress) -> FileRead:
    return read_file(path, options)


def choose_import_file(context: AppContext, folder: Path) -> Path | None:
    return context.dialogs.choose_open_file(
        QCoreApplication.translate("ImportDialog", "Import data"),
        folder,
        QCoreApplication.translate(
            "ImportDialog",
            "CSV, Excel or archive files (*.csv *.txt *.tsv *.xlsx *.zip);;All files (*)",
        ),
    )


def start_import(
    context: AppContext,
    parent: QWidget,
    path: Path | None = None,
    restore_archive: Callable[[Path], None] | None = None,
) -> ImportDialog | None:
    """Ask for a file (unless given *path*) and open the import dialog on it; a
    whole-database archive goes to *restore_archive* instead."""
    store = context.workspace.store
    if store is None:
        return None
    path = path or choose_import_file(context, store.path.parent)
    if path is None:
        return None
    if restore_archive is not None and is_archive(path):
        restore_archive(path)
        return None
    dialog = ImportDialog(context, store, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.load(path)
    dialog.open()
    return dialog
