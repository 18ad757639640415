"""File → Undo last import…: delete what the last import created, put back what it changed.

The user confirms with what will be undone; the undo runs in one transaction in
the background and is refused, with the reason, when records were added to what
the import created since.
"""

from __future__ import annotations

from functools import partial
from pathlib import PureWindowsPath
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workbench.domain.enums import ChangeSource
from workbench.services.changes import ChangeSet
from workbench.services.import_write import TABLES, import_summary, undo_import
from workbench.ui.common.failures import failure_text
from workbench.ui.common.formatting import format_local_datetime
from workbench.ui.common.progress import ProgressRun
from workbench.ui.context import AppContext
from workbench.ui.data_import.labels import kind_title
from workbench.ui.operations import Operations

if TYPE_CHECKING:  # the services' argument; the window never makes one itself
    from workbench.ui.operations import Session


def _title() -> str:
    return QCoreApplication.translate("DataImport", "Undo last import")


def start_undo(context: AppContext, parent: QWidget) -> None:
    """Confirm, then undo the last import in the background."""
    if context.workspace.store is None:
        return
    operations = Operations(context)
    title = _title()
    # The question names what will be undone, so it waits for this small read.
    run = operations.read_now(import_summary)
    if run is None:
        context.dialogs.inform(
            title, QCoreApplication.translate("DataImport", "There is no import to undo.")
        )
        return
    # Paths written on Windows have backslashes: the name is after either.
    question = QCoreApplication.translate(
        "DataImport",
        "Undo the import of {kind} from {file} ({when})?\n\n"
        "Records it created, to be deleted: {created}\n"
        "Records it updated, to get their previous values back: {updated}",
    ).format(
        kind=kind_title(run.kind).lower() if run.kind in TABLES else run.kind,
        file=PureWindowsPath(run.source).name or run.source,
        when=format_local_datetime(run.imported_at),
        created=run.created,
        updated=run.updated,
    )
    if not context.dialogs.confirm(title, question):
        return
    ProgressRun(context, parent).start(
        title,
        QCoreApplication.translate("DataImport", "Undoing the last import…"),
        operations.changing(_undo, ChangeSource.UNDO),
        on_finished=partial(_undone, operations),
        on_failed=partial(_failed, context),
        on_cancelled=lambda: None,
    )


def _undo(session: Session, _progress: object) -> tuple[str, ChangeSet]:
    run, changes = undo_import(session)
    return run.kind, changes


def _undone(operations: Operations, outcome: tuple[str, ChangeSet]) -> None:
    operations.made(outcome)
    operations.context.dialogs.inform(
        _title(),
        QCoreApplication.translate("DataImport", "The last import is undone."),
    )


def _failed(context: AppContext, error: Exception) -> None:
    reason = failure_text(error)
    context.dialogs.warn(
        _title(),
        QCoreApplication.translate("DataImport", "{reason}\n\nNothing was changed.").format(
            reason=reason
        ),
    )
