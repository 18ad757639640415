"""``kill -9`` at random moments of every command that writes a whole batch: afterwards
the database passes ``integrity_check`` and holds exactly the rows from before or
exactly those from after — never some tables of each, never half a table. And what a
killed run leaves behind does not stop the next run from finishing."""

from __future__ import annotations

import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.faults import harness
from tests.faults.conftest import CONTACT_MAPPING, write_contacts

pytestmark = pytest.mark.faults

PASSPHRASE = "correct horse battery staple"

#: Rows in the generated contacts file: about a second of importing.
CONTACTS = 15_000
#: Accounts the killed `workbench demo` writes: about a second too.
DEMO_ACCOUNTS = 150


@dataclass
class Operation:
    """One command, the database it starts from, and how its result is read."""

    name: str
    start_from: Path
    arguments: Callable[[Path], list[str | Path]]
    ignore: frozenset[str] = frozenset()
    env: dict[str, str] = field(default_factory=dict)
    passphrase: str | None = None

    def prepare(self, folder: Path) -> Path:
        folder.mkdir(parents=True)
        return harness.copy_database(self.start_from, folder / "workbench.sqlite")

    def read(self, db: Path) -> harness.Fingerprints:
        problems = harness.integrity(db, self.opening(db))
        assert problems == ["ok"], f"integrity_check: {problems}"
        return harness.fingerprints(db, self.opening(db), self.ignore)

    def outcome(
        self,
        db: Path,
        before: harness.Fingerprints,
        after: harness.Fingerprints,
        context: str,
    ) -> str:
        """ "before" or "after"; an AssertionError when the database is neither."""
        found = self.read(db)
        if self.passphrase:
            assert found == before, f"{context}: the content changed"
            return "after" if harness.is_encrypted(db) else "before"
        try:
            return harness.state_of(found, before, after)
        except AssertionError as error:
            raise AssertionError(f"{context}: {error}") from error

    def opening(self, db: Path) -> str | None:
        return self.passphrase if self.passphrase and harness.is_encrypted(db) else None


def kill_at_random_moments(operation: Operation, tmp_path: Path) -> list[harness.Kill]:
    """Run *operation* once to the end (its duration and its result), then kill it at
    seeded random moments of that duration, checking the database after each."""
    rng = harness.seeded_random(f"kill -9 {operation.name}")
    # Each run is a process forked from one that has imported the program (tests.forked):
    # the command as typed, less the half second of imports, where it writes nothing.
    started = time.monotonic()
    done = harness.run_forked(["--version"], tmp_path, output=tmp_path / "version")
    startup = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    reference = operation.prepare(tmp_path / "reference")
    before = operation.read(reference)
    started = time.monotonic()
    done = harness.run_forked(
        operation.arguments(reference), reference.parent, operation.env, output=reference.parent
    )
    duration = time.monotonic() - started
    assert done.returncode == 0, f"{operation.name}: exit {done.returncode}\n{done.stderr}"
    after = operation.read(reference)
    assert after != before or operation.passphrase, f"{operation.name} changed nothing"
    print(f"{operation.name}: start-up {startup:.2f} s, whole run {duration:.2f} s")

    kills = []
    retry: tuple[Path, list[str]] | None = None  # a killed run's folder, to run again
    for number in range(harness.kills_per_operation()):
        folder = tmp_path / f"kill-{number}"
        db = operation.prepare(folder)
        # From the end of the interpreter's start-up to a little past the usual end.
        delay = rng.uniform(0.8 * startup, 1.1 * max(duration, startup))
        process = harness.start_forked(
            operation.arguments(db), folder, operation.env, output=folder
        )
        try:
            process.wait(timeout=delay)
            finished = True
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            finished = False
        _, stderr = process.communicate(timeout=60)
        context = f"{operation.name}, kill {number} at {delay:.3f} s"
        if finished:
            assert process.returncode == 0, f"{context}: exit {process.returncode}\n{stderr}"
        outcome = operation.outcome(db, before, after, context)
        if finished:
            assert outcome == "after", f"{context}: exited 0 but the database is as before"
        kill = harness.Kill(
            operation.name,
            number,
            round(delay, 3),
            "finished" if finished else outcome,
            process.returncode,
            harness.leftovers(db),
        )
        kill.record()
        kills.append(kill)
        if kill.outcome == "before" and (retry is None or kill.leftovers or not retry[1]):
            if retry is not None:
                shutil.rmtree(retry[0].parent)
            retry = (db, kill.leftovers)
        else:
            shutil.rmtree(folder)  # kept when a check above fails
    outcomes = {o: sum(k.outcome == o for k in kills) for o in ("before", "after", "finished")}
    left = sorted({name for k in kills for name in k.leftovers})
    print(f"{operation.name}: {len(kills)} kills, {outcomes}, files left beside: {left}")
    if retry is not None:
        # What a killed run left behind does not stop the next run, nor spoil its result.
        db, _ = retry
        done = harness.run_forked(
            operation.arguments(db), db.parent, operation.env, output=db.parent
        )
        assert done.returncode == 0, f"{operation.name} after a kill: {done.stderr}"
        assert operation.outcome(db, before, after, "the run after a kill") == "after"
        assert not set(harness.leftovers(db)) - set(retry[1]), harness.leftovers(db)
        shutil.rmtree(db.parent)
    return kills


def test_an_import_killed_at_any_moment_leaves_all_or_nothing(
    sample_db_template: Path, tmp_path: Path
) -> None:
    contacts = write_contacts(tmp_path / "contacts.csv", sample_db_template, CONTACTS)
    operation = Operation(
        "import",
        sample_db_template,
        lambda db: [
            "import",
            contacts,
            "--kind",
            "contacts",
            "--mapping",
            CONTACT_MAPPING,
            "--db",
            db,
        ],
        ignore=harness.RUN_COLUMNS,
    )
    kill_at_random_moments(operation, tmp_path)


def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_new_database(
    sample_db_template: Path, larger_db: Path, tmp_path: Path
) -> None:
    backup = harness.copy_database(larger_db, tmp_path / "backup.sqlite")
    operation = Operation("restore", sample_db_template, lambda db: ["restore", backup, "--db", db])
    kill_at_random_moments(operation, tmp_path)


def test_an_archive_import_killed_at_any_moment_leaves_the_old_or_the_new_database(
    empty_db: Path, larger_archive: Path, tmp_path: Path
) -> None:
    operation = Operation(
        "archive import", empty_db, lambda db: ["import", larger_archive, "--db", db]
    )
    kill_at_random_moments(operation, tmp_path)


def test_a_sample_portfolio_killed_at_any_moment_is_written_whole_or_not_at_all(
    empty_db: Path, tmp_path: Path
) -> None:
    operation = Operation(
        "demo",
        empty_db,
        lambda db: [
            "demo",
            "--accounts",
            str(DEMO_ACCOUNTS),
            "--seed",
            "3",
            "--as-of",
            "2026-11-26",
            "--db",
            db,
        ],
    )
    kill_at_random_moments(operation, tmp_path)


def test_encryption_killed_at_any_moment_leaves_a_plain_or_an_encrypted_database(
    sample_db_template: Path, tmp_path: Path
) -> None:
    if harness.run(["encrypt", "--help"], tmp_path).returncode != 0:
        pytest.skip("`workbench encrypt` does not exist yet (issue 14, Build 1)")
    operation = Operation(
        "encrypt",
        sample_db_template,
        lambda db: ["encrypt", "--db", db],
        env={"WORKBENCH_PASSPHRASE": PASSPHRASE},
        passphrase=PASSPHRASE,
    )
    kill_at_random_moments(operation, tmp_path)
