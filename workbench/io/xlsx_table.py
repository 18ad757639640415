"""Reading an Excel workbook (.xlsx) as the same table a delimited file gives.

One worksheet is read: the one named, else the first visible one. Cells come out as
the text the import parses from CSV, written the same way whatever the Excel
locale: numbers with a ``.`` decimal mark, no thousands separator, no exponent and
Excel's 15 significant digits (``1234.5``, ``12``, ``0.0000001``, ``0.3`` for
0.1 + 0.2), ``true``/``false``, dates ``2027-01-31``, date
and time ``2027-01-31T09:30:00`` (whichever the cell's number format shows),
formulas as the value Excel last calculated ("" if the file holds none, as in files
written by scripts). Headers are cleaned as :mod:`workbench.io.delimited` cleans
them, blank rows are skipped and a row with cells beyond the header is listed in
:attr:`DelimitedTable.ragged`; rows ending early are simply padded, since Excel
does not store trailing empty cells.

Workbooks are read streamed (openpyxl's read-only mode), so a large one is not
held in memory twice. A file that is not a readable workbook is refused with a
:class:`ReadProblem` saying why: an old ``.xls``, a password, damage.
"""

from __future__ import annotations

import io
import math
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.io.delimited import DelimitedTable, ReadProblem, _clean_cell, _clean_header

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

#: What :attr:`DelimitedTable.encoding` says of a workbook.
XLSX = "xlsx"
#: Excel's limit; rows past it can only come from a damaged file.
MAX_ROWS = 1_048_576
#: Start of an OLE compound file: an Excel 97–2003 workbook or an encrypted .xlsx.
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: The stream an encrypted Office document keeps its content in (names are UTF-16).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def sheet_names(data: bytes) -> list[str]:
    """The names of the worksheets in the workbook *data*, in order (chart sheets left out)."""
    workbook = _open(data)
    try:
        return [sheet.title for sheet in workbook.worksheets]
    finally:
        workbook.close()


def read_xlsx(data: bytes, sheet: str | None = None) -> DelimitedTable:
    """The table on worksheet *sheet* (default: the first visible one) of the workbook *data*."""
    workbook = _open(data)
    try:
        worksheet = _worksheet(workbook, sheet)
        records: list[list[str]] = []
        for values in _guarded(_row_values(worksheet)):
            cells = [_text(value) for value in values]
            while cells and not cells[-1].strip():
                cells.pop()
            if cells:
                records.append(cells)
    finally:
        workbook.close()
    if not records:
        raise ReadProblem(QT_TRANSLATE_NOOP("import", "The file holds no rows."))
    seen: Counter[str] = Counter()
    headers = tuple(_clean_header(cell, i, seen) for i, cell in enumerate(records[0]))
    width = len(headers)
    rows = []
    ragged = {}
    for number, record in enumerate(records[1:], start=1):
        if len(record) > width:
            ragged[number] = len(record)
        cells = [_clean_cell(cell) for cell in record[:width]]
        cells += [""] * (width - len(cells))
        rows.append(tuple(cells))
    return DelimitedTable(headers, tuple(rows), XLSX, "", "", ragged)


def _open(data: bytes) -> Workbook:
    """The workbook in *data*, opened read-only with calculated values for formulas."""
    if not data.strip():
        raise ReadProblem(QT_TRANSLATE_NOOP("import", "The file is empty."))
    if data.startswith(_OLE_SIGNATURE):
        if _ENCRYPTED_STREAM in data:
            raise ReadProblem(
                QT_TRANSLATE_NOOP(
                    "import",
                    "The workbook is protected with a password. Save a copy without "
                    "the password in Excel and import that.",
                )
            )
        raise ReadProblem(
            QT_TRANSLATE_NOOP(
                "import",
                "This is an Excel 97–2003 workbook (.xls). Save it as .xlsx or CSV in "
                "Excel and import that.",
            )
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReadProblem(QT_TRANSLATE_NOOP("import", "This is not an Excel workbook (.xlsx)."))
    from openpyxl import load_workbook  # imported on demand: ~0.2 s

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # a damaged file can fail anywhere inside openpyxl
        raise _damaged(error) from error


def _worksheet(workbook: Workbook, name: str | None) -> Any:
    worksheets = workbook.worksheets
    if name is not None:
        for worksheet in worksheets:
            if worksheet.title == name:
                return worksheet
        raise ReadProblem(
            QT_TRANSLATE_NOOP("import", "The workbook has no sheet called “{sheet}”."),
            sheet=name,
        )
    if not worksheets:
        raise ReadProblem(QT_TRANSLATE_NOOP("import", "The file holds no rows."))
    visible = [w for w in worksheets if getattr(w, "sheet_state", "visible") == "visible"]
    return (visible or worksheets)[0]


def _row_values(worksheet: Any) -> Iterator[tuple[object, ...]]:
    """Each row's values, a date-time shown as a date becoming a date."""
    from openpyxl.styles.numbers import is_datetime

    # The size a file declares can be wrong (some exporters write "A1"); read every cell.
    worksheet.reset_dimensions()
    for count, row in enumerate(worksheet.iter_rows(), start=1):
        if count > MAX_ROWS:
            raise ValueError(f"more than {MAX_ROWS} rows")
        values: list[object] = []
        for cell in row:
            value = cell.value
            if isinstance(value, datetime) and is_datetime(cell.number_format) == "date":
                value = value.date()
            values.append(value)
        yield tuple(values)


def _guarded(rows: Iterator[tuple[object, ...]]) -> Iterator[tuple[object, ...]]:
    """*rows*, with any failure of openpyxl while reading them as a :class:`ReadProblem`.

    Read-only workbooks decompress and parse a sheet while it is iterated, so damage
    shows here rather than when the file is opened.
    """
    while True:
        try:
            values = next(rows)
        except StopIteration:
            return
        except Exception as error:  # as in _open
            raise _damaged(error) from error
        yield values


def _damaged(error: Exception) -> ReadProblem:
    return ReadProblem(
        QT_TRANSLATE_NOOP("import", "The workbook is damaged or not an .xlsx file: {details}"),
        details=error,
    )


def _text(value: object) -> str:
    """A cell's value as the text a CSV export would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, Decimal):
        return _decimal(value)
    if isinstance(value, datetime):
        return _nearest_second(value).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        rounded = _nearest_second(datetime.combine(date(2000, 1, 1), value))
        return rounded.time().isoformat(timespec="seconds")
    if isinstance(value, timedelta):
        return _duration(value)
    # Excel writes a carriage return in text as "_x000D_"; openpyxl leaves that as is.
    return str(value).replace("_x000D_", "\r")


def _number(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    # Excel keeps 15 significant digits and shows no more; a calculated 59.970000000000006
    # (19.99 × 3 in binary) is the 59.97 the user sees.
    return _decimal(Decimal(f"{value:.15g}"))


def _decimal(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _duration(value: timedelta) -> str:
    """A duration as Excel shows it in ``[h]:mm:ss``: ``36:30:00``."""
    seconds = round(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    minutes, second = divmod(abs(seconds), 60)
    hours, minute = divmod(minutes, 60)
    return f"{sign}{hours}:{minute:02}:{second:02}"


def _nearest_second(value: datetime) -> datetime:
    """*value* rounded to the second: Excel keeps times as fractions of a day, and
    14:30 can come back as 14:29:59.999."""
    if value.microsecond >= 500_000:
        value += timedelta(seconds=1)
    return value.replace(microsecond=0)
