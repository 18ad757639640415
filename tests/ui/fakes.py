"""A scripted stand-in for the dialog service: records what the app said, answers as told."""

from __future__ import annotations

from pathlib import Path

from workbench.ui.dialogs import DialogService
from workbench.ui.passphrase_dialog import PassphraseAnswer
from workbench.ui.team_login_dialog import TeamLogin


class FakeDialogs(DialogService):
    def __init__(self) -> None:
        super().__init__(None)
        self.messages: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.files: list[Path | None] = []
        self.texts: list[str | None] = []
        self.choices: list[int | None] = []
        self.passphrases: list[PassphraseAnswer | None] = []
        self.team_logins: list[TeamLogin | None] = []

    def inform(self, title: str, text: str) -> None:
        self.messages.append(("info", title, text))

    def warn(self, title: str, text: str) -> None:
        self.messages.append(("warning", title, text))

    def error(self, title: str, text: str) -> None:
        self.messages.append(("error", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.messages.append(("confirm", title, text))
        return self.confirm_answers.pop(0)

    def choose(self, title: str, text: str, options: list[str]) -> int | None:
        self.messages.append(("choose", title, text))
        return self.choices.pop(0)

    def choose_item(self, title: str, label: str, items: list[str]) -> int | None:
        self.messages.append(("choose_item", title, label))
        return self.choices.pop(0)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.messages.append(("ask", title, label))
        return self.texts.pop(0)

    def choose_open_file(self, title: str, directory: Path, name_filter: str) -> Path | None:
        return self.files.pop(0)

    def choose_save_file(self, title: str, directory: Path, name_filter: str) -> Path | None:
        return self.files.pop(0)

    def ask_passphrase(
        self, path: Path, *, new: bool = False, wrong: bool = False
    ) -> PassphraseAnswer | None:
        self.messages.append(
            ("passphrase", "new" if new else "wrong" if wrong else "open", path.name)
        )
        return self.passphrases.pop(0)

    def ask_team_login(
        self, server: str = "", user: str = "", *, joining: bool
    ) -> TeamLogin | None:
        self.messages.append(("team_login", "join" if joining else "sign in", server))
        return self.team_logins.pop(0)
