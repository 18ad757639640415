"""The lock file beside a database, and the scratch copies a killed swap leaves behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.store.database import open_store
from workbench.store.file_lock import DatabaseInUse, hold_exclusive, hold_shared


def test_a_shared_hold_keeps_the_database_from_being_swapped(sample_db_path: Path) -> None:
    with hold_shared(sample_db_path), pytest.raises(DatabaseInUse, match="in use by"):
        hold_exclusive(sample_db_path)
    with hold_exclusive(sample_db_path):
        pass  # nobody holds it any more


def test_scratch_copies_left_by_a_killed_swap_are_removed_on_the_next_open(
    sample_db_path: Path,
) -> None:
    left = [
        sample_db_path.with_name(f".{sample_db_path.name}{suffix}")
        for suffix in (".restoring", ".restoring-journal", ".rewriting", ".from-archive")
    ]
    for path in left:
        path.write_bytes(b"a plain copy of the book")
    Path(f"{left[-1]}.lock").touch()
    open_store(sample_db_path).close()
    assert [path for path in left if path.exists()] == []


def test_an_archive_being_built_keeps_its_scratch_copy(sample_db_path: Path) -> None:
    scratch = sample_db_path.with_name(f".{sample_db_path.name}.from-archive")
    scratch.write_bytes(b"rows being restored")
    with hold_shared(scratch):  # the archive import has it open
        open_store(sample_db_path).close()
    assert scratch.exists()
