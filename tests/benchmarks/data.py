"""Search, backup and export figures at the stress size. Prints figures, asserts nothing.

``python -m tests.benchmarks.data DB``: DB is a 10,000-account portfolio (built first if
the file does not exist; ``workbench demo --accounts 10000`` makes the same).

* global search: each keystroke of a few words typed letter by letter, as the box
  runs it (the index over ~100,000 contacts and every other searchable record);
* a backup of the whole database, and checking it;
* exporting every contact to CSV and to Excel.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select, text

TYPED = ("martinez", "revision mensual", "presupuesto", "logistica", "garcia lopez", "sa")


def main() -> None:
    from tests.benchmarks.dashboard import build
    from workbench.services.backup import verify_backup, write_backup
    from workbench.services.entity_export import export_entity
    from workbench.services.search import search
    from workbench.store.database import open_store
    from workbench.store.models import Contact, Interaction

    path = Path(sys.argv[1])
    if not path.exists():
        build(path)
    store = open_store(path)
    with store.session() as session:
        contacts = session.scalar(select(func.count()).select_from(Contact))
        interactions = session.scalar(select(func.count()).select_from(Interaction))
        indexed = session.scalar(text("SELECT count(*) FROM search_index"))
        print(f"size: {contacts:,} contacts, {interactions:,} interactions, {indexed:,} indexed")
        keystrokes = []
        for words in TYPED:
            for end in range(2, len(words) + 1):
                started = time.perf_counter()
                search(session, words[:end])
                keystrokes.append((time.perf_counter() - started) * 1000)
        keystrokes.sort()
        print(
            f"global search, {len(keystrokes)} keystrokes: median "
            f"{statistics.median(keystrokes):.0f} ms, 95th percentile "
            f"{keystrokes[int(len(keystrokes) * 0.95)]:.0f} ms, max {keystrokes[-1]:.0f} ms"
        )
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
