"""Asking for a database's passphrase: to open it, or a new one to encrypt it with.

The text typed never leaves this dialog but as a :class:`Passphrase`; "Remember on
this computer" puts it in the OS keyring, and where there is none the box says so
and stays off, so the passphrase is asked each time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translated
from workbench.store.cipher import MIN_NEW_PASSPHRASE, CipherRefusal, Passphrase, new_passphrase


@dataclass(frozen=True)
class PassphraseAnswer:
    passphrase: Passphrase
    remember: bool


class PassphraseDialog(QDialog):
    """The passphrase of *path* (``new=False``) or a new one typed twice (``new=True``)."""

    def __init__(
        self,
        path: Path,
        *,
        new: bool = False,
        wrong: bool = False,
        keyring: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.new = new
        self.answer: PassphraseAnswer | None = None
        self.setWindowTitle(
            self.tr("Choose a passphrase") if new else self.tr("Encrypted database")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{file} will be encrypted. Anyone without this passphrase sees only noise; "
                "without it, nobody — not even you — can open the database again. Use at "
                "least {count} characters."
            ).format(file=path.name, count=MIN_NEW_PASSPHRASE)
            if new
            else self.tr("{file} is encrypted. Type its passphrase to open it.").format(
                file=path.name
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.confirmation = QLineEdit(self)
        self.confirmation.setObjectName("passphraseConfirmation")
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            form.addRow(self.tr("&The same again:"), self.confirmation)
        else:
            self.confirmation.hide()
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setVisible(wrong)
        if wrong:
            self.problem.setText(
                self.tr("That passphrase does not open {file}. Nothing was changed.").format(
                    file=path.name
                )
            )
        layout.addWidget(self.problem)
        self.remember = QCheckBox(self.tr("&Remember on this computer"), self)
        self.remember.setObjectName("rememberPassphrase")
        if keyring:
            self.remember.setToolTip(
                self.tr("Kept in the system's keyring, and asked no more on this computer.")
            )
        else:
            self.remember.setEnabled(False)
            self.remember.setText(
                self.tr("Remember on this computer (no keyring here: asked each time)")
            )
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        text = self.passphrase.text()
        try:
            chosen = (
                new_passphrase(text, self.confirmation.text()) if self.new else Passphrase(text)
            )
        except CipherRefusal as refusal:
            self.problem.setText(translated(refusal))
            self.problem.show()
            return
        self.answer = PassphraseAnswer(chosen, self.remember.isChecked())
        super().accept()
