"""A record's field values as the sync protocol carries them: as SQLite stores them on a
laptop (scaled integers for money, ``YYYY-MM-DD HH:MM:SS.ffffff`` UTC text for times,
ISO dates, 0/1 for booleans, enum values as text) — what the field history already holds
— with one exception: a reference to another record is that record's uid, since integer
ids are each database's own.

:func:`to_python` and :func:`to_stored` convert with the column types' own SQLite
processors, so the team server (PostgreSQL) and a laptop read and write the same values.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint, select
from sqlalchemy.dialects import sqlite

from workbench.store.history import fields_of
from workbench.store.models import Base

_SQLITE = sqlite.dialect()

#: The laptop's tables that stay on the laptop: its own history and operations (the
#: server keeps its audit), an import's undo, health scores worked out from the rest, and
#: its sync's own state.
LAPTOP_ONLY = frozenset(
    {
        "field_changes",
        "operations",
        "import_runs",
        "import_changes",
        "health_snapshots",
        "sync_state",
        "sync_records",
        # The figures' settings hold the author's own name too: shared settings come
        # with the team's settings, later.
        "settings",
    }
)


#: Fields that stay on the laptop, in tables that sync: which colleague is "me" is each
#: laptop's own (on the director's laptop, the director; on a manager's, the manager).
LAPTOP_FIELDS: dict[str, frozenset[str]] = {"colleagues": frozenset({"is_me"})}


@functools.cache
def synced_fields(table: Table) -> tuple[str, ...]:
    """The fields of *table* the sync carries: all of them but the laptop's own."""
    own = LAPTOP_FIELDS.get(table.name, frozenset())
    return tuple(name for name in fields_of(table) if name not in own)


def laptop_field(table: Table, name: str) -> bool:
    """Whether the field *name* of *table* stays on the laptop, never synced."""
    return name in LAPTOP_FIELDS.get(table.name, ())


def to_python(column: Column[Any], stored: Any) -> Any:
    """The Python value of a stored one (a ``Decimal``, an aware ``datetime``, a ``date``…)."""
    if stored is None:
        return None
    processor = column.type.dialect_impl(_SQLITE).result_processor(_SQLITE, None)
    return processor(stored) if processor else stored


@functools.cache
def storer(column: Column[Any]) -> Callable[[Any], Any]:
    """:func:`to_stored` for one column, its processor looked up once: for many rows."""
    processor = column.type.dialect_impl(_SQLITE).bind_processor(_SQLITE)
    if processor is None:
        return lambda value: value
    return lambda value: None if value is None else processor(value)


_UID_HEX = re.compile(r"[0-9a-f]{32}")


def stored_uid(text: object) -> str:
    """A uid come as text (``0190c2d4-…``), as a laptop stores it (32 hex digits: what
    ``storer(uid column)(uuid.UUID(text))`` gives, without making the UUID — a first
    sync takes two million of them); ValueError if it is not one."""
    hexed = str(text).replace("-", "").lower()
    if _UID_HEX.fullmatch(hexed) is None:
        raise ValueError(f"Not a record uid: {text!r}")
    return hexed


def to_stored(column: Column[Any], value: Any) -> Any:
    """The stored (and wire) form of a Python value."""
    if value is None:
        return None
    processor = column.type.dialect_impl(_SQLITE).bind_processor(_SQLITE)
    return processor(value) if processor else value


def references(table: Table) -> dict[str, str]:
    """The columns of *table* that name another record: column → the referred table."""
    found = {}
    for column in table.c:
        for key in column.foreign_keys:
            found[column.name] = key.column.table.name
    return found


def uid_of(connection: Any, table_name: str, record_id: Any) -> str | None:
    """The uid of the record *record_id* of *table_name* in this database (a reference
    on its way to the wire), or None if there is no such record. *connection* is a
    Connection or a Session, the laptop's or the server's."""
    table = Base.metadata.tables[table_name]
    uid = connection.execute(select(table.c.uid).where(table.c.id == record_id)).scalar()
    return None if uid is None else str(uid)


def wire_values(
    connection: Any, table: Table, row: Any, names: Iterable[str] | None = None
) -> dict[str, Any]:
    """The fields *names* (all of them by default) of a record read from this database,
    as the wire carries them: stored forms, references as uids. *connection* is a
    Connection or a Session, the laptop's or the server's."""
    links = references(table)
    values: dict[str, Any] = {}
    for name in synced_fields(table) if names is None else names:
        value = row[name]
        if name in links and value is not None:
            values[name] = uid_of(connection, links[name], value)
        else:
            values[name] = storer(table.c[name])(value)
    return values


def id_of(connection: Any, table_name: str, uid: Any) -> Any:
    """This database's id of the record of *table_name* whose uid is *uid* (a reference
    come from the wire), or None if it has no such record."""
    table = Base.metadata.tables[table_name]
    return connection.execute(select(table.c.id).where(table.c.uid == uuid.UUID(str(uid)))).scalar()


#: Fields besides the unique ones by which a joining laptop's record is taken for the
#: team's (``services/team_join.py``): an account by its name or its web site, a colleague
#: by name, a contact by e-mail within its account.
_MATCHED_BY: dict[str, list[tuple[str, ...]]] = {
    "accounts": [("name",), ("website",)],
    "colleagues": [("name",)],
    "contacts": [("account_id", "email")],
}


def natural_keys(table: Table) -> list[tuple[str, ...]]:
    """The sets of fields each of which names one record of *table*: its unique
    constraints' and those of :data:`_MATCHED_BY`."""
    keys = [
        tuple(column.name for column in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    return keys + [key for key in _MATCHED_BY.get(table.name, []) if key not in keys]
