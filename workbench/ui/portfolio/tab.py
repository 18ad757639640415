"""Portfolio tab: the welcome view on an empty database, the book of accounts otherwise."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from workbench.services.changes import ChangeSet
from workbench.services.focus import Target
from workbench.services.overview import portfolio_counts
from workbench.services.portfolio import ACCOUNT_TABLES, PortfolioQuery
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations
from workbench.ui.portfolio.view import PortfolioView
from workbench.ui.welcome import WelcomePage


class PortfolioTab(QStackedWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operations = Operations(context)
        self.welcome = WelcomePage(self)
        self.view = PortfolioView(context, self)
        self.addWidget(self.welcome)
        self.addWidget(self.view)
        context.events.sig_data_changed.connect(self.on_data_changed)

    def on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*ACCOUNT_TABLES):
            self.choose_page()

    def open_target(self, target: Target) -> None:
        self.choose_page()
        self.view.reveal_account(target.record_id)

    def show_drill(self, query: PortfolioQuery) -> None:
        self.choose_page()
        self.view.filters.show_drill(query)

    def choose_page(self) -> None:
        workspace = self.context.workspace
        if workspace.store is None:
            self.welcome.show_problem(workspace.open_error or "")
            self.setCurrentWidget(self.welcome)
            return
        self.welcome.show_problem("")
        self.operations.query(
            lambda session: portfolio_counts(session).is_empty, on_done=self._show_page
        )

    def _show_page(self, empty: bool) -> None:
        self.setCurrentWidget(self.welcome if empty else self.view)
