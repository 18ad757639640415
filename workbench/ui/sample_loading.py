"""Loading the sample portfolio from the window: in the background, with progress and cancel."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workbench.services.changes import ChangeSet
from workbench.services.overview import portfolio_counts
from workbench.services.progress import Progress
from workbench.services.sample_portfolio import (
    DEFAULT_ACCOUNTS,
    SampleSummary,
    generate_sample_portfolio,
)
from workbench.store.database import Store
from workbench.ui.context import AppContext


def _generate(store: Store, accounts: int, progress: Progress) -> SampleSummary:
    with store.engine.begin() as connection:  # one transaction: all or nothing
        return generate_sample_portfolio(connection, accounts=accounts, progress=progress)


class SampleLoader(QObject):
    sig_loaded = Signal(object)
    """Emitted with the ``SampleSummary`` once the sample is committed."""

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.context = context
        self.parent_widget = parent_widget
        self._dialog: QProgressDialog | None = None

    def load(self, accounts: int = DEFAULT_ACCOUNTS) -> None:
        store = self.context.workspace.store
        dialogs = self.context.dialogs
        if store is None:
            dialogs.warn(self.tr("No database"), self.tr("Open or create a database first."))
            return
        with store.session() as session:
            counts = portfolio_counts(session)
        if not counts.is_empty:
            dialogs.inform(
                self.tr("Sample portfolio"),
                self.tr(
                    "The sample portfolio only goes into an empty database, so it never mixes "
                    "with your accounts. Create one with File → New database, then load it there."
                ),
            )
            return
        self._dialog = QProgressDialog(
            self.tr("Creating the sample portfolio…"),
            self.tr("Cancel"),
            0,
            accounts,
            self.parent_widget,
        )
        self._dialog.setWindowTitle(self.tr("Sample portfolio"))
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(300)
        handle = self.context.tasks.run(
            partial(_generate, store, accounts),
            on_finished=self._finished,
            on_failed=self._failed,
            on_cancelled=self._cancelled,
            on_progress=self._progress,
        )
        if self._dialog is not None:
            self._dialog.canceled.connect(handle.cancel)

    def _progress(self, done: int, total: int, _message: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None

    def _finished(self, summary: SampleSummary) -> None:
        self._close_dialog()
        self.context.events.sig_data_changed.emit(ChangeSet.all())
        self.sig_loaded.emit(summary)

    def _failed(self, error: Exception) -> None:
        self._close_dialog()
        self.context.dialogs.error(
            self.tr("Sample portfolio"),
            self.tr(
                "The sample portfolio could not be created; nothing was written.\n\n{error}"
            ).format(error=error),
        )

    def _cancelled(self) -> None:
        self._close_dialog()
        self.context.dialogs.inform(
            self.tr("Sample portfolio"), self.tr("Cancelled: nothing was written.")
        )
