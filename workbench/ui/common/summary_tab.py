"""Base for a tab that, until its own screens land, says what it will do and counts
what the open database already holds for it — refreshed whenever data changes."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget
from sqlalchemy.orm import Session

from workbench.services.changes import ChangeSet
from workbench.ui.common.placeholder import PlaceholderPage
from workbench.ui.context import AppContext


class SummaryTab(QStackedWidget):
    #: Tables whose changes make this tab reload.
    watched_tables: tuple[str, ...] = ()

    def __init__(
        self, context: AppContext, title: str, promise: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.page = PlaceholderPage(title, promise, self)
        self.addWidget(self.page)
        context.events.sig_data_changed.connect(self.on_data_changed)

    def on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*self.watched_tables):
            self.reload()

    def reload(self) -> None:
        store = self.context.workspace.store
        if store is None:
            self.page.set_facts("")
            return
        with store.session() as session:
            self.page.set_facts(self.describe(session))

    def describe(self, session: Session) -> str:
        """One or two sentences about the open database, for this tab."""
        return ""
