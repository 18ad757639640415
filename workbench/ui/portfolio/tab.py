"""Portfolio tab: the welcome view on an empty database, the book of accounts otherwise."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from workbench.services.overview import portfolio_counts
from workbench.ui.common.summary_tab import SummaryTab
from workbench.ui.context import AppContext
from workbench.ui.welcome import WelcomePage


class PortfolioTab(SummaryTab):
    watched_tables = ("accounts", "contacts", "incidents", "meetings", "proposals")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Portfolio"),
            self.tr(
                "Every account at a glance: revenue and growth, NPS, health score, next "
                "meeting, next renewal and open incidents, filterable as you type, with the "
                "account's detail and KPI charts beside it."
            ),
            parent,
        )
        self.welcome = WelcomePage(self)
        self.addWidget(self.welcome)

    def reload(self) -> None:
        super().reload()
        workspace = self.context.workspace
        store = workspace.store
        if store is None:
            self.welcome.show_problem(workspace.open_error or "")
            self.setCurrentWidget(self.welcome)
            return
        self.welcome.show_problem("")
        with store.session() as session:
            empty = portfolio_counts(session).is_empty
        self.setCurrentWidget(self.welcome if empty else self.page)

    def describe(self, session: Session) -> str:
        counts = portfolio_counts(session)
        return self.tr(
            "This database holds {accounts} active accounts ({archived} archived), {contacts} "
            "contacts and {incidents} open incidents."
        ).format(
            accounts=counts.accounts,
            archived=counts.archived_accounts,
            contacts=counts.contacts,
            incidents=counts.open_incidents,
        )
