"""Encryption at rest: SQLCipher 4 files, their keys, and raw connections to any file.

A passphrase becomes a key the way SQLCipher itself derives one (PBKDF2-HMAC-SHA512,
256,000 iterations, over the 16-byte salt at the start of the file). Deriving it once
and handing SQLCipher the raw key spares every new connection the ~0.1 s derivation,
and a file made with a raw key plus salt opens with the bare passphrase in any
SQLCipher 4 tool.

Plain files are opened with the standard library's ``sqlite3``; encrypted ones with
``sqlcipher3``. :func:`connect` is the one place that chooses, so everything that reads
a database file directly (backups, archives, checks) works on both.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal

SQLITE_HEADER = b"SQLite format 3\x00"
_KDF_ITERATIONS = 256_000
_KEY_BYTES = 32
_SALT_BYTES = 16


class CipherRefusal(Refusal):
    context = "encryption"


class PassphraseNeeded(CipherRefusal):
    """The file is encrypted and no passphrase was given."""


class WrongPassphrase(CipherRefusal):
    """The passphrase does not open the file (nothing was changed)."""


class EncryptionUnavailable(CipherRefusal):
    pass


_QUIETED: list[bool] = []


def cipher_module() -> Any:
    """``sqlcipher3``, with its own logging to stderr turned off."""
    try:
        import sqlcipher3
    except ImportError as error:  # pragma: no cover - a dependency of the package
        raise EncryptionUnavailable(
            QT_TRANSLATE_NOOP(
                "encryption", "Encryption needs the sqlcipher3 package, which is not installed."
            )
        ) from error
    if not _QUIETED:
        # SQLCipher logs every failed decryption to stderr; a wrong passphrase is ours to say.
        quiet = sqlcipher3.connect(":memory:")
        quiet.execute("PRAGMA cipher_log_level = NONE")
        quiet.close()
        _QUIETED.append(True)
    return sqlcipher3


def _driver_errors() -> tuple[type[Exception], ...]:
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover
        return (sqlite3.Error,)
    return (sqlite3.Error, sqlcipher3.Error)


#: The exception bases of both drivers (``sqlite3.Error`` is not ``sqlcipher3.Error``).
DRIVER_ERRORS: tuple[type[Exception], ...] = _driver_errors()
#: The same, and ``OSError``: what reading or writing a database file can raise.
FILE_ERRORS: tuple[type[Exception], ...] = (OSError, *DRIVER_ERRORS)


@dataclass(frozen=True)
class Passphrase:
    """What the user typed; never printed (its repr hides it), never stored on disk."""

    text: str = field(repr=False)
    _keys: dict[bytes, bytes] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.text:
            raise CipherRefusal(
                QT_TRANSLATE_NOOP("encryption", "The passphrase must not be empty.")
            )

    def key_for_salt(self, salt: bytes) -> bytes:
        """The raw key for a file with *salt* (derived once per salt, then remembered)."""
        if salt not in self._keys:
            self._keys[salt] = hashlib.pbkdf2_hmac(
                "sha512", self.text.encode("utf-8"), salt, _KDF_ITERATIONS, _KEY_BYTES
            )
        return self._keys[salt]


#: The shortest passphrase accepted for encrypting (an existing one is never refused).
MIN_NEW_PASSPHRASE = 8


def new_passphrase(text: str, confirmation: str | None = None) -> Passphrase:
    """A passphrase chosen for encrypting: long enough, and typed the same twice."""
    if confirmation is not None and text != confirmation:
        raise CipherRefusal(
            QT_TRANSLATE_NOOP("encryption", "The two passphrases are not the same.")
        )
    if len(text) < MIN_NEW_PASSPHRASE:
        raise CipherRefusal(
            QT_TRANSLATE_NOOP(
                "encryption", "The passphrase must have at least {count} characters."
            ),
            count=MIN_NEW_PASSPHRASE,
        )
    return Passphrase(text)


@dataclass(frozen=True)
class FileKey:
    """The key pragma for one encrypted file (or for a file about to be made)."""

    key: bytes = field(repr=False)
    salt: bytes = field(repr=False)

    def pragma_value(self, *, with_salt: bool = False) -> str:
        raw = self.key.hex() + (self.salt.hex() if with_salt else "")
        return f"\"x'{raw}'\""


def is_encrypted(path: Path) -> bool:
    """True when *path* looks like a SQLCipher file: whole pages (a multiple of 512 bytes)
    that do not start like a plain SQLite file. (Encrypted pages are indistinguishable
    from random bytes; a text or spreadsheet file is almost never whole pages.)"""
    try:
        size = os.stat(path).st_size
        with open(path, "rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return size >= 512 and size % 512 == 0 and header != SQLITE_HEADER


def file_salt(path: Path) -> bytes:
    with open(path, "rb") as stream:
        return stream.read(_SALT_BYTES)


def key_for_file(path: Path, passphrase: Passphrase) -> FileKey:
    salt = file_salt(path)
    return FileKey(passphrase.key_for_salt(salt), salt)


def new_file_key(passphrase: Passphrase) -> FileKey:
    """A key for a file about to be encrypted, with a fresh random salt."""
    salt = secrets.token_bytes(_SALT_BYTES)
    return FileKey(passphrase.key_for_salt(salt), salt)


def connect(
    path: Path | str,
    key: FileKey | None = None,
    *,
    read_only: bool = False,
    new: bool = False,
    **options: Any,
) -> Any:
    """A DB-API connection to *path*: ``sqlite3`` for a plain file, SQLCipher with *key*.

    *new* means the file is being made with *key* (the salt goes in with it). A wrong
    key raises :class:`WrongPassphrase` before anything is written.
    """
    target = f"{Path(path).resolve().as_uri()}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only, **options)
    module = cipher_module()
    connection = module.connect(target, uri=read_only, **options)
    try:
        connection.execute(f"PRAGMA key = {key.pragma_value(with_salt=new)}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as error:
        connection.close()
        if not _is_wrong_key(error):
            raise  # cannot open, read-only, locked…: a failure of its own kind
        raise _wrong_passphrase(Path(path)) from error
    return connection


def _is_wrong_key(error: BaseException) -> bool:
    """SQLCipher's answer to a wrong key: the first page does not decrypt to a database."""
    name = getattr(error, "sqlite_errorname", "")
    return name == "SQLITE_NOTADB" or (not name and "not a database" in str(error))


