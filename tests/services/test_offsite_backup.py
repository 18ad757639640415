"""Copies of the automatic backups off the laptop (issue 14, Build 7)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workbench.services import backup
from workbench.services.backup import automatic_backup, verify_backup
from workbench.services.offsite_backup import copy_newest, is_stale, newest_copy, reachable

NOW = datetime(2026, 11, 26, 8, tzinfo=UTC)


def test_the_newest_automatic_backup_is_copied_byte_for_byte_and_privately(
    sample_db_path: Path, tmp_path: Path
) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    written = automatic_backup(sample_db_path, NOW)
    copied = copy_newest(sample_db_path, drive, NOW)
    assert copied == drive / written.name
    assert copied.read_bytes() == written.read_bytes()
    assert copied.stat().st_mode & 0o777 == 0o600
    assert verify_backup(copied).accounts == 40
    assert newest_copy(drive, sample_db_path.stem) == NOW
    assert sorted(p.name for p in drive.iterdir()) == [written.name]  # no .partial left
    assert copy_newest(sample_db_path, drive, NOW) is None  # already there: nothing to do


def test_an_unplugged_drive_is_skipped_and_its_mount_point_never_made(
    sample_db_path: Path, tmp_path: Path
) -> None:
    automatic_backup(sample_db_path, NOW)
    unplugged = tmp_path / "media" / "usb"
    assert not reachable(unplugged)
    assert copy_newest(sample_db_path, unplugged, NOW) is None
    assert newest_copy(unplugged, sample_db_path.stem) is None
    assert not unplugged.exists() and not unplugged.parent.exists()


def test_a_file_where_the_folder_should_be_is_not_reachable(tmp_path: Path) -> None:
    (tmp_path / "usb").write_text("not a folder")
    assert not reachable(tmp_path / "usb")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_read_only_folder_is_not_reachable(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert not reachable(folder)
    finally:
        folder.chmod(0o700)


def test_copies_are_thinned_out_like_the_local_backups(
    sample_db_path: Path, tmp_path: Path
) -> None:
    drive = tmp_path / "synced"
    drive.mkdir()
    days = [NOW - timedelta(days=back) for back in range(60, -1, -1)]
    for day in days:
        automatic_backup(sample_db_path, day)
        copy_newest(sample_db_path, drive, day)
    local = sorted(p.name for p in backup.backups_folder(sample_db_path).glob("*.auto.*"))
    assert sorted(p.name for p in drive.iterdir()) == local
    assert len(local) < len(days)


def test_nothing_to_copy_before_the_first_backup(sample_db_path: Path, tmp_path: Path) -> None:
    assert copy_newest(sample_db_path, tmp_path, NOW) is None


def test_a_copy_older_than_a_week_or_none_is_stale() -> None:
    assert is_stale(None, NOW)
    assert is_stale(NOW - timedelta(days=7, minutes=1), NOW)
    assert not is_stale(NOW - timedelta(days=6), NOW)
