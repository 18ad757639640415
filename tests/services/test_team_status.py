"""The team status the window shows, read from the book alone (so right offline), and
leaving the team."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from tests.server.laptops import draft
from workbench.domain.enums import ChangeSource
from workbench.services.accounts import create_account
from workbench.services.sync import set_state
from workbench.services.team_sync import leave_team, open_conflicts, team_status
from workbench.store.database import Store
from workbench.store.models import Account, SyncRecord, SyncState

TODAY = datetime(2026, 11, 26, tzinfo=UTC).date()


def _in_a_team(store: Store) -> None:
    with store.transaction(ChangeSource.SYNC) as session:
        set_state(session, "server", "https://team.example.com")
        set_state(session, "user", "Elena Vidal")
        set_state(session, "joined", True)
        set_state(session, "cursor", 7)
        set_state(session, "synced_at", "2026-11-26T07:58:00+00:00")
        listed = [{"id": n, "table": "accounts", "record": "x", "field": "name"} for n in (1, 2, 3)]
        set_state(session, "conflicts", listed)
        set_state(session, "resolutions", {"3": {"take": "mine", "value": None}})


def _new_account(store: Store, name: str, source: ChangeSource = ChangeSource.FORM) -> None:
    with store.transaction(source) as session:
        create_account(session, draft(name), TODAY)


def test_a_solo_book_is_in_no_team(store: Store) -> None:
    _new_account(store, "Hotel Sol")
    with store.session() as session:
        status = team_status(session)
    assert not status.in_team and status.server is None and status.waiting == 0


def test_the_changes_waiting_are_the_operations_made_here_since_the_last_push(
    store: Store,
) -> None:
    _in_a_team(store)
    _new_account(store, "Hotel Sol")  # one operation, many fields: one change
    _new_account(store, "Bodegas Rioja")
    _new_account(store, "Hotel Luna", ChangeSource.SYNC)  # what a sync brought: not ours
    with store.session() as session:
        status = team_status(session)
    assert status.in_team
    assert (status.server, status.user) == ("https://team.example.com", "Elena Vidal")
    assert status.synced_at == datetime(2026, 11, 26, 7, 58, tzinfo=UTC)
    assert status.waiting == 2
    assert status.conflicts == 2  # the third is settled here, waiting to go out


def test_leaving_the_team_keeps_every_record_and_forgets_the_teams_bookkeeping(
    store: Store,
) -> None:
    _in_a_team(store)
    _new_account(store, "Hotel Sol")
    with store.transaction(ChangeSource.SYNC) as session:
        uid = session.scalar(sa.select(Account.uid))
        session.add(SyncRecord(record_uid=str(uid), version=3, held={}))
    with store.transaction() as session:
        status, changes = leave_team(session)
    assert not status.in_team and not changes.tables
    with store.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(SyncState)) == 0
        assert session.scalar(sa.select(sa.func.count()).select_from(SyncRecord)) == 0
        assert session.scalars(sa.select(Account.name)).all() == ["Hotel Sol"]
        assert team_status(session).server is None


def test_a_conflict_with_an_odd_time_from_the_server_is_still_listed(store: Store) -> None:
    """The listed conflicts are the server's words: a time that is no time is left out
    of the entry, never a reason the conflicts cannot be shown."""
    _in_a_team(store)
    with store.transaction(ChangeSource.SYNC) as session:
        listed = [
            {"id": 4, "table": "accounts", "record": "x", "field": "name",
             "theirs_at": "yesterday", "yours_at": "2026-11-26T07:00:00+00:00"},
        ]  # fmt: skip
        set_state(session, "conflicts", listed)
    with store.session() as session:
        (conflict,) = open_conflicts(session)
    assert conflict.theirs_at is None
    assert conflict.yours_at == datetime(2026, 11, 26, 7, tzinfo=UTC)
