"""One whole sync of a laptop with the team server (``docs/SYNC.md``): the first one
joins the team — a new laptop reads the snapshot (:mod:`.sync_snapshot`), a book with
records of its own goes up once (:mod:`.team_join`) — then every one pushes the outbox
and pulls the feed to its end (:mod:`.sync`)."""

from __future__ import annotations

from typing import Any

from workbench.domain.enums import ChangeSource
from workbench.services.overview import mark_me
from workbench.services.progress import Progress
from workbench.services.sync import (
    SyncReport,
    apply_changes,
    book_is_empty,
    changed_tables,
    in_a_team,
    outbox,
    push_each,
    set_state,
    state,
    synced_tables,
    took_pushed,
)
from workbench.services.sync_snapshot import first_pull
from workbench.services.team_join import join_team


def synchronize(store: Any, server: Any, progress: Progress | None = None) -> SyncReport:
    """Push what changed here, then pull what changed there, until the feed's end.

    *server* is a logged-in :class:`~workbench.services.sync_client.ServerConnection`;
    *store* the laptop's. Each step commits on its own: an interrupted sync resumes
    where it stopped (a push resent is applied once; a pull resumes at its cursor), so
    *progress* may cancel it between steps (it reports the records come down so far).
    """
    step = progress.advance if progress is not None else (lambda _done, _total: None)
    with store.session() as session:
        first = not in_a_team(session)
        # A new laptop (or one whose first sync was cut short) reads the snapshot.
        new_laptop = first and (state(session, "snapshot") is not None or book_is_empty(session))
    joined = None
    snapshot = 0
    if new_laptop:
        snapshot = first_pull(store, server, lambda _table, received: step(received, 0))
        with store.transaction(ChangeSource.SYNC) as session:
            set_state(session, "joined", True)
    elif first:
        joined = join_team(store, server)
    with store.session() as session:
        box = outbox(session)
    step(0, 0)
    answers, forbidden = push_each(server, box.operations)
    with store.transaction(ChangeSource.SYNC) as session:
        report = took_pushed(session, box, answers)
    report.forbidden = [reason for _operation, reason in forbidden]
    report.pulled += snapshot
    if new_laptop or joined is not None:
        report.changed.update(table.name for table in synced_tables())
    if joined is not None:
        report.joined = joined
        report.pushed += joined.uploaded.pushed
        report.conflicts = joined.uploaded.conflicts + report.conflicts
        report.refused = joined.uploaded.refused + report.refused
    while True:
        step(report.pulled, 0)
        with store.session() as session:
            cursor = int(state(session, "cursor", 0))
        page = server.pull(cursor)
        changes = list(page.get("changes") or [])
        with store.transaction(ChangeSource.SYNC) as session:
            report.pulled += apply_changes(session, changes, report.kept_out)
            set_state(session, "cursor", int(page.get("cursor") or cursor))
            # The user signed in is "me" here: the focus list and "waiting on" are theirs.
            last = not page.get("more")
            if last and mark_me(session, str(state(session, "user") or "")):
                report.changed.add("colleagues")
        report.changed |= changed_tables(changes)
        if last:
            return report
