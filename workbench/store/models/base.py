"""Declarative base, naming convention and column helpers shared by every model."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from workbench.domain.identity import uuid7
from workbench.domain.money import STORAGE_SCALE
from workbench.store.authorship import current_author
from workbench.store.types import ScaledDecimal, UtcDateTime

#: Every constraint and index gets a predictable name, so migrations can alter
#: them (SQLite batch mode recreates tables and needs names to find them).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Percentages (discount, tax, probability of a phase…) keep four decimals.
PERCENT_SCALE = 4
#: Quantities and agreed-KPI values keep six decimals.
QUANTITY_SCALE = 6


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_uid() -> str:
    return f"{uuid.uuid4()}@account-workbench"


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012 - SQLAlchemy reads it once
        datetime: UtcDateTime(),
        Decimal: ScaledDecimal(STORAGE_SCALE),
    }


def enum_column(enum_class: type[StrEnum], name: str, **kwargs: Any) -> Mapped[Any]:
    """A column holding a ``StrEnum``'s values, with a CHECK listing the allowed ones."""
    return mapped_column(
        sa.Enum(
            enum_class,
            name=name,
            native_enum=False,
            create_constraint=True,
            length=max(len(m.value) for m in enum_class),
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        ),
        **kwargs,
    )


def money_column(**kwargs: Any) -> Mapped[Any]:
    return mapped_column(ScaledDecimal(STORAGE_SCALE), **kwargs)


def percent_column(**kwargs: Any) -> Mapped[Any]:
    return mapped_column(ScaledDecimal(PERCENT_SCALE), **kwargs)


def quantity_column(**kwargs: Any) -> Mapped[Any]:
    return mapped_column(ScaledDecimal(QUANTITY_SCALE), **kwargs)


def fk(target: str, *, ondelete: str = "CASCADE") -> sa.ForeignKey:
    return sa.ForeignKey(target, ondelete=ondelete)


def not_blank(column: str) -> sa.CheckConstraint:
    """CHECK that a text column holds more than white space."""
    return sa.CheckConstraint(f"length(trim({column})) > 0", name=f"{column}_not_blank")


class Timestamps:
    """Creation and last-change times, in UTC."""

    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class PerDialect(sa.sql.expression.ColumnElement[Any]):
    """SQL written one way on SQLite (the laptop) and another on PostgreSQL (the team
    server), for the schema's DDL: an index expression, a CHECK, a server default."""

    inherit_cache = False  # each instance is its own SQL

    def __init__(self, sqlite: str, postgresql: str) -> None:
        self.sqlite = sqlite
        self.postgresql = postgresql


@compiles(PerDialect)
def _on_sqlite(element: PerDialect, _compiler: Any, **_kw: Any) -> str:
    return element.sqlite


@compiles(PerDialect, "postgresql")
def _on_postgresql(element: PerDialect, _compiler: Any, **_kw: Any) -> str:
    return element.postgresql


def case_blind(column: str) -> PerDialect:
    """A text column compared without regard to case, for an index: ``COLLATE NOCASE`` on
    SQLite (what the laptop's queries use), ``lower(...)`` on the team server."""
    return PerDialect(f"{column} COLLATE NOCASE", f"lower({column})")


def is_set(column: str) -> PerDialect:
    """A boolean column is true, in a CHECK: ``column = 1`` on SQLite (its booleans are
    integers), the column itself on PostgreSQL."""
    return PerDialect(f"{column} = 1", column)


def no_uid_yet() -> PerDialect:
    """The server default of a uid column: on SQLite the empty text migration 0008 gave
    the column it added to tables with rows (it filled every one at once); PostgreSQL's
    uuid type has no empty value, so the team server's columns take a random one there.
    The program always gives a record its UUIDv7 itself."""
    return PerDialect("''", "gen_random_uuid()")


class Recorded(Timestamps):
    """A record someone keeps: an identity the same on every machine (its integer id is
    this file's own), when it was made and last changed, and by whom.

    Every change to a record's fields is written to the field history, in the same
    transaction, by triggers (:mod:`workbench.store.history`); these columns are not
    fields of it.
    """

    uid: Mapped[uuid.UUID] = mapped_column(
        sa.Uuid,
        default=uuid7,
        server_default=no_uid_yet(),
        unique=True,
        index=True,
        sort_order=200,
    )
    updated_by: Mapped[str | None] = mapped_column(
        sa.String(200), default=current_author, onupdate=current_author, sort_order=201
    )


#: The default migration 0008 gave the stamps it added (SQLite wants a constant one for a
#: NOT NULL column added to a table); never used, the program always gives the time.
EPOCH = "1970-01-01 00:00:00.000000"


class RecordedSince0008(Recorded):
    """A record whose table got its ``created_at``/``updated_at`` with migration 0008."""

    created_at: Mapped[datetime] = mapped_column(default=utc_now, server_default=EPOCH)
    updated_at: Mapped[datetime] = mapped_column(
        default=utc_now, onupdate=utc_now, server_default=EPOCH
    )
