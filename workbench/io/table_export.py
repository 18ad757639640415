"""Tables out to CSV and Excel, safe to open in a spreadsheet.

A text cell that a spreadsheet would read as a formula (starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) is prefixed with an apostrophe,
so an account named ``=HYPERLINK(...)`` stays text (CSV/formula injection).
Numbers, dates and money stay typed in XLSX; CSV is UTF-8 with a BOM so Excel
detects the encoding. Control characters a stored value may still carry are written
as ``\\xNN`` (:func:`workbench.domain.text.xml_safe`): no stored text can make an
export fail. The file is written whole or not at all (:mod:`workbench.io.atomic`).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from contextlib import suppress
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from workbench.domain.text import xml_safe
from workbench.io.atomic import atomic_path

Cell = str | int | Decimal | date | datetime | None

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def cell_text(value: str) -> str:
    """*value* as a cell may hold it: XML-safe, and never read as a formula."""
    return neutralise(xml_safe(value))


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | int):
        return str(value)
    return cell_text(value)


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write a CSV, whole or not at all; returns the number of data rows."""
    count = 0
    with (
        atomic_path(path) as partial,
        partial.open("w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream)
        writer.writerow([cell_text(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_text(v) for v in row])
            count += 1
    return count


def write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]], sheet: str = "Export"
) -> int:
    """Write an XLSX with typed cells, whole or not at all; returns the number of data rows.

    Streamed (openpyxl's write-only mode): rows go to the file as they come, so a
    100,000-row export neither holds every cell in memory nor takes long to save.
    """
    from openpyxl import Workbook  # imported on demand: ~0.2 s
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet[:31])
    for index, header in enumerate(headers, start=1):
        width = max(12, min(40, len(str(header)) + 4))
        worksheet.column_dimensions[get_column_letter(index)].width = width
    worksheet.freeze_panes = "A2"
    bold = Font(bold=True)
    titles = []
    for header in headers:
        cell = WriteOnlyCell(worksheet, value=cell_text(header))
        cell.font = bold
        titles.append(cell)
    worksheet.append(titles)
    count = 0
    try:
        for row in rows:
            values = []
            for value in row:
                if isinstance(value, datetime):
                    value = value.replace(tzinfo=None)  # Excel has no time zones: local time
                values.append(cell_text(value) if isinstance(value, str) else value)
            worksheet.append(values)
            count += 1
    except BaseException:
        _discard(worksheet)
        raise
    with atomic_path(path) as partial:
        workbook.save(partial)
    return count


def _discard(worksheet: Any) -> None:
    """Close a streamed sheet that will never be saved, and delete the scratch file that
    openpyxl was writing its rows to (clients' data, left in the temporary folder else)."""
    with suppress(Exception):
        worksheet.close()
    scratch = getattr(getattr(worksheet, "_writer", None), "out", None)
    if isinstance(scratch, str):
        Path(scratch).unlink(missing_ok=True)
