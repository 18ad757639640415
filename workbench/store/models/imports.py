"""What each import wrote, so the last one can be undone as a whole."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models.base import Base, fk


class ImportRun(Base):
    """One import of one file: what it was, when, and how many rows it wrote."""

    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(40))
    source: Mapped[str] = mapped_column(sa.String(500))
    layout: Mapped[str] = mapped_column(sa.String(100))
    imported_at: Mapped[datetime]
    created: Mapped[int]
    updated: Mapped[int]
    refused: Mapped[int]
    undone_at: Mapped[datetime | None]


class ImportChange(Base):
    """A row an import created (``before`` is NULL) or updated (``before`` holds, as JSON,
    the stored values of the columns it changed)."""

    __tablename__ = "import_changes"
    __table_args__ = (sa.PrimaryKeyConstraint("run_id", "table_name", "row_id"),)

    run_id: Mapped[int] = mapped_column(fk("import_runs.id"))
    table_name: Mapped[str] = mapped_column(sa.String(64))
    row_id: Mapped[int]
    before: Mapped[str | None] = mapped_column(sa.Text)