def _wrong_passphrase(path: Path) -> WrongPassphrase:
    return WrongPassphrase(
        QT_TRANSLATE_NOOP(
            "encryption", "The passphrase does not open {file}; nothing was changed."
        ),
        file=path.name,
    )


def connector(path: Path, key: FileKey | None) -> Callable[[], Any]:
    """A no-argument function making connections to *path* (for SQLAlchemy's ``creator``)."""

    def make() -> Any:
        return connect(path, key, check_same_thread=False)

    return make


def export_with_key(
    source: Path, source_key: FileKey | None, target: Path, target_key: FileKey | None
) -> None:
    """Write *source*'s whole content into the new file *target*, encrypted with *target_key*
    (plain when ``None``): SQLCipher's ``sqlcipher_export``, schema, data, triggers, FTS5
    tables and the user version included."""
    module = cipher_module()
    connection = module.connect(str(source))
    try:
        if source_key is not None:
            connection.execute(f"PRAGMA key = {source_key.pragma_value()}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        attach_key = target_key.pragma_value(with_salt=True) if target_key else "''"
        connection.execute(f"ATTACH DATABASE ? AS target KEY {attach_key}", (str(target),))
        connection.execute("SELECT sqlcipher_export('target')")
        version = connection.execute("PRAGMA main.user_version").fetchone()[0]
        connection.execute(f"PRAGMA target.user_version = {int(version)}")
        connection.execute("DETACH DATABASE target")
    except module.DatabaseError as error:
        if source_key is not None and _is_wrong_key(error):
            raise _wrong_passphrase(source) from error
        raise
    finally:
        connection.close()


def key_if_encrypted(path: Path, passphrase: Passphrase | None) -> FileKey | None:
    """The key *path* needs (``None`` for a plain file); refuses an encrypted one without one."""
    if not is_encrypted(path):
        return None
    if passphrase is None:
        raise passphrase_needed(path)
    return key_for_file(path, passphrase)


def passphrase_needed(path: Path) -> PassphraseNeeded:
    """The refusal for the encrypted *path* when no passphrase was given."""
    return PassphraseNeeded(
        QT_TRANSLATE_NOOP("encryption", "{file} is encrypted: its passphrase is needed."),
        file=Path(path).name,
    )


def connect_file(
    path: Path, passphrase: Passphrase | None = None, *, read_only: bool = False, **options: Any
) -> Any:
    """A raw connection to an existing file, plain or encrypted (then with *passphrase*)."""
    return connect(path, key_if_encrypted(path, passphrase), read_only=read_only, **options)
