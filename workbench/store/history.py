"""The field history's triggers and operations (the tables: ``models/history.py``).

SQLite triggers write the history, so every change is recorded whatever made it — the
ORM, a Core statement, a bulk import, a foreign key cascading a deletion to a record's
children — in the same transaction as the change (a rollback takes both away):

* after an INSERT, one ``create`` row per field the new record holds a value in;
* after an UPDATE, one ``update`` row per field whose stored value changed;
* after a DELETE, one ``delete`` row per field the record held a value in: its last values.

Values are copied as the record's column stored them (scaled integers for money, UTC text
for times, whatever another program put there) into columns of no type affinity: short
triggers, which every new connection parses with the schema. The ids, the uid and the
``created_at``/``updated_*`` stamps are not fields. Each row names the operation it
belongs to: the newest ``operations`` row, which
:func:`~workbench.store.operations.begin_operation` writes at the start of each write
transaction (SQLite has one writer at a time, so the newest is this transaction's own).

The triggers are made from the models: after every migration (:func:`refresh_triggers`)
and with ``create_all``. A table's trigger names its columns, so a migration that adds a
column gets it in the history from the refresh at its end.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, MetaData, Table, event, text

#: Columns that are not a record's fields.
STAMPS = frozenset({"id", "uid", "created_at", "updated_at", "updated_by"})
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


def _values(table: Table, *rows: str) -> str:
    """``SELECT 'field' AS f, old."field" AS a, … UNION ALL SELECT …`` for every field of
    *table*: the values as stored, whatever their kind (a BLOB too), so no stored value
    can make a write fail. Named columns, not a VALUES list: in a trigger, SQLite names
    a VALUES list's columns by the first row's column references, not column1, column2."""
    names = ("a", "b")
    selects = []
    for index, field in enumerate(fields_of(table)):
        values = [f"'{field}'", *(f'{row}."{field}"' for row in rows)]
        if index == 0:
            values = [
                f"{values[0]} AS f",
                *(f"{v} AS {n}" for v, n in zip(values[1:], names, strict=False)),
            ]
        selects.append("SELECT " + ", ".join(values))
    return " UNION ALL ".join(selects)


def create_statements(metadata: MetaData) -> list[str]:
    tables = {table.name: table for table in metadata.sorted_tables}
    statements = []
    for table in recorded_tables(metadata):
        name = table.name
        columns = (
            "operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value"
        )
        operation = "(SELECT max(id) FROM operations)"
        insert = f"INSERT INTO field_changes ({columns}) "
        statements += [
            f"CREATE TRIGGER {_PREFIX}_{name}_insert AFTER INSERT ON {name} BEGIN "
            f"{insert}SELECT {operation}, '{name}', new.uid, {_account_of(table, 'new', tables)}, "
            f"'create', f, NULL, a FROM ({_values(table, 'new')}) WHERE a IS NOT NULL; END",
            f"CREATE TRIGGER {_PREFIX}_{name}_update AFTER UPDATE ON {name} BEGIN "
            f"{insert}SELECT {operation}, '{name}', new.uid, {_account_of(table, 'new', tables)}, "
            f"'update', f, a, b FROM ({_values(table, 'old', 'new')}) WHERE a IS NOT b; END",
            f"CREATE TRIGGER {_PREFIX}_{name}_delete AFTER DELETE ON {name} BEGIN "
            f"{insert}SELECT {operation}, '{name}', old.uid, {_account_of(table, 'old', tables)}, "
            f"'delete', f, a, NULL FROM ({_values(table, 'old')}) WHERE a IS NOT NULL; END",
        ]
    return statements


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
