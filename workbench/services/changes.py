"""What a use case changed, so each screen can decide whether to refresh."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ChangeSet:
    """Names the tables a use case wrote to; ``everything`` after a database switch or reload."""

    tables: frozenset[str] = frozenset()
    everything: bool = False
    #: The accounts whose records changed, when known (lets the Portfolio reload just them).
    account_ids: frozenset[int] = frozenset()

    @classmethod
    def of(cls, *tables: str, accounts: tuple[int, ...] = ()) -> ChangeSet:
        return cls(frozenset(tables), account_ids=frozenset(accounts))

    @classmethod
    def all(cls) -> ChangeSet:
        return cls(everything=True)

    def touches(self, *tables: str) -> bool:
        return self.everything or not self.tables.isdisjoint(tables)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        """Both changes at once (one operation that made two)."""
        return ChangeSet(
            self.tables | other.tables,
            self.everything or other.everything,
            self.account_ids | other.account_ids,
        )


def rows_changes(
    rows: Mapping[str, Iterable[Mapping[str, Any]]],
    cleared: Iterable[tuple[str, str, Any, Any]] = (),
) -> ChangeSet:
    """What writing (or removing) these rows by table changes: the tables, and the accounts
    the rows are or belong to, so a deletion or its undo names what it touched. *cleared*
    are a deletion's references set to NULL elsewhere, (table, column, id, old value)."""
    tables = {table for table, _column, _id, _old in cleared}
    accounts: set[int] = set()
    for table, records in rows.items():
        for record in records:
            tables.add(table)
            account = record.get("id") if table == "accounts" else record.get("account_id")
            if isinstance(account, int):
                accounts.add(account)
    return ChangeSet(frozenset(tables), account_ids=frozenset(accounts))
