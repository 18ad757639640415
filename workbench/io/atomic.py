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
from typing import Self

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


class BackgroundFlush:
    """The system's writes held in memory sent to the disks (``sync()``) on a thread of its
    own, started now: the disk writes while the caller computes, and a :func:`sync_file`
    moments later has little left to do. As a context manager, waited for however the
    block ends.

    It opens no file: closing any descriptor of a database file would drop the locks
    SQLite holds on it for this process (POSIX locks belong to the process, not the
    descriptor). Where the system has no ``sync()``, it does nothing.
    """

    def __init__(self) -> None:
        self._thread = threading.Thread(target=getattr(os, "sync", _nothing), daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Return once the writes are sent."""
        self._thread.join()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exception: object) -> None:
        self.wait()


def _nothing() -> None:
    pass


def write_atomically(target: Path, data: bytes, mode: int = PRIVATE_FILE) -> Path:
    """Write *data* to *target* whole or not at all."""
    with atomic_path(target, mode) as partial:
        partial.write_bytes(data)
    return target
