"""Convergence: 5 laptops × 200 random offline edits — creations, field edits, deletions
of accounts and contacts — synced in random order with random interruptions (a push
whose answer is lost), end up equal to the server, and every field edit is either
applied on the server or listed as a conflict: none silently lost.
``WORKBENCH_SYNC_SEED`` picks another sequence.

The laptops are separate SQLite files synced in this process (the same code as
``workbench sync``) over HTTP with the real server process and PostgreSQL.
"""

from __future__ import annotations

import os
import random
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tests.server.conftest import DIRECTOR, RunningServer, new_account, password_for
from workbench.domain.enums import Tier
from workbench.services.sync import outbox, synchronize
from workbench.services.sync_client import ServerConnection
from workbench.store.database import Store, open_store
from workbench.store.models import Account, Contact

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
            elif roll < 0.40 and contacts:
                session.delete(rng.choice(contacts))
            elif roll < 0.45 and len(accounts) > 3:
                session.delete(rng.choice(accounts))
            elif roll < 0.75:
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


def _book(store: Store) -> dict[str, Any]:
    with store.session() as session:
        accounts = {
            str(a.uid): (a.name, a.tier.value, a.description, a.website)
            for a in session.scalars(sa.select(Account))
        }
        contacts = {
            str(c.uid): (str(c.account.uid), c.first_name, c.email)
            for c in session.scalars(sa.select(Contact))
        }
    return {"accounts": accounts, "contacts": contacts}


def _server_book(database_url: str) -> tuple[dict[str, Any], list[Any], list[Any]]:
    engine = sa.create_engine(database_url)
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
        changes = connection.execute(sa.text("SELECT record_uid, values FROM changes")).all()
        conflicts = connection.execute(
            sa.text("SELECT record_uid, field, yours_value FROM conflicts")
        ).all()
    engine.dispose()
    return {"accounts": accounts, "contacts": contacts}, changes, conflicts


def _difference(mine: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    found = []
    for kind in ("accounts", "contacts"):
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
        book, changes, conflicts = _server_book(server.database_url)
        assert len(book["accounts"]) > 5 and len(book["contacts"]) > 5
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
    lost = [edit for edit in edits if (edit[1], edit[2], edit[3]) not in applied | listed]
    assert edits and not lost, f"{len(lost)} of {len(edits)} edits neither applied nor listed"
    assert uuid.UUID(next(iter(book["accounts"])))
