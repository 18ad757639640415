"""Rows in and out of a database file for an archive, on a raw ``sqlite3`` connection:
the SQL only SQLite understands (rowid order, ``typeof``, ``PRAGMA``), so the archive
service (:mod:`workbench.services.archive`) reads and checks files without writing any.

Reading: :func:`rows_in_order` (inside :func:`~workbench.store.bulk.transaction`: one
snapshot). Restoring: :func:`open_for_load` opens a new scratch file for a bulk load,
:func:`insert_statement` and :func:`insert_rows` put rows in by batches,
:func:`build_indexes` makes the indexes once they are in,
:func:`column_affinities` says what each column keeps, :func:`first_wrong_kind` finds a
value its column's type cannot hold,
:func:`make_self_contained` leaves one file behind, :func:`copy_new_database` makes a second
new one for another process.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from workbench.store.bulk import create_indexes, prepare_bulk_load
from workbench.store.identifiers import quote

#: A raw connection to a database file (``sqlite3``'s, or SQLCipher's alike).
RawConnection = sqlite3.Connection

#: Storage classes each column affinity may hold (SQLite converts what fits, keeps the rest):
#: text in a number column or a fraction in an integer one is refused. A BLOB is let through
#: anywhere, as written, so that whatever a database held comes back.
_ALLOWED = {
    "INTEGER": ("integer", "null", "blob"),
    "TEXT": ("text", "null", "blob"),
    "REAL": ("real", "null", "blob"),
    "NUMERIC": ("integer", "real", "text", "null", "blob"),
}


class RowsRefused(Exception):
    """The database refused a batch of rows (a constraint, a value the driver cannot
    bind); the driver's error is the cause and the message."""


def rows_in_order(db: RawConnection, table: str) -> sqlite3.Cursor:
    """Every row of *table* in rowid order, so a restore gives them back in their order
    (stored order for a WITHOUT ROWID table); ``description`` names the columns."""
    row = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    without_rowid = row and re.search(r"WITHOUT\s+ROWID", row[0] or "", re.IGNORECASE)
    order = "" if without_rowid else " ORDER BY rowid"
    return db.execute(f"SELECT * FROM {quote(table)}{order}")


@contextmanager
def open_for_load(path: Path) -> Iterator[RawConnection]:
    """A connection to the new scratch file *path*, set for one bulk load: transactions
    by hand, references checked once all rows are in (a row may name a later one of its
    table), ``CHECK`` constraints once a table's rows are in and cleaned (the caller
    calls :func:`~workbench.store.check_constraints.first_broken_check` last: one scan
    instead of each constraint at each row, half of the insert's time), the journal in
    memory and
    nothing synced (see :func:`~workbench.store.bulk.prepare_bulk_load`)."""
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("PRAGMA ignore_check_constraints = ON")
        prepare_bulk_load(db)
        yield db


def copy_new_database(source: Path, target: Path) -> None:
    """Copy the new, empty database *source* (its schema alone, closed) to *target*, by
    SQLite's backup: a second one at the same schema, made while the second process
    starts its interpreter, so it can begin filling the moment it is told to go."""
    with closing(sqlite3.connect(source)) as db, closing(sqlite3.connect(target)) as copy:
        db.backup(copy)


def make_self_contained(db: RawConnection) -> None:
    """Leave the file whole on its own (no journal beside it) for a check and a copy."""
    db.execute("PRAGMA journal_mode = DELETE")


def insert_statement(table: str, names: Sequence[str]) -> str:
    """The INSERT of one row naming *names* (none: a row of defaults)."""
    into = f"INSERT INTO {quote(table)}"
    if not names:
        return f"{into} DEFAULT VALUES"
    return f"{into} ({', '.join(map(quote, names))}) VALUES ({', '.join('?' for _ in names)})"


def build_indexes(db: RawConnection, statements: Sequence[str]) -> None:
    """Make the indexes *statements* define; :class:`RowsRefused` when a unique one finds
    a duplicate (SQLite's message names the table and columns)."""
    try:
        create_indexes(db, statements)
    except sqlite3.IntegrityError as error:
        raise RowsRefused(str(error)) from error


def insert_rows(db: RawConnection, statement: str, rows: list[tuple[Any, ...]]) -> None:
    """Run *statement* for every row; :class:`RowsRefused` when the database refuses one.
    (``OverflowError`` and ``UnicodeEncodeError``, raised before SQLite sees a value,
    pass as they are.)"""
    try:
        db.executemany(statement, rows)
    except (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.ProgrammingError) as error:
        raise RowsRefused(str(error)) from error


def _affinity(declared: str) -> str:
    """SQLite's rules (section 3.1 of "Datatypes In SQLite") for a declared column type."""
    declared = declared.upper()
    if "INT" in declared:
        return "INTEGER"
    if any(word in declared for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in declared or not declared:
        return "BLOB"
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def column_affinities(db: RawConnection, table: str) -> list[tuple[str, str]]:
    """Each column of *table*, in order, with the affinity of its declared type
    (``INTEGER``, ``TEXT``, ``REAL``, ``NUMERIC`` or ``BLOB``)."""
    return [(row[1], _affinity(row[2])) for row in db.execute(f"PRAGMA table_info({quote(table)})")]


def first_wrong_kind(db: RawConnection, table: str) -> tuple[str, str] | None:
    """A column of *table* holding a value of a kind its type cannot (text in a number
    column, …) and that kind, found in one scan; ``None`` when every value fits."""
    quoted = quote(table)
    allowed = {
        name: _ALLOWED[affinity]
        for name, affinity in column_affinities(db, table)
        if affinity != "BLOB"
    }
    if not allowed:
        return None
    kinds = [f"typeof({quote(name)})" for name in allowed]
    wrong = " OR ".join(
        f"{kind} NOT IN ({', '.join(repr(k) for k in kinds_allowed)})"
        for kind, kinds_allowed in zip(kinds, allowed.values(), strict=True)
    )
    found = db.execute(f"SELECT {', '.join(kinds)} FROM {quoted} WHERE {wrong} LIMIT 1").fetchone()
    if not found:
        return None
    return next(
        (name, kind)
        for (name, kinds_allowed), kind in zip(allowed.items(), found, strict=True)
        if kind not in kinds_allowed
    )
