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

Before anything is parsed, the zip's directory is checked against bounds a real
workbook stays far within (a "zip bomb" of 2 MB can unpack to gigabytes): the number
of parts, the total unpacked size, each part's compression ratio and size, and the
number of shared strings (counted in the part, not taken from its header). Each is
refused naming the limit. The table itself has the bounds of a delimited one.
"""

from __future__ import annotations

import io
import math
import re
import struct
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

from workbench.domain.text import without_control_characters
from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.io.delimited import (
    MAX_CELLS,
    MAX_FIELD_CHARS,
    MAX_ROWS,
    DelimitedTable,
    ReadProblem,
    check_shape,
    clean_cell,
    clean_header,
)

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

#: What :attr:`DelimitedTable.encoding` says of a workbook.
XLSX = "xlsx"
#: Parts (files) a workbook may hold; Excel's own have a few dozen.
MAX_PARTS = 10_000
#: Bytes of the zip's central directory (a directory entry is ~50–100 bytes).
MAX_DIRECTORY_BYTES = 4 << 20
#: All parts unpacked: a million rows of ten columns are ~400 MB of sheet XML.
MAX_UNPACKED_BYTES = 512 << 20
#: Unpacked size ÷ packed size of a part over 1 MiB. Sheets written by Excel or
#: openpyxl pack 5–20 times (a sheet of zeros: 16); 2 GB of white space packs 1,000.
MAX_RATIO = 100
_RATIO_FROM = 1 << 20
#: A part read whole (styles, workbook, relationships…), not streamed like a sheet.
MAX_PART_BYTES = 64 << 20
#: Different texts of the workbook (each is kept in memory while the sheet is read).
MAX_SHARED_STRINGS = 2_000_000
_CHUNK = 1 << 20
_SHARED_STRING_TAGS = tuple(b"<si" + end for end in (b">", b" ", b"/", b"\t", b"\n", b"\r"))
#: The same with a namespace prefix (``<x:si>``), rare: looked for only where ``:si`` is.
_PREFIXED_SHARED_STRING = re.compile(rb"<[A-Za-z_][\w.-]{0,31}:si[\s/>]")
_UNIQUE_COUNT = re.compile(rb"\buniqueCount\s*=\s*[\"'](\d{1,20})[\"']")
#: ``[Content_Types].xml`` larger than this is no workbook's own (Excel's: a few kB).
_MAX_CONTENT_TYPES_BYTES = 1 << 20
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
        width = 0
        for number, values in enumerate(_guarded(_row_values(worksheet)), start=1):
            cells = [_text(value) for value in values]
            while cells and not cells[-1].strip():
                cells.pop()
            if any(len(cell) > MAX_FIELD_CHARS for cell in cells):
                raise ReadProblem(
                    QT_TRANSLATE_NOOP(
                        "import",
                        "A cell on row {row} is longer than {limit} characters, the most a "
                        "field may hold: the file cannot be imported.",
                    ),
                    row=number,
                    limit=MAX_FIELD_CHARS,
                )
            if cells:
                # Rows are cut or padded to the header's width.
                width = width or len(cells)
                check_shape(len(records), width)
                records.append(cells)
    finally:
        workbook.close()
    if not records:
        raise ReadProblem(QT_TRANSLATE_NOOP("import", "The file holds no rows."))
    seen: Counter[str] = Counter()
    headers = tuple(clean_header(cell, i, seen) for i, cell in enumerate(records[0]))
    width = len(headers)
    rows = []
    ragged = {}
    for number, record in enumerate(records[1:], start=1):
        if len(record) > width:
            ragged[number] = len(record)
        cells = [clean_cell(cell) for cell in record[:width]]
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
    check_bounds(data)
    from openpyxl import load_workbook  # imported on demand: ~0.2 s

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # a damaged file can fail anywhere inside openpyxl
        raise _damaged(error) from error


def check_bounds(data: bytes) -> None:
    """Refuse a workbook that would unpack or parse beyond the bounds above, reading
    only its directory and counting its shared strings; names the limit passed."""
    entries, directory = _directory(data)
    if entries > MAX_PARTS or directory > MAX_DIRECTORY_BYTES:
        raise _too_many_parts()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                raise _too_many_parts()
            if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
                raise ReadProblem(
                    QT_TRANSLATE_NOOP(
                        "import",
                        "The workbook unpacks to more than {limit} MB, the most an import takes.",
                    ),
                    limit=MAX_UNPACKED_BYTES >> 20,
                )
            shared = _shared_string_parts(archive, infos)
            for info in infos:
                _check_part(info, streamed=info.filename in shared or _is_sheet(info.filename))
            for name in sorted(shared):
                _count_shared_strings(archive, name)
    except ReadProblem:
        raise
    except Exception as error:  # a damaged directory or part; as in _open
        raise _damaged(error) from error


def _directory(data: bytes) -> tuple[int, int]:
    """The entries and the size of the zip's central directory, as its end record says
    (zeros when there is none to read: zipfile then says what is wrong)."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - (1 << 16) - 22))
    if at < 0 or at + 22 > len(data):
        return 0, 0
    entries, size = struct.unpack_from("<HI", data, at + 10)
    locator = at - 20
    if (entries == 0xFFFF or size == 0xFFFFFFFF) and data[locator : locator + 4] == (b"PK\x06\x07"):
        (offset,) = struct.unpack_from("<Q", data, locator + 8)
        if data[offset : offset + 4] == b"PK\x06\x06" and offset + 56 <= len(data):
            entries, size = struct.unpack_from("<QQ", data, offset + 32)
    return entries, size


