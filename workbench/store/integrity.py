"""Integrity checks: is the file sound, and does every reference point somewhere?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError


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
    """``PRAGMA integrity_check`` (or the faster ``quick_check``) plus ``foreign_key_check``.

    A file too damaged for the check itself to finish is reported, not raised.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with engine.connect() as connection:
            messages = tuple(row[0] for row in connection.execute(text(f"PRAGMA {pragma}")))
            violations = tuple(
                (row[0], row[1], row[2])
                for row in connection.execute(text("PRAGMA foreign_key_check"))
            )
    except DBAPIError as error:
        from workbench.store.failures import FailureKind, describe_failure

        failure = describe_failure(error)
        if failure is not None and failure.kind is not FailureKind.DAMAGED:
            raise  # read-only, busy…: nothing said about the file's soundness
        return IntegrityReport((_first_line(error.orig or error),), ())
    return IntegrityReport(messages, violations)


def damaged_report(error: BaseException) -> IntegrityReport:
    """The report for a file that could not even be opened for the check."""
    return IntegrityReport((_first_line(error),), ())


def _first_line(error: BaseException) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0]
