"""What the fault-injection tests share: the real ``workbench`` command in a process of
its own (started by Python, or forked from one that has imported the program),
databases compared by per-table content fingerprints, and the seeded random kill moment.

Environment:
  WORKBENCH_FAULT_KILLS   kills over import, restore, archive import and demo together
                          (default 20; encryption adds a quarter more)
  WORKBENCH_FAULT_SEED    the random seed (default: a new one, printed)
  WORKBENCH_FAULT_REPORT  a file to append one JSON line per kill to (the benchmark
                          harness sums them)
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.forked import ForkedCommand
from workbench.store.search_index import TABLE, is_index_table

ROOT = Path(__file__).resolve().parents[2]

#: Kill-9 moments in the CI run, over the four operations that always run.
DEFAULT_KILLS = 20
KILLED_OPERATIONS = 4

#: Columns two runs of the same import differ in, and only there: the wall clock's stamps
#: and the uids made for new records and their history (random by design).
RUN_COLUMNS = frozenset({"created_at", "updated_at", "imported_at", "at", "uid", "record_uid"})

Fingerprints = dict[str, str]


def kills_per_operation() -> int:
    total = int(os.environ.get("WORKBENCH_FAULT_KILLS", DEFAULT_KILLS))
    return max(1, math.ceil(total / KILLED_OPERATIONS))


#: One seed per run: WORKBENCH_FAULT_SEED=<it> replays every test's kill moments.
SEED = int(os.environ.get("WORKBENCH_FAULT_SEED") or random.SystemRandom().randrange(2**32))


def seeded_random(label: str) -> random.Random:
    """A random source whose seed is printed (pytest shows it with a failure)."""
    print(f"{label}: WORKBENCH_FAULT_SEED={SEED}")
    return random.Random(f"{SEED}:{label}")


def environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **(extra or {})}


def command(*arguments: str | Path) -> list[str]:
    return [sys.executable, "-m", "workbench", *(str(a) for a in arguments)]


def start_forked(
    arguments: Sequence[str | Path],
    cwd: Path,
    env: Mapping[str, str] | None = None,
    *,
    output: Path,
) -> ForkedCommand:
    """``workbench ARGUMENTS`` as a process forked from one that has imported the program
    (:mod:`tests.forked`): the same command, without half a second of imports first; its
    output and errors in *output* with the suffixes ``.out`` and ``.err`` (a folder's name:
    beside it, not in it)."""
    return ForkedCommand(
        [str(a) for a in arguments],
        folder=cwd,
        environment=environment(env),
        out=output.with_suffix(".out"),
        err=output.with_suffix(".err"),
        starts_processes=True,
    )


def run_forked(
    arguments: Sequence[str | Path],
    cwd: Path,
    env: Mapping[str, str] | None = None,
    *,
    output: Path,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """:func:`run`, forked (:func:`start_forked`)."""
    process = start_forked(arguments, cwd, env, output=output)
    try:
        out, err = process.communicate(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    return subprocess.CompletedProcess(process.args, process.wait(), out, err)


def start(
    arguments: Sequence[str | Path], cwd: Path, env: Mapping[str, str] | None = None
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command(*arguments),
        cwd=cwd,
        env=environment(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(
    arguments: Sequence[str | Path],
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*arguments),
        cwd=cwd,
        env=environment(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def copy_database(source: Path, target: Path) -> Path:
    """A clean single-file copy (SQLite's backup API: no WAL to carry along)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def connect(path: Path, passphrase: str | None = None) -> Any:
    """A raw connection; with *passphrase*, through SQLCipher (``PRAGMA key``)."""
    if passphrase is None:
        return sqlite3.connect(path)
    import sqlcipher3

    connection = sqlcipher3.connect(str(path))
    connection.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    return connection


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(16) != b"SQLite format 3\x00"


def integrity(path: Path, passphrase: str | None = None) -> list[str]:
    connection = connect(path, passphrase)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def fingerprints(
    path: Path, passphrase: str | None = None, ignore: Iterable[str] = ()
) -> Fingerprints:
    """Each table's rows, sorted, hashed; FTS5's shadow tables left out (their layout
    depends on the order of the writes), the index itself compared by rowid and text;
    *ignore*d columns blanked."""
    ignored = frozenset(ignore)
    connection = connect(path, passphrase)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if not is_index_table(row[0]) or row[0] == TABLE
        ]
        found = {}
        for table in tables:
            names = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            columns = ", ".join("NULL" if name in ignored else f'"{name}"' for name in names)
            if table == TABLE:
                columns = "rowid, " + columns
            rows = connection.execute(f'SELECT {columns} FROM "{table}"').fetchall()
            digest = hashlib.sha256()
            for row in sorted(repr(r) for r in rows):
                digest.update(row.encode())
                digest.update(b"\n")
            found[table] = f"{len(rows)}:{digest.hexdigest()[:16]}"
        return found
    finally:
        connection.close()


def leftovers(db: Path) -> list[str]:
    """What is beside *db* but the database, its journals and its lock."""
    own = {db.name + suffix for suffix in ("", "-wal", "-shm", "-journal", ".lock")}
    return sorted(
        path.name for path in db.parent.iterdir() if path.is_file() and path.name not in own
    )


def state_of(found: Fingerprints, before: Fingerprints, after: Fingerprints) -> str:
    """ "before" or "after" when the whole database is one of them (tables both states
    share count for either); otherwise an AssertionError naming the mixed tables."""
    for table in sorted(set(found) | set(before) | set(after)):
        assert found.get(table) in (before.get(table), after.get(table)), (
            f"table {table} holds neither the rows from before nor those from after: "
            f"{found.get(table)} (before {before.get(table)}, after {after.get(table)})"
        )
    if found == before:
        return "before"
    if found == after:
        return "after"
    mixed_before = sorted(t for t in found if found.get(t) != before.get(t))
    mixed_after = sorted(t for t in found if found.get(t) != after.get(t))
    raise AssertionError(
        f"some tables hold the rows from before ({mixed_after}) and others those "
        f"from after ({mixed_before})"
    )


@dataclass
class Kill:
    operation: str
    number: int
    delay: float
    outcome: str  # "before", "after", or "finished" (exited before the signal)
    exit_code: int | None
    #: Files the killed command left beside the database (temporary copies, locks).
    leftovers: list[str]

    def record(self) -> None:
        report = os.environ.get("WORKBENCH_FAULT_REPORT")
        if report:
            with open(report, "a", encoding="utf-8") as stream:
                stream.write(json.dumps(self.__dict__) + "\n")


def record(kind: str, **figures: object) -> None:
    """A line for the benchmark harness's summary (races, full disks)."""
    report = os.environ.get("WORKBENCH_FAULT_REPORT")
    if report:
        with open(report, "a", encoding="utf-8") as stream:
            stream.write(json.dumps({"operation": kind, **figures}) + "\n")
