"""A record's field values as the sync protocol carries them: as SQLite stores them on a
laptop (scaled integers for money, ``YYYY-MM-DD HH:MM:SS.ffffff`` UTC text for times,
ISO dates, 0/1 for booleans, enum values as text) — what the field history already holds
— with one exception: a reference to another record is that record's uid, since integer
ids are each database's own.

:func:`to_python` and :func:`to_stored` convert with the column types' own SQLite
processors, so the team server (PostgreSQL) and a laptop read and write the same values.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.dialects import sqlite

from workbench.store.history import STAMPS

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


def fields(table: Table) -> list[str]:
    """The columns that are a record's fields (not its id, uid or stamps)."""
    return [column.name for column in table.c if column.name not in STAMPS]
