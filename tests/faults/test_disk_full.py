"""A full disk: the command says so in one line and a distinct exit code, the database
is as it was, and nothing oversized is left behind (issue 14, finding 6: "database or
disk is full" tracebacks, and a failed demo left a 31 MB WAL).

The disk is a small tmpfs the test mounts, so it runs only as root.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.faults import harness
from tests.faults.conftest import CONTACT_MAPPING, write_contacts

pytestmark = pytest.mark.faults

#: The disk: the database fits; what each command writes does not.
DISK_MB = 4
#: Nothing but the database itself may be bigger than this afterwards (WAL included).
LEFT_BEHIND_LIMIT = 1_000_000


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs for a full disk needs root")
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_MB}M", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_the_disk(
    label: str,
    disk: Path,
    start_from: Path,
    arguments: Callable[[Path], list[str | Path]],
    scratch: Path,
) -> None:
    db = harness.copy_database(start_from, disk / "workbench.sqlite")
    before = harness.fingerprints(db)
    done = harness.run(arguments(db), scratch)
    print(f"exit {done.returncode}: {done.stdout.strip()} | {done.stderr.strip()}")
    left = {
        str(path.relative_to(disk)): path.stat().st_size
        for path in disk.rglob("*")
        if path.is_file()
    }
    print(f"left on the disk: {left}")
    harness.record(
        "disk full",
        command=label,
        exit=done.returncode,
        stderr_lines=len(done.stderr.strip().splitlines()),
        traceback="Traceback" in done.stderr,
        largest_left=max((s for p, s in left.items() if p != db.name), default=0),
    )
    assert "Traceback" not in done.stderr
    assert done.returncode != 0, f"the command did not fill the disk: {done.stdout}"
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    oversized = {p: s for p, s in left.items() if p != db.name and s > LEFT_BEHIND_LIMIT}
    assert not oversized, f"left behind on the full disk: {oversized}"
    assert harness.integrity(db) == ["ok"]
    assert harness.fingerprints(db) == before


def test_a_sample_portfolio_on_a_full_disk_fails_in_one_line_and_leaves_nothing(
    small_disk: Path, empty_db: Path, tmp_path: Path
) -> None:
    fill_the_disk(
        "demo",
        small_disk,
        empty_db,
        lambda db: ["demo", "--accounts", "200", "--as-of", "2026-11-26", "--db", db],
        tmp_path,
    )


def test_an_import_on_a_full_disk_fails_in_one_line_and_leaves_the_database_as_it_was(
    small_disk: Path, sample_db_template: Path, tmp_path: Path
) -> None:
    contacts = write_contacts(tmp_path / "contacts.csv", sample_db_template, 50_000)
    fill_the_disk(
        "import",
        small_disk,
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
        tmp_path,
    )


def test_an_archive_import_on_a_full_disk_fails_in_one_line_and_leaves_the_database(
    small_disk: Path, empty_db: Path, larger_archive: Path, tmp_path: Path
) -> None:
    fill_the_disk(
        "archive import",
        small_disk,
        empty_db,
        lambda db: ["import", larger_archive, "--db", db],
        tmp_path,
    )
