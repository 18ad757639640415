"""A database on a read-only medium (a write-protected USB stick, a read-only share):
every command says so in one line with exit 5 — never a ``PermissionError`` or
"readonly database" traceback — and nothing is changed (issue 14, finding 6).

Root writes through file permissions, so the medium is a tmpfs the test mounts and then
remounts read-only: it runs only as root.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults import harness
from workbench.store.failures import FailureKind

pytestmark = pytest.mark.faults


PASSPHRASE = "read only medium"


@pytest.fixture(params=["plain", "encrypted"])
def read_only_medium(
    request: pytest.FixtureRequest, tmp_path: Path, sample_db_template: Path
) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a read-only tmpfs needs root")
    folder = tmp_path / "medium"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16M", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        database = harness.copy_database(sample_db_template, folder / "workbench.sqlite")
        if request.param == "encrypted":
            from workbench.services.encryption import encrypt_database
            from workbench.store.cipher import Passphrase

            encrypt_database(database, Passphrase(PASSPHRASE))
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder / "workbench.sqlite"
    finally:
        if subprocess.run(["umount", str(folder)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.parametrize(
    "arguments",
    [
        ["import", "{csv}", "--kind", "accounts"],
        ["demo", "--accounts", "2"],
        ["restore", "{backup}"],
        ["encrypt"],
        ["calendar", "import", "{ics}"],
    ],
    ids=lambda a: a[0] if a[0] != "calendar" else "calendar-import",
)
def test_writing_to_a_read_only_medium_is_one_line_and_exit_5(
    read_only_medium: Path, sample_db_template: Path, tmp_path: Path, arguments: list[str]
) -> None:
    if arguments == ["encrypt"] and harness.is_encrypted(read_only_medium):
        pytest.skip("already encrypted: refused as such before the medium matters")
    csv = tmp_path / "accounts.csv"
    csv.write_text("Name,Country\nSoloLectura SL,ES\n", encoding="utf-8")
    ics = tmp_path / "one.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:ro-1\r\n"
        "DTSTAMP:20261201T090000Z\r\nDTSTART:20261203T090000Z\r\nDTEND:20261203T100000Z\r\n"
        "SUMMARY:Revisión\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    backup = harness.copy_database(sample_db_template, tmp_path / "b.sqlite")
    before = read_only_medium.read_bytes()
    argv = [part.format(csv=csv, ics=ics, backup=backup) for part in arguments]
    done = harness.run(
        [*argv, "--db", read_only_medium],
        tmp_path,
        env={"WORKBENCH_PASSPHRASE": PASSPHRASE, "WORKBENCH_BUSY_WAIT": "2"},
    )
    assert "Traceback" not in done.stderr
    assert done.returncode == FailureKind.READ_ONLY, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "read-only" in done.stderr
    assert read_only_medium.read_bytes() == before


def test_reading_from_a_read_only_medium_needs_no_write(
    read_only_medium: Path, tmp_path: Path
) -> None:
    """A copy on a read-only stick: SQLite cannot read a write-ahead-log database without
    its shared-memory file, so reading says why in one line (or works, where it can)."""
    done = harness.run(
        ["kpi", "--db", read_only_medium], tmp_path, env={"WORKBENCH_PASSPHRASE": PASSPHRASE}
    )
    assert "Traceback" not in done.stderr
    assert done.returncode in (0, FailureKind.READ_ONLY), done.stderr
    if done.returncode:
        assert len(done.stderr.strip().splitlines()) == 1 and "read-only" in done.stderr
