"""A record's field values as the sync protocol carries them: as SQLite stores them on a
laptop (scaled integers for money, ``YYYY-MM-DD HH:MM:SS.ffffff`` UTC text for times,
ISO dates, 0/1 for booleans, enum values as text) — what the field history already holds
— with one exception: a reference to another record is that record's uid, since integer
ids are each database's own.

:func:`to_python` and :func:`to_stored` convert with the column types' own SQLite
processors, so the team server (PostgreSQL) and a laptop read and write the same values.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Column, Table, select
from sqlalchemy.dialects import sqlite

from workbench.store.models import Base

_SQLITE = sqlite.dialect()


def to_python(column: Column[Any], stored: Any) -> Any:
    """The Python value of a stored one (a ``Decimal``, an aware ``datetime``, a ``date``…)."""
    if stored is None:
        return None
    processor = column.type.dialect_impl(_SQLITE).result_processor(_SQLITE, None)
    return processor(stored) if processor else stored


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


def id_of(connection: Any, table_name: str, uid: Any) -> Any:
    """This database's id of the record of *table_name* whose uid is *uid* (a reference
    come from the wire), or None if it has no such record."""
    table = Base.metadata.tables[table_name]
    return connection.execute(select(table.c.id).where(table.c.uid == uuid.UUID(str(uid)))).scalar()
