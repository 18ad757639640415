"""Which account a record belongs to, read from the references alone: the shortest chain
of references from its table to ``accounts``. Records whose references lead to no account
(colleagues, products) are the whole team's.

The team server decides who may see a record by it (``server/scope.py``); a laptop joining
a team uploads its book account by account with it (``services/team_join.py``).
"""

from __future__ import annotations

from collections import deque
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, Table, select

from workbench.store.models import Base


def _path_to_account(table: Table) -> list[tuple[str, Table]]:
    """(column, referred table) steps from *table* to ``accounts`` — required references
    before optional ones — or [] when none leads there."""
    queue: deque[tuple[Table, list[tuple[str, Table]]]] = deque([(table, [])])
    seen = {table.name}
    while queue:
        current, path = queue.popleft()
        for column in sorted(current.c, key=lambda c: bool(c.nullable)):
            for key in column.foreign_keys:
                referred = key.column.table
                if referred.name in seen:
                    continue
                step = [*path, (column.name, referred)]
                if referred.name == "accounts":
                    return step
                seen.add(referred.name)
                queue.append((referred, step))
    return []


_PATHS = {name: _path_to_account(table) for name, table in Base.metadata.tables.items()}


def account_path(table: Table) -> list[tuple[str, Table]]:
    """The references from *table* to its account; [] for ``accounts`` itself and for the
    team's tables."""
    return [] if table.name == "accounts" else _PATHS.get(table.name) or []


def account_joins(table: Table) -> tuple[list[tuple[FromClause, Any]], ColumnElement[Any]] | None:
    """The outer joins from *table* to its account (alias, on-clause), in order, and the
    account's uid column at their end (None where a reference on the way is empty);
    None: the table's records belong to no account."""
    if table.name == "accounts":
        return [], table.c.uid
    path = account_path(table)
    if not path:
        return None
    current: FromClause = table
    joins: list[tuple[FromClause, Any]] = []
    for column, referred in path:
        alias: FromClause = referred.alias()
        joins.append((alias, alias.c.id == current.c[column]))
        current = alias
    return joins, current.c.uid


def with_account_uid(table: Table) -> tuple[Select[Any], ColumnElement[Any]] | None:
    """SELECT every row of *table* with the uid of its account, labelled ``account_uid``,
    and that uid's column, to filter by; None: the table's records belong to no account."""
    found = account_joins(table)
    if found is None:
        return None
    joins, account_uid = found
    statement = select(table, account_uid.label("account_uid"))
    for alias, on in joins:
        statement = statement.outerjoin(alias, on)
    return statement, account_uid
