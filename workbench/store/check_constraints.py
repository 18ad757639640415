"""A table's ``CHECK`` constraints, checked once over all its rows after a bulk load.

SQLite evaluates a table's ``CHECK`` constraints at every row inserted, and an ``IN``
list in one (``kind IN ('call', 'email', …)``) is made anew for each row of an
``executemany``: loading the 950,000 interactions of a large archive took 3.4 s with them
and 1.8 s without. A bulk load sets ``PRAGMA ignore_check_constraints`` and calls
:func:`first_broken_check` once a table's rows are in: one scan, the same expressions,
read from the schema SQLite keeps (every one, named or not, a table's or a column's: so
exactly what it would have enforced).
"""

from __future__ import annotations

import re
from typing import Any

from workbench.store.identifiers import quote

#: The name a ``CONSTRAINT`` clause gives what follows it, at the end of the text before
#: a ``CHECK``: bare, or quoted any way SQLite takes.
_NAMED = re.compile(
    r"""CONSTRAINT\s+("(?:[^"]|"")+"|'(?:[^']|'')+'|`[^`]+`|\[[^\]]+\]|\w+)\s*$""",
    re.IGNORECASE,
)
_KEYWORD = re.compile(r"(?<![\w$])CHECK(?![\w$])\s*\(", re.IGNORECASE)
_QUOTES = {"'": "'", '"': '"', "`": "`", "[": "]"}


def check_constraints(db: Any, table: str) -> list[tuple[str, str]]:
    """Every ``CHECK`` constraint of *table* as SQLite keeps it, a table's or a column's,
    in the order of its ``CREATE TABLE``: ``(name, expression)``. One without a name is
    named by its expression, as SQLite's own refusal names it."""
    row = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    sql = row[0] if row else ""
    found = []
    pos = 0
    while pos < len(sql):
        skipped = _past_quote_or_comment(sql, pos)
        if skipped != pos:
            pos = skipped
            continue
        keyword = _KEYWORD.match(sql, pos)
        if keyword is None:
            pos += 1
            continue
        end = _closing(sql, keyword.end())
        expression = sql[keyword.end() : end]
        named = _NAMED.search(sql, 0, pos)
        found.append((_unquoted(named.group(1)) if named else expression, expression))
        pos = end + 1
    return found


def _unquoted(name: str) -> str:
    if name[0] in _QUOTES:
        close = _QUOTES[name[0]]
        return name[1:-1].replace(close * 2, close) if close != "]" else name[1:-1]
    return name


def _past_quote_or_comment(sql: str, pos: int) -> int:
    """Where the quoted text or comment starting at *pos* ends (*pos* when none does)."""
    char = sql[pos]
    if char in _QUOTES:
        close = _QUOTES[char]
        end = sql.find(close, pos + 1)
        while end >= 0 and close != "]" and sql.startswith(close * 2, end):  # doubled
            end = sql.find(close, end + 2)
        return len(sql) if end < 0 else end + 1
    if sql.startswith("--", pos):
        end = sql.find("\n", pos)
        return len(sql) if end < 0 else end + 1
    if sql.startswith("/*", pos):
        end = sql.find("*/", pos + 2)
        return len(sql) if end < 0 else end + 2
    return pos


def _closing(sql: str, start: int) -> int:
    """Where the parenthesis opened just before *start* closes, past quoted text, comments
    and nested parentheses."""
    depth = 1
    pos = start
    while pos < len(sql):
        skipped = _past_quote_or_comment(sql, pos)
        if skipped != pos:
            pos = skipped
            continue
        if sql[pos] == "(":
            depth += 1
        elif sql[pos] == ")":
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
