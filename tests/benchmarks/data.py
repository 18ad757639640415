"""Search, backup and export figures at the stress size. Prints figures, asserts nothing.

``python -m tests.benchmarks.data DB [--only search]``: DB is a 10,000-account
portfolio (built first if the file does not exist; ``workbench demo --accounts 10000``
makes the same).

* global search: each keystroke of a few words typed letter by letter, as the box
  runs it (the index over ~100,000 contacts and every other searchable record), beside
  the raw FTS5 MATCH that reads the same rows;
* a backup of the whole database, and checking it;
* exporting every contact to CSV and to Excel.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

TYPED = ("martinez", "revision mensual", "presupuesto", "logistica", "garcia lopez", "sa")
#: The rows one keystroke reads, in plain SQLite: the newest matches with their snippet.
RAW_KEYSTROKE = (
    "SELECT rowid, kind, record_id, account_id, title, "
    "snippet(search_index, -1, '[', ']', '…', 12) FROM search_index "
    "WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 90"
)


def spread(milliseconds: list[float]) -> str:
    """Median, 95th percentile and max of a list of timings."""
    ordered = sorted(milliseconds)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"median {statistics.median(ordered):.1f} ms, 95th percentile {p95:.1f} ms, "
        f"max {ordered[-1]:.1f} ms"
    )


def measure_search(session: Session, path: Path) -> None:
    from sqlalchemy.orm import configure_mappers

    from workbench.services.search import match_expression, search

    # The window has used the ORM long before anyone types: its one-time set-up of the
    # mapped classes (~80 ms) belongs to start-up, not to the first keystroke.
    configure_mappers()
    keystrokes, raw = [], []
    with sqlite3.connect(path) as plain:
        for words in TYPED:
            for end in range(2, len(words) + 1):
                started = time.perf_counter()
                search(session, words[:end])
                keystrokes.append((time.perf_counter() - started) * 1000)
                query = match_expression(words[:end])
                started = time.perf_counter()
                if query is not None:
                    plain.execute(RAW_KEYSTROKE, (query,)).fetchall()
                raw.append((time.perf_counter() - started) * 1000)
    print(f"global search, {len(keystrokes)} keystrokes: {spread(keystrokes)}")
    ratio = statistics.median(keystrokes) / max(statistics.median(raw), 0.001)
    print(f"  raw SQLite FTS5 MATCH, same keystrokes: {spread(raw)} (median ratio {ratio:.1f}x)")


def main() -> None:
    from tests.benchmarks.dashboard import build
    from workbench.services.backup import verify_backup, write_backup
    from workbench.services.entity_export import export_entity
    from workbench.store.database import open_store
    from workbench.store.models import Contact, Interaction

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--only", choices=("search",), help="measure only this")
    arguments = parser.parse_args()
    path: Path = arguments.db
    if not path.exists():
        build(path)
    store = open_store(path)
    with store.session() as session:
        contacts = session.scalar(select(func.count()).select_from(Contact))
        interactions = session.scalar(select(func.count()).select_from(Interaction))
        indexed = session.scalar(text("SELECT count(*) FROM search_index"))
        print(f"size: {contacts:,} contacts, {interactions:,} interactions, {indexed:,} indexed")
        measure_search(session, path)
        if arguments.only == "search":
            store.close()
            return
        with tempfile.TemporaryDirectory() as scratch:
            for fmt in ("csv", "xlsx"):
                started = time.perf_counter()
                count = export_entity(session, "contacts", Path(scratch) / f"c.{fmt}", fmt)
                print(f"export {count:,} contacts to {fmt}: {time.perf_counter() - started:.1f} s")
    store.close()
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        written = write_backup(path, Path(scratch) / "backup.sqlite")
        elapsed = time.perf_counter() - started
        size = written.stat().st_size / 1e6
        print(f"backup of the whole database ({size:.0f} MB, checked): {elapsed:.1f} s")
        started = time.perf_counter()
        verify_backup(written)
        print(f"checking a backup before a restore: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
