"""The window on an encrypted database: the passphrase asked, again after a wrong one, and
nothing opened (nor changed) when the user cancels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from tests.ui.fakes import FakeDialogs
from workbench.services.encryption import encrypt_database
from workbench.store.cipher import Passphrase
from workbench.ui.main_window import MainWindow
from workbench.ui.passphrase_dialog import PassphraseAnswer, PassphraseDialog

SECRET = Passphrase("correct horse battery")


@pytest.fixture
def encrypted_db(sample_db_path: Path) -> Path:
    encrypt_database(sample_db_path, SECRET)
    return sample_db_path


def test_the_window_asks_again_after_a_wrong_passphrase(
    encrypted_db: Path, make_window: Callable[[Path], MainWindow], dialogs: FakeDialogs
) -> None:
    dialogs.passphrases = [
        PassphraseAnswer(Passphrase("not the one"), remember=False),
        PassphraseAnswer(SECRET, remember=False),
    ]
    window = make_window(encrypted_db)
    store = window.context.workspace.store
    assert store is not None and store.encrypted
    asked = [m[1] for m in dialogs.messages if m[0] == "passphrase"]
    assert asked == ["open", "wrong"]


def test_cancelling_the_passphrase_opens_nothing_and_changes_nothing(
    encrypted_db: Path, make_window: Callable[[Path], MainWindow], dialogs: FakeDialogs
) -> None:
    before = encrypted_db.read_bytes()
    dialogs.passphrases = [None]
    window = make_window(encrypted_db)
    assert window.context.workspace.store is None
    assert "encrypted" in (window.context.workspace.open_error or "")
    assert encrypted_db.read_bytes() == before


def test_the_dialog_refuses_a_short_or_mistyped_new_passphrase(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(tmp_path / "book.sqlite", new=True, keyring=False)
    qtbot.addWidget(dialog)
    edit = dialog.findChild(QLineEdit, "passphraseEdit")
    again = dialog.findChild(QLineEdit, "passphraseConfirmation")
    problem = dialog.findChild(QLabel, "passphraseProblem")
    remember = dialog.findChild(QCheckBox, "rememberPassphrase")
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert not remember.isEnabled() and "no keyring" in remember.text()
    qtbot.keyClicks(edit, "short")
    qtbot.keyClicks(again, "short")
    dialog.accept()
    assert dialog.answer is None and "at least 8" in problem.text()
    edit.setText("long enough phrase")
    again.setText("long enough phrasE")
    dialog.accept()
    assert dialog.answer is None and "not the same" in problem.text()
    again.setText("long enough phrase")
    dialog.accept()
    assert dialog.answer is not None and dialog.answer.passphrase.text == "long enough phrase"
