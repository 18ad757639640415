"""Every message box and file dialog behind one service, so tests never block on ``exec()``.

Widgets receive a :class:`DialogService`; tests pass a scripted fake with the
same methods (see ``tests/ui/fakes.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

if TYPE_CHECKING:
    from workbench.ui.passphrase_dialog import PassphraseAnswer
    from workbench.ui.team_login_dialog import TeamLogin


def file_stem(text: str, fallback: str) -> str:
    """*text* as a file name a save dialog can suggest: letters, digits, spaces, - and _."""
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in text).strip()
    return safe or fallback


class DialogService:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self.parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose(self, title: str, text: str, options: list[str]) -> int | None:
        """Which of *options* (button labels) the user picked, ``None`` when they cancelled."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        buttons = [box.addButton(o, QMessageBox.ButtonRole.AcceptRole) for o in options]
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, b in enumerate(buttons) if b is clicked), None)

    def choose_item(self, title: str, label: str, items: list[str]) -> int | None:
        """The index of the item picked from a list, ``None`` when cancelled."""
        text, accepted = QInputDialog.getItem(self.parent, title, label, items, 0, False)
        return items.index(text) if accepted and text in items else None

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """The text typed (trimmed; ``None`` when cancelled or left empty), *text* first."""
        text, accepted = QInputDialog.getText(
            self.parent, title, label, QLineEdit.EchoMode.Normal, text
        )
        return text.strip() or None if accepted else None

    def choose_open_file(self, title: str, directory: Path, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, str(directory), name_filter)
        return Path(path) if path else None

    def choose_save_file(self, title: str, directory: Path, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, str(directory), name_filter)
        return Path(path) if path else None

    def ask_passphrase(
        self, path: Path, *, new: bool = False, wrong: bool = False
    ) -> PassphraseAnswer | None:
        """The passphrase of *path* (or a new one, typed twice); ``None`` when cancelled."""
        from workbench.services.passphrases import keyring_available
        from workbench.ui.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(
            path, new=new, wrong=wrong, keyring=keyring_available(), parent=self.parent
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer

    def ask_team_login(
        self, server: str = "", user: str = "", *, joining: bool
    ) -> TeamLogin | None:
        """The team server, user and password (to join, or to sign in again); ``None``
        when cancelled."""
        from workbench.services.passphrases import keyring_available
        from workbench.ui.team_login_dialog import TeamLoginDialog

        dialog = TeamLoginDialog(
            server, user, joining=joining, keyring=keyring_available(), parent=self.parent
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer
