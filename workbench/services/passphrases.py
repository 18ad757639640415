"""Where a database's passphrase, or the team server's password, may come from besides
the user: the OS keyring.

"Remember on this computer" stores it in the keyring (GNOME Keyring / KWallet through
Secret Service, macOS Keychain, Windows Credential Locker) under the database's full
path. Where no keyring exists (a bare Linux session, a server), :func:`keyring_available`
says so and the passphrase is asked each time: it is never written anywhere else.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

#: Scripts and tests may give the passphrase in the environment; never on a command line.
PASSPHRASE_ENV_VAR = "WORKBENCH_PASSPHRASE"
KEYRING_SERVICE = "Account Workbench database"
#: The team server's passwords, by user@server.
TEAM_KEYRING_SERVICE = "Account Workbench team server"


def _keyring() -> Any:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - a dependency of the package
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration is "no keyring"
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def _account(db_path: Path) -> str:
    return str(Path(db_path).expanduser().resolve())


def _remembered(service: str, account: str) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(service, account)
    except Exception:  # a locked or unreachable keyring: ask instead
        return None


def _remember(service: str, account: str, text: str) -> bool:
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(service, account, text)
    except Exception:
        return False
    return True


def _forget(service: str, account: str) -> None:
    keyring = _keyring()
    if keyring is not None:
        with contextlib.suppress(Exception):
            keyring.delete_password(service, account)


def remembered_passphrase(db_path: Path) -> str | None:
    return _remembered(KEYRING_SERVICE, _account(db_path))


def remember_passphrase(db_path: Path, text: str) -> bool:
    """Store *text* for *db_path* in the keyring; False when there is none."""
    return _remember(KEYRING_SERVICE, _account(db_path), text)


def forget_passphrase(db_path: Path) -> None:
    _forget(KEYRING_SERVICE, _account(db_path))


def _team_account(server: str, user: str) -> str:
    return f"{user}@{server.rstrip('/')}"


def remembered_team_password(server: str, user: str) -> str | None:
    """The password of *user* on the team *server*, when "remember on this computer" kept
    it in the keyring."""
    return _remembered(TEAM_KEYRING_SERVICE, _team_account(server, user))


def remember_team_password(server: str, user: str, password: str) -> bool:
    return _remember(TEAM_KEYRING_SERVICE, _team_account(server, user), password)


def forget_team_password(server: str, user: str) -> None:
    _forget(TEAM_KEYRING_SERVICE, _team_account(server, user))


def passphrase_from_environment() -> str | None:
    return os.environ.get(PASSPHRASE_ENV_VAR) or None
