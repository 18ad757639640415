"""Who has a database open: a lock file beside it, shared by users, exclusive for a swap.

SQLite's own locks protect transactions, not the file: replacing the file (a restore,
an archive import, encrypting it) under a process that still has it open sends that
process's next writes to a file nobody will see again. So every process that opens a
database holds a *shared* ``flock`` on ``NAME.lock`` for as long as it has it open,
and whatever replaces the file first takes the lock *exclusively* — which it only gets
when nobody else has the database open — and holds it across the swap.

``flock`` locks belong to an open file, not to a process (unlike the ``fcntl`` locks
SQLite uses on the database itself, which one ``close()`` anywhere in the process would
drop), so the two never interfere. On Linux the holders are named from ``/proc/locks``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock (documented)
    fcntl = None  # type: ignore[assignment]


class DatabaseInUse(Refusal):
    """Another process (or window) has the database open, so it cannot be replaced now."""

    context = "database"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    """A held lock on a database's lock file; :meth:`release` (or ``with``) lets it go."""

    def __init__(self, stream: IO[bytes] | None, exclusive: bool) -> None:
        self._stream = stream
        self.exclusive = exclusive

    def release(self) -> None:
        if self._stream is not None:
            with contextlib.suppress(OSError):
                self._stream.close()  # closing the file releases the flock
            self._stream = None

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _open_lock_file(db_path: Path) -> IO[bytes] | None:
    """The lock file, made if missing; read-only when it is another user's (a ``sudo``
    command left it), since ``flock`` needs no write access. ``None`` when it cannot be
    opened at all (a read-only folder where it was never made)."""
    path = lock_path(db_path)
    for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):
        try:
            descriptor = os.open(path, flags, 0o600)
        except OSError:
            continue
        try:
            return os.fdopen(descriptor, "rb")
        except OSError:  # a folder in its place
            os.close(descriptor)
    return None


def _try(stream: IO[bytes], operation: int) -> bool:
    try:
        fcntl.flock(stream.fileno(), operation | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def hold_shared(
    db_path: Path,
    *,
    timeout: float = 15.0,
    on_wait: Callable[[str], None] | None = None,
) -> DatabaseLock:
    """Say "I have this database open"; waits (telling *on_wait*) while it is being replaced."""
    stream = _open_lock_file(db_path) if fcntl is not None else None
    if stream is None:
        return DatabaseLock(None, exclusive=False)
    _acquire(
        stream,
        db_path,
        fcntl.LOCK_SH,
        timeout,
        on_wait,
        QT_TRANSLATE_NOOP(
            "database",
            "{file} is being replaced by {holders} and could not be opened; "
            "try again when it has finished.",
        ),
    )
    return DatabaseLock(stream, exclusive=False)


def hold_exclusive(db_path: Path, *, timeout: float = 0.0) -> DatabaseLock:
    """Take the database for a swap, or refuse naming who has it open."""
    if fcntl is None:
        return DatabaseLock(None, exclusive=True)
    stream = _open_lock_file(db_path)
    if stream is None:
        # Without its lock file nobody can tell who has the database open: refuse, never
        # guess (a read-only folder, or something else in the lock file's place).
        raise PermissionError(
            errno.EACCES, "the lock file cannot be opened", str(lock_path(db_path))
        )
    _acquire(
        stream,
        db_path,
        fcntl.LOCK_EX,
        timeout,
        None,
        QT_TRANSLATE_NOOP(
            "database",
            "{file} is in use by {holders}; close it there first. Nothing was changed.",
        ),
    )
    return DatabaseLock(stream, exclusive=True)


def _acquire(
    stream: IO[bytes],
    db_path: Path,
    operation: int,
    timeout: float,
    on_wait: Callable[[str], None] | None,
    refusal: str,
) -> None:
    """Take the lock, polling until *timeout*; then close *stream* and raise *refusal*."""
    deadline = time.monotonic() + timeout
    told = False
    while not _try(stream, operation):
        if time.monotonic() >= deadline:
            holders = describe_holders(db_path)
            stream.close()
            raise DatabaseInUse(refusal, file=db_path.name, holders=holders)
        if on_wait is not None and not told:
            on_wait(describe_holders(db_path))
            told = True
        time.sleep(0.1)


def describe_holders(db_path: Path) -> str:
    """Who holds the lock file, e.g. "workbench import (process 4242)"; generic elsewhere."""
    names = [_process_name(pid) for pid in sorted(_holder_pids(lock_path(db_path)))]
    if not names:
        return "another program"
    return ", ".join(names)


def _holder_pids(path: Path) -> set[int]:
    try:
        inode = path.stat().st_ino
        lines = Path("/proc/locks").read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return set()
    pids = set()
    for line in lines:
        fields = line.split()
        # "1: FLOCK  ADVISORY  READ  4242 08:01:123456 0 EOF" (a "->" marks a waiter)
        if "->" in fields or len(fields) < 6 or fields[1] != "FLOCK":
            continue
        with contextlib.suppress(ValueError, IndexError):
            if int(fields[5].rsplit(":", 1)[1]) == inode:
                pids.add(int(fields[4]))
    pids.discard(os.getpid())  # this process is the one asking
    return pids


_COMMANDS = frozenset(
    {
        *("demo", "check", "import", "export", "backup", "restore", "kpi", "report"),
        *("calendar", "proposal", "screenshot", "encrypt", "rekey", "decrypt"),
    }
)


def _process_name(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return f"process {pid}"
    words = [part.decode(errors="replace") for part in raw.split(b"\0") if part]
    ours = (
        any(
            os.path.basename(w) == "workbench" or w.endswith("workbench/__main__.py") for w in words
        )
        or "workbench" in words
    )
    if ours:
        command = next((w for w in words if w in _COMMANDS), None)
        name = f"workbench {command}" if command else "the Account Workbench window"
    else:
        name = os.path.basename(words[0]) if words else "a program"
    return f"{name} (process {pid})"


def remove_database_files(path: Path) -> None:
    """Delete a scratch database and every file SQLite or the lock may have left beside it."""
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


#: The scratch copies made beside a database while it is replaced (``.NAME.restoring``…).
SCRATCH_SUFFIXES = (".restoring", ".rewriting", ".from-archive")


def remove_stale_scratch(db_path: Path) -> None:
    """Delete the scratch copies a killed restore, encryption or archive import left beside
    the database (the data they hold, plain perhaps, should not linger). Called with the
    shared lock held: no restore or encryption is running then, and an archive being
    built still holds its scratch copy's own lock, which is checked first."""
    for suffix in SCRATCH_SUFFIXES:
        scratch = db_path.with_name(f".{db_path.name}{suffix}")
        if not Path(f"{scratch}.lock").exists():
            if scratch.exists() or Path(f"{scratch}-journal").exists():
                remove_database_files(scratch)
            continue
        try:
            held = hold_exclusive(scratch)
        except (DatabaseInUse, OSError):
            continue  # being built right now
        with held:
            remove_database_files(scratch)
