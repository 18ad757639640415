"""The system's pending writes sent to disk on a thread of its own while the caller goes on."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from workbench.io.atomic import BackgroundFlush

TAKE_THE_LOCK = (
    "import sqlite3, sys; sqlite3.connect(sys.argv[1], timeout=0).execute('BEGIN IMMEDIATE')"
)


def test_flushing_keeps_the_locks_sqlite_holds_on_an_open_database(tmp_path: Path) -> None:
    """A restore flushes its file while its connection is in a transaction: closing any
    descriptor of that file would drop SQLite's locks on it, for the whole process."""
    path = tmp_path / "held.sqlite"
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("BEGIN EXCLUSIVE")
        db.execute("INSERT INTO t VALUES (1)")
        BackgroundFlush().wait()
        other = subprocess.run(
            [sys.executable, "-c", TAKE_THE_LOCK, str(path)], capture_output=True, text=True
        )
        assert other.returncode != 0
        assert "database is locked" in other.stderr
        db.execute("COMMIT")


def test_waiting_returns_once_the_systems_writes_are_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[bool] = []
    real_sync = os.sync

    def sync() -> None:
        real_sync()
        sent.append(True)

    monkeypatch.setattr(os, "sync", sync)
    BackgroundFlush().wait()
    assert sent == [True]
