"""File → Export data…: every record of one kind to CSV or Excel, in the background."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout, QWidget

from workbench.services.archive import write_archive
from workbench.services.entity_export import export_entity
from workbench.services.export_kinds import KIND_TITLES, KINDS
from workbench.store.database import Store
from workbench.ui.common.failures import failure_text
from workbench.ui.common.problems import save_cancel
from workbench.ui.common.progress import ProgressRun
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export data"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("exportKind")
        for key in KINDS:
            self.kind.addItem(QCoreApplication.translate("export", KIND_TITLES[key]), key)
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV, UTF-8 (.csv)"), "csv")
        self.format.addItem(self.tr("The whole database, as a JSON archive (.zip)"), "archive")
        self.format.currentIndexChanged.connect(self._format_chosen)
        form = QFormLayout()
        form.addRow(self.tr("Records"), self.kind)
        form.addRow(self.tr("Format"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(save_cancel(self, self.accept))

    def _format_chosen(self) -> None:
        # An archive holds every kind of record: there is nothing to choose.
        self.kind.setEnabled(self.format.currentData() != "archive")


def start_export(context: AppContext, parent: QWidget) -> ExportDialog | None:
    store = context.workspace.store
    if store is None:
        return None
    dialog = ExportDialog(parent)
    dialog.accepted.connect(partial(_chosen, context, parent, dialog, store))
    dialog.open()
    return dialog


def _chosen(context: AppContext, parent: QWidget, dialog: ExportDialog, store: Store) -> None:
    kind, fmt = str(dialog.kind.currentData()), str(dialog.format.currentData())
    title = QCoreApplication.translate("DataExport", "Export data")
    if store.encrypted and not _plain_file_agreed(context, title):
        return
    if fmt == "archive":
        _export_archive(context, parent, store, title)
        return
    name_filter = (
        QCoreApplication.translate("DataExport", "Excel workbooks (*.xlsx)")
        if fmt == "xlsx"
        else QCoreApplication.translate("DataExport", "CSV files (*.csv)")
    )
    path = context.dialogs.choose_save_file(title, store.path.parent / f"{kind}.{fmt}", name_filter)
    if path is None:
        return
    if path.suffix.lower() != f".{fmt}":
        path = path.with_suffix(f".{fmt}")
    ProgressRun(context, parent).start(
        title,
        QCoreApplication.translate("DataExport", "Writing {file}…").format(file=path.name),
        Operations(context).reading(
            lambda session, progress: export_entity(session, kind, path, fmt, progress)
        ),
        on_finished=lambda count: context.dialogs.inform(
            title,
            QCoreApplication.translate("DataExport", "{count} records written to {file}.").format(
                count=count, file=path
            ),
        ),
        on_failed=lambda error: context.dialogs.error(
            title,
            QCoreApplication.translate("DataExport", "{file} could not be written: {error}").format(
                file=path.name, error=failure_text(error)
            ),
        ),
        on_cancelled=lambda: None,  # the write was abandoned; any previous file is intact
    )


def _plain_file_agreed(context: AppContext, title: str) -> bool:
    """Whether the user still wants an export of an encrypted database, once told that the
    file written is not encrypted."""
    return context.dialogs.confirm(
        title,
        QCoreApplication.translate(
            "DataExport",
            "The database is encrypted, but the exported file will not be: anyone who gets "
            "hold of it can read it. Keep it somewhere safe, and delete it when you no "
            "longer need it.\n\nWrite the file anyway?",
        ),
    )


def _export_archive(context: AppContext, parent: QWidget, store: Store, title: str) -> None:
    path = context.dialogs.choose_save_file(
        title,
        store.path.with_suffix(".zip"),
        QCoreApplication.translate("DataExport", "Archives (*.zip)"),
    )
    if path is None:
        return
    if path.suffix.lower() != ".zip":
        path = path.with_suffix(".zip")
    ProgressRun(context, parent).start(
        title,
        QCoreApplication.translate("DataExport", "Writing {file}…").format(file=path.name),
        partial(write_archive, store.path, path, passphrase=store.passphrase),
        on_finished=lambda summary: context.dialogs.inform(
            title,
            QCoreApplication.translate(
                "DataExport",
                "{count} records written to {file}. File → Import data… (or Restore from a "
                "backup…) puts them back, on this computer or another.",
            ).format(count=summary.rows, file=path),
        ),
        on_failed=lambda error: context.dialogs.error(
            title,
            QCoreApplication.translate("DataExport", "{file} could not be written: {error}").format(
                file=path.name,
                error=failure_text(error),
            ),
        ),
        on_cancelled=lambda: None,
    )
