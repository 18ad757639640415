"""The field history: every change to a record's fields (one row per changed field; a
created or deleted record in one row, whole), with the
operation (one transaction: when, who, from where) it belongs to.

Triggers write it (:mod:`workbench.store.history`), in the transaction of the change
itself, whatever made the change: a form, an import, an undo, a deletion cascading to a
record's children. It is kept: only ``workbench history --compact`` removes rows.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from workbench.domain.enums import ChangeKind, ChangeSource
from workbench.domain.identity import uuid7
from workbench.store.models.base import Base, enum_column, utc_now
from workbench.store.types import StoredValue


class Operation(Base):
    """One transaction that changed records: the unit a sync sends and a History page
    groups by."""

    __tablename__ = "operations"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(sa.Uuid, default=uuid7, unique=True, index=True)
    at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    author: Mapped[str | None] = mapped_column(sa.String(200))
    source: Mapped[ChangeSource] = enum_column(ChangeSource, "source")


class FieldChange(Base):
    """One field of one record, as it was before and after one operation. ``old_value``
    and ``new_value`` hold the values as the record's column stored them (scaled integers
    for money, UTC text for times), NULL for none. A record created or deleted is one row
    whose ``field`` is ``*``: its fields' values as a JSON object, in ``new_value`` for a
    creation, in ``old_value`` for a deletion (``store.history``)."""

    __tablename__ = "field_changes"
    __table_args__ = (
        sa.Index("ix_field_changes_record", "record_uid", "id"),
        sa.Index("ix_field_changes_account", "account_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No foreign key: the history outlives what it describes, and compacting it may
    # remove operations whose rows are kept.
    operation_id: Mapped[int | None] = mapped_column(index=True)
    table_name: Mapped[str] = mapped_column(sa.String(64))
    record_uid: Mapped[uuid.UUID] = mapped_column(sa.Uuid)
    #: The account the record belongs to (its own id for an account), when it has one.
    account_id: Mapped[int | None]
    kind: Mapped[ChangeKind] = enum_column(ChangeKind, "kind")
    field: Mapped[str] = mapped_column(sa.String(64))
    old_value: Mapped[Any] = mapped_column(StoredValue(), nullable=True)
    new_value: Mapped[Any] = mapped_column(StoredValue(), nullable=True)
