"""A laptop's side of the sync with a team server (``services.sync``).

``sync_state`` holds where the laptop stands: the server and user it syncs with, the
cursor of the server's change feed it has read to, and the last field-history row it has
pushed (the history *is* the outbox: a change is recorded there in the transaction that
makes it). ``sync_records`` holds, for each record the server has told it about, the
version it last had: a pushed field carries it as its base, and the server finds a
conflict when someone else changed that field after it.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models.base import Base


class SyncState(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    value: Mapped[Any] = mapped_column(sa.JSON)


class SyncRecord(Base):
    """The version of a record this laptop last had from the server. ``held`` names the
    fields whose own version is older: those with a local change not yet pushed when a
    newer value came down (the newer one was not applied over it), and their version."""

    __tablename__ = "sync_records"

    record_uid: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    version: Mapped[int] = mapped_column(sa.BigInteger)
    held: Mapped[dict[str, int] | None] = mapped_column(sa.JSON)
