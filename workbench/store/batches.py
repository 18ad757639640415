"""Lists of ids split for SQL ``IN (…)`` lists: SQLite limits the parameters of a statement."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

#: Values per ``IN`` list: far under SQLite's limit, whatever else the statement binds.
IN_LIST_SIZE = 500


def in_chunks(items: Sequence[T], size: int = IN_LIST_SIZE) -> Iterator[Sequence[T]]:
    """*items* in consecutive slices of at most *size*."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
