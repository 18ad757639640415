"""Backups of the whole database in one file, their rotation, and restoring one.

* :func:`write_backup` copies the live database with SQLite's online backup API
  (consistent even while the window writes, WAL included) to a temporary file beside
  the target, checks the copy, and only then puts it in place.
* :func:`verify_backup` reads a file without changing a byte: is it SQLite, is it
  sound (SQLite's integrity check), is it an Account Workbench database of a schema
  this version can open.
* :func:`restore_backup` verifies the backup first, keeps the current database as a
  backup of its own, copies the backup beside it, checks the copy and renames it
  over the database in one step. A refused backup, a failure or a cancel leaves the
  database untouched.
* :func:`automatic_backup` writes ``backups/<name>.auto.<stamp>.sqlite`` and
  :func:`rotate` keeps the newest of each of the last 7 days, 5 weeks and 12 months.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal
from workbench.io.atomic import PRIVATE_FILE, atomic_path, private_folder, sync_file
from workbench.services.progress import Progress
from workbench.store.cipher import (
    DRIVER_ERRORS,
    FILE_ERRORS,
    CipherRefusal,
    Passphrase,
    connect_file,
    export_with_key,
    is_encrypted,
    key_if_encrypted,
    new_file_key,
)
from workbench.store.file_lock import hold_exclusive, remove_database_files
from workbench.store.migrate import SCHEMA_HEAD, backup_file, backup_path_for
from workbench.store.models import Base
from workbench.store.search_index import TABLE as SEARCH_INDEX
from workbench.store.verify import integrity_messages, row_count, schema_revision, table_names

AUTO_PATTERN = re.compile(r"^(?P<stem>.+)\.auto\.(?P<stamp>\d{8}-\d{6})\.sqlite$")
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 5, 12


class BackupError(Refusal):
    """A backup could not be written or read; says why, in the user's language.

    Holds a translatable template (context "backup") and its values: ``str()`` is the
    English sentence (the command line), :func:`workbench.i18n.translated` the interface's.
    """

    context = "backup"


@dataclass(frozen=True)
class BackupCheck:
    revision: str | None
    accounts: int


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


#: Every schema revision this version ships, oldest first (a test keeps it equal to the
#: migration scripts, so a new migration cannot forget to say which tables it adds).
SCHEMA_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
)
#: The search index: an FTS5 table and the shadow tables SQLite keeps for it.
_SEARCH_TABLES = frozenset(
    {
        SEARCH_INDEX,
        *(f"{SEARCH_INDEX}_{part}" for part in ("config", "content", "data", "docsize", "idx")),
    }
)
#: Tables a revision after the first creates (every other model table dates from "0001").
_ADDED_IN = {
    "0004": _SEARCH_TABLES,
    "0005": frozenset({"import_runs", "import_changes"}),
    "0008": frozenset({"operations", "field_changes", "settings"}),
    "0012": frozenset({"sync_state", "sync_records"}),
    "0013": frozenset({"account_shares"}),
}


@cache
def schema_tables(revision: str) -> frozenset[str] | None:
    """The tables a database at schema *revision* holds; ``None`` for a revision not shipped.

    Built from the models (the head) less what later revisions added, so that a backup or
    an archive missing one is known to be incomplete.
    """
    if revision not in SCHEMA_REVISIONS:
        return None
    later = SCHEMA_REVISIONS[SCHEMA_REVISIONS.index(revision) + 1 :]
    head = {*Base.metadata.tables, "alembic_version", *_SEARCH_TABLES}
    return frozenset(head.difference(*(_ADDED_IN.get(r, ()) for r in later)))


def _check_schema(name: str, revision: str | None, tables: set[str]) -> None:
    """Refuse a database of a revision this version does not ship, or missing a table of it."""
    if revision is not None and revision > SCHEMA_HEAD:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "backup",
                "{file} was written by a newer version of Account Workbench (schema {schema}); "
                "install that version to restore it.",
            ),
            file=name,
            schema=revision,
        )
    if revision is None:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "{file} does not say which schema revision it has."),
            file=name,
        )
    expected = schema_tables(revision)
    if expected is None:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "backup", "{file} has a schema revision this version does not know ({schema})."
            ),
            file=name,
            schema=revision,
        )
    missing = sorted(expected - tables)
    if missing:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "backup", "{file} is incomplete: table {table} of schema {schema} is missing."
            ),
            file=name,
            table=missing[0],
            schema=revision,
        )


def verify_backup(
    path: Path, passphrase: Passphrase | None = None, *, built_here: bool = False
) -> BackupCheck:
    """Check *path* is a sound Account Workbench database this version can open: a schema
    revision it ships, with every table that revision has, and SQLite's
    ``integrity_check`` of every page, index and constraint.

    *built_here*: a file this process has just built, every row of it through SQLite's
    constraints (the foreign keys and, for an archive's rows, the ``CHECK`` constraints
    checked at the end of each table), is checked for its schema alone;
    reading its pages again would find nothing SQLite did not refuse as it wrote them.
    """
    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("backup", "{file} does not exist."), file=path.name)
    if path.stat().st_size == 0:
        raise BackupError(QT_TRANSLATE_NOOP("backup", "{file} is empty."), file=path.name)
    try:
        with closing(connect_file(path, passphrase, read_only=True)) as db:
            if not built_here and (messages := integrity_messages(db)) != ["ok"]:
                raise BackupError(
                    QT_TRANSLATE_NOOP("backup", "{file} is damaged: {details}"),
                    file=path.name,
                    details="; ".join(messages[:3]),
                )
            tables = table_names(db)
            if not {"alembic_version", "accounts"} <= tables:
                raise BackupError(
                    QT_TRANSLATE_NOOP("backup", "{file} is not an Account Workbench database."),
                    file=path.name,
                )
            revision = schema_revision(db)
            accounts = row_count(db, "accounts")
    except CipherRefusal as refusal:
        raise BackupError(refusal.template, **refusal.values) from refusal
    except DRIVER_ERRORS as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "{file} is not a database ({details})."),
            file=path.name,
            details=error,
        ) from error
    _check_schema(path.name, revision, tables)
    return BackupCheck(revision, int(accounts))


def write_backup(db_path: Path, target: Path, passphrase: Passphrase | None = None) -> Path:
    """Back *db_path* up to *target*, checked, replacing *target* only when sound."""
    if not db_path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("backup", "{file} does not exist."), file=db_path.name)
    target = target.resolve()
    if target == db_path.resolve():
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "A backup cannot overwrite the database it copies.")
        )
    private_folder(target.parent)
    partial = target.with_name(f".{target.name}.partial")
    try:
        backup_file(db_path, partial, passphrase)
        verify_backup(partial, passphrase)
        os.replace(partial, target)
    except FILE_ERRORS as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "The backup could not be written: {details}"),
            details=error,
        ) from error
    finally:
        remove_database_files(partial)
    return target


def restore_backup(
    backup: Path,
    db_path: Path,
    progress: Progress | None = None,
    *,
    passphrase: Passphrase | None = None,
    backup_passphrase: Passphrase | None = None,
    move: bool = False,
) -> Path | None:
    """Put *backup*'s content in place of *db_path*'s; returns the copy kept of the latter.

    The database is taken for the restore (an exclusive lock held across the swap): while
    another process or window has it open, the restore is refused naming it, so no write
    of theirs can land in a file about to be replaced. The backup is copied beside the
    database and checked, then renamed over it in one step, keeping the replaced file's
    permissions: a failure or a cancel before that step leaves the database as it was.

    *passphrase* opens the current database, *backup_passphrase* (by default the same)
    the backup. Restoring into an encrypted database encrypts the content with the
    database's current passphrase, whatever the backup's; restored where there was no
    encrypted database, an encrypted backup stays encrypted with its own.

    *move* says *backup* is a scratch file beside *db_path*, built for this restore by this
    process and written by no one else: its schema is checked (see :func:`verify_backup`)
    and it is synced and renamed into place (when it needs no re-encryption) instead of
    copied and checked a second time.
    """
    progress = progress or Progress()
    backup_passphrase = backup_passphrase or passphrase
    progress.advance(0, 3, "verify")
    verify_backup(backup, backup_passphrase, built_here=move)
    exists = db_path.is_file() and db_path.stat().st_size > 0
    if exists and not (os.access(db_path, os.W_OK) and db_path.stat().st_mode & stat.S_IWUSR):
        # A failure of the machine's kind (exit 5, the same sentence as any read-only write).
        raise PermissionError(errno.EACCES, "the database file is read-only", str(db_path))
    encrypt_as = passphrase if exists and is_encrypted(db_path) else None
    with hold_exclusive(db_path, timeout=2.0):
        kept = None
        if exists:
            progress.advance(1, 3, "keep")
            kept = _keep_before_restore(db_path, passphrase)
        progress.advance(2, 3, "copy")
        staged = db_path.with_name(f".{db_path.name}.restoring")
        mode = stat.S_IMODE(db_path.stat().st_mode) if exists else PRIVATE_FILE
        try:
            remove_database_files(staged)
            if encrypt_as is not None:
                # Whatever the backup's own key (an older passphrase, perhaps one that leaked
                # and was changed since), the database keeps its current one.
                backup_key = key_if_encrypted(backup, backup_passphrase)
                export_with_key(backup, backup_key, staged, new_file_key(encrypt_as))
                verify_backup(staged, encrypt_as)
            elif move:
                # Built with nothing synced (see store.bulk.prepare_bulk_load): on disk
                # before it takes the database's name, whatever the power does after.
                sync_file(backup)
                os.replace(backup, staged)  # checked above, and nobody else writes it
            else:
                backup_file(backup, staged, backup_passphrase)
                verify_backup(staged, backup_passphrase)
            staged.chmod(mode)
            progress.advance(3, 3, "")
            # Nobody else has the file open (the lock says so): its journal files belong
            # to the database being replaced, kept above with the WAL's content.
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(staged, db_path)
        except FILE_ERRORS as error:
            raise BackupError(
                QT_TRANSLATE_NOOP("backup", "The backup could not be restored: {details}"),
                details=error,
            ) from error
        finally:
            remove_database_files(staged)
    return kept


def _keep_before_restore(db_path: Path, passphrase: Passphrase | None) -> Path:
    """A copy of the database about to be replaced: a checked backup, or — when it is too
    damaged to pass the checks (often the very reason for restoring) — its bytes as they
    are, write-ahead log included, so nothing is thrown away."""
    try:
        return write_backup(db_path, backup_path_for(db_path, "before-restore"), passphrase)
    except BackupError:
        target = backup_path_for(db_path, "before-restore-damaged")
        with atomic_path(target) as partial:
            shutil.copyfile(db_path, partial)
        wal = Path(f"{db_path}-wal")
        if wal.is_file():
            with atomic_path(Path(f"{target}-wal")) as partial:
                shutil.copyfile(wal, partial)
        return target


def automatic_backup(
    db_path: Path, now: datetime | None = None, passphrase: Passphrase | None = None
) -> Path:
    """A dated backup in ``backups/`` beside the database, then :func:`rotate`."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    name = f"{db_path.stem}.auto.{now:%Y%m%d-%H%M%S}.sqlite"
    written = write_backup(db_path, backups_folder(db_path) / name, passphrase)
    rotate(backups_folder(db_path), db_path.stem, now)
    return written


