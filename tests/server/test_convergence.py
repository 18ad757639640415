"""Convergence: 5 laptops × 200 random offline edits — creations, field edits, deletions
of accounts, contacts, meetings, incidents and proposals — synced in random order with
random interruptions (a push whose answer is lost), end up equal to the server, and
every field edit is either applied on the server, listed as a conflict, or — an edit of
a record the server never had, its creation refused because its account was deleted
meanwhile — refused and named to its laptop: none silently lost. Each laptop joins the
team before its first edit (a book joining later goes up as it is then: ``test_team_join``).
``WORKBENCH_SYNC_SEED`` picks another sequence.

The laptops are separate SQLite files synced in this process (the same code as
``workbench sync``) over HTTP with the real server process and PostgreSQL."""

from __future__ import annotations

import os
import random
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tests.server.cluster import as_superuser
from tests.server.conftest import DIRECTOR, RunningServer, new_account, password_for
from workbench.domain.enums import IncidentCategory, MeetingKind, MeetingMode, Severity, Tier
from workbench.services.sync import outbox
from workbench.services.sync_client import ServerConnection
from workbench.services.synchronize import synchronize
from workbench.store.database import Store, open_store
from workbench.store.models import Account, Contact, Incident, Meeting, Proposal

LAPTOPS = 5
EDITS = 200
SEED = int(os.environ.get("WORKBENCH_SYNC_SEED", "20261202"))


class Laptop:
    def __init__(self, index: int, folder: Path, server: RunningServer) -> None:
        self.index = index
        self.store: Store = open_store(folder / f"laptop{index}.sqlite")
        self.connection = ServerConnection(server.url)
        self.connection.login(DIRECTOR, password_for(DIRECTOR), f"laptop {index}")
        self.created = 0

    def close(self) -> None:
        self.connection.close()
        self.store.close()

    def sync(self, rng: random.Random) -> None:
        roll = rng.random()
        if roll < 0.15:
            # Interrupted: the push went through, its answer was lost.
            with self.store.session() as session:
                box = outbox(session)
            if box.operations:
                self.connection.push(box.operations)
            return
        synchronize(self.store, self.connection)

    def edit(self, rng: random.Random, edits: list[tuple[str, str, str, Any]]) -> None:
        with self.store.transaction() as session:
            accounts = session.scalars(sa.select(Account)).all()
            contacts = session.scalars(sa.select(Contact)).all()
            roll = rng.random()
            if roll < 0.15 or not accounts:
                self.created += 1
                session.add(new_account(f"Account {self.index}-{self.created}"))
            elif roll < 0.30:
                self.created += 1
                session.add(
                    Contact(
                        account_id=rng.choice(accounts).id,
                        first_name=f"Ana {self.index}-{self.created}",
                        last_name="Gil",
                    )
                )
            elif roll < 0.36:
                self.created += 1
                kind = rng.choice(list(_RECORDS))
                session.add(
                    _RECORDS[kind](rng.choice(accounts).id, f"{kind} {self.index}-{self.created}")
                )
            elif roll < 0.40 and contacts:
                session.delete(rng.choice(contacts))
            elif roll < 0.44 and (records := _records(session)):
                session.delete(rng.choice(records))
            elif roll < 0.47 and len(accounts) > 3:
                session.delete(rng.choice(accounts))
            elif roll < 0.62 and (records := _records(session)):
                record = rng.choice(records)
                value = f"title {self.index}-{rng.randrange(1000)}"
                record.title = value
                edits.append((record.__tablename__, str(record.uid), "title", value))
            elif roll < 0.80:
                account = rng.choice(accounts)
                name, value = rng.choice(
                    [
                        ("description", f"note {self.index}-{rng.randrange(1000)}"),
                        ("tier", rng.choice(list(Tier)).value),
                        ("website", f"https://w{rng.randrange(5)}.es"),
                    ]
                )
                setattr(account, name, value if name != "tier" else Tier(value))
                edits.append(("accounts", str(account.uid), name, value))
            elif contacts:
                contact = rng.choice(contacts)
                value = f"c{self.index}-{rng.randrange(1000)}@x.es"
                contact.email = value
                edits.append(("contacts", str(contact.uid), "email", value))


_WHEN = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
#: Records under an account the laptops create, retitle and delete, with their factory.
_RECORDS = {
    "meetings": lambda account_id, title: Meeting(
        account_id=account_id, title=title, kind=next(iter(MeetingKind)),
        mode=next(iter(MeetingMode)), starts_at=_WHEN, ends_at=_WHEN + timedelta(hours=1),
        time_zone="Europe/Madrid",
    ),
    "incidents": lambda account_id, title: Incident(
        account_id=account_id, title=title, category=next(iter(IncidentCategory)),
        severity=next(iter(Severity)), reported_at=_WHEN,
    ),
    "proposals": lambda account_id, title: Proposal(account_id=account_id, title=title),
}  # fmt: skip


