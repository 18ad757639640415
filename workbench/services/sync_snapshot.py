"""A new laptop's first sync down (``docs/SYNC.md``, "First sync"): the user's book read
from the server's snapshot, page by page, and written as SQLite stores it — many rows in
one statement, each page's history in one statement too (``recorded_in_bulk``) — instead
of the change feed replayed change by change.

Each page is committed with where it stopped (``sync_state`` "snapshot"), so a first
sync interrupted resumes at its next page. After the last page the laptop's cursor is the
feed's end as it was before the first page; the usual pull goes on from there. Every
record's version is that cursor (``snapshot_seq``) until a change to it comes down.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Connection, Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from workbench.domain.enums import ChangeSource
from workbench.services.sync import set_state, state, synced_table
from workbench.store.history import fields_of, recorded_in_bulk
from workbench.store.models import Base
from workbench.store.wire import references, stored_uid, storer


class _Ids:
    """uid → this laptop's id, per referred table: loaded once, grown as pages land."""

    def __init__(self) -> None:
        self._maps: dict[str, dict[str, int]] = {}

    def of(self, connection: Connection, table_name: str) -> dict[str, int]:
        if table_name not in self._maps:
            table = Base.metadata.tables[table_name]
            self._maps[table_name] = {
                str(uuid.UUID(str(uid))): int(row_id)
                for uid, row_id in connection.execute(select(table.c.uid, table.c.id))
            }
        return self._maps[table_name]

    def grow(self, table_name: str, found: dict[str, int]) -> None:
        if table_name in self._maps:
            self._maps[table_name].update(found)


def first_pull(store: Any, server: Any, on_page: Callable[[str, int], None] | None = None) -> int:
    """Fill this (empty) laptop from the server's snapshot; how many records came down."""
    with store.session() as session:
        where = state(session, "snapshot")
    if where is None:
        begun = server.snapshot_start()
        where = {"cursor": int(begun["cursor"]), "tables": list(begun["tables"]), "done": []}
    ids = _Ids()
    received = 0
    for table_name in where["tables"]:
        table = synced_table(table_name)
        if table is None or table_name in where["done"]:
            continue
        after = str(where.get("after", {}).get(table_name, ""))
        pending: dict[str, dict[str, str]] = where.get("links", {}).get(table_name, {})
        for page in _pages(server, table_name, after):
            with store.transaction(ChangeSource.SYNC) as session:
                received += _write_page(session, table, page, ids, store.author, pending)
                after = str(page["after"])
                done = not page.get("more")
                where = {
                    **where,
                    "after": {**where.get("after", {}), table_name: after},
                    "done": [*where["done"], table_name] if done else where["done"],
                    "links": {**where.get("links", {}), table_name: pending},
                }
                set_state(session, "snapshot", where)
            if on_page is not None:
                on_page(table_name, received)
    with store.transaction(ChangeSource.SYNC) as session:
        set_state(session, "snapshot_seq", where["cursor"])
        set_state(session, "cursor", where["cursor"])
    return received


def _pages(server: Any, table_name: str, after: str) -> Iterator[dict[str, Any]]:
    """The pages of *table_name* after *after*, each next one asked for while the
    caller writes this one: the server reads and sends a page in about the time the
    laptop takes to write one, so the two overlap (a third of the first sync)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="snapshot-page") as reader:
        coming = reader.submit(server.snapshot_page, table_name, after)
        while True:
            page = coming.result()
            if page.get("more"):
                coming = reader.submit(server.snapshot_page, table_name, str(page["after"]))
            yield page
            if not page.get("more"):
                return


def _write_page(
    session: Session,
    table: Table,
    page: dict[str, Any],
    ids: _Ids,
    author: str | None,
    pending: dict[str, dict[str, str]],
) -> int:
    """Write *page*'s rows; a reference within the table itself (an account's parent
    account) waits in *pending* (field → record uid → the uid it names) until the record
    it names has landed — in this page or a later one — and is set then."""
    rows = page.get("rows") or []
    if not rows:
        return 0
    connection = session.connection()
    names = [str(name) for name in page["columns"] if name in table.c]
    positions = [list(page["columns"]).index(name) + 1 for name in names]
    links = references(table)
    absent = _required_absent(table, names)
    moment = storer(table.c.created_at)(datetime.now(UTC))
    columns = ["uid", *names, *absent, "created_at", "updated_at", "updated_by"]
    maps = {name: ids.of(connection, links[name]) for name in names if name in links}
    within = {name for name in maps if links[name] == table.name}
    values = []
    for row in rows:
        record: list[Any] = [stored_uid(row[0])]
        for name, position in zip(names, positions, strict=True):
            value = row[position]
            if name in within and value is not None:
                pending.setdefault(name, {})[str(row[0])] = str(value)
                value = None
            elif name in maps and value is not None:
                value = maps[name].get(value)
            record.append(value)
        record.extend(absent.values())
        record.extend((moment, moment, author))
        values.append(tuple(record))
    insert = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    if "id" not in table.c:
        connection.exec_driver_sql(insert, values)
        return len(values)
    first = int(connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1
    new_ids = list(range(first, first + len(values)))
    with recorded_in_bulk(connection, table, "create", new_ids):
        connection.exec_driver_sql(insert, values)
        # SQLite gives a table without AUTOINCREMENT the next ids, in order: make sure.
        last = connection.execute(select(func.max(table.c.id))).scalar_one()
        if last != new_ids[-1]:
            raise RuntimeError(f"{table.name}: rows got ids up to {last}, not {new_ids[-1]}")
    ids.grow(table.name, {str(row[0]): row_id for row, row_id in zip(rows, new_ids, strict=True)})
    _link_within(connection, table, pending, ids.of(connection, table.name))
    return len(values)


def _link_within(
    connection: Connection, table: Table, pending: dict[str, dict[str, str]], known: dict[str, int]
) -> None:
    """Set the references within *table* whose record has landed here (one never seen —
    a parent account this user does not see — stays empty)."""
    for name, links in pending.items():
        ready = [(uid, known[target]) for uid, target in links.items() if target in known]
        if not ready:
            continue
        connection.execute(
            update(table).where(table.c.uid == bindparam("record")).values({name: bindparam("to")}),
            [{"record": uuid.UUID(uid), "to": target} for uid, target in ready],
        )
        for uid, _target in ready:
            del links[uid]


def _required_absent(table: Table, names: list[str]) -> dict[str, Any]:
    """Required fields the page left out (kept from this user, an assistant's prices):
    their default, or zero."""
    absent = {}
    for column in table.c:
        if column.name in names or column.name not in fields_of(table) or column.nullable:
            continue
        absent[column.name] = storer(column)(_default(column))
    return absent


def _default(column: Column[Any]) -> Any:
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return getattr(default, "arg", None)
    return 0
