"""The book as it is now, for a new laptop's first sync (``docs/SYNC.md``, "First sync"):
the records the user may see, table by table, parents first, in pages of rows.

Replaying the change feed from its start would send every edit ever made; a snapshot
sends each record once. The laptop asks for the feed's end first (``start``) and, after
the last page, pulls the feed from there: a record changed while the pages were read
comes in a page already changed, or again from the feed — either way it ends as the
server has it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, FromClause, Table, func, or_, select

from workbench.server.models import Change, book_tables
from workbench.server.scope import book_table, hidden_fields, scoped
from workbench.server.sessions import Member
from workbench.server.sync import PushRefused
from workbench.store.account_paths import account_joins
from workbench.store.models import Base
from workbench.store.wire import references, storer, synced_fields

#: At most this many rows answer one page.
PAGE_LIMIT = 10_000


def start(connection: Connection, member: Member) -> dict[str, Any]:
    """Where the feed ends now, and the tables the user's snapshot has, parents first."""
    cursor = connection.execute(select(func.coalesce(func.max(Change.seq), 0))).scalar_one()
    tables = [
        table.name
        for table in book_tables()
        if "uid" in table.c and hidden_fields(member, table.name) is not None
    ]
    return {"cursor": int(cursor), "tables": tables}


def page(
    connection: Connection, member: Member, table_name: str, after: str, limit: int = PAGE_LIMIT
) -> dict[str, Any]:
    """The rows of *table_name* the user may see after *after* (where the page before
    ended, opaque to the laptop; "" from the start): their fields as the wire carries
    them (references as uids), the uid first."""
    table = book_table(table_name)
    hidden = hidden_fields(member, table_name) if table is not None else None
    if table is None or hidden is None:
        raise PushRefused(404, f"No table {table_name!r} to read.")
    limit = max(1, min(limit, PAGE_LIMIT))
    names = [name for name in synced_fields(table) if name not in hidden]
    # In the server's id order; by uid in the few tables whose key is another record's.
    key = "id" if "id" in table.c else "uid"
    try:
        start = (int(after) if key == "id" else after) if after else None
    except ValueError as error:
        raise PushRefused(400, f"Not where a page ended: {after!r}.") from error
    visible = scoped(connection, member)
    rows = connection.execute(_statement(table, key, names, visible, start, limit)).all()
    convert = [_converter(table, name) for name in names]
    return {
        "table": table.name,
        "columns": names,
        "rows": [
            [
                str(row[1]),
                *(to_wire(value) for to_wire, value in zip(convert, row[2:], strict=True)),
            ]
            for row in rows
        ],
        "after": str(rows[-1][0]) if rows else after,
        "more": len(rows) == limit,
    }


def _statement(
    table: Table,
    key: str,
    names: list[str],
    visible: frozenset[str] | None,
    start: object,
    limit: int,
) -> Any:
    """The page's rows — the *limit* first after *start* that *visible* lets through —
    chosen first, then their references read as uids: joined to the whole table, the
    references made PostgreSQL hash every row after *start* for each page (a second a
    page of 950,000 interactions)."""
    chosen = select(table).where(table.c[key] > start) if start is not None else select(table)
    found = account_joins(table)
    if visible is not None and found is not None:
        joins, account_uid = found
        joined: FromClause = table
        for alias, on in joins:
            joined = joined.outerjoin(alias, on)
        uids = sorted(visible)
        chosen = chosen.select_from(joined).where(
            table.c.uid.in_(uids)
            if table.name == "accounts"
            else or_(account_uid.in_(uids), account_uid.is_(None))
        )
    page = chosen.order_by(table.c[key]).limit(limit).subquery("page")
    links = references(table)
    columns: list[Any] = [page.c[key], page.c.uid]
    rows: FromClause = page
    for name in names:
        if name in links:
            referred = Base.metadata.tables[links[name]].alias(f"ref_{name}")
            rows = rows.outerjoin(referred, referred.c.id == page.c[name])
            columns.append(referred.c.uid)
        else:
            columns.append(page.c[name])
    return select(*columns).select_from(rows).order_by(page.c[key])


def _converter(table: Table, name: str) -> Any:
    if name in references(table):
        return lambda value: None if value is None else str(value)
    return storer(table.c[name])
