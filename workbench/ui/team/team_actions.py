"""File → Join a team server…, Sync now (Ctrl+Shift+Y) and Leave the team server, and the
status bar's indicator: the window's team, composed."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from workbench.ui.context import AppContext
from workbench.ui.team.sync_indicator import SyncIndicator
from workbench.ui.team.team_sync import SyncState, TeamSync


class TeamActions(QObject):
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.team = TeamSync(context, window)
        self.join_action = QAction(self.tr("&Join a team server…"), window)
        self.join_action.setObjectName("joinTeamAction")
        self.join_action.triggered.connect(self.team.join)
        self.sync_action = QAction(self.tr("S&ync now"), window)
        self.sync_action.setObjectName("syncNowAction")
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.sync_action.triggered.connect(self.team.sync_now)
        self.conflicts_action = QAction(self.tr("&Conflicts…"), window)
        self.conflicts_action.setObjectName("conflictsAction")
        self.conflicts_action.triggered.connect(self.team.show_conflicts)
        self.leave_action = QAction(self.tr("&Leave the team server…"), window)
        self.leave_action.setObjectName("leaveTeamAction")
        self.leave_action.triggered.connect(self.team.leave)
        self.actions = [
            self.join_action,
            self.sync_action,
            self.conflicts_action,
            self.leave_action,
        ]
        self.indicator = SyncIndicator(self.team, context.clock, window)
        self.context = context
        self.team.sig_changed.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        has_store = self.context.workspace.store is not None
        in_team = self.team.state is not SyncState.SOLO
        self.join_action.setEnabled(has_store and not in_team and not self.team.syncing)
        self.sync_action.setEnabled(has_store and in_team)
        self.conflicts_action.setEnabled(has_store and in_team)
        self.leave_action.setEnabled(has_store and in_team and not self.team.syncing)
