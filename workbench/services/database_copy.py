"""Bring the whole content of another Workbench database into an empty one.

The source is copied to a temporary file and opened from there, so an older
file is migrated without touching the user's original, and a newer one is
refused. All rows go in one transaction: a failure or a cancel writes nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.orm import Session

from workbench.services.changes import ChangeSet
from workbench.services.progress import Progress
from workbench.store.bulk import bulk_insert
from workbench.store.database import open_store
from workbench.store.history import paused as history_paused
from workbench.store.migrate import DatabaseOpenError, backup_file
from workbench.store.models import Account, Base
from workbench.store.references import defer_foreign_keys

_CHUNK = 20_000


class TargetNotEmptyError(Exception):
    pass


def copy_database_into(
    target: Connection, source_path: Path, progress: Progress | None = None
) -> dict[str, int]:
    """Copy every row of the database at *source_path* into *target* (an empty database)."""
    progress = progress or Progress()
    if target.execute(select(func.count()).select_from(Account.__table__)).scalar_one():
        raise TargetNotEmptyError(
            "The current database already holds accounts; nothing was imported."
        )
    if not source_path.is_file():
        raise DatabaseOpenError(f"{source_path} does not exist.")
    with tempfile.TemporaryDirectory(prefix="workbench-import-") as scratch:
        copy = Path(scratch) / "source.sqlite"
        try:
            backup_file(source_path, copy)
        except Exception as exc:  # sqlite3.DatabaseError for a file that is not a database
            raise DatabaseOpenError(
                f"{source_path.name} is not a database Account Workbench can read."
            ) from exc
        source = open_store(copy)
        try:
            return _copy_rows(source.engine.connect(), target, progress)
        finally:
            source.close()
            shutil.rmtree(scratch, ignore_errors=True)


def _copy_rows(source: Connection, target: Connection, progress: Progress) -> dict[str, int]:
    """Every row of *source* into *target*, with the source's own field history: the
    triggers are paused (the rows are not new changes), the source's operations and
    field changes come after the target's own (their ids shifted past them), and the
    source's settings replace the target's."""
    # Children may precede parents inside one table (accounts.parent_id): check at commit.
    defer_foreign_keys(target)
    tables = Base.metadata.sorted_tables
    counts: dict[str, int] = {}
    shift = {
        name: target.execute(
            select(func.coalesce(func.max(Base.metadata.tables[name].c.id), 0))
        ).scalar_one()
        for name in ("operations", "field_changes")
    }
    with source, history_paused(target, Base.metadata):
        for index, table in enumerate(tables):
            result = source.execute(select(table)).mappings()
            copied = 0
            while chunk := result.fetchmany(_CHUNK):
                rows = [_shifted(table.name, dict(row), shift) for row in chunk]
                if table.name == "settings":
                    keys = [row["key"] for row in rows]
                    target.execute(delete(table).where(table.c.key.in_(keys)))
                bulk_insert(target, table, rows)
                copied += len(chunk)
                progress.advance(index, len(tables), table.name)
            if copied:
                counts[table.name] = copied
    progress.advance(len(tables), len(tables), "")
    return counts


def _shifted(table: str, row: dict[str, Any], shift: dict[str, int]) -> dict[str, Any]:
    """*row* of the source's history with its ids past the target's own."""
    if table == "operations":
        row["id"] += shift["operations"]
    elif table == "field_changes":
        row["id"] += shift["field_changes"]
        if row["operation_id"] is not None:
            row["operation_id"] += shift["operations"]
    return row


def copy_database(
    session: Session, source_path: Path, progress: Progress | None = None
) -> tuple[dict[str, int], ChangeSet]:
    """:func:`copy_database_into` in the caller's session's transaction: a whole database
    where there was none, so every tab reloads."""
    return copy_database_into(session.connection(), source_path, progress), ChangeSet.all()
