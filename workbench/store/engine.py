"""The engine factory: one place that knows how a Workbench SQLite file is opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from workbench.store.cipher import FileKey, cipher_module, connector

#: How long a write waits for another program's transaction before giving up.
BUSY_TIMEOUT_MS = 10_000
#: After a checkpoint the write-ahead log is cut back to this size, so one huge or
#: failed transaction (a full disk) does not leave a huge file behind.
WAL_SIZE_LIMIT = 4 * 1024 * 1024
#: The page cache of an encrypted database's connections, in KiB (SQLite's default: 2 MB).
ENCRYPTED_CACHE_KIB = 64 * 1024


def _apply_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Run on every new connection: SQLite forgets these per connection."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed transaction survives a power cut, not just an app crash.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
    finally:
        cursor.close()


def _apply_cipher_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """An encrypted file decrypts each page it reads into SQLite's page cache: a larger
    cache (filled only as pages are used) saves decrypting the same pages again."""
    dbapi_connection.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")


def create_database_engine(path: Path, key: FileKey | None = None) -> Engine:
    """An engine on the SQLite file at *path* with the pragmas the app relies on.

    With *key*, the file is SQLCipher-encrypted: connections come from ``sqlcipher3``,
    keyed before SQLAlchemy sees them.
    """
    if key is None:
        engine = create_engine(f"sqlite:///{path}", future=True)
    else:
        sqlcipher3 = cipher_module()
        # The file URL keeps the pool a file database gets; the creator does the connecting.
        engine = create_engine(
            f"sqlite:///{path}", creator=connector(path, key), module=sqlcipher3, future=True
        )
    event.listen(engine, "connect", _apply_pragmas)
    if key is not None:
        event.listen(engine, "connect", _apply_cipher_pragmas)
    return engine
