"""Foreign keys checked at the end of a bulk write instead of row by row, where rows
may name parents that arrive after them (an import, a copy of another database)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection


def defer_foreign_keys(connection: Connection) -> None:
    """Check this transaction's references when it commits, not at each statement."""
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def first_broken_reference(db: Any) -> tuple[str, int, str] | None:
    """The first row naming a missing parent, on a raw connection whose foreign keys were
    off: ``(table, rowid, parent table)``, or ``None`` when every reference holds."""
    broken = db.execute("PRAGMA foreign_key_check").fetchone()
    return None if broken is None else (str(broken[0]), int(broken[1]), str(broken[2]))
