"""Passwords, hashed with Argon2id (argon2-cffi's defaults: RFC 9106's second recommended
profile, 64 MiB and 3 passes) and never kept or logged in the clear."""

from __future__ import annotations

import functools
import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_HASHER = PasswordHasher()
#: Argon2id takes its 64 MiB for each password checked at once: 50 laptops logging in
#: together in the server's 40 threads took 1.7 GB. Four at a time bound it to 256 MiB;
#: the others wait their turn (a check takes well under a second).
_AT_ONCE = threading.BoundedSemaphore(4)

#: The shortest password the server accepts for a user.
MINIMUM_LENGTH = 10


@functools.cache
def _dummy() -> str:
    """A hash nobody's password matches, verified against when the user name is unknown, so
    an unknown name takes as long to refuse as a wrong password. Made on first use (0.1 s:
    every ``workbench server`` command imported it), or by :func:`prepare` as the server
    starts, so that even the first unknown name takes no longer."""
    return _HASHER.hash("no user has this password, it only spends the time")


def prepare() -> None:
    """Make what checking a password needs before the first login asks for it."""
    _dummy()


class WeakPassword(ValueError):
    """A new password the server refuses (too short, or only white space)."""


def hashed(password: str) -> str:
    if len(password.strip()) < MINIMUM_LENGTH:
        raise WeakPassword(f"A password needs at least {MINIMUM_LENGTH} characters.")
    with _AT_ONCE:
        return _HASHER.hash(password)


def matches(stored_hash: str | None, password: str) -> bool:
    try:
        with _AT_ONCE:
            checked = _HASHER.verify(stored_hash or _dummy(), password)
        return checked and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _HASHER.check_needs_rehash(stored_hash)
