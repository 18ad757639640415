"""Files that appear whole or not at all, readable by their owner only.

Every file the program writes (exports, reports, calendars, archives, backups) goes
through :func:`atomic_path`: the content is written to a temporary file in the target's
folder and renamed over the target only once complete, so a full disk, a crash or an
error leaves the previous file exactly as it was and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

#: Files the program creates are the owner's alone (the book holds clients' data).
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(path: Path) -> Path:
    """Create *path* (and missing parents) as owner-only folders; an existing one is kept."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    path.mkdir(parents=True, exist_ok=True)
    for created in missing:
        with contextlib.suppress(OSError):
            created.chmod(PRIVATE_FOLDER)
    return path


@contextlib.contextmanager
def atomic_path(target: Path, mode: int = PRIVATE_FILE) -> Iterator[Path]:
    """A temporary path beside *target* to write to; renamed over *target* on success.

    The folder must exist (a missing one is an error, as for any write). The temporary
    file already exists (empty, with *mode*) when the block starts, so a writer that
    reopens it by name keeps the permissions. On any exception it is
    removed and *target* is untouched.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    os.close(handle)
    partial = Path(name)
    try:
        partial.chmod(mode)
        yield partial
        sync_file(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def sync_file(path: Path) -> None:
    """Return once *path*'s content is on disk, not only in the system's memory: a file
    about to take another's name must be whole there even if the power fails after."""
    with open(path, "rb+") as written:
        os.fsync(written.fileno())


class BackgroundSync:
    """:func:`sync_file` of *path* on a thread of its own, started now: the disk writes
    while the caller computes (checks the file, say); :meth:`wait` before renaming it."""

    def __init__(self, path: Path) -> None:
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._sync, args=(path,), daemon=True)
        self._thread.start()

    def _sync(self, path: Path) -> None:
        try:
            sync_file(path)
        except OSError as error:  # raised by wait(), in the caller's thread
            self._error = error

    def wait(self) -> None:
        """Return once the content is on disk; raise what the sync raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error


def write_atomically(target: Path, data: bytes, mode: int = PRIVATE_FILE) -> Path:
    """Write *data* to *target* whole or not at all."""
    with atomic_path(target, mode) as partial:
        partial.write_bytes(data)
    return target
