"""Column types that keep the domain's promises in SQLite.

SQLite has no exact decimal type (``NUMERIC`` silently becomes a float), and no
time-zone-aware timestamps, so both are mapped here: decimals as scaled
integers (exact, and ``SUM()`` stays exact in SQL), timestamps as UTC text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, Integer
from sqlalchemy.types import TypeDecorator, UserDefinedType


class ScaledDecimal(TypeDecorator[Decimal]):
    """A ``Decimal`` stored as an integer count of ``10**-scale`` units.

    Values with more decimals than *scale* are refused rather than rounded,
    and floats are refused outright: money never passes through binary floats.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float) or not isinstance(value, Decimal | int):
            raise TypeError(f"exact decimal expected, got {type(value).__name__}: {value!r}")
        scaled = Decimal(value).scaleb(self.scale)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.scale} decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.scale)


def scaled(value: int | str, scale: int) -> int:
    """The stored integer for *value*, for writing CHECK constraints on scaled columns."""
    return int(Decimal(value).scaleb(scale))


class UtcDateTime(TypeDecorator[datetime]):
    """An aware ``datetime`` stored in UTC; naive datetimes are refused (their zone is unknown).

    Stored as SQLAlchemy's SQLite ``DATETIME`` text, ``YYYY-MM-DD HH:MM:SS.ffffff``, which
    sorts and compares like time. The processors below write and read that text directly
    with the C-implemented ``isoformat``/``fromisoformat``: the generic path (our
    conversion, then the dialect's string formatting) cost ~8 s per million rows.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"datetime expected, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} refused: give it a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)
        to_utc = self.process_bind_param

        def process(value: Any) -> str | None:
            naive_utc = to_utc(value, dialect)
            return None if naive_utc is None else naive_utc.isoformat(" ", "microseconds")

        return process

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)

        def process(value: Any) -> datetime | None:
            if value is None:
                return None
            try:
                # Read with its zone: 0.12 µs, where .replace(tzinfo=UTC) after takes 0.7 µs
                # (a calendar or focus list reads tens of thousands of these).
                moment = datetime.fromisoformat(value + "+00:00")
            except (TypeError, ValueError):  # not text, or an offset of its own
                moment = None
            # A date alone would read "+00:00" as a time ("T" may be any character there).
            if moment is None or moment.tzinfo is not UTC:
                moment = datetime.fromisoformat(value).replace(tzinfo=UTC)
            return moment

        return process


class IntEnumType(TypeDecorator[Any]):
    """An ``IntEnum`` stored as its integer value (the CHECK lives on the column)."""

    impl = Integer
    cache_ok = True

    def __init__(self, enum_class: type[Enum]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        return None if value is None else int(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else self.enum_class(value)


class StoredValue(UserDefinedType[Any]):
    """A value as SQLite stored it in some record's column (integer, text, real, NULL or a
    BLOB), kept as is: a column of no type affinity, read back unchanged. The field
    history's old and new values, which the triggers copy without converting them."""

    cache_ok = True

    def get_col_spec(self, **_kw: Any) -> str:
        return "BLOB"
