"""The status bar's word on the team: "Synced 2 min ago", "Offline — 12 changes waiting",
"Syncing…", "3 conflicts", "Sign in to sync". A click opens the conflicts when there are
some, else syncs now (signing in first when needed); hidden while the book is not in a
team."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QToolButton, QWidget

from workbench.ui.clock import Clock
from workbench.ui.team.team_sync import SyncState, TeamSync

# How often "n min ago" is written again.
_TICK_MS = 30_000
_COLOURS = {
    SyncState.OFFLINE: "#b45309",  # amber: a reminder, not an error
    SyncState.SIGNED_OUT: "#b45309",
    SyncState.FAILED: "#b91c1c",
}


class SyncIndicator(QToolButton):
    def __init__(self, team: TeamSync, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.team = team
        self.clock = clock
        self.clicked.connect(team.indicator_clicked)
        team.sig_changed.connect(self.show_state)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.show_state)
        self._tick.start(_TICK_MS)
        self.show_state()

    def show_state(self) -> None:
        team, status = self.team, self.team.status
        self.setVisible(team.state is not SyncState.SOLO)
        waiting = status.waiting
        if team.state is SyncState.SYNCING:
            text = self.tr("Syncing…")
        elif team.state is SyncState.OFFLINE:
            text = self.tr("Offline — %n change(s) waiting", "", waiting)
        elif team.state is SyncState.SIGNED_OUT:
            text = self.tr("Sign in to sync")
        elif team.state is SyncState.FAILED:
            text = self.tr("Sync failed")
        elif status.conflicts:
            text = self.tr("%n conflict(s)", "", status.conflicts)
        else:
            text = self.tr("Synced {when}").format(when=self._ago(status.synced_at))
            if waiting:
                text += " · " + self.tr("%n change(s) waiting", "", waiting)
        self.setText(text)
        colour = _COLOURS.get(team.state)
        if team.state is SyncState.SYNCED and status.conflicts:
            colour = _COLOURS[SyncState.FAILED]  # they wait for the user
        self.setStyleSheet(f"color: {colour};" if colour else "")
        tip = self.tr("Team server: {server}, as {user}. Click to sync now.").format(
            server=status.server or "—", user=status.user or "—"
        )
        self.setToolTip(f"{team.problem}\n\n{tip}" if team.problem else tip)
        self.setAccessibleName(text)

    def _ago(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("never")
        seconds = (self.clock.now().astimezone(UTC) - moment.astimezone(UTC)).total_seconds()
        minutes = int(max(0.0, seconds) // 60)
        if minutes < 1:
            return self.tr("just now")
        if minutes < 60:
            return self.tr("%n min ago", "", minutes)
        hours = minutes // 60
        if hours < 24:
            return self.tr("%n h ago", "", hours)
        return self.tr("on {day}").format(day=moment.astimezone(self.clock.zone).strftime("%d/%m"))