def _records(session: Any) -> list[Any]:
    return [
        record
        for model in (Meeting, Incident, Proposal)
        for record in session.scalars(sa.select(model)).all()
    ]


def _titled(connection: Any, table: str) -> dict[str, Any]:
    """uid → (its account's uid, title) of *table*'s records, from SQLite or PostgreSQL."""
    rows = connection.execute(
        sa.text(
            f"SELECT r.uid, a.uid, r.title FROM {table} r JOIN accounts a ON a.id = r.account_id"
        )
    )
    return {str(uuid.UUID(str(uid))): (str(uuid.UUID(str(a))), title) for uid, a, title in rows}


def _book(store: Store) -> dict[str, Any]:
    with store.session() as session:
        titled = {table: _titled(session, table) for table in _RECORDS}
        accounts = {
            str(a.uid): (a.name, a.tier.value, a.description, a.website)
            for a in session.scalars(sa.select(Account))
        }
        contacts = {
            str(c.uid): (str(c.account.uid), c.first_name, c.email)
            for c in session.scalars(sa.select(Contact))
        }
    return {"accounts": accounts, "contacts": contacts, **titled}


def _server_book(database_url: str) -> tuple[dict[str, Any], list[Any], list[Any], set[str]]:
    engine = sa.create_engine(as_superuser(database_url))
    with engine.connect() as connection:
        accounts = {
            str(uid): (name, tier, description, website)
            for uid, name, tier, description, website in connection.execute(
                sa.text("SELECT uid, name, tier, description, website FROM accounts")
            )
        }
        contacts = {
            str(uid): (str(account), first_name, email)
            for uid, account, first_name, email in connection.execute(
                sa.text(
                    "SELECT c.uid, a.uid, c.first_name, c.email FROM contacts c "
                    "JOIN accounts a ON a.id = c.account_id"
                )
            )
        }
        titled = {table: _titled(connection, table) for table in _RECORDS}
        changes = connection.execute(sa.text("SELECT record_uid, values FROM changes")).all()
        conflicts = connection.execute(
            sa.text("SELECT record_uid, field, yours_value FROM conflicts")
        ).all()
        refused = set(
            connection.execute(
                sa.text("SELECT record_uid FROM audit_entries WHERE outcome = 'refused'")
            ).scalars()
        )
    engine.dispose()
    return {"accounts": accounts, "contacts": contacts, **titled}, changes, conflicts, refused


def _difference(mine: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    found = []
    for kind in mine:
        for uid in sorted(set(mine[kind]) | set(theirs[kind])):
            if mine[kind].get(uid) != theirs[kind].get(uid):
                found.append(
                    f"{kind} {uid}: laptop {mine[kind].get(uid)} server {theirs[kind].get(uid)}"
                )
    return found


@pytest.mark.slow
def test_random_offline_edits_converge_and_none_is_silently_lost(
    server: RunningServer, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    laptops = [Laptop(i, tmp_path, server) for i in range(LAPTOPS)]
    edits: list[tuple[str, str, str, Any]] = []
    try:
        for laptop in laptops:  # each joins the team first; then its history is its outbox
            synchronize(laptop.store, laptop.connection)
        made = 0
        while made < EDITS * LAPTOPS:  # about EDITS on each laptop
            laptop = rng.choice(laptops)
            if rng.random() < 0.25:
                laptop.sync(rng)
            else:
                laptop.edit(rng, edits)
                made += 1
        for _ in range(2):  # every laptop syncs, twice round, uninterrupted
            for laptop in laptops:
                synchronize(laptop.store, laptop.connection)
        book, changes, conflicts, refused = _server_book(server.database_url)
        assert all(len(book[kind]) > 5 for kind in book), {k: len(v) for k, v in book.items()}
        for laptop in laptops:
            mine = _book(laptop.store)
            assert mine == book, f"laptop {laptop.index}: {_difference(mine, book)}"
    except Exception as error:
        time.sleep(1)  # the server writes its traceback after answering
        raise AssertionError(f"{error}\n{server.log_tail(3000)}") from error
    finally:
        for laptop in laptops:
            laptop.close()
    applied = {
        (str(uid), name, value) for uid, values in changes for name, value in (values or {}).items()
    }
    listed = {(str(uid), name, value) for uid, name, value in conflicts}
    # An edit of a record the server never had (created under an account deleted
    # meanwhile, its creation refused) is refused and named to its laptop.
    lost = [
        edit
        for edit in edits
        if (edit[1], edit[2], edit[3]) not in applied | listed and edit[1] not in refused
    ]
    assert edits and not lost, f"{len(lost)} of {len(edits)} edits neither applied nor listed"
    assert uuid.UUID(next(iter(book["accounts"])))
