"""Passwords, hashed with Argon2id (argon2-cffi's defaults: RFC 9106's second recommended
profile, 64 MiB and 3 passes) and never kept or logged in the clear.

A test suite may set :data:`TEST_HASHING_VARIABLE`: new hashes then take argon2-cffi's
cheapest parameters, made for unit tests (a hash and its check take 0.2 ms instead of
0.2 s; the server tests make and check hundreds). A check reads the parameters from the
hash itself, so only new hashes depend on it; while it is set no hash is renewed, and
without it a login renews a hash made with other parameters than the real ones. The
server warns as it starts while the variable is set. (It also makes an unknown name
quicker to refuse than a real user's wrong password: never set it for a real team.)
"""

from __future__ import annotations

import functools
import os
import threading

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

#: Set to 1 by a test suite only: new hashes take the cheapest parameters.
TEST_HASHING_VARIABLE = "WORKBENCH_INSECURE_TEST_HASHING"

_HASHER = PasswordHasher.from_parameters(profiles.RFC_9106_LOW_MEMORY)
_TEST_HASHER = PasswordHasher.from_parameters(profiles.CHEAPEST)


def insecure_test_hashing() -> bool:
    """Whether new hashes take the cheapest parameters (:data:`TEST_HASHING_VARIABLE`)."""
    return os.environ.get(TEST_HASHING_VARIABLE) == "1"


def _hasher() -> PasswordHasher:
    return _TEST_HASHER if insecure_test_hashing() else _HASHER


#: Argon2id takes its 64 MiB for each password checked at once: 50 laptops logging in
#: together in the server's 40 threads took 1.7 GB. Four at a time bound it to 256 MiB;
#: the others wait their turn (a check takes well under a second).
_AT_ONCE = threading.BoundedSemaphore(4)

#: The shortest password the server accepts for a user.
MINIMUM_LENGTH = 10


def _dummy() -> str:
    return _dummy_of(_hasher())


@functools.cache
def _dummy_of(hasher: PasswordHasher) -> str:
    """A hash nobody's password matches, verified against when the user name is unknown, so
    an unknown name takes as long to refuse as a wrong password. Made on first use (0.1 s:
    every ``workbench server`` command imported it), or by :func:`prepare` as the server
    starts, so that even the first unknown name takes no longer."""
    return hasher.hash("no user has this password, it only spends the time")


def prepare() -> None:
    """Make what checking a password needs before the first login asks for it."""
    _dummy()


class WeakPassword(ValueError):
    """A new password the server refuses (too short, or only white space)."""


def hashed(password: str) -> str:
    if len(password.strip()) < MINIMUM_LENGTH:
        raise WeakPassword(f"A password needs at least {MINIMUM_LENGTH} characters.")
    with _AT_ONCE:
        return _hasher().hash(password)


def matches(stored_hash: str | None, password: str) -> bool:
    try:
        with _AT_ONCE:
            checked = _HASHER.verify(stored_hash or _dummy(), password)
        return checked and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def rehashed(stored_hash: str, password: str) -> str | None:
    """A new hash of *password* (just checked against *stored_hash*) when *stored_hash* was
    made with other parameters than the real ones; otherwise ``None``. Never while the
    test variable is set: that would make real hashes cheap."""
    if insecure_test_hashing() or not _HASHER.check_needs_rehash(stored_hash):
        return None
    with _AT_ONCE:
        return _HASHER.hash(password)
