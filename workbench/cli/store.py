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

from workbench.cli.common import in_user_language
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


def open_for_command(db: Path, command: str, *, create: bool = False, verify: bool = True) -> Store:
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


def find_account(store: Store, name: str) -> int:
    """The id of the account *name* names (see :func:`workbench.services.accounts.account_named`);
    :class:`~workbench.services.accounts.AccountNameRefused` when none or several do."""
    from workbench.services.accounts import account_named

    with store.session() as session:
        return account_named(session, name)
