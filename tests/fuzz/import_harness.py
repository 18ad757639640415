"""Feeding one generated file to the real reader and the real import, as ``workbench
import`` does (:func:`read_file`, :func:`plan_file`, :func:`write_plan`), into a real
SQLite database, and checking what a hostile file may and may not do:

* raise nothing but a :class:`ReadProblem` (the documented refusal, with a reason);
* write all of the plan or nothing: a refusal leaves the database as it was, and a
  write adds exactly the rows the plan creates;
* store no control character;
* take under :data:`SECONDS` and grow the process's memory by under :data:`MEMORY`.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import time
from pathlib import Path

from hypothesis import HealthCheck, settings

from tests.dumps import dump
from workbench.domain.text import has_control_characters
from workbench.io.delimited import ReadProblem
from workbench.services.data_import import plan_file, read_file, write_plan
from workbench.services.import_plan import Action
from workbench.services.import_write import TABLES
from workbench.store.database import Store

#: Generated files per reader (the benchmark harness sets thousands).
EXAMPLES = int(os.environ.get("WORKBENCH_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
        HealthCheck.large_base_example,
    ],
)
SECONDS = 10.0
MEMORY = 1 << 30


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux


def import_file(store: Store, folder: Path, data: bytes, suffix: str) -> str:
    """Import *data* (a file named ``*suffix``) into *store*; returns what happened:
    ``"refused"``, ``"read"`` (nothing to import) or ``"written"``."""
    path = folder / f"generated{suffix}"
    path.write_bytes(data)
    before = dump(store.path)
    peak, started = _peak_rss(), time.monotonic()
    try:
        outcome = _import(store, path)
    finally:
        elapsed = time.monotonic() - started
        grown = _peak_rss() - peak
    assert elapsed < SECONDS, f"{elapsed:.1f} s for a {len(data)}-byte file"
    assert grown < MEMORY, f"memory grew by {grown >> 20} MB for a {len(data)}-byte file"
    after = dump(store.path)
    if outcome[0] != "written":
        assert after == before, "a refused file changed the database"
        return outcome[0]
    _, table, created = outcome
    added = len(after[table]) - len(before[table])
    assert added == created, f"{created} planned for {table}, {added} written"
    _check_no_control_characters(store.path)
    return "written"


def _import(store: Store, path: Path) -> tuple[str, str, int]:
    try:
        read = read_file(path)
    except ReadProblem as problem:
        assert str(problem) and problem.template  # a reason, in a translatable template
        return "refused", "", 0
    kind = read.kind or "accounts"
    mapping = dict(read.mapping) or {read.table.headers[0]: "name"}
    plan = plan_file(store, read, kind, mapping, path.name)
    if not any(row.action in (Action.CREATE, Action.MERGE) for row in plan.rows):
        return "read", "", 0
    write_plan(store, plan)
    return "written", TABLES[kind], plan.count(Action.CREATE)


def _check_no_control_characters(path: Path) -> None:
    with sqlite3.connect(path) as db:
        for table in ("accounts", "contacts", "opportunities", "incidents"):
            for row in db.execute(f"SELECT * FROM {table}"):
                for value in row:
                    if isinstance(value, str):
                        assert not has_control_characters(value), (table, value[:80])
