"""File → Join a team server…, and signing in again: the server's address, the user and
the password, with "remember on this computer" (the OS keyring; where there is none the
box says so and the password is asked once per session)."""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class TeamLogin:
    server: str
    user: str
    password: str = field(repr=False)
    remember: bool = False


class TeamLoginDialog(QDialog):
    def __init__(
        self,
        server: str = "",
        user: str = "",
        *,
        joining: bool,
        keyring: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamLoginDialog")
        self.setWindowTitle(self.tr("Join a team server") if joining else self.tr("Sign in"))
        explanation = QLabel(
            self.tr(
                "Your accounts are uploaded once and then kept in step with your team's. "
                "Records the team already has (same name, e-mail domain or external id) "
                "are matched, not copied twice. You keep working when the server cannot "
                "be reached: your changes wait and go out with the next sync."
            )
            if joining
            else self.tr("Sign in to the team server to sync your changes."),
            self,
        )
        explanation.setWordWrap(True)
        self.server_edit = QLineEdit(server, self)
        self.server_edit.setObjectName("teamServerEdit")
        self.server_edit.setPlaceholderText("https://workbench.example.com:8765")
        self.server_edit.setReadOnly(not joining and bool(server))
        self.user_edit = QLineEdit(user, self)
        self.user_edit.setObjectName("teamUserEdit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("teamPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(
            self.tr("Remember on this computer")
            if keyring
            else self.tr("Remember on this computer (no keyring here: asked each session)"),
            self,
        )
        self.remember_box.setObjectName("teamRememberBox")
        self.remember_box.setEnabled(keyring)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.server_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow("", self.remember_box)
        self.problem = QLabel(self)
        self.problem.setObjectName("teamLoginProblem")
        self.problem.setStyleSheet("color: #b91c1c;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Join") if joining else self.tr("Sign in")
        )
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        (self.password_edit if server and user else self.server_edit).setFocus()
        self.resize(520, self.sizeHint().height())

    def _accept_if_complete(self) -> None:
        server = self.server_edit.text().strip()
        if not server.startswith(("http://", "https://")):
            self._refuse(self.tr("Give the server's address, starting with https://"))
        elif not self.user_edit.text().strip():
            self._refuse(self.tr("Give your user name on the team server."))
        elif not self.password_edit.text():
            self._refuse(self.tr("Give your password."))
        else:
            self.accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    @property
    def answer(self) -> TeamLogin:
        return TeamLogin(
            self.server_edit.text().strip().rstrip("/"),
            self.user_edit.text().strip(),
            self.password_edit.text(),
            self.remember_box.isChecked(),
        )
