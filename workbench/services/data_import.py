"""Bringing a file in: read it (CSV of any dialect, or Excel), plan it, write it, report it.

The steps the import dialog and ``workbench import`` share: :func:`read_table`
decides between Excel and delimited text from the bytes themselves,
:func:`plan_file` recognises the layout and plans the rows (nothing written),
:func:`write_plan` writes them in one transaction, and :func:`write_problem_report`
saves each row's problems (and probable duplicates) to a CSV the user can fix the file
from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.domain.enums import ChangeSource
from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.io.delimited import DelimitedTable, ReadOptions, ReadProblem, read_delimited
from workbench.io.table_export import Cell, write_csv
from workbench.services.changes import ChangeSet
from workbench.services.import_layouts import Mapping, checked_mapping, recognise
from workbench.services.import_plan import ImportOptions, ImportPlan, match_text, plan_import
from workbench.services.import_write import ImportResult, apply_import, import_changes
from workbench.services.progress import Progress
from workbench.store.database import Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_ZIP = b"PK\x03\x04"
#: Larger files are refused before reading: far beyond any CRM export.
MAX_BYTES = 1 << 30


def read_table(data: bytes, options: ReadOptions | None = None) -> DelimitedTable:
    """The table in *data*: an Excel workbook's first sheet, or delimited text."""
    if data.startswith(_ZIP):
        from workbench.io.xlsx_table import read_xlsx

        return read_xlsx(data)
    return read_delimited(data, options)


@dataclass(frozen=True)
class FileRead:
    table: DelimitedTable
    layout: str
    kind: str | None
    mapping: Mapping


def read_file(path: Path, options: ReadOptions | None = None, kind: str | None = None) -> FileRead:
    """Read *path* and recognise its layout (of *kind* if given)."""
    if path.stat().st_size > MAX_BYTES:
        raise ReadProblem(
            QT_TRANSLATE_NOOP("import", "The file is larger than {size} GB: too large to import."),
            size=MAX_BYTES >> 30,
        )
    from workbench.services.archive import is_archive

    if is_archive(path):
        raise ReadProblem(
            QT_TRANSLATE_NOOP(
                "import",
                "This is a whole-database archive, not a table: restore it with "
                "File → Restore from a backup… (or workbench import on the command line).",
            )
        )
    table = read_table(path.read_bytes(), options)
    recognised = recognise(table.headers, kind)
    return FileRead(table, recognised.layout, recognised.kind, recognised.mapping)


def plan_file(
    store: Store,
    read: FileRead,
    kind: str,
    mapping: Mapping,
    source: str,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportPlan:
    with store.session() as session:
        return plan_read(session, read, kind, mapping, source, options, progress, today)


def plan_read(
    session: Session,
    read: FileRead,
    kind: str,
    mapping: Mapping,
    source: str,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportPlan:
    """:func:`plan_file` on the caller's session (nothing is written)."""
    return plan_import(
        session,
        read.table,
        kind,
        checked_mapping(kind, mapping),
        source=source,
        layout=read.layout,
        options=options,
        progress=progress,
        today=today,
    )


def write_plan(store: Store, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """All of *plan*'s accepted rows, or none: one transaction, rolled back on cancel."""
    with store.transaction(ChangeSource.IMPORT) as session:
        return apply_plan(session, plan, progress)[0]


def apply_plan(
    session: Session, plan: ImportPlan, progress: Progress | None = None
) -> tuple[ImportResult, ChangeSet]:
    """*plan*'s accepted rows in the caller's transaction, and what they changed."""
    result = apply_import(session, plan, progress)
    return result, import_changes(plan.kind, result)


REPORT_HEADERS = ("row", "action", "column", "problem", "refused")


def write_problem_report(
    path: Path, plan: ImportPlan, translate: Callable[[str], str] = lambda text: text
) -> int:
    """Every problem and change of every row, one per line; returns the lines written."""

    def lines() -> Iterator[tuple[Cell, ...]]:
        for row in plan.rows:
            for note in row.notes:
                yield (
                    row.number,
                    row.action.value,
                    note.column,
                    note.text(translate),
                    int(note.refused),
                )
            if row.match is not None and not row.match.same_record and not row.refused:
                yield row.number, row.action.value, "", match_text(row.match, translate), 0

    return write_csv(path, list(REPORT_HEADERS), lines())
