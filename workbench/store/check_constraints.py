"""A table's ``CHECK`` constraints, checked once over all its rows after a bulk load.

SQLite evaluates a table's ``CHECK`` constraints at every row inserted, and an ``IN``
list in one (``kind IN ('call', 'email', …)``) is made anew for each row of an
``executemany``: loading the 950,000 interactions of a large archive took 3.4 s with them
and 1.8 s without. A bulk load sets ``PRAGMA ignore_check_constraints`` and calls
:func:`first_broken_check` once a table's rows are in: one scan, the same expressions,
read from the schema SQLite keeps (so exactly what it would have enforced).
"""

from __future__ import annotations

import re
from typing import Any

from workbench.store.identifiers import quote

_CHECK = re.compile(r'CONSTRAINT\s+(?:"([^"]+)"|(\w+))\s+CHECK\s*\(', re.IGNORECASE)
_QUOTES = {"'": "'", '"': '"', "`": "`", "[": "]"}


def check_constraints(db: Any, table: str) -> list[tuple[str, str]]:
    """The named ``CHECK`` constraints of *table* as SQLite keeps them: ``(name,
    expression)`` in the order of its ``CREATE TABLE``."""
    row = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    sql = row[0] if row else ""
    found = []
    pos = 0
    while match := _CHECK.search(sql, pos):
        end = _closing(sql, match.end())
        found.append((match.group(1) or match.group(2), sql[match.end() : end]))
        pos = end + 1
    return found


def _closing(sql: str, start: int) -> int:
    """Where the parenthesis opened just before *start* closes, past quoted text and
    nested parentheses."""
    depth = 1
    pos = start
    while pos < len(sql):
        char = sql[pos]
        if char in _QUOTES:
            close = _QUOTES[char]
            pos = sql.index(close, pos + 1)
            while sql.startswith(close * 2, pos) and close != "]":  # a doubled quote
                pos = sql.index(close, pos + 2)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return pos
        pos += 1
    raise ValueError(f"unbalanced CHECK constraint in {sql[:60]!r}")


def first_broken_check(db: Any, table: str) -> tuple[str, int] | None:
    """The first row of *table* (by rowid) a ``CHECK`` constraint refuses, as
    ``(constraint name, rowid)``; ``None`` when every row passes. A constraint fails where
    its expression is false, not where it is NULL, as SQLite has it."""
    checks = check_constraints(db, table)
    if not checks:
        return None
    failing = [f"NOT ({expression})" for _name, expression in checks]
    found = db.execute(
        f"SELECT rowid, {', '.join(failing)} FROM {quote(table)} "
        f"WHERE {' OR '.join(failing)} ORDER BY rowid LIMIT 1"
    ).fetchone()
    if found is None:
        return None
    rowid, *fails = found
    name = next(name for (name, _), fail in zip(checks, fails, strict=True) if fail)
    return name, int(rowid)
