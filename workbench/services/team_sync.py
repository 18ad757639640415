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
from uuid import UUID

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from workbench.domain.enums import ChangeSource
from workbench.services.changes import ChangeSet
from workbench.services.conflict_history import log_conflicts, moment_of
from workbench.services.history import record_names
from workbench.services.progress import Progress
from workbench.services.sync import SyncReport, in_a_team, set_state, state
from workbench.services.sync_client import ServerConnection, SyncError
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
class OpenConflict:
    """Two edits of one field the server could not merge, as the last sync listed it:
    the value both started from, the one the team has (*theirs*, who and when) and the
    one this laptop pushed (*yours*). ``field`` "*" is a deletion against an edit."""

    id: int
    table: str
    record: str
    label: str
    field: str
    base: Any
    theirs: Any
    theirs_by: str | None
    theirs_at: datetime | None
    yours: Any
    yours_at: datetime | None


#: How a conflict is settled: keep the value pushed here, take the team's, or a new one.
TAKES = ("mine", "theirs", "value")


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
        conflicts=len(open_conflicts(session)),
    )


def _labelled(session: Session, conflict: dict[str, Any]) -> dict[str, Any]:
    """*conflict* as the server listed it, with the name its record has here."""
    try:
        uid = UUID(str(conflict.get("record")))
    except ValueError:
        return {**conflict, "label": None}
    try:
        names = record_names(session, {uid: str(conflict.get("table"))})
    except KeyError:  # a table this version does not have
        names = {}
    return {**conflict, "label": names.get(uid)}


def open_conflicts(session: Session) -> list[OpenConflict]:
    """The conflicts the last sync listed, but those settled here since (they go to the
    server with the next sync)."""
    settled = state(session, "resolutions", {}) or {}
    return [
        OpenConflict(
            id=int(c["id"]),
            table=str(c.get("table")),
            record=str(c.get("record")),
            label=str(c.get("label") or c.get("record")),
            field=str(c.get("field")),
            base=c.get("base"),
            theirs=c.get("theirs"),
            theirs_by=c.get("theirs_by"),
            theirs_at=moment_of(c.get("theirs_at")),
            yours=c.get("yours"),
            yours_at=moment_of(c.get("yours_at")),
        )
        for c in state(session, "conflicts", []) or []
        if str(c.get("id")) not in settled
    ]


def resolve_conflict(
    session: Session, conflict_id: int, take: str, value: Any = None
) -> tuple[None, ChangeSet]:
    """Settle a conflict here: the choice waits in the book and goes to the server with
    the next sync (offline too); what it changes comes back with that sync."""
    if take not in TAKES:
        raise ValueError(f"take one of {', '.join(TAKES)}, not {take!r}")
    settled = dict(state(session, "resolutions", {}) or {})
    settled[str(conflict_id)] = {"take": take, "value": value if take == "value" else None}
    set_state(session, "resolutions", settled)
    return None, ChangeSet()


def _send_resolutions(store: Any, server: ServerConnection) -> None:
    """The conflicts settled here, sent; each forgotten once the server has it (or no
    longer has it open: settled on another laptop meanwhile)."""
    with store.session() as session:
        settled = dict(state(session, "resolutions", {}) or {})
    for conflict_id, choice in settled.items():
        try:
            server.resolve(int(conflict_id), choice["take"], choice.get("value"))
        except SyncError as error:
            # Settled elsewhere meanwhile (404, 409), or a value the field cannot take
            # (400): forgotten here; a conflict still open comes back in the list.
            if error.status not in (400, 404, 409):
                raise
        with store.transaction(ChangeSource.SYNC) as session:
            left = dict(state(session, "resolutions", {}) or {})
            left.pop(conflict_id, None)
            set_state(session, "resolutions", left)


def signed_in(store: Any, credentials: Credentials) -> ServerConnection:
    """A connection to the team server, its protocol checked and logged in; the server
    and user remembered in the book for the next sync. Closed again if that fails."""
    server = ServerConnection(credentials.server)
    try:
        server.hello()
        server.login(credentials.user, credentials.password, credentials.device)
    except Exception:
        server.close()
        raise
    with store.transaction(ChangeSource.SYNC) as session:
        set_state(session, "server", server.url)
        set_state(session, "user", credentials.user)
    return server


def sync_with_team(
    store: Any, credentials: Credentials, progress: Progress | None = None
) -> TeamSyncOutcome:
    """Log in to the team server and sync this book whole (the first time, it joins the
    team); remember the server and user, and when it ended with how many conflicts.
    Raises :class:`~workbench.services.sync_client.SyncError` when the server cannot be
    reached or refuses: what was done before stays, the rest waits for the next sync."""
    with store.session() as session:
        since = str(state(session, "settled_since", "") or "")
    with signed_in(store, credentials) as server:
        _send_resolutions(store, server)
        report = synchronize(store, server, progress)
        conflicts = server.conflicts()
        settled = server.settled_conflicts(since)
    with store.transaction(ChangeSource.SYNC) as session:
        set_state(session, "synced_at", datetime.now(UTC).isoformat())
        listed = [_labelled(session, c) for c in conflicts]
        set_state(session, "conflicts", listed)
        settled_here = [_labelled(session, c) for c in settled.get("conflicts") or []]
        report.changed |= log_conflicts(session, listed + settled_here)
        set_state(session, "settled_since", settled.get("at") or since)
        status = team_status(session)
    return TeamSyncOutcome(report, status)


def leave_team(session: Session) -> tuple[TeamStatus, ChangeSet]:
    """Keep this book as a solo copy: every record stays, the team's bookkeeping (server,
    cursor, versions) goes; joining again later uploads it like any solo book."""
    session.execute(delete(SyncRecord))
    session.execute(delete(SyncState))
    return TeamStatus(in_team=False), ChangeSet()
