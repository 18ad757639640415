"""Who may see and change which records of the book.

- A *director* sees every account.
- An *account manager* sees the accounts they own and those shared with them: an
  account's owner, and each colleague it is shared with (``account_shares``), is a
  colleague of the book, matched to a user by name (case-blind).
- An *assistant* sees the accounts assigned to them — shared with them, the same way —
  and never the pricing or profitability of what they see (:data:`HIDDEN_TABLES`,
  :data:`HIDDEN_FIELDS`).
- Only an account's owner or a director shares it (:func:`owns_account`).

A record belongs to the account its references lead to (:func:`account_uid_of`); records
that lead to no account (colleagues, products, settings) are the whole team's.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Table, func, select

from workbench.domain.team import Role
from workbench.server.models import book_tables
from workbench.server.row_security import limit_to, see_everything
from workbench.server.sessions import Member
from workbench.store.account_paths import account_path
from workbench.store.models import Account, AccountShare, Colleague

#: What an assistant never receives nor changes: proposals' pricing and profitability.
HIDDEN_TABLES = frozenset({"proposal_roi"})
HIDDEN_FIELDS: Mapping[str, frozenset[str]] = {
    "proposal_line_items": frozenset({"unit_price", "discount_pct", "tax_pct"}),
    "proposal_phases": frozenset({"amount"}),
    "revenue_records": frozenset({"cost"}),
    "products": frozenset({"unit_price"}),
}

_TABLES = {table.name: table for table in book_tables()}


def book_table(name: object) -> Table | None:
    """The book's table called *name*, if it is one that records have (a uid)."""
    table = _TABLES.get(name) if isinstance(name, str) else None
    return table if table is not None and "uid" in table.c else None


def account_uid_of(connection: Connection, table: Table, row: Mapping[str, Any]) -> str | None:
    """The uid of the account the record *row* of *table* belongs to, or None (team-wide)."""
    if table.name == "accounts":
        return str(row["uid"])
    path = account_path(table)
    if not path:
        return None
    value = row.get(path[0][0])
    for index, (_column, referred) in enumerate(path):
        if value is None:
            return None
        if index + 1 < len(path):
            value = connection.execute(
                select(referred.c[path[index + 1][0]]).where(referred.c.id == value)
            ).scalar_one_or_none()
        else:
            uid = connection.execute(
                select(referred.c.uid).where(referred.c.id == value)
            ).scalar_one_or_none()
            return None if uid is None else str(uid)
    return None


def visible_accounts(connection: Connection, member: Member) -> frozenset[str] | None:
    """The uids of the accounts *member* may see; None: every one."""
    if member.role is Role.DIRECTOR:
        return None
    me = func.lower(Colleague.name) == member.name.lower()
    owned = select(Account.uid).join(Colleague, Colleague.id == Account.owner_id).where(me)
    shared = (
        select(Account.uid)
        .join(AccountShare, AccountShare.account_id == Account.id)
        .join(Colleague, Colleague.id == AccountShare.colleague_id)
        .where(me)
    )
    return frozenset(str(uid) for uid in connection.execute(owned.union(shared)).scalars())


def scoped(connection: Connection, member: Member) -> frozenset[str] | None:
    """The uids of the accounts *member* may see (None: every one), with the rest of the
    connection's transaction limited to them by PostgreSQL itself (``row_security``)."""
    see_everything(connection)  # to read whose accounts are whose (a director's: all)
    visible = visible_accounts(connection, member)
    if visible is not None:
        limit_to(connection, visible)
    return visible


def owns_account(connection: Connection, member: Member, account_uid: str | None) -> bool:
    """Whether *member* may share the account: a director, or its owner."""
    if member.role is Role.DIRECTOR:
        return True
    if account_uid is None:
        return False
    name = connection.execute(
        select(Colleague.name)
        .join(Account, Account.owner_id == Colleague.id)
        .where(Account.uid == uuid.UUID(account_uid))
    ).scalar()
    return name is not None and str(name).lower() == member.name.lower()


def is_member(connection: Connection, member: Member, colleague_uid: object) -> bool:
    """Whether the book's colleague *colleague_uid* is *member* (matched by name)."""
    if not colleague_uid:
        return False
    name = connection.execute(
        select(Colleague.name).where(Colleague.uid == uuid.UUID(str(colleague_uid)))
    ).scalar()
    return name is not None and str(name).lower() == member.name.lower()


def would_own(connection: Connection, member: Member, owner_id: object) -> bool:
    """Whether an account owned by the colleague *owner_id* is *member*'s to see."""
    if member.role is Role.DIRECTOR:
        return True
    if owner_id is None:
        return False
    name = connection.execute(select(Colleague.name).where(Colleague.id == owner_id)).scalar()
    return name is not None and str(name).lower() == member.name.lower()


def may_see(visible: frozenset[str] | None, account_uid: str | None) -> bool:
    return visible is None or account_uid is None or account_uid in visible


def hidden_fields(member: Member, table_name: str) -> frozenset[str] | None:
    """The fields of *table_name* kept from *member*; None: the whole table."""
    if member.role is not Role.ASSISTANT:
        return frozenset()
    if table_name in HIDDEN_TABLES:
        return None
    return HIDDEN_FIELDS.get(table_name, frozenset())
