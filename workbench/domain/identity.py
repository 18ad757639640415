"""Record identities that are the same on every machine: UUIDv7 (RFC 9562).

A record's integer id is local to one database file; its uid travels with it through
exports, archives, imports, restores and (later) the team server. Version 7 puts the
creation time first, to the millisecond, so uids made one after another sort in the order
they were made and land side by side in an index; the 74 bits after it are random (the
first 12 counting up within one millisecond, so that order holds inside it too).
"""

from __future__ import annotations

import os
import random
import threading
import time
import uuid
from collections.abc import Callable


class UidMaker:
    """Makes version-7 uids in order, from a clock and a source of random bits.

    :func:`uuid7` uses the one for the program (the system clock, the OS's randomness); a
    generated sample makes its own from its seed and date, so the same seed gives the same
    uids.
    """

    def __init__(
        self,
        clock_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
        random_bits: Callable[[int], int] = lambda bits: int.from_bytes(
            os.urandom(bits // 8), "big"
        ),
    ) -> None:
        self._clock_ms = clock_ms
        self._random_bits = random_bits
        self._lock = threading.Lock()
        self._last = (0, 0)  # (milliseconds, 12-bit counter) of the uid made last

    def __call__(self) -> uuid.UUID:
        ms = self._clock_ms()
        bits = self._random_bits(80)
        with self._lock:
            last_ms, last_counter = self._last
            if ms <= last_ms:  # the same millisecond (or the clock went back): count on
                ms, counter = last_ms, last_counter + 1
                if counter > 0xFFF:  # 4,096 in one millisecond: borrow the next one
                    ms, counter = ms + 1, bits >> 69 & 0x7FF
            else:
                counter = bits >> 69 & 0x7FF  # a random start, leaving room to count up
            self._last = (ms, counter)
        value = (
            (ms & 0xFFFF_FFFF_FFFF) << 80
            | 0x7 << 76
            | counter << 64
            | 0b10 << 62
            | bits & 0x3FFF_FFFF_FFFF_FFFF
        )
        return uuid.UUID(int=value)


def seeded_uids(rng: random.Random, start_ms: int) -> UidMaker:
    """Uids from *rng*, all in the millisecond *start_ms* and counting on from it."""
    return UidMaker(lambda: start_ms, rng.getrandbits)


_PROGRAM = UidMaker()


def uuid7() -> uuid.UUID:
    """A new version-7 UUID, now."""
    return _PROGRAM()


def uuid7_time_ms(uid: uuid.UUID) -> int:
    """The milliseconds since 1970 a version-7 *uid* was made at."""
    return uid.int >> 80
