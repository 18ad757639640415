"""What a use case changed, so each screen can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChangeSet:
    """Names the tables a use case wrote to; ``everything`` after a database switch or reload."""

    tables: frozenset[str] = frozenset()
    everything: bool = False

    @classmethod
    def of(cls, *tables: str) -> ChangeSet:
        return cls(frozenset(tables))

    @classmethod
    def all(cls) -> ChangeSet:
        return cls(everything=True)

    def touches(self, *tables: str) -> bool:
        return self.everything or not self.tables.isdisjoint(tables)
