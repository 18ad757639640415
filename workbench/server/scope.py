"""Who may see and change which records of the book.

- A *director* sees every account.
- An *account manager* sees the accounts they are involved in (:data:`HOLDERS`): those
  they own, those shared with them (``account_shares``), and those where work is handed
  to them — an action item they owe, a meeting they are invited to, an incident they
  own or their internal team is called to (:data:`INCIDENT_TEAMS`). Each of these names
  a colleague of the book (or a team), matched to a user by name (case-blind).
- An *assistant* sees the accounts assigned to them — shared with them, or where work is
  handed to them, the same way — and never the pricing or profitability of what they see
  (:data:`HIDDEN_TABLES`, :data:`HIDDEN_FIELDS`).
- Only an account's owner or a director shares it (:func:`owns_account`); anyone who may
  change an account may hand work on it to a colleague, who then sees it.

A record belongs to the account its references lead to (:func:`account_uid_of`); records
that lead to no account (colleagues, products, settings) are the whole team's.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Select, Table, func, select, union

from workbench.domain.enums import Team
from workbench.domain.team import Role
from workbench.server.models import book_tables
from workbench.server.row_security import limit_to, see_everything
from workbench.server.sessions import Member
from workbench.store.account_paths import account_joins, account_path
from workbench.store.models import (
    Account,
    Colleague,
)

#: What an assistant never receives nor changes: proposals' pricing and profitability.
HIDDEN_TABLES = frozenset({"proposal_roi"})
HIDDEN_FIELDS: Mapping[str, frozenset[str]] = {
    "proposal_line_items": frozenset({"unit_price", "discount_pct", "tax_pct"}),
    "proposal_phases": frozenset({"amount"}),
    "revenue_records": frozenset({"cost"}),
    "products": frozenset({"unit_price"}),
}

#: The field of each table that involves a colleague in the record's account, and so puts
#: the account in their scope: its owner, a share, work handed to them. ``incident_teams``
#: names a team: every colleague of it (:data:`INCIDENT_TEAMS` only) is involved.
HOLDERS: Mapping[str, str] = {
    "accounts": "owner_id",
    "account_shares": "colleague_id",
    "action_items": "owner_colleague_id",
    "meeting_attendees": "colleague_id",
    "incidents": "owner_id",
    "incident_teams": "team",
}
#: The holders that name a team rather than a colleague.
TEAM_HOLDERS = frozenset({"incident_teams"})
#: The internal teams whose people see the accounts of the incidents they are called to
#: (the seed's operations, marketing, support, finance). Account managers and sales own
#: accounts: an incident that calls their team in shows them none of their colleagues'.
INCIDENT_TEAMS = frozenset(Team) - {Team.ACCOUNT_MANAGEMENT, Team.SALES}

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


def involving(name: str, *, account: str | None = None, besides: str | None = None) -> Select[Any]:
    """SELECT the uids of the accounts the colleague(s) called *name* (case-blind) are
    involved in (:data:`HOLDERS`) — only *account*, if given — leaving out the record
    *besides* (to ask whether they are involved otherwise)."""
    me = select(Colleague.id).where(func.lower(Colleague.name) == name.lower())
    my_teams = select(Colleague.team).where(
        func.lower(Colleague.name) == name.lower(), Colleague.team.in_(INCIDENT_TEAMS)
    )
    selects: list[Select[Any]] = []
    for table_name, holder in HOLDERS.items():
        table = _TABLES[table_name]
        found = account_joins(table)
        assert found is not None  # every holder's table is under an account
        joins, account_uid = found
        statement = select(account_uid).select_from(table)
        for alias, on in joins:
            statement = statement.join(alias, on)
        statement = statement.where(
            table.c[holder].in_(my_teams if table_name in TEAM_HOLDERS else me)
        )
        if account is not None:
            statement = statement.where(account_uid == uuid.UUID(account))
        if besides is not None:
            statement = statement.where(table.c.uid != uuid.UUID(besides))
        selects.append(statement)
    return union(*selects)  # type: ignore[return-value]


def visible_accounts(connection: Connection, member: Member) -> frozenset[str] | None:
    """The uids of the accounts *member* may see; None: every one."""
    if member.role is Role.DIRECTOR:
        return None
    return frozenset(str(uid) for uid in connection.execute(involving(member.name)).scalars())


def involved_otherwise(
    connection: Connection, holder: object, account: str, record: str, *, team: bool = False
) -> bool:
    """Whether the colleague *holder* (a uid; a team when *team*) is involved in *account*
    through a record other than *record*: then a change of *record* neither brings the
    account to their laptop nor takes it away. A team is never asked (its people are many):
    False."""
    if team or not holder:
        return False
    name = connection.execute(
        select(Colleague.name).where(Colleague.uid == uuid.UUID(str(holder)))
    ).scalar()
    if name is None:
        return False
    found = involving(str(name), account=account, besides=record).limit(1)
    return connection.execute(found).first() is not None


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


def is_member(
    connection: Connection, member: Member, colleague_uid: object, *, team: bool = False
) -> bool:
    """Whether the book's colleague *colleague_uid* is *member* (matched by name) — with
    *team*, whether *member* is a colleague of that team (:data:`INCIDENT_TEAMS`)."""
    if not colleague_uid:
        return False
    if team:
        return (
            colleague_uid in INCIDENT_TEAMS
            and connection.execute(
                select(Colleague.id)
                .where(
                    func.lower(Colleague.name) == member.name.lower(),
                    Colleague.team == Team(str(colleague_uid)),
                )
                .limit(1)
            ).first()
            is not None
        )
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


def shown_values(member: Member, table_name: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """A record's *values* without the fields of *table_name* kept from *member* (a table
    kept whole is the caller's to leave out: :func:`hidden_fields` says None)."""
    hidden = hidden_fields(member, table_name) or frozenset()
    return {name: value for name, value in values.items() if name not in hidden}


def hidden_fields(member: Member, table_name: str) -> frozenset[str] | None:
    """The fields of *table_name* kept from *member*; None: the whole table."""
    if member.role is not Role.ASSISTANT:
        return frozenset()
    if table_name in HIDDEN_TABLES:
        return None
    return HIDDEN_FIELDS.get(table_name, frozenset())
