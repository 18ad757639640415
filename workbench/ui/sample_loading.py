"""Loading the sample portfolio from the window: in the background, with progress and cancel."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from workbench.services.changes import ChangeSet
from workbench.services.overview import portfolio_counts
from workbench.services.progress import Progress
from workbench.services.sample_portfolio import (
    DEFAULT_ACCOUNTS,
    SampleSummary,
    generate_sample_portfolio,
)
from workbench.store.database import Store
from workbench.ui.common.failures import failure_text
from workbench.ui.common.progress import ProgressRun
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
        self.run = ProgressRun(context, parent_widget)

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
        self.run.start(
            self.tr("Sample portfolio"),
            self.tr("Creating the sample portfolio…"),
            partial(_generate, store, accounts),
            on_finished=self._finished,
            on_failed=self._failed,
            on_cancelled=self._cancelled,
            maximum=accounts,
        )

    def _finished(self, summary: SampleSummary) -> None:
        self.context.events.sig_data_changed.emit(ChangeSet.all())
        self.sig_loaded.emit(summary)

    def _failed(self, error: Exception) -> None:
        self.context.dialogs.error(
            self.tr("Sample portfolio"),
            self.tr(
                "The sample portfolio could not be created; nothing was written.\n\n{error}"
            ).format(error=failure_text(error)),
        )

    def _cancelled(self) -> None:
        self.context.dialogs.inform(
            self.tr("Sample portfolio"), self.tr("Cancelled: nothing was written.")
        )
