"""Opening the database for a command: the passphrase, waiting, and failures as one line.

Every command opens its database through :func:`open_for_command`. An encrypted file's
passphrase comes from ``$WORKBENCH_PASSPHRASE``, the OS keyring ("remember on this
computer") or a prompt on the terminal — never from an argument. While another program
is replacing the file, the command says it is waiting. :func:`failure_exit` turns any
database, locking, disk or permission failure into one line and its exit code.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbench import APP_NAME
from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal
from workbench.services.passphrases import passphrase_from_environment, remembered_passphrase
from workbench.store.cipher import (
    CipherRefusal,
    Passphrase,
    PassphraseNeeded,
    WrongPassphrase,
    connect_file,
    is_encrypted,
    passphrase_needed,
)
from workbench.store.database import Store, open_store
from workbench.store.failures import FailureKind, damaged, describe_failure

#: Wrong passphrases typed at the prompt before the command gives up.
PROMPT_ATTEMPTS = 3
#: Seconds a writing command waits for another program's write lock ($WORKBENCH_BUSY_WAIT).
BUSY_WAIT_ENV_VAR = "WORKBENCH_BUSY_WAIT"
DEFAULT_BUSY_WAIT = 30.0


def busy_wait() -> float:
    try:
        return max(0.0, float(os.environ.get(BUSY_WAIT_ENV_VAR, DEFAULT_BUSY_WAIT)))
    except ValueError:
        return DEFAULT_BUSY_WAIT


def _say_waiting(command: str) -> Callable[[str], None]:
    def say(holders: str) -> None:
        print(f"{command}: waiting for {holders} to finish with the database…", file=sys.stderr)

    return say


class PromptCancelled(CipherRefusal):
    """Ctrl-C or Ctrl-D at a passphrase prompt: the command stops, nothing changed."""


def ask_passphrase(prompt: str) -> str | None:
    """A passphrase typed at the terminal (not echoed); ``None`` without a terminal.

    Ctrl-C or Ctrl-D stops the command (:class:`PromptCancelled`): a half-answered
    question never goes on as if answered.
    """
    if not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt) as stopped:
        print(file=sys.stderr)
        raise PromptCancelled(
            QT_TRANSLATE_NOOP(
                "encryption", "Cancelled at the passphrase prompt; nothing was changed."
            )
        ) from stopped


def known_passphrase(db: Path) -> Passphrase | None:
    """The passphrase from the environment or the keyring, without asking."""
    text = passphrase_from_environment() or remembered_passphrase(db)
    return Passphrase(text) if text else None


def passphrase_for(db: Path, command: str) -> Passphrase:
    """The passphrase of the encrypted *db*: known, or asked (up to three tries are made by
    the caller, which checks it)."""
    known = known_passphrase(db)
    if known is not None:
        return known
    typed = ask_passphrase(f"Passphrase for {db.name}: ")
    if not typed:
        raise PassphraseNeeded(
            QT_TRANSLATE_NOOP(
                "encryption",
                "{file} is encrypted: give its passphrase at the prompt or in "
                "$WORKBENCH_PASSPHRASE.",
            ),
            file=db.name,
        )
    return Passphrase(typed)


def open_for_command(db: Path, command: str, *, create: bool, verify: bool = True) -> Store:
    """Open *db* for *command*; *create* False for commands that only read, which then
    (unless *verify* is False) refuse a damaged file rather than report from it."""
    store = _open_asking(db, command, create=create)
    if create:
        try:
            store.wait_until_writable(busy_wait(), on_wait=_say_waiting(command))
        except BaseException:
            store.close()
            raise
    if not create and verify:
        try:
            _refuse_if_damaged(store)
        except BaseException:
            store.close()
            raise
    return store


def _refuse_if_damaged(store: Store) -> None:
    from workbench.store.integrity import check_database

    report = check_database(store.engine, quick=True)
    if report.integrity_messages != ("ok",):
        raise damaged(report.integrity_messages[0])


def _open_asking(db: Path, command: str, *, create: bool) -> Store:
    wait = _say_waiting(command)
    if not (db.exists() and is_encrypted(db)):
        return open_store(db, create=create, on_wait=wait)
    interactive = known_passphrase(db) is None and sys.stdin.isatty()
    attempts = PROMPT_ATTEMPTS if interactive else 1
    for attempt in range(1, attempts + 1):
        passphrase = passphrase_for(db, command)
        try:
            return open_store(db, passphrase=passphrase, create=create, on_wait=wait)
        except WrongPassphrase:
            if attempt == attempts:
                raise
            print(f"{command}: that passphrase does not open {db.name}", file=sys.stderr)
    raise AssertionError("unreachable")


def failure_exit(command: str, error: BaseException) -> int | None:
    """Print *error* as one line and return its exit code, if it is a database failure."""
    failure = describe_failure(error)
    if failure is None:
        return None
    print(f"{command}: {in_user_language(failure)}", file=sys.stderr)
    return int(failure.kind)


def user_language() -> str:
    """The language of the terminal's locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), if the
    interface ships in it; English otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            language = value.split(".")[0].split("_")[0].lower()
            return language if language in _SHIPPED_LANGUAGES else "en"
    return "en"


