"""The window's side of the team: whether this book is in a team and how its sync stands,
one whole sync as a background task runs it, and leaving the team.

What the status bar says comes from the book alone (:func:`team_status`), so it is right
offline too: the server and user of the last sync, when it ended, the changes made here
and not pushed yet, and the open conflicts the server listed then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from workbench.domain.enums import ChangeSource
from workbench.services.changes import ChangeSet
from workbench.services.progress import Progress
from workbench.services.sync import SyncReport, in_a_team, set_state, state
from workbench.services.sync_client import ServerConnection
from workbench.services.synchronize import synchronize
from workbench.store.models import FieldChange, Operation, SyncRecord, SyncState


@dataclass(frozen=True)
class Credentials:
    """Who syncs with which server; the password is never shown nor written in the book."""

    server: str
    user: str
    password: str = field(repr=False)
    device: str = "laptop"


@dataclass(frozen=True)
class TeamStatus:
    in_team: bool
    server: str | None = None
    user: str | None = None
    #: When the last whole sync ended (UTC), None before the first.
    synced_at: datetime | None = None
    #: The changes (operations) made here that the team has not had yet.
    waiting: int = 0
    #: The open conflicts the user may see, as the server listed them at the last sync.
    conflicts: int = 0


@dataclass(frozen=True)
class TeamSyncOutcome:
    report: SyncReport
    status: TeamStatus

    def changes(self) -> ChangeSet | None:
        """What the tabs must show again: the tables the sync took changes into."""
        return ChangeSet.of(*sorted(self.report.changed)) if self.report.changed else None


def waiting_changes(session: Session) -> int:
    pushed = int(state(session, "pushed_through", 0))
    return int(
        session.scalar(
            select(func.count(func.distinct(FieldChange.operation_id)))
            .join(Operation, Operation.id == FieldChange.operation_id)
            .where(FieldChange.id > pushed, Operation.source != ChangeSource.SYNC)
        )
        or 0
    )


def team_status(session: Session) -> TeamStatus:
    server, user = state(session, "server"), state(session, "user")
    if not (server and user):
        return TeamStatus(in_team=False)
    synced = state(session, "synced_at")
    return TeamStatus(
        in_team=in_a_team(session),
        server=str(server),
        user=str(user),
        synced_at=datetime.fromisoformat(synced) if synced else None,
        waiting=waiting_changes(session),
        conflicts=int(state(session, "open_conflicts", 0)),
    )


def sync_with_team(
    store: Any, credentials: Credentials, progress: Progress | None = None
) -> TeamSyncOutcome:
    """Log in to the team server and sync this book whole (the first time, it joins the
    team); remember the server and user, and when it ended with how many conflicts.
    Raises :class:`~workbench.services.sync_client.SyncError` when the server cannot be
    reached or refuses: what was done before stays, the rest waits for the next sync."""
    with ServerConnection(credentials.server) as server:
        server.hello()
        server.login(credentials.user, credentials.password, credentials.device)
        with store.transaction(ChangeSource.SYNC) as session:
            set_state(session, "server", server.url)
            set_state(session, "user", credentials.user)
        report = synchronize(store, server, progress)
        conflicts = len(server.conflicts())
    with store.transaction(ChangeSource.SYNC) as session:
        set_state(session, "synced_at", datetime.now(UTC).isoformat())
        set_state(session, "open_conflicts", conflicts)
        status = team_status(session)
    return TeamSyncOutcome(report, status)


def leave_team(session: Session) -> tuple[TeamStatus, ChangeSet]:
    """Keep this book as a solo copy: every record stays, the team's bookkeeping (server,
    cursor, versions) goes; joining again later uploads it like any solo book."""
    session.execute(delete(SyncRecord))
    session.execute(delete(SyncState))
    return TeamStatus(in_team=False), ChangeSet()