def rotate(folder: Path, stem: str, now: datetime) -> list[Path]:
    """Delete the automatic backups of *stem* no longer kept; returns those deleted.

    Kept: the newest of each of the last :data:`KEEP_DAYS` days, :data:`KEEP_WEEKS`
    ISO weeks and :data:`KEEP_MONTHS` months (a backup may count for all three).
    Backups written by hand, before migrations or restores are never touched.
    """
    dated: list[tuple[datetime, Path]] = []
    for path in folder.glob(f"{stem}.auto.*.sqlite"):
        found = AUTO_PATTERN.match(path.name)
        if found and found.group("stem") == stem:
            stamp = datetime.strptime(found.group("stamp"), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            dated.append((stamp, path))
    dated.sort(reverse=True)
    today = now.astimezone(UTC).date()
    year, month = today.year, today.month
    months = set()
    for _ in range(KEEP_MONTHS):
        months.add((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    periods = (
        (lambda day: day, {today - timedelta(days=back) for back in range(KEEP_DAYS)}),
        (
            lambda day: day.isocalendar()[:2],
            {(today - timedelta(weeks=back)).isocalendar()[:2] for back in range(KEEP_WEEKS)},
        ),
        (lambda day: (day.year, day.month), months),
    )
    keep: set[Path] = set()
    for key_of, recent in periods:
        seen: set[object] = set()
        for stamp, path in dated:  # newest first: the first of each period is kept
            key = key_of(stamp.date())
            if key in recent and key not in seen:
                seen.add(key)
                keep.add(path)
    removed = [path for _, path in dated if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
