"""Reading a delimited text file (CSV and its cousins) the way its author meant it.

Files come from Salesforce's Data Loader, HubSpot syncs and European Excel
installations, so nothing is assumed; each choice can be overridden:

* **encoding**: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise UTF-8 if
  the bytes are valid UTF-8, else Windows-1252 (Excel's "ANSI", a superset of the
  printable Latin-1), else Latin-1, which reads any byte;
* **delimiter**: ``,``, ``;``, tab or ``|``, whichever splits the first records into
  the most consistent number of fields;
* **line endings**: CRLF, LF or CR alone, and quoted fields that span lines (their
  line breaks are kept, as ``\\n``);
* **quoting**: ``"`` with doubled quotes inside.

The first non-empty record is the header. Rows with more or fewer fields than the
header are kept, padded, and listed in :attr:`DelimitedTable.ragged`, so the
preview can say which. Bytes that are not text at all are refused with a reason.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal

DELIMITERS = (",", ";", "\t", "|")
#: Records looked at to guess the delimiter.
SNIFF_RECORDS = 30
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


class ReadProblem(Refusal, ValueError):
    """The file cannot be read as a table; says why, in the user's language (context "import")."""

    context = "import"


@dataclass(frozen=True)
class ReadOptions:
    """The user's overrides; ``None`` means "detect"."""

    encoding: str | None = None
    delimiter: str | None = None


@dataclass(frozen=True)
class DelimitedTable:
    headers: tuple[str, ...]
    #: Every record after the header, each as long as the header (short ones padded).
    rows: tuple[tuple[str, ...], ...]
    encoding: str
    delimiter: str
    line_ending: str  # "CRLF", "LF", "CR" or "" (a single line)
    #: 1-based numbers of the rows whose field count was not the header's, with that count.
    ragged: dict[int, int] = field(default_factory=dict)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of *data* and the encoding it was read with."""
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as error:
            raise ReadProblem(
                QT_TRANSLATE_NOOP("import", "The file is not in {encoding}: {details}"),
                encoding=encoding,
                details=error,
            ) from error
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name.replace("-sig", "")), name
            except UnicodeDecodeError as error:
                raise ReadProblem(
                    QT_TRANSLATE_NOOP(
                        "import", "The file starts as {encoding} but is not: {details}"
                    ),
                    encoding=name,
                    details=error,
                ) from error
    if b"\x00" in data[:4096]:
        raise ReadProblem(
            QT_TRANSLATE_NOOP("import", "This is not a text file (it holds binary data).")
        )
    for name in ("utf-8", "cp1252", "latin-1"):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any byte")  # pragma: no cover


def line_ending(text: str) -> str:
    """The line ending of the first line break outside quotes (a good guess for the file)."""
    crlf, lf, cr = text.count("\r\n"), text.count("\n"), text.count("\r")
    if crlf and crlf >= lf - crlf:
        return "CRLF"
    if lf:
        return "LF"
    return "CR" if cr else ""


def _records(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records = []
    for record in reader:
        records.append(record)
        if limit is not None and len(records) >= limit:
            break
    return records


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records most consistently."""
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            records = [r for r in _records(text, delimiter, SNIFF_RECORDS) if any(r)]
        except csv.Error:
            continue
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        consistent = sum(1 for record in records if len(record) == width)
        score = (consistent, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _clean_header(text: str, index: int, seen: Counter[str]) -> str:
    name = " ".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")).strip()
    name = " ".join(name.split()) or f"Column {index + 1}"
    seen[name] += 1
    return name if seen[name] == 1 else f"{name} ({seen[name]})"


def _clean_cell(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_delimited(data: bytes, options: ReadOptions | None = None) -> DelimitedTable:
    """The table in *data* (the whole file's bytes)."""
    options = options or ReadOptions()
    if not data.strip():
        raise ReadProblem(QT_TRANSLATE_NOOP("import", "The file is empty."))
    text, encoding = decode(data, options.encoding)
    delimiter = options.delimiter or sniff_delimiter(text)
    try:
        records = [r for r in _records(text, delimiter) if any(cell.strip() for cell in r)]
    except csv.Error as error:
        raise ReadProblem(
            QT_TRANSLATE_NOOP("import", "The file cannot be read as a table: {details}"),
            details=error,
        ) from error
    if not records:
        raise ReadProblem(QT_TRANSLATE_NOOP("import", "The file holds no rows."))
    seen: Counter[str] = Counter()
    headers = tuple(_clean_header(cell, i, seen) for i, cell in enumerate(records[0]))
    width = len(headers)
    rows = []
    ragged = {}
    for number, record in enumerate(records[1:], start=1):
        if len(record) != width:
            ragged[number] = len(record)
        cells = [_clean_cell(cell) for cell in record[:width]]
        cells += [""] * (width - len(cells))
        rows.append(tuple(cells))
    return DelimitedTable(headers, tuple(rows), encoding, delimiter, line_ending(text), ragged)
