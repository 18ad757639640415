"""A restore never loses a write another process was acknowledged for: it takes the
database for itself across the swap, or refuses while anyone else has it open (and
so do an archive import and encryption, which replace the file too).

Issue 14, finding 1: an import of 50,000 contacts printed "50000 created" and exited 0
while a restore started 1.5 s after it swapped the file; none of the rows were in the
restored database nor in the ``before-restore`` copy.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.faults import harness
from tests.faults.conftest import CONTACT_MAPPING, write_contacts

pytestmark = pytest.mark.faults

CONTACTS = 50_000
#: What the import's rows are recognised by.
IMPORTED = "%@fault%.example.com"
IN_USE = "is in use by"
IN_USE_EXIT = 3


def imported_rows(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        found = connection.execute(
            "SELECT count(*) FROM contacts WHERE email LIKE ?", (IMPORTED,)
        ).fetchone()[0]
    connection.close()
    return int(found)


def kept_copy(restore_output: str) -> Path | None:
    """The ``before-restore`` copy a restore (or archive import) names on stdout."""
    found = re.search(r"(?:is kept in|database is in) (.+\.sqlite)\s*$", restore_output, re.M)
    return Path(found.group(1)) if found else None


def test_a_restore_racing_an_import_loses_no_acknowledged_write(
    sample_db_template: Path, larger_db: Path, tmp_path: Path
) -> None:
    db = harness.copy_database(sample_db_template, tmp_path / "workbench.sqlite")
    backup = harness.copy_database(larger_db, tmp_path / "backup.sqlite")
    contacts = write_contacts(tmp_path / "contacts.csv", sample_db_template, CONTACTS)
    before = harness.fingerprints(db, ignore=harness.RUN_COLUMNS)

    importing = harness.start(
        ["import", contacts, "--kind", "contacts", "--mapping", CONTACT_MAPPING, "--db", db],
        tmp_path,
    )
    time.sleep(1.5)
    racing = importing.poll() is None
    restoring = harness.run(["restore", backup, "--db", db], tmp_path)
    import_out, import_err = importing.communicate(timeout=300)
    print(
        f"import still running when the restore started: {racing}; "
        f"import exit {importing.returncode}: {import_out.strip()} {import_err.strip()}; "
        f"restore exit {restoring.returncode}: {restoring.stdout.strip()} "
        f"{restoring.stderr.strip()}"
    )
    harness.record(
        "restore racing an import",
        racing=racing,
        import_exit=importing.returncode,
        restore_exit=restoring.returncode,
    )
    assert "Traceback" not in import_err
    assert "Traceback" not in restoring.stderr
    assert harness.integrity(db) == ["ok"]

    acknowledged = importing.returncode == 0 and f"{CONTACTS} created" in import_out
    in_final = imported_rows(db)
    if acknowledged:
        kept = kept_copy(restoring.stdout) if restoring.returncode == 0 else None
        in_kept = imported_rows(kept) if kept else 0
        assert CONTACTS in (in_final, in_kept), (
            f"the import said '{CONTACTS} created' and exited 0, but {in_final} of its "
            f"rows are in the database and {in_kept} in the copy kept before the restore"
        )
    else:
        assert importing.returncode != 0, import_out
        assert in_final in (0, CONTACTS)

    if restoring.returncode == 0:
        if in_final == 0:
            assert harness.fingerprints(db) == harness.fingerprints(backup)
    else:
        assert restoring.returncode == IN_USE_EXIT, restoring.stderr
        assert IN_USE in restoring.stderr
        assert len(restoring.stderr.strip().splitlines()) == 1, restoring.stderr
        if in_final == 0:
            assert harness.fingerprints(db, ignore=harness.RUN_COLUMNS) == before


READER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from sqlalchemy import text
    from workbench.store.database import open_store

    store = open_store(Path(sys.argv[1]))
    with store.session() as session:
        session.execute(text("SELECT count(*) FROM accounts")).scalar()
    print("open", flush=True)
    time.sleep(120)
    """
)


@pytest.mark.parametrize("replacing", ["restore", "archive import", "encrypt"])
def test_nothing_replaces_a_database_another_process_has_open(
    replacing: str,
    sample_db_template: Path,
    larger_db: Path,
    larger_archive: Path,
    tmp_path: Path,
) -> None:
    db = harness.copy_database(sample_db_template, tmp_path / "workbench.sqlite")
    before = harness.fingerprints(db)
    if replacing == "restore":
        backup = harness.copy_database(larger_db, tmp_path / "backup.sqlite")
        arguments: list[str | Path] = ["restore", backup, "--db", db]
    elif replacing == "archive import":
        arguments = ["import", larger_archive, "--db", db]
    else:
        if harness.run(["encrypt", "--help"], tmp_path).returncode != 0:
            pytest.skip("`workbench encrypt` does not exist yet (issue 14, Build 1)")
        arguments = ["encrypt", "--db", db]
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db)],
        cwd=tmp_path,
        env=harness.environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout is not None and reader.stderr is not None
        assert reader.stdout.readline().strip() == "open", reader.stderr.read()
        refused = harness.run(arguments, tmp_path, {"WORKBENCH_PASSPHRASE": "open elsewhere"})
        still_open = reader.poll() is None
    finally:
        reader.kill()
        reader.communicate()
    assert still_open
    assert "Traceback" not in refused.stderr
    assert refused.returncode == IN_USE_EXIT, (
        f"{replacing} with the database open elsewhere: exit {refused.returncode}\n"
        f"{refused.stdout}{refused.stderr}"
    )
    assert IN_USE in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert harness.integrity(db) == ["ok"]
    assert harness.fingerprints(db) == before
