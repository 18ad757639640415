"""What a database file holds, asked of SQLite itself: is it sound, which tables and
schema revision it has, how many rows. For backups, archives and encryption, which check
a copy before they put it in place.

Every function takes an open DB-API connection (``sqlite3`` or SQLCipher's, as
:func:`workbench.store.cipher.connect_file` gives) and lets the driver's errors through.
"""

from __future__ import annotations

from typing import Any

from workbench.store.identifiers import quote


def integrity_messages(db: Any) -> list[str]:
    """SQLite's own check (``integrity_check``): ``["ok"]`` for a sound file, else what is
    wrong."""
    return [str(row[0]) for row in db.execute("PRAGMA integrity_check")]


def table_names(db: Any) -> set[str]:
    """Every table of the file, SQLite's and the search index's shadow tables included."""
    return {str(row[0]) for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def schema_revision(db: Any) -> str | None:
    """The Alembic revision the file says it has (``None`` when its table is empty; the
    table must exist: see :func:`table_names`)."""
    row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def row_count(db: Any, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {quote(table)}").fetchone()[0])


def row_counts(db: Any) -> dict[str, int]:
    """The rows of every table but SQLite's own, by table name."""
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: row_count(db, name) for name in names}


def checkpoint(db: Any) -> None:
    """Move everything committed from the write-ahead log into the main file and empty
    the log, so a copy of the main file alone has it all."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
