"""Every row of a database as plain data, for tests that compare two databases.

The search index is compared by what it holds (each entry's rowid and text), not by
FTS5's shadow tables, whose internal layout depends on the order of the writes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.store.search_index import TABLE, is_index_table

#: The field history: what changed, not what is stored; left out unless asked for.
HISTORY = ("operations", "field_changes")


def dump(path: Path, *, sort: bool = False, history: bool = False) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    """Each table's rows, in rowid order (or *sort*ed, when ids may be given out anew);
    the field history's too with *history* (a change writes history: comparing what a
    database holds before and after one leaves it out)."""
    with sqlite3.connect(path) as db:
        tables = [
            r[0]
            for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            if (not is_index_table(r[0]) or r[0] == TABLE) and (history or r[0] not in HISTORY)
        ]
        found = {}
        for table in tables:
            columns = "rowid, *" if table == TABLE else "*"
            order = "" if sort else " ORDER BY rowid"
            rows = db.execute(f"SELECT {columns} FROM {table}{order}").fetchall()
            found[table] = sorted(rows, key=repr) if sort else rows
        return found
