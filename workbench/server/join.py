"""What a laptop joining the team needs to find its records among the team's (the
protocol's ``join/keys``, ``docs/SYNC.md``): the uid and the key fields
(:func:`~workbench.store.wire.natural_keys`) of the records the user may see.

Asked without accounts, the answer holds the accounts and the team's own records
(colleagues, products); asked with the uids of the accounts the laptop matched, it holds
the records under those accounts.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, Table, select

from workbench.server.models import book_tables
from workbench.server.scope import hidden_fields, may_see, scoped
from workbench.server.sessions import Member
from workbench.server.sync import PushRefused
from workbench.store.account_paths import account_path, with_account_uid
from workbench.store.wire import natural_keys, wire_values

#: At most this many accounts in one question.
ACCOUNTS_LIMIT = 2000


def keys(connection: Connection, member: Member, accounts: list[str] | None) -> dict[str, Any]:
    visible = scoped(connection, member)
    wanted = None
    if accounts is not None:
        try:
            wanted = [uuid.UUID(str(uid)) for uid in accounts[:ACCOUNTS_LIMIT]]
        except ValueError as error:
            raise PushRefused(400, f"Not a record uid: {error}") from error
        wanted = [uid for uid in wanted if may_see(visible, str(uid))]
    found: dict[str, Any] = {}
    for table in book_tables():
        names = sorted({name for key in natural_keys(table) for name in key})
        if not names or "uid" not in table.c or hidden_fields(member, table.name) is None:
            continue
        rows = _rows(connection, table, visible, wanted)
        if rows is not None:
            found[table.name] = [_keyed(connection, table, row, names) for row in rows]
    return {"keys": found}


def _rows(
    connection: Connection,
    table: Table,
    visible: frozenset[str] | None,
    wanted: list[uuid.UUID] | None,
) -> Any:
    under_account = table.name != "accounts" and bool(account_path(table))
    if wanted is None:
        if under_account:
            return None
        statement = select(table)
        if table.name == "accounts" and visible is not None:
            statement = statement.where(table.c.uid.in_([uuid.UUID(u) for u in visible]))
        return connection.execute(statement).mappings()
    if not under_account or not wanted:
        return None
    query = with_account_uid(table)
    assert query is not None
    statement, account_uid = query
    return connection.execute(statement.where(account_uid.in_(wanted))).mappings()


def _keyed(connection: Connection, table: Table, row: Any, names: list[str]) -> dict[str, Any]:
    return {"uid": str(row["uid"]), "key": wire_values(connection, table, row, names)}
