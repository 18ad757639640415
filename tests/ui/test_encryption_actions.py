"""File → Encrypt database…, Change passphrase…, Remove encryption…: the file rewritten
while the window lets go of it, then reopened showing the same book; refused (and the
window still working on the unchanged file) while another process has it open."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from PySide6.QtGui import QAction

from tests.ui.conftest import TEST_CLOCK
from tests.ui.fakes import FakeDialogs
from workbench.app import build_main_window
from workbench.services import backup
from workbench.services.archive import is_archive
from workbench.services.encryption import encrypt_database
from workbench.services.passphrases import remembered_passphrase
from workbench.store.cipher import (
    SQLITE_HEADER,
    Passphrase,
    WrongPassphrase,
    connect_file,
    is_encrypted,
)
from workbench.ui.common.failures import failure_text
from workbench.ui.main_window import MainWindow
from workbench.ui.passphrase_dialog import PassphraseAnswer

SECRET = Passphrase("correct horse battery")
NEW_SECRET = Passphrase("a different staple")


def _an_email(path: Path) -> bytes:
    with sqlite3.connect(path) as db:
        return str(
            db.execute("SELECT email FROM contacts WHERE email IS NOT NULL").fetchone()[0]
        ).encode()


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert isinstance(action, QAction)
    return action


def _states(window: MainWindow) -> tuple[bool, bool, bool]:
    return tuple(  # type: ignore[return-value]
        _action(window, name).isEnabled()
        for name in ("encryptDatabaseAction", "changePassphraseAction", "removeEncryptionAction")
    )


def _accounts_shown(window: MainWindow) -> int:
    return int(window.tabs.widget(0).view.model.rowCount())  # type: ignore[attr-defined]


def _errors(dialogs: FakeDialogs) -> list[str]:
    return [text for kind, _title, text in dialogs.messages if kind == "error"]


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in this process (none is installed where the tests run)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def encrypted_db(sample_db_path: Path) -> Path:
    encrypt_database(sample_db_path, SECRET)
    return sample_db_path


def test_encrypting_from_the_file_menu_hides_the_book_and_shows_it_again(
    sample_db_path: Path, make_window: Callable[[Path], MainWindow], dialogs: FakeDialogs
) -> None:
    email = _an_email(sample_db_path)
    window = make_window(sample_db_path)
    assert _states(window) == (True, False, False)
    dialogs.passphrases = [PassphraseAnswer(SECRET, remember=False)]
    dialogs.confirm_answers = [True]
    _action(window, "encryptDatabaseAction").trigger()

    assert _errors(dialogs) == []
    raw = sample_db_path.read_bytes()
    assert is_encrypted(sample_db_path) and email not in raw
    connect_file(sample_db_path, SECRET, read_only=True).close()
    store = window.context.workspace.store
    assert store is not None and store.encrypted and store.passphrase == SECRET
    assert _accounts_shown(window) == 40
    assert _states(window) == (False, True, True)
    assert dialogs.messages[-1][2] == "sample.sqlite is now encrypted."
    # Writes after reopening go into the encrypted file (and its WAL) too.
    with store.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE accounts SET name = 'Renamed After Encrypting' WHERE id = 1"
        )
    window.context.workspace.close()
    assert b"Renamed After Encrypting" not in sample_db_path.read_bytes()


def test_cancelling_the_new_passphrase_or_the_question_changes_nothing(
    sample_db_path: Path, make_window: Callable[[Path], MainWindow], dialogs: FakeDialogs
) -> None:
    before = sample_db_path.read_bytes()
    window = make_window(sample_db_path)
    dialogs.passphrases = [None, PassphraseAnswer(SECRET, remember=False)]
    dialogs.confirm_answers = [False]
    _action(window, "encryptDatabaseAction").trigger()
    _action(window, "encryptDatabaseAction").trigger()
    assert not is_encrypted(sample_db_path)
    assert sample_db_path.read_bytes()[:16] == before[:16] == SQLITE_HEADER
    assert window.context.workspace.store is not None and _accounts_shown(window) == 40


def test_plain_backups_are_listed_and_removed_only_when_the_user_agrees(
    sample_db_path: Path, make_window: Callable[[Path], MainWindow], dialogs: FakeDialogs
) -> None:
    kept = backup.write_backup(
        sample_db_path, backup.backups_folder(sample_db_path) / f"{sample_db_path.stem} a.sqlite"
    )
    window = make_window(sample_db_path)
    dialogs.passphrases = [PassphraseAnswer(SECRET, remember=False)]
    dialogs.confirm_answers = [True, False]  # encrypt: yes; remove the plain copies: no
    _action(window, "encryptDatabaseAction").trigger()
    listing = [text for kind, _title, text in dialogs.messages if kind == "confirm"][-1]
    assert "This copy in" in listing and f"{sample_db_path.stem} a.sqlite" in listing
    assert kept.exists() and not is_encrypted(kept)

    # Decrypting and encrypting again asks again; this time the copies go.
    dialogs.confirm_answers = [True]
    _action(window, "removeEncryptionAction").trigger()
    dialogs.passphrases = [PassphraseAnswer(SECRET, remember=False)]
    dialogs.confirm_answers = [True, True]
    _action(window, "encryptDatabaseAction").trigger()
    assert not kept.exists()
    assert dialogs.messages[-1][2] == "1 plain copy removed."
    assert list(backup.backups_folder(sample_db_path).glob("*.sqlite")) == []
    assert _errors(dialogs) == []


def test_changing_the_passphrase_from_the_menu(
    encrypted_db: Path,
    make_window: Callable[[Path], MainWindow],
    dialogs: FakeDialogs,
    memory_keyring: MemoryKeyring,
) -> None:
    dialogs.passphrases = [PassphraseAnswer(SECRET, remember=True)]
    window = make_window(encrypted_db)
    assert remembered_passphrase(encrypted_db) == SECRET.text
    assert _states(window) == (False, True, True)
    dialogs.passphrases = [PassphraseAnswer(NEW_SECRET, remember=False)]
    dialogs.confirm_answers = [True]
    _action(window, "changePassphraseAction").trigger()

    assert _errors(dialogs) == []
    connect_file(encrypted_db, NEW_SECRET, read_only=True).close()
    with pytest.raises(WrongPassphrase):
        connect_file(encrypted_db, SECRET, read_only=True)
    store = window.context.workspace.store
    assert store is not None and store.passphrase == NEW_SECRET
    assert _accounts_shown(window) == 40
    # The remembered passphrase follows the change, so the next start needs no typing.
    assert remembered_passphrase(encrypted_db) == NEW_SECRET.text


def test_removing_the_encryption_warns_first_and_forgets_the_passphrase(
    encrypted_db: Path,
    make_window: Callable[[Path], MainWindow],
    dialogs: FakeDialogs,
    memory_keyring: MemoryKeyring,
) -> None:
    dialogs.passphrases = [PassphraseAnswer(SECRET, remember=True)]
    window = make_window(encrypted_db)
    dialogs.confirm_answers = [False]
    _action(window, "removeEncryptionAction").trigger()
    assert is_encrypted(encrypted_db)
    warning = [text for kind, _title, text in dialogs.messages if kind == "confirm"][-1]
    assert "anyone who gets hold of this computer" in warning

    dialogs.confirm_answers = [True]
    _action(window, "removeEncryptionAction").trigger()
    assert _errors(dialogs) == []
    assert encrypted_db.read_bytes()[:16] == SQLITE_HEADER
    store = window.context.workspace.store
    assert store is not None and not store.encrypted
    assert _accounts_shown(window) == 40
    assert _states(window) == (True, False, False)
    assert remembered_passphrase(encrypted_db) is None


def test_encrypting_with_the_remember_box_puts_the_passphrase_in_the_keyring(
    sample_db_path: Path,
    make_window: Callable[[Path], MainWindow],
    dialogs: FakeDialogs,
    memory_keyring: MemoryKeyring,
) -> None:
    window = make_window(sample_db_path)
    dialogs.passphrases = [PassphraseAnswer(SECRET, remember=True)]
    dialogs.confirm_answers = [True]
    _action(window, "encryptDatabaseAction").trigger()
    assert remembered_passphrase(sample_db_path) == SECRET.text


_HOLD_OPEN = """
import sys, time
from pathlib import Path
from workbench.store.database import open_store
store = open_store(Path(sys.argv[1]))
print("open", flush=True)
time.sleep(120)
"""


def test_encrypting_is_refused_while_another_program_has_the_database_open(
    sample_db_path: Path, make_window: Callable[[Path], MainWindow], dialogs: FakeDialogs
) -> None:
    email = _an_email(sample_db_path)
    window = make_window(sample_db_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_OPEN, str(sample_db_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        dialogs.passphrases = [PassphraseAnswer(SECRET, remember=False)]
        dialogs.confirm_answers = [True]
        _action(window, "encryptDatabaseAction").trigger()
    finally:
        holder.kill()
        holder.wait()

    errors = _errors(dialogs)
    assert len(errors) == 1
    assert "sample.sqlite is in use by" in errors[0] and f"(process {holder.pid})" in errors[0]
    assert "The database was left as it was." in errors[0]
    assert not is_encrypted(sample_db_path) and email in sample_db_path.read_bytes()
    # The window is back on the same, unchanged file and keeps working.
    store = window.context.workspace.store
    assert store is not None and not store.encrypted
    assert _accounts_shown(window) == 40
    assert _states(window) == (True, False, False)


def test_encrypting_end_to_end_on_the_thread_pool(
    qtbot, settings, sample_db_path: Path, dialogs: FakeDialogs
) -> None:  # type: ignore[no-untyped-def]
    email = _an_email(sample_db_path)
    window = build_main_window(
        sample_db_path,
        settings=settings,
        dialogs=dialogs,
        synchronous_tasks=False,
        clock=TEST_CLOCK,
    )
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: _accounts_shown(window) == 40, timeout=20_000)
        dialogs.passphrases = [PassphraseAnswer(SECRET, remember=False)]
        dialogs.confirm_answers = [True]
        _action(window, "encryptDatabaseAction").trigger()
        qtbot.waitUntil(
            lambda: (
                any(m[2] == "sample.sqlite is now encrypted." for m in dialogs.messages)
                or bool(_errors(dialogs))
            ),
            timeout=30_000,
        )
        assert _errors(dialogs) == []
        assert is_encrypted(sample_db_path) and email not in sample_db_path.read_bytes()
        qtbot.waitUntil(lambda: _accounts_shown(window) == 40, timeout=20_000)
        store = window.context.workspace.store
        assert store is not None and store.encrypted
    finally:
        window.context.tasks.cancel_all()
        window.context.workspace.close()


def test_a_full_disk_in_a_task_is_told_in_one_sentence_and_the_window_keeps_running(
    db_path: Path,
    make_window: Callable[[Path], MainWindow],
    dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    window = make_window(db_path)
    monkeypatch.setattr("workbench.ui.sample_loading.load_sample_portfolio", disk_full)
    window.database_actions.load_sample()
    errors = _errors(dialogs)
    assert len(errors) == 1
    assert "The disk is full: the change was not saved" in errors[0]
    assert "database or disk is full" not in errors[0]
    assert window.context.workspace.store is not None
    assert _states(window) == (True, False, False)


def test_an_unrecognised_failure_keeps_its_own_words() -> None:
    assert failure_text(ValueError("no such thing")) == "no such thing"
    assert failure_text(sqlite3.OperationalError("database is locked")).startswith(
        "The database is busy"
    )


def test_a_plain_export_of_an_encrypted_database_is_written_only_once_agreed(
    encrypted_db: Path,
    make_window: Callable[[Path], MainWindow],
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    dialogs.passphrases = [PassphraseAnswer(SECRET, remember=False)]
    window = make_window(encrypted_db)
    target = tmp_path / "contacts.csv"
    for agreed in (False, True):
        dialog = window.export_data()
        assert dialog is not None
        dialog.kind.setCurrentIndex(dialog.kind.findData("contacts"))
        dialog.format.setCurrentIndex(dialog.format.findData("csv"))
        dialogs.confirm_answers = [agreed]
        dialogs.files = [target]
        dialog.accept()
        warning = [text for kind, _title, text in dialogs.messages if kind == "confirm"][-1]
        assert "the exported file will not be" in warning
        assert target.exists() is agreed
        assert (dialogs.files == []) is agreed  # refused: not even the file was asked
    assert _errors(dialogs) == []


def test_the_whole_database_archive_of_an_encrypted_database_is_written_once_agreed(
    encrypted_db: Path,
    make_window: Callable[[Path], MainWindow],
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    dialogs.passphrases = [PassphraseAnswer(SECRET, remember=False)]
    window = make_window(encrypted_db)
    dialog = window.export_data()
    assert dialog is not None
    dialog.format.setCurrentIndex(dialog.format.findData("archive"))
    dialogs.confirm_answers = [True]
    dialogs.files = [tmp_path / "book.zip"]
    dialog.accept()
    assert _errors(dialogs) == []
    assert is_archive(tmp_path / "book.zip")
    assert "the exported file will not be" in dialogs.messages[-2][2]


def test_a_plain_database_exports_without_the_warning(
    sample_db_path: Path,
    make_window: Callable[[Path], MainWindow],
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    window = make_window(sample_db_path)
    dialog = window.export_data()
    assert dialog is not None
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    dialogs.files = [tmp_path / "accounts.xlsx"]
    dialog.accept()
    assert (tmp_path / "accounts.xlsx").exists()
    assert not any(kind == "confirm" for kind, _title, _text in dialogs.messages)