_SHIPPED_LANGUAGES = ("en", "es")
#: The Qt objects that hold the command line's translation while the process runs:
#: the core application, then the translator (none for English).
_TRANSLATION: list[Any] = []


def qt_application() -> Any:
    """The process's Qt application: a headless ``QApplication`` made once when none
    exists. Always the widest kind, since Qt allows one per process: the PDF and report
    exports lay text out only inside a GUI application and the screenshot needs widgets,
    so a plain core application made first for translations would leave them none."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0]])
        app.setApplicationName(APP_NAME)
        _APPLICATION.append(app)
    return app


#: The application :func:`qt_application` made, kept alive while the process runs.
_APPLICATION: list[Any] = []


def use_language(language: str | None = None) -> str:
    """Translate this process's text into *language* (``None``: the terminal's, see
    :func:`user_language`); returns the language used. Called again, it replaces the
    previous choice."""
    from PySide6.QtCore import QTranslator

    from workbench.locations import resources_dir

    language = language or user_language()
    app = qt_application()
    for old in _TRANSLATION[1:]:
        app.removeTranslator(old)
    _TRANSLATION[:] = [app]
    if language != "en":
        translator = QTranslator(app)
        if translator.load(f"workbench_{language}", str(resources_dir() / "translations")):
            app.installTranslator(translator)
            _TRANSLATION.append(translator)
    return language


def in_user_language(refusal: Refusal) -> str:
    """*refusal*'s sentence in the language chosen (``--lang``) or the terminal's."""
    if not _TRANSLATION:
        if user_language() == "en":
            return str(refusal)  # no Qt needed for English
        use_language()
    return refusal.translated()


def passphrase_if_encrypted(path: Path, command: str) -> Passphrase | None:
    """The passphrase *path* needs (asked if not known), or ``None`` for a plain file."""
    if not (path.exists() and is_encrypted(path)):
        return None
    return passphrase_for(path, command)


_MACHINE_FAILURES = frozenset({FailureKind.BUSY, FailureKind.DISK_FULL, FailureKind.READ_ONLY})


def refusal_exit(command: str, refusal: Exception, *, suffix: str = "") -> int:
    """Print a refused operation's reason; exit 1, or the failure's own code when what
    refused it was the disk, a lock or the file (a full disk is 4, not "refused")."""
    cause = refusal.__cause__
    failure = describe_failure(cause) if cause is not None else None
    # Only what the machine did (a full disk, a lock, permissions): a damaged or
    # encrypted *input* file is better explained by the refusal itself.
    if failure is not None and failure.kind in _MACHINE_FAILURES:
        print(f"{command}: {in_user_language(failure)}", file=sys.stderr)
        return int(failure.kind)
    text = in_user_language(refusal) if isinstance(refusal, Refusal) else str(refusal)
    reason = text.rstrip(".") if suffix else text
    print(f"{command}: {reason}{suffix}", file=sys.stderr)
    return 1


def backup_passphrase_for(
    backup: Path, current: Passphrase | None, command: str
) -> Passphrase | None:
    """The passphrase that opens *backup*: none for a plain file, the database's own when
    it does (the usual case), else the environment's, the keyring's or one asked for it."""
    if not (backup.exists() and is_encrypted(backup)):
        return current
    for candidate in (current, known_passphrase(backup)):
        if candidate is not None and _opens(backup, candidate):
            return candidate
    typed = ask_passphrase(f"Passphrase for the backup {backup.name}: ")
    if not typed:
        raise passphrase_needed(backup)
    return Passphrase(typed)


def _opens(path: Path, passphrase: Passphrase) -> bool:
    try:
        connect_file(path, passphrase, read_only=True).close()
    except WrongPassphrase:
        return False
    return True
