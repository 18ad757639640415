"""The field history's triggers and operations (the tables: ``models/history.py``).

SQLite triggers write the history, so every change is recorded whatever made it — the
ORM, a Core statement, a bulk import, a foreign key cascading a deletion to a record's
children — in the same transaction as the change (a rollback takes both away):

* after an UPDATE, one ``update`` row per field whose stored value changed, its old and
  its new value;
* after an INSERT, one ``create`` row for the whole record (field :data:`WHOLE_RECORD`):
  its fields' values as a JSON object in ``new_value``;
* after a DELETE, one ``delete`` row for the whole record: its last values as a JSON
  object in ``old_value``.

A record is created or deleted whole, so it is recorded whole — as Salesforce's field
history records "Created." — and a 100,000-contact import writes 100,000 history rows,
not eight times as many; :mod:`workbench.services.history` reads them back field by
field (:func:`whole_record_values`). Many rows written together (an import, its undo)
are recorded in one statement by :func:`recorded_in_bulk`, the trigger set aside: a
trigger makes each row's INSERT keep a statement journal of every page it touches.

Values are copied as the record's column stored them (scaled integers for money, UTC
text for times, whatever another program put there) into columns of no type affinity; in
a whole record's JSON a BLOB another program stored is kept as its hex digits (JSON holds
no bytes), so no stored value can make a write fail. The ids, the uid and the
``created_at``/``updated_*`` stamps are not fields. Each row names the operation it
belongs to: the newest ``operations`` row, which
:func:`~workbench.store.operations.begin_operation` writes at the start of each write
transaction (SQLite has one writer at a time, so the newest is this transaction's own).

The triggers are made from the models: after every migration (:func:`refresh_triggers`)
and with ``create_all``. A table's trigger names its columns, so a migration that adds a
column gets it in the history from the refresh at its end.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal

from sqlalchemy import Connection, MetaData, Table, event, text

from workbench.store.triggers import trigger_dropped

#: Columns that are not a record's fields.
STAMPS = frozenset({"id", "uid", "created_at", "updated_at", "updated_by"})
#: The ``field`` of a row holding a created or deleted record whole.
WHOLE_RECORD = "*"
_PREFIX = "history"
_WHEN = ("insert", "update", "delete")


def recorded_tables(metadata: MetaData) -> list[Table]:
    """The tables whose changes the history records: those of records (with a uid)."""
    return [
        table
        for table in metadata.sorted_tables
        if "uid" in table.c and table.name not in ("operations", "field_changes")
    ]


def fields_of(table: Table) -> list[str]:
    return [column.name for column in table.c if column.name not in STAMPS]


def _account_of(table: Table, row: str, tables: dict[str, Table], depth: int = 0) -> str:
    """SQL for the id of the account *row* (``new``, ``old`` or an alias) of *table* belongs
    to: its own id, its ``account_id``, or that of the record it belongs to, a few levels up."""
    if table.name == "accounts":
        return f"{row}.id"
    if "account_id" in table.c:
        return f"{row}.account_id"
    if depth < 3:
        alias = f"up{depth}"
        for key in sorted(table.foreign_keys, key=lambda key: key.parent.name):
            parent = tables.get(key.column.table.name)
            if parent is None or parent is table:
                continue
            above = _account_of(parent, alias, tables, depth + 1)
            if above != "NULL":
                return (
                    f"(SELECT {above} FROM {parent.name} AS {alias} "
                    f"WHERE {alias}.{key.column.name} = {row}.{key.parent.name})"
                )
    return "NULL"


def _old_and_new(table: Table) -> str:
    """``SELECT 'field' AS f, old."field" AS a, new."field" AS b UNION ALL SELECT …`` for
    every field of *table*: the values as stored, whatever their kind (a BLOB too), so no
    stored value can make a write fail. Named columns, not a VALUES list: in a trigger,
    SQLite names a VALUES list's columns by the first row's column references, not
    column1, column2."""
    selects = []
    for index, field in enumerate(fields_of(table)):
        old, new = f'old."{field}"', f'new."{field}"'
        names = (" AS f", " AS a", " AS b") if index == 0 else ("", "", "")
        selects.append(f"SELECT '{field}'{names[0]}, {old}{names[1]}, {new}{names[2]}")
    return " UNION ALL ".join(selects)


def _whole(table: Table, row: str) -> str:
    """``json_object('field', row."field", …)`` for every field of *table*: the record
    whole, a BLOB as its hex digits."""
    pairs = []
    for field in fields_of(table):
        value = f'{row}."{field}"'
        pairs.append(f"'{field}', iif(typeof({value}) = 'blob', hex({value}), {value})")
    return f"json_object({', '.join(pairs)})"


def whole_record_values(stored: Any) -> dict[str, Any]:
    """The fields a whole-record row holds a value in (JSON as the trigger wrote it), as
    stored; ``{}`` for what is not such an object."""
    try:
        values = json.loads(stored) if isinstance(stored, (str, bytes)) else None
    except ValueError:
        return {}
    if not isinstance(values, dict):
        return {}
    return {str(field): value for field, value in values.items() if value is not None}


_COLUMNS = "operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value"
_INSERT = f"INSERT INTO field_changes ({_COLUMNS}) "
#: The operation a history row belongs to: this transaction's (see the module's text).
_OPERATION = "(SELECT max(id) FROM operations)"


def _whole_row(table: Table, row: str, tables: dict[str, Table], kind: str) -> str:
    """``SELECT`` of the history row recording *row* of *table* created or deleted whole."""
    values = f"NULL, {_whole(table, row)}" if kind == "create" else f"{_whole(table, row)}, NULL"
    return (
        f"SELECT {_OPERATION}, '{table.name}', {row}.uid, {_account_of(table, row, tables)}, "
        f"'{kind}', '{WHOLE_RECORD}', {values}"
    )


def create_statements(metadata: MetaData) -> list[str]:
    tables = {table.name: table for table in metadata.sorted_tables}
    statements = []
    for table in recorded_tables(metadata):
        name = table.name
        account = _account_of(table, "new", tables)
        statements += [
            f"CREATE TRIGGER {_PREFIX}_{name}_insert AFTER INSERT ON {name} BEGIN "
            f"{_INSERT}{_whole_row(table, 'new', tables, 'create')}; END",
            f"CREATE TRIGGER {_PREFIX}_{name}_update AFTER UPDATE ON {name} BEGIN "
            f"{_INSERT}SELECT {_OPERATION}, '{name}', new.uid, {account}, "
            f"'update', f, a, b FROM ({_old_and_new(table)}) WHERE a IS NOT b; END",
            f"CREATE TRIGGER {_PREFIX}_{name}_delete AFTER DELETE ON {name} BEGIN "
            f"{_INSERT}{_whole_row(table, 'old', tables, 'delete')}; END",
        ]
    return statements


@contextmanager
def recorded_in_bulk(
    connection: Connection, table: Table, kind: Literal["create", "delete"], ids: Sequence[int]
) -> Iterator[None]:
    """Create (or delete) many rows of *table*, whose *ids* the caller knows, and record
    them in the history with one statement, the row-by-row trigger set aside meanwhile:
    the rows are those the trigger would write, in id order — after the creation, before
    the deletion. Half the time of a trigger at 100,000 rows."""
    if not ids or table.name not in {each.name for each in recorded_tables(table.metadata)}:
        yield
        return
    tables = {each.name: each for each in table.metadata.sorted_tables}
    record = (
        f"{_INSERT}{_whole_row(table, 'record', tables, kind)} "
        f"FROM {table.name} AS record "
        "WHERE record.id IN (SELECT value FROM json_each(?)) ORDER BY record.id"
    )
    when = "insert" if kind == "create" else "delete"
    with trigger_dropped(connection, f"{_PREFIX}_{table.name}_{when}") as dropped:
        if dropped and kind == "delete":
            connection.exec_driver_sql(record, (json.dumps(list(ids)),))
        yield
        if dropped and kind == "create":
            connection.exec_driver_sql(record, (json.dumps(list(ids)),))


def drop_statements(metadata: MetaData) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {_PREFIX}_{table.name}_{when}"
        for table in recorded_tables(metadata)
        for when in _WHEN
    ]


def trigger_names(names: Iterable[str]) -> list[str]:
    """Those of *names* that are history triggers."""
    return [name for name in names if name.startswith(f"{_PREFIX}_")]


def drop_triggers(connection: Connection) -> None:
    """Drop every history trigger there is, inside the caller's transaction."""
    existing = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    ).scalars()
    for name in trigger_names(list(existing)):
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')


def refresh_triggers(connection: Connection, metadata: MetaData) -> None:
    """Make the history's triggers again from the models, inside the caller's transaction."""
    drop_triggers(connection)
    for statement in create_statements(metadata):
        connection.exec_driver_sql(statement)


def install(metadata: MetaData) -> None:
    """Create the triggers with the tables (``create_all``), as the migrations do."""

    @event.listens_for(metadata, "after_create")
    def _create(_target: MetaData, connection: Connection, **_kw: object) -> None:
        if connection.dialect.name != "sqlite":
            return  # SQLite's own triggers; the team server records changes itself
        for statement in create_statements(metadata):
            connection.execute(text(statement))


@contextmanager
def paused(connection: Connection, metadata: MetaData) -> Iterator[None]:
    """Write without history inside the caller's transaction (a generated sample, a new
    file being filled from an archive that brings its own history): the triggers are
    dropped and made again at the end, or come back with a rollback."""
    drop_triggers(connection)
    yield
    for statement in create_statements(metadata):
        connection.exec_driver_sql(statement)
