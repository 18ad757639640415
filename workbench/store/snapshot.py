"""Copies of rows about to be deleted, so a delete can be undone exactly.

Deleting an account cascades to its contacts, meetings, proposals… and sets
NULL where other rows pointed at them. :func:`snapshot_cascade` follows the
foreign keys of the metadata to collect every row the delete will remove and
every reference it will clear; :func:`restore` puts them all back, same ids.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, select, text, update

from workbench.store.bulk import bulk_insert
from workbench.store.models import Base


@dataclass
class Snapshot:
    #: Rows that the delete removes, by table, parents before children.
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: (table, column, row id, old value) for references the delete sets to NULL.
    cleared: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {table: len(rows) for table, rows in self.rows.items() if rows}


def _references_to(table: Table) -> Iterable[tuple[Table, Any]]:
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                yield other, fk


def snapshot_cascade(connection: Connection, table: Table, ids: Iterable[Any]) -> Snapshot:
    snapshot = Snapshot()
    collected: dict[str, dict[Any, dict[str, Any]]] = defaultdict(dict)
    pending: list[tuple[Table, list[Any]]] = [(table, list(ids))]
    while pending:
        current, keys = pending.pop()
        keys = [k for k in keys if k not in collected[current.name]]
        if not keys:
            continue
        primary = current.primary_key.columns.values()[0]
        for row in connection.execute(select(current).where(primary.in_(keys))).mappings():
            collected[current.name][row[primary.name]] = dict(row)
        for child, fk in _references_to(current):
            child_key = child.primary_key.columns.values()[0]
            referencing = (
                connection.execute(select(child).where(fk.parent.in_(keys))).mappings().all()
            )
            if fk.ondelete == "CASCADE":
                if len(child.primary_key.columns) > 1:  # association rows: keep whole
                    collected[child.name].update({tuple(r.values()): dict(r) for r in referencing})
                else:
                    pending.append((child, [r[child_key.name] for r in referencing]))
            elif fk.ondelete == "SET NULL":
                snapshot.cleared += [
                    (child.name, fk.parent.name, r[child_key.name], r[fk.parent.name])
                    for r in referencing
                ]
    for ordered in Base.metadata.sorted_tables:
        if collected.get(ordered.name):
            snapshot.rows[ordered.name] = list(collected[ordered.name].values())
    # A row that is itself removed needs no reference restored.
    snapshot.cleared = [
        entry for entry in snapshot.cleared if entry[2] not in collected.get(entry[0], {})
    ]
    return snapshot


def restore(connection: Connection, snapshot: Snapshot) -> None:
    """Re-insert every row of *snapshot* (same ids) and restore the references it cleared."""
    connection.execute(text("PRAGMA defer_foreign_keys = ON"))
    tables = Base.metadata.tables
    for name, rows in snapshot.rows.items():
        bulk_insert(connection, tables[name], rows)
    for name, column, row_id, value in snapshot.cleared:
        table = tables[name]
        key = table.primary_key.columns.values()[0]
        # Columns with an on-update default (updated_at) keep their value: this is not an edit.
        untouched = {c.name: c for c in table.c if c.onupdate is not None}
        connection.execute(update(table).where(key == row_id).values({column: value, **untouched}))
