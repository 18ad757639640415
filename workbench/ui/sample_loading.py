"""Loading the sample portfolio from the window: in the background, with progress and cancel."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from workbench.services.changes import ChangeSet
from workbench.services.overview import portfolio_counts
from workbench.services.sample_portfolio import (
    DEFAULT_ACCOUNTS,
    SampleSummary,
    load_sample_portfolio,
)
from workbench.ui.common.failures import failure_text
from workbench.ui.common.progress import ProgressRun
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations

if TYPE_CHECKING:  # the services' argument; the window never makes one itself
    from workbench.services.progress import Progress
    from workbench.ui.operations import Session


def _load(accounts: int, session: Session, progress: Progress) -> tuple[SampleSummary, ChangeSet]:
    return load_sample_portfolio(session, accounts, progress)


class SampleLoader(QObject):
    sig_loaded = Signal(object)
    """Emitted with the ``SampleSummary`` once the sample is committed."""

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.context = context
        self.parent_widget = parent_widget
        self.operations = Operations(context)
        self.run = ProgressRun(context, parent_widget)

    def load(self, accounts: int = DEFAULT_ACCOUNTS) -> None:
        dialogs = self.context.dialogs
        # Whether the database is empty decides what happens next: a small read, made now.
        counts = self.operations.read_now(portfolio_counts)
        if counts is None:
            dialogs.warn(self.tr("No database"), self.tr("Open or create a database first."))
            return
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
            # One transaction, all or nothing; the sample keeps no history of its making.
            self.operations.changing(
                partial(_load, accounts),
                None,
            ),
            on_finished=self._finished,
            on_failed=self._failed,
            on_cancelled=self._cancelled,
            maximum=accounts,
        )

    def _finished(self, outcome: tuple[SampleSummary, ChangeSet]) -> None:
        self.sig_loaded.emit(self.operations.made(outcome))

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
