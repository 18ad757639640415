"""Integrity checks: is the file sound, and does every reference point somewhere?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text


@dataclass(frozen=True)
class IntegrityReport:
    integrity_messages: tuple[str, ...]
    #: (table, rowid, referenced table) for each row whose foreign key points nowhere.
    foreign_key_violations: tuple[tuple[str, int, str], ...]

    @property
    def ok(self) -> bool:
        return self.integrity_messages == ("ok",) and not self.foreign_key_violations

    def lines(self) -> list[str]:
        if self.ok:
            return ["integrity: ok", "foreign keys: ok"]
        out = [f"integrity: {m}" for m in self.integrity_messages]
        out += [
            f"foreign key: {table} row {rowid} refers to a missing {parent} row"
            for table, rowid, parent in self.foreign_key_violations
        ]
        return out


def check_database(engine: Engine, *, quick: bool = False) -> IntegrityReport:
    """``PRAGMA integrity_check`` (or the faster ``quick_check``) plus ``foreign_key_check``."""
    pragma = "quick_check" if quick else "integrity_check"
    with engine.connect() as connection:
        messages = tuple(row[0] for row in connection.execute(text(f"PRAGMA {pragma}")))
        violations = tuple(
            (row[0], row[1], row[2]) for row in connection.execute(text("PRAGMA foreign_key_check"))
        )
    return IntegrityReport(messages, violations)