def _too_many_parts() -> ReadProblem:
    return ReadProblem(
        QT_TRANSLATE_NOOP(
            "import", "The workbook has more than {limit} parts, the most an import takes."
        ),
        limit=MAX_PARTS,
    )


def _is_sheet(name: str) -> bool:
    return "worksheets/" in name.lower()


def _shown(name: str) -> str:
    name = without_control_characters(name)
    return name if len(name) <= 100 else name[:100] + "…"


def _check_part(info: zipfile.ZipInfo, streamed: bool) -> None:
    if info.file_size > _RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise ReadProblem(
            QT_TRANSLATE_NOOP(
                "import",
                "The workbook's part “{part}” is packed {ratio} times, more than the {limit} "
                "times of a real workbook: it is not opened.",
            ),
            part=_shown(info.filename),
            ratio=info.file_size // max(info.compress_size, 1),
            limit=MAX_RATIO,
        )
    if not streamed and info.file_size > MAX_PART_BYTES:
        raise ReadProblem(
            QT_TRANSLATE_NOOP(
                "import",
                "The workbook's part “{part}” unpacks to more than {limit} MB, the most an "
                "import takes.",
            ),
            part=_shown(info.filename),
            limit=MAX_PART_BYTES >> 20,
        )


def _shared_string_parts(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> set[str]:
    """The parts holding shared strings: by name, and as ``[Content_Types].xml`` says —
    read as XML, the way openpyxl reads it, so no character reference hides one. A
    content-types part too big to be a workbook's own (Excel's are a few kB) makes every
    part a suspect."""
    names = {info.filename for info in infos}
    parts = {name for name in names if name.lower().endswith("sharedstrings.xml")}
    if "[Content_Types].xml" not in names:
        return parts
    types = archive.getinfo("[Content_Types].xml")
    if types.file_size > _MAX_CONTENT_TYPES_BYTES:
        return names
    try:
        root = ElementTree.fromstring(archive.read(types))
    except ElementTree.ParseError:
        return parts  # openpyxl refuses it too, and says the file is damaged
    for element in root.iter():
        if str(element.tag).endswith("Override") and element.get("ContentType", "").endswith(
            "sharedStrings+xml"
        ):
            name = element.get("PartName", "").lstrip("/")
            if name in names:
                parts.add(name)
    return parts


def _count_shared_strings(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse more than :data:`MAX_SHARED_STRINGS` in part *name*: its ``uniqueCount``
    if it says so, else counted piece by piece (a header can lie), stopping at the limit."""
    count = 0
    tail = b""
    with archive.open(name) as part:
        while chunk := part.read(_CHUNK):
            declared = _UNIQUE_COUNT.search(chunk[:4096]) if not tail else None
            if declared and int(declared.group(1)) > MAX_SHARED_STRINGS:
                count = int(declared.group(1))
            buffer = tail + chunk
            count += _tags(buffer) - _tags(tail)  # the tail's were counted with the last piece
            if b":si" in buffer:
                count += sum(
                    1 for m in _PREFIXED_SHARED_STRING.finditer(buffer) if m.end() > len(tail)
                )
            if count > MAX_SHARED_STRINGS:
                raise ReadProblem(
                    QT_TRANSLATE_NOOP(
                        "import",
                        "The workbook holds more than {limit} different texts (shared "
                        "strings), the most an import takes.",
                    ),
                    limit=MAX_SHARED_STRINGS,
                )
            tail = buffer[-48:]


def _tags(text: bytes) -> int:
    return sum(text.count(tag) for tag in _SHARED_STRING_TAGS)


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
    visited = 0
    for count, row in enumerate(worksheet.iter_rows(), start=1):
        if count > MAX_ROWS:
            raise ValueError(f"more than {MAX_ROWS} rows")
        # A cell far to the right makes a row that wide: bound the cells looked at.
        visited += len(row)
        if visited > 2 * MAX_CELLS:
            check_shape(1, MAX_CELLS + 1)
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
        except ReadProblem:
            raise
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
