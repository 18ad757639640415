"""Why a database could not be used, as one sentence for the user and a kind of failure.

The command line and the window meet the same few failures whatever the operation: the
database is busy or in use, the disk is full, the file or folder is read-only, the file
is damaged, or its passphrase is missing or wrong. :func:`describe_failure` recognises
them in any exception (SQLAlchemy's wrapper, either SQLite driver, an ``OSError``)
and says what happened and what to do; each kind has its own exit code.
"""

from __future__ import annotations

import errno
from enum import IntEnum
from pathlib import Path

from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal
from workbench.store.cipher import DRIVER_ERRORS, CipherRefusal
from workbench.store.file_lock import DatabaseInUse


class FailureKind(IntEnum):
    """Each kind of failure, valued as the command line's exit code for it."""

    BUSY = 3
    DISK_FULL = 4
    READ_ONLY = 5
    DAMAGED = 6
    PASSPHRASE = 7


class DatabaseFailure(Refusal):
    context = "database"

    def __init__(self, kind: FailureKind, template: str, **values: object) -> None:
        super().__init__(template, **values)
        self.kind = kind


_BUSY = QT_TRANSLATE_NOOP(
    "database",
    "The database is busy: another program kept it locked for too long ({details}). "
    "Try again when it has finished; nothing was changed.",
)
_FULL = QT_TRANSLATE_NOOP(
    "database",
    "The disk is full: the change was not saved and the database is as it was before. "
    "Free some space and try again.",
)
_READ_ONLY = QT_TRANSLATE_NOOP(
    "database",
    "The database or its folder is read-only ({details}); nothing was changed. "
    "Check the file's permissions or choose another location.",
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "database",
    "The database file is damaged ({details}). Run `workbench check` for details and "
    "restore the latest backup (File → Restore from a backup…).",
)

_OTHER_FILE_FULL = QT_TRANSLATE_NOOP(
    "database",
    "The disk is full: nothing was written to {folder}, and a file that was there is as it "
    "was. Free some space and try again.",
)
_OTHER_FILE_READ_ONLY = QT_TRANSLATE_NOOP(
    "database",
    "Nothing could be written to {folder} ({details}): it is read-only or not yours. "
    "Choose another folder.",
)

_BY_SQLITE_NAME = {
    "SQLITE_BUSY": (FailureKind.BUSY, _BUSY),
    "SQLITE_LOCKED": (FailureKind.BUSY, _BUSY),
    "SQLITE_FULL": (FailureKind.DISK_FULL, _FULL),
    "SQLITE_READONLY": (FailureKind.READ_ONLY, _READ_ONLY),
    "SQLITE_PERM": (FailureKind.READ_ONLY, _READ_ONLY),
    "SQLITE_CANTOPEN": (FailureKind.READ_ONLY, _READ_ONLY),
    "SQLITE_CORRUPT": (FailureKind.DAMAGED, _DAMAGED),
    "SQLITE_NOTADB": (FailureKind.DAMAGED, _DAMAGED),
}
_BY_MESSAGE = (
    ("database is locked", FailureKind.BUSY, _BUSY),
    ("database or disk is full", FailureKind.DISK_FULL, _FULL),
    ("readonly database", FailureKind.READ_ONLY, _READ_ONLY),
    ("unable to open database file", FailureKind.READ_ONLY, _READ_ONLY),
    ("malformed", FailureKind.DAMAGED, _DAMAGED),
    ("file is not a database", FailureKind.DAMAGED, _DAMAGED),
)
_BY_ERRNO = {
    errno.ENOSPC: (FailureKind.DISK_FULL, _FULL),
    errno.EDQUOT: (FailureKind.DISK_FULL, _FULL),
    errno.EACCES: (FailureKind.READ_ONLY, _READ_ONLY),
    errno.EPERM: (FailureKind.READ_ONLY, _READ_ONLY),
    errno.EROFS: (FailureKind.READ_ONLY, _READ_ONLY),
}


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        orig = getattr(current, "orig", None)  # SQLAlchemy's DBAPIError
        current = (
            orig if isinstance(orig, BaseException) else (current.__cause__ or current.__context__)
        )
    return seen


def describe_failure(error: BaseException) -> DatabaseFailure | None:
    """The failure *error* stands for, or ``None`` when it is none of the known kinds."""
    for link in _chain(error):
        if isinstance(link, DatabaseFailure):
            return link
        if isinstance(link, DatabaseInUse | CipherRefusal):
            kind = FailureKind.BUSY if isinstance(link, DatabaseInUse) else FailureKind.PASSPHRASE
            failure = DatabaseFailure(kind, link.template, **link.values)
            failure.context = link.context  # where its translation is found
            return failure
        name = getattr(link, "sqlite_errorname", None)
        details = str(link).splitlines()[0] if str(link) else type(link).__name__
        if isinstance(name, str):
            base = name.split("_", 2)
            found = _BY_SQLITE_NAME.get(name) or _BY_SQLITE_NAME.get("_".join(base[:2]))
            if found:
                return DatabaseFailure(found[0], found[1], details=details)
        if isinstance(link, OSError) and link.errno in _BY_ERRNO:
            return _file_failure(link, *_BY_ERRNO[link.errno])
        if not isinstance(link, DRIVER_ERRORS):
            continue  # words like "malformed" in any other error say nothing of the database
        text = str(link).lower()
        for needle, kind, template in _BY_MESSAGE:
            if needle in text:
                return DatabaseFailure(kind, template, details=details)
    return None


def _file_failure(error: OSError, kind: FailureKind, template: str) -> DatabaseFailure:
    """A full disk or a refused write: of the database, or of a file written beside it
    (an export, a report), each said as what it is."""
    subject = Path(str(error.filename)) if error.filename else None
    if subject is None or _is_database_file(subject):
        details = f"{error.strerror}: {subject or ''}".strip().rstrip(":")
        return DatabaseFailure(kind, template, details=details)
    other = _OTHER_FILE_FULL if kind is FailureKind.DISK_FULL else _OTHER_FILE_READ_ONLY
    return DatabaseFailure(kind, other, folder=subject.parent, details=error.strerror)


def _is_database_file(path: Path) -> bool:
    name = path.name
    for companion in ("-wal", "-shm", "-journal", ".lock"):
        name = name.removesuffix(companion)
    return Path(name).suffix.lower() in {".sqlite", ".sqlite3", ".db", ""} or name.endswith(
        (".restoring", ".rewriting", ".from-archive")
    )


def damaged(details: str) -> DatabaseFailure:
    """The failure for a file whose integrity check failed with *details*."""
    return DatabaseFailure(FailureKind.DAMAGED, _DAMAGED, details=details)


def busy(holders: str, waited: float) -> DatabaseFailure:
    """The failure for a database another program kept locked for *waited* seconds."""
    return DatabaseFailure(
        FailureKind.BUSY,
        QT_TRANSLATE_NOOP(
            "database",
            "The database is busy: {holders} kept it locked for {seconds} s. Try again when "
            "it has finished; nothing was changed.",
        ),
        holders=holders,
        seconds=round(waited),
    )
