"""What a whole-database archive costs at the stress size: writing it, and restoring it
into a new database, phase by phase. Prints figures, asserts nothing.

``python -m tests.benchmarks.archive DB [--runs N] [--profile] [--archive ZIP] [--no-raw]``:
DB is a database (the stress one: 10,000 accounts, ~2 million rows); it is only read.
Printed, median of --runs (wall time: a large archive's restore works in two processes,
so this process's CPU time, printed too, leaves the second one's out):

* the export (``write_archive``, wall time; skipped when --archive exists) and its size;
* the restore (``restore_archive`` into a path where no database is yet), split by the
  phases its progress reports: reading, checking and inserting the rows; indexes and the
  search index; the reference check; checking the new file's schema, syncing it to disk
  and putting it in place;
* reading alone (the archive's JSON decoded, nothing stored), to split reading from
  inserting;
* raw SQLite: the same rows, read from DB, inserted with ``executemany`` in one
  transaction into an empty database of the same schema, and the restore's ratio to it.

``--profile`` prints the top of a cProfile of one restore.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sqlite3
import statistics
import tempfile
import time
from collections import defaultdict
from contextlib import closing
from pathlib import Path


def _export(db: Path, target: Path) -> float:
    from workbench.services.archive import write_archive

    started = time.perf_counter()
    write_archive(db, target)
    return time.perf_counter() - started


def _phase(message: str) -> str:
    """The phase a progress message belongs to."""
    if message == "":
        return "new empty database (schema), then renaming into place"
    if message in ("verify", "keep", "copy"):
        return "schema check, sync + replace"
    if message in ("indexes", "references"):
        return {"indexes": "indexes + search index", "references": "reference check"}[message]
    return "read + check + insert rows"


def _restore(archive: Path, target: Path) -> tuple[float, float, dict[str, float]]:
    """Wall time, CPU time (this process only) and wall time per phase of one restore."""
    from workbench.services.archive import restore_archive
    from workbench.services.progress import Progress

    phases: dict[str, float] = defaultdict(float)
    last = [time.perf_counter(), "read + check + insert rows"]

    def on_progress(_done: int, _total: int, message: str) -> None:
        now = time.perf_counter()
        phases[str(last[1])] += now - float(last[0])
        last[0], last[1] = now, _phase(message)

    started, cpu = time.perf_counter(), time.process_time()
    restore_archive(archive, target, Progress(on_progress))
    ended = time.perf_counter()
    phases[str(last[1])] += ended - float(last[0])
    return ended - started, time.process_time() - cpu, dict(phases)


def _read_only(archive: Path, work: Path) -> float:
    """Decoding every row of the archive as a restore does, nothing stored (CPU time)."""
    import zipfile

    from workbench.services.archive import _member, read_archive_manifest
    from workbench.services.archive_reader import RowShape, read_batches
    from workbench.store.archive_rows import column_affinities
    from workbench.store.database import open_store

    manifest = read_archive_manifest(archive)
    empty = work / "shapes.sqlite"
    if not empty.exists():
        open_store(empty).close()
    with closing(sqlite3.connect(empty)) as db:
        shapes = {table: RowShape(column_affinities(db, table)) for table in manifest.tables}
    started = time.process_time()
    with zipfile.ZipFile(archive) as opened:
        for table in manifest.tables:
            with opened.open(_member(table)) as member:
                for _batch in read_batches(member, _member(table), shapes[table]):
                    pass
    return time.process_time() - started


def _raw(db: Path, target: Path) -> float:
    """The same rows inserted with executemany in one transaction (read from *db* first),
    the search index filled once at the end and the history's triggers off, as a restore
    does (CPU time)."""
    from workbench.services.archive import archived_tables
    from workbench.store import history
    from workbench.store.database import open_store
    from workbench.store.models import Base
    from workbench.store.search_index import create_statements, drop_statements, fill_statements

    open_store(target).close()
    with closing(sqlite3.connect(db)) as source:
        tables = [
            (t.name, source.execute(f'SELECT * FROM "{t.name}" ORDER BY rowid').fetchall())
            for t in archived_tables()
            if t.name != "alembic_version"
        ]
    started = time.process_time()
    with closing(sqlite3.connect(target, isolation_level=None)) as db_:
        db_.execute("BEGIN")
        # As a restore does: the archive brings its own history, the triggers come back after.
        for statement in (*drop_statements(), *history.drop_statements(Base.metadata)):
            db_.execute(statement)
        for name, rows in tables:
            if rows:
                marks = ", ".join("?" for _ in rows[0])
                db_.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
        for statement in (
            *create_statements(),
            *fill_statements(),
            *history.create_statements(Base.metadata),
        ):
            db_.execute(statement)
        db_.execute("COMMIT")
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--archive", type=Path, help="restore this archive (written there first if absent)"
    )
    parser.add_argument("--no-raw", action="store_true", help="skip the raw SQLite figure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        archive = args.archive or work / "stress.zip"
        if not archive.is_file():
            exports = [_export(args.db, archive) for _ in range(args.runs)]
            print(
                f"export: median {statistics.median(exports):.2f} s "
                f"({', '.join(f'{t:.2f}' for t in exports)}); "
                f"{archive.stat().st_size / 1024**2:.0f} MB packed"
            )
        if args.profile:
            profile = cProfile.Profile()
            profile.enable()
            _restore(archive, work / "profiled.sqlite")
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
            pstats.Stats(profile).sort_stats("tottime").print_stats(20)
            return
        walls: list[float] = []
        restores: list[float] = []
        phases: dict[str, list[float]] = defaultdict(list)
        for run in range(args.runs):
            target = work / f"restored{run}.sqlite"
            wall, took, split = _restore(archive, target)
            walls.append(wall)
            restores.append(took)
            for phase, seconds in split.items():
                phases[phase].append(seconds)
            target.unlink()
        reading = statistics.median(_read_only(archive, work) for _ in range(args.runs))
        raw = (
            float("nan")
            if args.no_raw
            else statistics.median(
                _raw(args.db, work / f"raw{run}.sqlite") for run in range(args.runs)
            )
        )
        restore = statistics.median(restores)
        wall = statistics.median(walls)
        print(
            f"restore: median {wall:.2f} s wall ({', '.join(f'{t:.2f}' for t in walls)}); "
            f"this process {restore:.2f} s CPU ({', '.join(f'{t:.2f}' for t in restores)}); "
            f"{wall / raw:.1f}× raw SQLite (restore's wall / raw's CPU)"
        )
        for phase, seconds in phases.items():
            print(f"  {phase}: median {statistics.median(seconds):.2f} s wall")
        print(f"  of which reading the JSON alone: median {reading:.2f} s CPU")
        print(
            "raw SQLite (executemany, one transaction, indexes on, search index filled after): "
            f"median {raw:.2f} s CPU"
        )


if __name__ == "__main__":
    main()
