"""A team's book started from one laptop's (``workbench server init --from-book``,
``docs/SERVER.md``): the director's solo database copied whole into the new server, in
one transaction, with PostgreSQL's ``COPY`` — instead of a join that uploads the book a
record at a time (``docs/SYNC.md``, "Joining a team").

What the copy keeps and what it means for the protocol:

- every record keeps its uid (and its id: the server's book is empty, so the laptop's ids
  are free); each table's id sequence then goes on from the largest;
- the feed stays empty and no record has a version yet, which the protocol reads as
  version 0 — the version the source laptop, marked as synced to that point
  (:func:`workbench.services.team_join.started_team`), has of each record; a new
  laptop's first sync reads the snapshot;
- the laptop's own fields (which colleague is "me") stay behind, as a sync would leave
  them: the server has their defaults.

The server's role is subject to the book's row-level policies, and PostgreSQL refuses
``COPY FROM`` into a table whose policies hold for the user: the copy lifts them for its
own transaction (``NO FORCE``) and puts them back before it commits — another connection
never sees the tables without them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select, text, update
from sqlalchemy.dialects import postgresql

from workbench.server.audit import Caller, audit
from workbench.server.models import book_tables
from workbench.server.row_security import see_everything
from workbench.store.wire import laptop_field

_POSTGRES = postgresql.psycopg.dialect()
#: Rows read from the laptop's file at a time.
_CHUNK = 5000


class BookNotEmpty(RuntimeError):
    """The server's book has records already: a copy would mix two books."""


def copied_tables() -> list[Table]:
    """The book's tables a copy fills, parents first: those whose records have a uid."""
    return [table for table in book_tables() if "uid" in table.c]


def start_book(
    engine: Engine,
    source: Connection,
    on_table: Callable[[str, int], None] | None = None,
    *,
    named: str = "a laptop's book",
    by: str | None = None,
) -> dict[str, int]:
    """Copy the book of the laptop database *source* (*named* so in the audit) into the
    server's (empty) book; rows copied per table."""
    tables = copied_tables()
    copied: dict[str, int] = {}
    with engine.begin() as connection:
        see_everything(connection)
        for table in tables:
            if connection.execute(select(table.c.uid).limit(1)).first() is not None:
                raise BookNotEmpty(
                    f"The server's book has {table.name} already: a book is copied only "
                    "into a new server (workbench server init on an empty database)."
                )
        for table in tables:
            _lift_policies(connection, table)
        for table in tables:
            copied[table.name] = _copy(connection, source, table)
            if on_table is not None:
                on_table(table.name, copied[table.name])
        for table in tables:
            _restore_policies(connection, table)
        audit(
            connection,
            Caller(by),
            "book_start",
            "done",
            detail=f"copied from {named}: {sum(copied.values()):,} records",
        )
    return copied


def _lift_policies(connection: Connection, table: Table) -> None:
    connection.execute(text(f'ALTER TABLE "{table.name}" NO FORCE ROW LEVEL SECURITY'))


def _restore_policies(connection: Connection, table: Table) -> None:
    connection.execute(text(f'ALTER TABLE "{table.name}" FORCE ROW LEVEL SECURITY'))


def _copy(connection: Connection, source: Connection, table: Table) -> int:
    columns = list(table.c)
    # A reference to the same table (an account's parent) may name a later row: those
    # go in empty and are set once every row is in.
    own = [c for c in columns if any(k.column.table is table for k in c.foreign_keys)]
    later: list[tuple[Any, dict[str, Any]]] = []
    binders = [_binder(table, column) for column in columns]
    positions = {column.name: index for index, column in enumerate(columns)}
    names = ", ".join(f'"{column.name}"' for column in columns)
    count = 0
    raw = connection.connection.driver_connection
    assert raw is not None
    statement = f'COPY "{table.name}" ({names}) FROM STDIN'
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        for rows in _chunks(source, select(*columns)):
            for row in rows:
                values = [bind(value) for bind, value in zip(binders, row, strict=True)]
                for column in own:
                    value = row[positions[column.name]]
                    if value is not None:
                        later.append((row[positions["uid"]], {column.name: value}))
                        values[positions[column.name]] = None
                copy.write_row(values)
            count += len(rows)
    for uid, refers in later:
        connection.execute(update(table).where(table.c.uid == uid).values(**refers))
    if "id" in table.c and count:
        connection.execute(
            select(
                func.setval(
                    func.pg_get_serial_sequence(table.name, "id"),
                    select(func.max(table.c.id)).scalar_subquery(),
                )
            )
        )
    return count


def _chunks(source: Connection, statement: Any) -> Iterator[Sequence[Any]]:
    result = source.execution_options(stream_results=True).execute(statement)
    while rows := result.fetchmany(_CHUNK):
        yield rows


def _binder(table: Table, column: Any) -> Callable[[Any], Any]:
    """The value PostgreSQL's driver takes for a Python value of *column*; for a
    laptop's own field, the column's default whatever the laptop holds."""
    if laptop_field(table, column.name):
        default = column.default.arg if column.default is not None else None
        return lambda _value: default
    processor = column.type.dialect_impl(_POSTGRES).bind_processor(_POSTGRES)
    if processor is None:
        return lambda value: value
    return lambda value: None if value is None else processor(value)
