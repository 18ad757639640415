"""The engine factory: one place that knows how a Workbench SQLite file is opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    """Run on every new connection: SQLite forgets these per connection."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed transaction survives a power cut, not just an app crash.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 5000")
    finally:
        cursor.close()


def create_database_engine(path: Path) -> Engine:
    """An engine on the SQLite file at *path* with the pragmas the app relies on."""
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _apply_pragmas)
    return engine
