"""A file's content written to disk on a thread of its own while the caller goes on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workbench.io.atomic import BackgroundSync


def test_waiting_returns_once_the_file_is_synced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "built.sqlite"
    path.write_bytes(b"x" * 1_000_000)
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        real_fsync(fd)
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))

    monkeypatch.setattr(os, "fsync", fsync)
    BackgroundSync(path).wait()
    assert synced == [str(path)]


def test_what_the_sync_meets_is_raised_by_waiting(tmp_path: Path) -> None:
    sync = BackgroundSync(tmp_path / "gone.sqlite")
    with pytest.raises(FileNotFoundError):
        sync.wait()
