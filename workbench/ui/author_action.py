"""Edit → "Your name in the history…": the name the field history and each record's
``updated_by`` give the changes made on this database (the "author" setting)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from workbench.store.authorship import default_author
from workbench.ui.context import AppContext
from workbench.ui.figure_settings import change_settings, current_settings


class AuthorAction(QObject):
    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.action = QAction(self.tr("Your &name in the history…"), self)
        self.action.setObjectName("authorNameAction")
        self.action.setToolTip(self.tr("The name your changes carry in each record's history."))
        self.action.triggered.connect(self.edit)

    def edit(self) -> None:
        store = self.context.workspace.store
        if store is None:
            return
        settings = current_settings(self.context)
        now = settings.author or store.author or default_author()
        name = self.context.dialogs.ask_text(
            self.tr("Your name in the history"),
            self.tr("The name your changes on this database carry in its history:"),
            now,
        )
        if name is None or name == now:
            return
        change_settings(
            self.context,
            replace(settings, author=name),
            self.tr("Change your name to {name}").format(name=name),
        )
