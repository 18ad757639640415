"""Encrypt a database, change its passphrase, or remove its encryption — never half-way.

Each rewrites the whole database into a new file beside it (SQLCipher's
``sqlcipher_export``), checks the new file (integrity, and every table's row count
against the original), and renames it over the database in one step, holding the
database for itself throughout (refused while another process or window has it open).
A kill at any moment leaves either the old file or the new one, both whole.

Encrypting does not reach the copies already in ``backups/``: they stay readable by
anyone until removed. :func:`plain_backups` lists them, so the user can choose to remove
them (:func:`remove_files`).
"""

from __future__ import annotations

import glob
import os
import stat
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.services.backup import backups_folder
from workbench.services.progress import Progress
from workbench.store.cipher import (
    CipherRefusal,
    Passphrase,
    connect,
    export_with_key,
    is_encrypted,
    key_if_encrypted,
    new_file_key,
)
from workbench.store.file_lock import hold_exclusive, remove_database_files
from workbench.store.verify import checkpoint, integrity_messages, row_counts


@dataclass(frozen=True)
class Rewritten:
    path: Path
    encrypted: bool
    rows: int
    #: Unencrypted copies of the database still in ``backups/`` (to offer removing).
    plain_backups: tuple[Path, ...]


def encrypt_database(
    db_path: Path, passphrase: Passphrase, progress: Progress | None = None
) -> Rewritten:
    """Encrypt the plain database at *db_path* with *passphrase*."""
    if is_encrypted(db_path):
        raise CipherRefusal(
            QT_TRANSLATE_NOOP("encryption", "{file} is already encrypted."), file=db_path.name
        )
    return _rewrite(db_path, None, passphrase, progress)


def change_passphrase(
    db_path: Path, old: Passphrase, new: Passphrase, progress: Progress | None = None
) -> Rewritten:
    """Re-encrypt the database with *new* (and a new salt); *old* must open it."""
    _require_encrypted(db_path)
    return _rewrite(db_path, old, new, progress)


def remove_encryption(
    db_path: Path, passphrase: Passphrase, progress: Progress | None = None
) -> Rewritten:
    """Write the encrypted database back as a plain SQLite file."""
    _require_encrypted(db_path)
    return _rewrite(db_path, passphrase, None, progress)


def plain_backups(db_path: Path, elsewhere: tuple[Path, ...] = ()) -> tuple[Path, ...]:
    """This database's copies that anyone can read (not encrypted), with their journals:
    in its ``backups/`` and in the folders *elsewhere* (off the laptop). A copy is this
    database's by its name (``STEM.…`` as the program names them, ``STEM …`` as the
    window suggests): another database's backups in the same folder are never listed."""
    folders = (backups_folder(db_path), *elsewhere)
    found: set[Path] = set()
    for folder in folders:
        if not folder.is_dir():
            continue
        for pattern in (
            f"{glob.escape(db_path.stem)}.*.sqlite",
            f"{glob.escape(db_path.stem)} *.sqlite",
        ):
            for path in folder.glob(pattern):
                if path.is_file() and not is_encrypted(path):
                    found.add(path)
                    found.update(
                        Path(f"{path}{suffix}")
                        for suffix in ("-wal", "-shm", "-journal")
                        if Path(f"{path}{suffix}").is_file()
                    )
    return tuple(sorted(found))


def remove_files(paths: tuple[Path, ...]) -> int:
    """Delete *paths* (the plain backups the user agreed to remove); how many went."""
    removed = 0
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed += 1
    return removed


def _require_encrypted(db_path: Path) -> None:
    if not is_encrypted(db_path):
        raise CipherRefusal(
            QT_TRANSLATE_NOOP("encryption", "{file} is not encrypted."), file=db_path.name
        )


def _rewrite(
    db_path: Path,
    source: Passphrase | None,
    target: Passphrase | None,
    progress: Progress | None,
) -> Rewritten:
    progress = progress or Progress()
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise CipherRefusal(
            QT_TRANSLATE_NOOP("encryption", "{file} does not exist or is empty."),
            file=db_path.name,
        )
    source_key = key_if_encrypted(db_path, source)
    connect(db_path, source_key, read_only=True).close()  # a wrong passphrase stops here
    staged = db_path.with_name(f".{db_path.name}.rewriting")
    with hold_exclusive(db_path, timeout=2.0):
        progress.advance(0, 4, "checkpoint")
        with closing(connect(db_path, source_key)) as db:
            # Everything committed goes into the main file, so the export sees it all.
            checkpoint(db)
            counts = row_counts(db)
        mode = stat.S_IMODE(db_path.stat().st_mode)
        remove_database_files(staged)
        try:
            progress.advance(1, 4, "export")
            target_key = new_file_key(target) if target is not None else None
            export_with_key(db_path, source_key, staged, target_key)
            progress.advance(2, 4, "verify")
            with closing(connect(staged, target_key)) as copy:
                _verify(copy, counts, staged)
            staged.chmod(mode)
            with open(staged, "rb+") as written:
                os.fsync(written.fileno())
            progress.advance(3, 4, "replace")
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(staged, db_path)
        finally:
            remove_database_files(staged)
    progress.advance(4, 4, "")
    return Rewritten(db_path, target is not None, sum(counts.values()), plain_backups(db_path))


def _verify(copy: object, counts: dict[str, int], path: Path) -> None:
    if integrity_messages(copy) != ["ok"] or row_counts(copy) != counts:
        raise CipherRefusal(
            QT_TRANSLATE_NOOP(
                "encryption",
                "The rewritten copy of {file} did not match the original; the database "
                "was left as it was.",
            ),
            file=path.name.removeprefix(".").removesuffix(".rewriting"),
        )
