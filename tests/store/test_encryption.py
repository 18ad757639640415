"""Encryption at rest: SQLCipher files opened, rewritten and backed up like plain ones."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.dumps import dump
from workbench.domain.enums import AccountStatus, Sector, Tier
from workbench.services.backup import BackupError, restore_backup, verify_backup, write_backup
from workbench.services.encryption import (
    change_passphrase,
    encrypt_database,
    plain_backups,
    remove_encryption,
)
from workbench.services.search import search
from workbench.store.cipher import (
    CipherRefusal,
    Passphrase,
    PassphraseNeeded,
    WrongPassphrase,
    is_encrypted,
    new_passphrase,
)
from workbench.store.database import open_store
from workbench.store.history import WHOLE_RECORD, whole_record_values
from workbench.store.models import Account, Contact

SECRET = Passphrase("correct horse battery")


@pytest.fixture
def encrypted_db(sample_db_path: Path) -> Path:
    encrypt_database(sample_db_path, SECRET)
    return sample_db_path


def test_an_encrypted_file_shows_none_of_the_book(sample_db_path: Path) -> None:
    with sqlite3.connect(sample_db_path) as db:
        email = db.execute("SELECT email FROM contacts WHERE email IS NOT NULL").fetchone()[0]
    assert email.encode() in sample_db_path.read_bytes()
    encrypt_database(sample_db_path, SECRET)
    raw = sample_db_path.read_bytes()
    assert email.encode() not in raw and b"SQLite format 3" not in raw[:16]
    assert is_encrypted(sample_db_path)


def test_encrypting_keeps_every_row_search_and_wal(sample_db_path: Path) -> None:
    before = dump(sample_db_path, history=True)
    encrypt_database(sample_db_path, SECRET)
    store = open_store(sample_db_path, passphrase=SECRET)
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA cipher_version")).scalar()
        with store.transaction() as session:  # a write through the WAL, FTS5 triggers included
            session.add(
                Account(
                    name="Cifrado Martínez SL",
                    sector=Sector.LOGISTICS,
                    tier=Tier.KEY,
                    status=AccountStatus.ACTIVE,
                    country="ES",
                    currency="EUR",
                    time_zone="Europe/Madrid",
                )
            )
        with store.session() as session:
            hits = search(session, "cifrado martinez")
            assert any(hit.title == "Cifrado Martínez SL" for hit in hits)
            assert session.scalar(select(func.count()).select_from(Contact)) == len(
                before["contacts"]
            )
    finally:
        store.close()
    remove_encryption(sample_db_path, SECRET)
    after = dump(sample_db_path, history=True)
    assert len(after["accounts"]) == len(before["accounts"]) + 1
    # The new account is in the history, written by its triggers through the WAL, whole.
    created = [row for row in after["field_changes"] if row[6] == WHOLE_RECORD]
    assert whole_record_values(created[0][8]).keys() >= {"name", "country", "time_zone"}
    changed = {"accounts", "search_index", "operations", "field_changes"}
    assert {k: v for k, v in after.items() if k not in changed} == {
        k: v for k, v in before.items() if k not in changed
    }


def test_a_wrong_passphrase_changes_nothing_however_many_times(encrypted_db: Path) -> None:
    before = encrypted_db.read_bytes()
    for attempt in range(5):
        with pytest.raises(WrongPassphrase, match="does not open"):
            open_store(encrypted_db, passphrase=Passphrase(f"wrong {attempt}"))
    with pytest.raises(PassphraseNeeded):
        open_store(encrypted_db)
    assert encrypted_db.read_bytes() == before
    assert not Path(f"{encrypted_db}-wal").exists()
    open_store(encrypted_db, passphrase=SECRET).close()


def test_the_passphrase_opens_it_in_any_sqlcipher_tool(encrypted_db: Path) -> None:
    import sqlcipher3

    db = sqlcipher3.connect(str(encrypted_db))
    db.execute(f"PRAGMA key = '{SECRET.text}'")
    assert db.execute("SELECT count(*) FROM accounts").fetchone()[0] == 40
    db.close()


def test_changing_the_passphrase(encrypted_db: Path) -> None:
    new = Passphrase("a brand new phrase")
    change_passphrase(encrypted_db, SECRET, new)
    with pytest.raises(WrongPassphrase):
        open_store(encrypted_db, passphrase=SECRET)
    open_store(encrypted_db, passphrase=new).close()
    with pytest.raises(WrongPassphrase):
        change_passphrase(encrypted_db, SECRET, new)


def test_a_new_passphrase_is_long_enough_and_confirmed() -> None:
    with pytest.raises(CipherRefusal, match="at least 8"):
        new_passphrase("short")
    with pytest.raises(CipherRefusal, match="not the same"):
        new_passphrase("long enough", "long enougH")
    assert new_passphrase("long enough", "long enough").text == "long enough"


def test_encrypting_twice_or_decrypting_a_plain_file_is_refused(sample_db_path: Path) -> None:
    with pytest.raises(CipherRefusal, match="not encrypted"):
        remove_encryption(sample_db_path, SECRET)
    encrypt_database(sample_db_path, SECRET)
    with pytest.raises(CipherRefusal, match="already encrypted"):
        encrypt_database(sample_db_path, SECRET)


def test_backups_of_an_encrypted_database_are_encrypted(encrypted_db: Path, tmp_path: Path) -> None:
    copy = write_backup(encrypted_db, tmp_path / "copy.sqlite", SECRET)
    assert is_encrypted(copy)
    assert verify_backup(copy, SECRET).accounts == 40
    with pytest.raises(BackupError, match="passphrase"):
        verify_backup(copy)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_plain_backups_are_listed_after_encrypting(sample_db_path: Path) -> None:
    folder = sample_db_path.parent / "backups"
    plain = write_backup(sample_db_path, folder / f"{sample_db_path.stem} 2026-11-25 1200.sqlite")
    wal = Path(f"{plain}-wal")
    wal.write_bytes(b"")  # a journal left beside a copy is as readable as the copy
    other = write_backup(sample_db_path, folder / "clients.auto.20261125-120000.sqlite")
    done = encrypt_database(sample_db_path, SECRET)
    assert done.plain_backups == (plain, wal)  # another database's backups are not ours
    assert plain.exists() and other.exists()  # removed only when the user agrees
    write_backup(sample_db_path, folder / f"{sample_db_path.stem}.after.sqlite", SECRET)
    assert plain_backups(sample_db_path) == (plain, wal)


def test_restoring_a_plain_backup_into_an_encrypted_database_keeps_it_encrypted(
    sample_db_path: Path, tmp_path: Path
) -> None:
    plain_copy = write_backup(sample_db_path, tmp_path / "plain.sqlite")
    encrypt_database(sample_db_path, SECRET)
    kept = restore_backup(plain_copy, sample_db_path, passphrase=SECRET)
    assert is_encrypted(sample_db_path) and kept is not None and is_encrypted(kept)
    assert verify_backup(sample_db_path, SECRET).accounts == 40


def test_encrypting_is_refused_while_the_database_is_open(sample_db_path: Path) -> None:
    from workbench.store.file_lock import DatabaseInUse

    store = open_store(sample_db_path)
    before = sample_db_path.read_bytes()
    try:
        with pytest.raises(DatabaseInUse, match="in use by"):
            encrypt_database(sample_db_path, SECRET)
    finally:
        store.close()
    assert sample_db_path.read_bytes() == before
    assert not list(sample_db_path.parent.glob(".*rewriting"))


def test_restoring_an_older_backup_keeps_the_current_passphrase(
    encrypted_db: Path, tmp_path: Path
) -> None:
    """A backup from before a passphrase change (the old one may have leaked) does not
    bring the old passphrase back with it."""
    old_backup = write_backup(encrypted_db, tmp_path / "before-change.sqlite", SECRET)
    new = Passphrase("the changed passphrase")
    change_passphrase(encrypted_db, SECRET, new)
    restore_backup(old_backup, encrypted_db, passphrase=new, backup_passphrase=SECRET)
    with pytest.raises(WrongPassphrase):
        open_store(encrypted_db, passphrase=SECRET)
    store = open_store(encrypted_db, passphrase=new)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 40
    store.close()
