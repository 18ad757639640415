"""An archive's largest tables restored by a second process (the spawn of a real one).

The threshold is lowered so that the 40-account sample's largest table (its interactions)
goes to the second process; one test restores a large archive the way a user does, with
``python -m workbench import``, at the real threshold.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.dumps import dump
from tests.services.archives import checked, rebuild, rows_of, snapshot
from workbench.domain.identity import uuid7
from workbench.i18n import translated
from workbench.services import archive_side
from workbench.services.archive import (
    ArchiveError,
    read_archive_manifest,
    restore_archive,
)
from workbench.services.progress import Cancelled, Progress
from workbench.store import search_index

SIDE = "interactions"


@pytest.fixture
def archive(sample_archive: Path) -> Path:
    return sample_archive


@pytest.fixture(autouse=True)
def side_from_one_row(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(archive_side, "SIDE_ROWS", 1)
    yield
    assert not multiprocessing.active_children()  # the second process never outlives a restore


def test_the_largest_table_goes_to_a_second_process(archive: Path) -> None:
    tables = read_archive_manifest(archive).tables
    assert archive_side.side_tables(tables, os.cpu_count(), 1)[0] == SIDE
    assert archive_side.side_tables(tables, 1, 1) == []  # one core: no one to share with
    assert archive_side.side_tables(tables, 2, tables[SIDE] + 1) == []  # too small to pay


def test_the_tables_the_search_index_reads_stay_with_the_process_that_builds_it() -> None:
    # The index of the proposals' sections reads their versions and proposals: were
    # those in the second process, it would be built before their rows are here.
    tables = {
        SIDE: 700_000,
        "kpi_measurements": 400_000,
        "contacts": 100_000,
        "revenue_records": 70_000,
        "proposal_versions": 60_000,
        "proposal_sections": 40_000,
        "proposals": 10_000,
    }
    reads = search_index.read_tables()
    assert {"proposal_versions", "proposals"} <= reads
    sources = search_index.source_tables()

    def aside(kept: frozenset[str]) -> list[str]:
        extra = sum(tables.get(name, 0) for name in kept)
        return archive_side.side_tables(tables, 2, 100_000, kept_here=kept, extra_here=extra)

    assert aside(sources) == [SIDE, "proposals"]  # the index's own tables kept alone
    assert aside(reads) == [SIDE]


def test_the_second_process_takes_the_largest_others_that_keep_its_share_at_half() -> None:
    tables = {"big": 600, "next": 300, "kept": 250, "fits": 120, "small": 30, "tiny": 10, "none": 0}
    # Half of the work: (1,310 rows + 250 more here - 100 for the late start) / 2 = 730.
    aside = archive_side.side_tables(tables, 2, 100, kept_here=frozenset({"kept"}), extra_here=250)
    assert aside == ["big", "fits", "tiny"]  # 600 + 120 + 10 = 730; "next" would make 900
    # Whatever it is, the largest table goes: it is the one worth a process.
    assert archive_side.side_tables(
        {"kept": 500, "b": 10}, 2, 100, kept_here=frozenset({"kept"})
    ) == ["kept"]


def test_an_archive_restored_by_two_processes_is_the_same_database(
    archive: Path, sample_db_path: Path, tmp_path: Path
) -> None:
    restored = tmp_path / "restored.sqlite"
    assert restore_archive(archive, restored) is None
    assert dump(restored) == dump(sample_db_path)  # rows, ids, order and search index alike
    assert checked(restored)
    assert not list(tmp_path.glob(".*"))  # neither process's scratch file is left


def _set_first(column: str, value: object) -> Any:
    def edit(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rows[0] = {**rows[0], column: value}
        return rows

    return edit


def _uid_of_second_on_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows[0] = {**rows[0], "uid": rows[1]["uid"]}
    return rows


@pytest.mark.parametrize(
    ("table", "edit", "message"),
    [
        # Refused by the second process, said here as the first would say it.
        (
            SIDE,
            _set_first("kind", "telepathy"),
            "table interactions: CHECK constraint failed: ck_interactions_kind, row 1",
        ),
        (SIDE, _set_first("contact_id", "lots"), "table interactions: contact_id holds a text"),
        (
            SIDE,
            _set_first("occurred_at", "2023-02-29 10:00:00.000000"),
            "occurred_at '2023-02-29 10:00:00.000000' is not a date and time",
        ),
        (SIDE, _set_first("planet", "Mars"), "unknown column interactions.planet"),
        # Refused here while the second process still works: it is stopped.
        ("accounts", _set_first("name", None), "NOT NULL"),
        # A reference from the second process's rows is checked once all rows are in.
        (SIDE, _set_first("account_id", 999_999), "missing accounts row"),
        # Two of its records with one uid: refused, naming the table, as the first says it.
        (SIDE, _uid_of_second_on_first, "table interactions: UNIQUE constraint failed"),
    ],
)
def test_a_refusal_on_either_side_leaves_the_database_untouched(
    archive: Path,
    sample_db_path: Path,
    tmp_path: Path,
    table: str,
    edit: Any,
    message: str,
) -> None:
    bad = rebuild(archive, tmp_path / "bad.zip", tables={table: edit(rows_of(archive, table))})
    before = snapshot(sample_db_path)
    with pytest.raises(ArchiveError, match=message) as refused:
        restore_archive(bad, sample_db_path)
    assert snapshot(sample_db_path) == before
    assert translated(refused.value) == str(refused.value)  # a template and its values


def test_a_damaged_member_read_by_the_second_process_is_refused(
    archive: Path, sample_db_path: Path, tmp_path: Path
) -> None:
    text = json.dumps(rows_of(archive, SIDE), ensure_ascii=False)
    cut = rebuild(archive, tmp_path / "cut.zip", extra={f"tables/{SIDE}.json": text[:-40].encode()})
    before = snapshot(sample_db_path)
    with pytest.raises(ArchiveError, match=f"is damaged.*tables/{SIDE}.json"):
        restore_archive(cut, sample_db_path)
    assert snapshot(sample_db_path) == before


def test_a_restore_cancelled_while_the_second_process_works_stops_it(
    archive: Path, sample_db_path: Path
) -> None:
    before = sample_db_path.read_bytes()
    progress = Progress()

    def cancel_once_this_side_is_done(_done: int, _total: int, message: str) -> None:
        if message == "indexes":  # this side's rows are in; the other may still be working
            progress.cancel()

    progress.on_progress = cancel_once_this_side_is_done
    with pytest.raises(Cancelled):
        restore_archive(archive, sample_db_path, progress)
    assert sample_db_path.read_bytes() == before
    assert not list(sample_db_path.parent.glob(".*"))


def test_the_progress_of_both_processes_adds_up_to_the_end(archive: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    restore_archive(
        archive, tmp_path / "new.sqlite", Progress(lambda d, t, _m: seen.append((d, t)))
    )
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1][0] == seen[-1][1]


def _large_archive(archive: Path, target: Path, rows: int) -> Path:
    """*archive* with *rows* interactions (copies of its own, under new ids and uids)."""
    model = rows_of(archive, SIDE)
    many = [{**model[i % len(model)], "id": i + 1, "uid": uuid7().hex} for i in range(rows)]
    return rebuild(archive, target, tables={SIDE: many})


def test_a_large_archive_restores_from_the_command_line(
    archive: Path, sample_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``python -m workbench import``: the second process imports the program's main module
    again, which must not run the program a second time."""
    monkeypatch.undo()  # the real threshold: the command runs in a process of its own
    rows = archive_side.SIDE_ROWS + 1
    large = _large_archive(archive, tmp_path / "large.zip", rows)
    assert archive_side.side_tables(read_archive_manifest(large).tables, 2, rows) == [SIDE]
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "import", str(large), "--db", str(sample_db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("restored large.zip") == 1
    assert checked(sample_db_path)
    with closing(sqlite3.connect(sample_db_path)) as db:
        stored = db.execute(f"SELECT count(*), max(id) FROM {SIDE}").fetchone()
    assert stored == (rows, rows)


_CALLER = """
import sys, time
from workbench.services.archive_side import SideFill
from tests.services.side_targets import wait_then_say
if __name__ == "__main__":
    side = SideFill(wait_then_say, (sys.argv[1],), refused=RuntimeError, failed=RuntimeError)
    time.sleep(120)  # killed before it says go
"""


def test_a_second_process_whose_caller_is_killed_before_it_says_go_ends(tmp_path: Path) -> None:
    """The second process starts first and waits for the restore's go: a restore killed
    meanwhile must not leave it waiting for ever."""
    notes = tmp_path / "notes.txt"
    script = tmp_path / "caller.py"
    script.write_text(_CALLER)
    root = str(Path(__file__).parents[2])  # the spawned process imports tests.services
    caller = subprocess.Popen(
        [sys.executable, str(script), str(notes)], env={**os.environ, "PYTHONPATH": root}
    )
    try:
        deadline = time.monotonic() + 60
        while not (notes.exists() and notes.read_text().startswith("waiting")):
            assert time.monotonic() < deadline, "the second process never started"
            time.sleep(0.05)
        caller.kill()
        caller.wait()
        while "gave up" not in notes.read_text():
            assert time.monotonic() < deadline, "the second process still waits"
            time.sleep(0.05)
    finally:
        caller.kill()
        caller.wait()
