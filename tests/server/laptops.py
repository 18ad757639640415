"""Laptops for the team server's tests: SQLite books made, edited, read back and synced
with ``workbench sync`` as a user types it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tests.server.conftest import DIRECTOR, RunningServer, password_for, workbench
from workbench.domain.enums import AccountStatus, ActionStatus, Sector, Team, Tier
from workbench.services.accounts import AccountDraft, account_draft, create_account, update_account
from workbench.store.database import open_store
from workbench.store.models import Account, ActionItem, Colleague, Contact

TODAY = date(2026, 12, 2)


def new_laptop(path: Path) -> Path:
    open_store(path).close()
    return path


def sync(db: Path, server: RunningServer, user: str = DIRECTOR) -> str:
    done = workbench(
        "sync", "--db", str(db), "--server", server.url, "--user", user, password=password_for(user)
    )
    assert done.returncode == 0, done.stderr + server.log_tail()
    return done.stdout


def add_user(server: RunningServer, name: str, role: str) -> None:
    added = workbench(
        "server", "user", "add", name, "--role", role,
        "--database-url", server.database_url, password=password_for(name),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr


def draft(name: str, owner_id: int | None = None) -> AccountDraft:
    return AccountDraft(
        name=name,
        sector=Sector.LOGISTICS,
        tier=Tier.KEY,
        status=AccountStatus.ACTIVE,
        country="ES",
        time_zone="Europe/Madrid",
        currency="EUR",
        owner_id=owner_id,
    )


def new_colleague(
    session: Session, name: str | None, team: Team = Team.ACCOUNT_MANAGEMENT
) -> int | None:
    """A colleague called *name* (an account's owner) added to the book; its id."""
    if name is None:
        return None
    colleague = Colleague(name=name, team=team)
    session.add(colleague)
    session.flush()
    return colleague.id


def add_account(db: Path, name: str, owner: str | None = None) -> str:
    store = open_store(db)
    try:
        with store.transaction() as session:
            owner_id = new_colleague(session, owner)
            account_id, _ = create_account(session, draft(name, owner_id), TODAY)
            session.add(
                Contact(account_id=account_id, first_name="Ana", last_name="Gil", email="ana@x.es")
            )
            session.flush()
            return str(session.get_one(Account, account_id).uid)
    finally:
        store.close()


def edit(db: Path, name: str, **changes: object) -> None:
    store = open_store(db)
    try:
        with store.transaction() as session:
            account_id = session.scalar(sa.select(Account.id).where(Account.name == name))
            assert account_id is not None
            draft = replace(account_draft(session, account_id), **changes)
            update_account(session, account_id, draft, TODAY)
    finally:
        store.close()


def read_account(db: Path, name: str) -> dict[str, object] | None:
    store = open_store(db)
    try:
        with store.session() as session:
            account = session.scalar(sa.select(Account).where(Account.name == name))
            if account is None:
                return None
            contacts = session.scalars(
                sa.select(Contact.email).where(Contact.account_id == account.id)
            ).all()
            return {
                "uid": str(account.uid),
                "tier": account.tier,
                "website": account.website,
                "description": account.description,
                "contacts": sorted(contacts),
            }
    finally:
        store.close()


def delete_account(db: Path, name: str) -> None:
    store = open_store(db)
    try:
        with store.transaction() as session:
            session.execute(sa.delete(Account).where(Account.name == name))
    finally:
        store.close()


def ids_of(session: Session, account: str, colleague: str) -> tuple[int, int]:
    """The ids of the account and the colleague called so."""
    account_id = session.scalar(sa.select(Account.id).where(Account.name == account))
    colleague_id = session.scalar(sa.select(Colleague.id).where(Colleague.name == colleague))
    assert account_id is not None and colleague_id is not None
    return account_id, colleague_id


def hand_work(db: Path, account: str, title: str, to: str, due: date) -> None:
    """An open action item on *account* that the colleague *to* owes by *due*."""
    store = open_store(db)
    try:
        with store.transaction() as session:
            account_id, colleague_id = ids_of(session, account, to)
            session.add(
                ActionItem(
                    account_id=account_id,
                    title=title,
                    owner_colleague_id=colleague_id,
                    due_on=due,
                    status=ActionStatus.OPEN,
                )
            )
    finally:
        store.close()
