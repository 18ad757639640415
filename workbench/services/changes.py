"""What a use case changed, so each screen can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass


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
