"""The rows an import wrote, read and put back by id in raw SQL (SQLite's ``json_each``
carries a list of ids as one parameter, however long): what undoing an import needs.

Table and column names come from the models, never from the user; they are quoted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from workbench.store.identifiers import quote

_IDS = "(SELECT value FROM json_each(?))"


def stored_values(
    connection: Connection, table: str, names: Sequence[str], row_id: int
) -> dict[str, Any]:
    """Row *row_id*'s stored values of the columns *names*, as the database holds them."""
    columns = ", ".join(map(quote, names))
    row = connection.exec_driver_sql(
        f"SELECT {columns} FROM {quote(table)} WHERE id = ?", (row_id,)
    ).one()
    return dict(zip(names, row, strict=True))


def put_back(connection: Connection, table: str, values: dict[str, Any], row_id: int) -> None:
    """Store *values* (stored forms, by column) in row *row_id* again."""
    assignments = ", ".join(f"{quote(name)} = ?" for name in values)
    connection.exec_driver_sql(
        f"UPDATE {quote(table)} SET {assignments} WHERE id = ?", (*values.values(), row_id)
    )


def delete_rows(connection: Connection, table: str, ids: Sequence[int]) -> None:
    connection.exec_driver_sql(
        f"DELETE FROM {quote(table)} WHERE id IN {_IDS}", (json.dumps(list(ids)),)
    )


def import_time(connection: Connection, run_id: int) -> Any:
    """When import run *run_id* wrote, as stored (the same text as the records' timestamps)."""
    return connection.exec_driver_sql(
        "SELECT imported_at FROM import_runs WHERE id = ?", (run_id,)
    ).scalar()


def edited_since(connection: Connection, table: str, ids: Sequence[int], since: Any) -> int:
    """How many of rows *ids* were updated after *since* (a stored timestamp)."""
    count = connection.exec_driver_sql(
        f"SELECT count(*) FROM {quote(table)} WHERE updated_at > ? AND id IN {_IDS}",
        (since, json.dumps(list(ids))),
    ).scalar()
    return int(count or 0)


def referring_rows(
    connection: Connection,
    table: str,
    column: str,
    ids: Sequence[int],
    excluding: Sequence[int] | None,
) -> int:
    """How many rows of *table* name one of *ids* in *column*, those of ids *excluding*
    left out (``None``: a table without an ``id`` column, every row counts)."""
    sql = f"SELECT count(*) FROM {quote(table)} WHERE {quote(column)} IN {_IDS}"
    parameters: tuple[str, ...] = (json.dumps(list(ids)),)
    if excluding is not None:
        sql += f" AND id NOT IN {_IDS}"
        parameters += (json.dumps(list(excluding)),)
    return int(connection.exec_driver_sql(sql, parameters).scalar() or 0)
