"""A copy of the automatic backups off the laptop: a USB drive or a synced folder.

When a second backup folder is chosen, the newest automatic backup is copied there
whenever the folder is reachable (it exists, is a folder and may be written to); an
unplugged drive is skipped without a word, and its mount point is never created.
The copy is a byte copy of the backup file, written whole or not at all
(:mod:`workbench.io.atomic`), so the copy of an encrypted database stays encrypted.
Copies there are thinned out exactly like the local ones (:func:`backup.rotate`).
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workbench.io.atomic import atomic_path
from workbench.services import backup

#: A copy older than this (or none at all) is worth a word in the status bar.
STALE_AFTER = timedelta(days=7)


def reachable(folder: Path) -> bool:
    """Whether *folder* is there to be written to (a drive plugged in, a share mounted)."""
    try:
        return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)
    except OSError:  # a share gone away mid-call, a path the system refuses
        return False


def _dated(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    """The automatic backups of *stem* in *folder*, newest first, with their UTC times."""
    dated = []
    for path in folder.glob(f"{stem}.auto.*.sqlite"):
        found = backup.AUTO_PATTERN.match(path.name)
        if found and found.group("stem") == stem:
            stamp = datetime.strptime(found.group("stamp"), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            dated.append((stamp, path))
    return sorted(dated, reverse=True)


def newest_copy(folder: Path, stem: str) -> datetime | None:
    """When the newest copy of *stem*'s backups in *folder* was made; ``None`` if there
    is none or the folder cannot be reached."""
    if not reachable(folder):
        return None
    try:
        dated = _dated(folder, stem)
    except OSError:
        return None
    return dated[0][0] if dated else None


def copy_newest(db_path: Path, folder: Path, now: datetime | None = None) -> Path | None:
    """Copy the newest automatic backup of *db_path* into *folder*, then thin out the
    copies there; returns the copy, or ``None`` when there was nothing to do (no
    backup yet, the folder not reachable, or the copy already there).

    Raises :class:`OSError` if the copy fails (the drive full or pulled out mid-copy);
    the folder then holds what it held before.
    """
    if not reachable(folder):
        return None
    local = backup.backups_folder(db_path)
    if local.resolve() == folder.resolve():
        return None
    newest = _dated(local, db_path.stem)
    if not newest:
        return None
    source = newest[0][1]
    target = folder / source.name
    if target.exists() and target.stat().st_size == source.stat().st_size:
        return None
    with atomic_path(target) as partial:
        shutil.copyfile(source, partial)
    backup.rotate(folder, db_path.stem, (now or datetime.now(UTC)).astimezone(UTC))
    return target


def is_stale(last_copy: datetime | None, now: datetime) -> bool:
    """Whether the newest copy off the laptop is missing or older than :data:`STALE_AFTER`."""
    return last_copy is None or now - last_copy > STALE_AFTER
