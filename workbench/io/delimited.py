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

The file is read as a stream of lines, never decoded whole, and a table has bounds
(:data:`MAX_FIELD_CHARS`, :data:`MAX_LINE_CHARS`, :data:`MAX_ROWS`,
:data:`MAX_COLUMNS`, :data:`MAX_CELLS`): reading stops at the first line or field
over its limit, without holding it, and refuses the file naming the limit.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from workbench.domain.text import without_control_characters
from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal

DELIMITERS = (",", ";", "\t", "|")
#: Records looked at to guess the delimiter.
SNIFF_RECORDS = 30
#: A field longer than this (in characters) refuses the file: ten times the longest text
#: an imported record keeps (``import_fields.TEXT_LIMIT``), far beyond any CRM export.
MAX_FIELD_CHARS = 1 << 20
#: A line, or a record spanning lines, longer than this refuses the file; it is read
#: in pieces, so an endless line costs this much memory at most.
MAX_LINE_CHARS = 4 << 20
#: Excel's limits, which no exported table goes beyond.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
#: Rows × columns (short rows are padded): ten million cells are ~1 GB in memory.
MAX_CELLS = 10_000_000
#: Bytes decoded at a time when checking an encoding.
_CHUNK = 1 << 20
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
    """The text of *data* and the encoding it was read with (for small data: it is all
    decoded at once; :func:`read_delimited` streams)."""
    name, codec, skip = detect_encoding(data, encoding)
    return data[skip:].decode(codec), name


def detect_encoding(data: bytes, encoding: str | None = None) -> tuple[str, str, int]:
    """The encoding of *data*: its name as shown, the codec to read with and the length of
    its byte-order mark. Checked by decoding piece by piece, never holding the text."""
    if encoding is not None:
        error = _decoding_error(data, encoding, 0)
        if error is not None:
            raise ReadProblem(
                QT_TRANSLATE_NOOP("import", "The file is not in {encoding}: {details}"),
                encoding=encoding,
                details=error,
            )
        return encoding, encoding, 0
    for bom, name in _BOMS:
        if data.startswith(bom):
            codec = name.replace("-sig", "")
            error = _decoding_error(data, codec, len(bom))
            if error is not None:
                raise ReadProblem(
                    QT_TRANSLATE_NOOP(
                        "import", "The file starts as {encoding} but is not: {details}"
                    ),
                    encoding=name,
                    details=error,
                )
            return name, codec, len(bom)
    if b"\x00" in data[:4096]:
        raise ReadProblem(
            QT_TRANSLATE_NOOP("import", "This is not a text file (it holds binary data).")
        )
    for name in ("utf-8", "cp1252"):
        if _decoding_error(data, name, 0) is None:
            return name, name, 0
    return "latin-1", "latin-1", 0  # reads any byte


def _decoding_error(data: bytes, codec: str, start: int) -> str | None:
    """Why *data* from *start* is not text in *codec*; ``None`` if it is."""
    try:
        decoder = codecs.getincrementaldecoder(codec)()
    except LookupError as error:
        return str(error)
    view = memoryview(data)
    at = start
    try:
        while True:
            final = at + _CHUNK >= len(data)
            decoder.decode(view[at : at + _CHUNK], final)
            if final:
                return None
            at += _CHUNK
    except UnicodeDecodeError as error:
        return f"{error.reason} (byte {at + error.start})"
    finally:
        view.release()


def line_ending(text: str) -> str:
    """The line ending of the first line break outside quotes (a good guess for the file)."""
    crlf, lf, cr = text.count("\r\n"), text.count("\n"), text.count("\r")
    return _ending(crlf, lf - crlf, cr - crlf)


def _ending(crlf: int, lf: int, cr: int) -> str:
    """ "CRLF", "LF", "CR" or "" for counts of each kind of line end (*lf* and *cr* alone)."""
    if crlf and crlf >= lf:
        return "CRLF"
    if lf or crlf:
        return "LF"
    return "CR" if cr else ""


class _Lines(Iterator[str]):
    """The lines of *data* for :mod:`csv`, decoded as they are read, each at most
    :data:`MAX_LINE_CHARS` long; counts line ends and the characters of the record
    being read (reset by the reader after each record)."""

    def __init__(self, data: bytes, codec: str, skip: int) -> None:
        stream = io.BytesIO(data)  # shares the bytes, no copy
        stream.seek(skip)
        self._text = io.TextIOWrapper(stream, encoding=codec, newline="")
        self.number = 0
        self.in_record = 0
        self.endings: Counter[str] = Counter()

    def __next__(self) -> str:
        line = self._text.readline(MAX_LINE_CHARS + 1)
        if not line:
            raise StopIteration
        self.number += 1
        self.in_record += len(line)
        if self.in_record > MAX_LINE_CHARS:
            raise ReadProblem(
                QT_TRANSLATE_NOOP(
                    "import",
                    "Line {line} is longer than {limit} characters, the most a line of a "
                    "table may hold: the file cannot be imported.",
                ),
                line=self.number,
                limit=MAX_LINE_CHARS,
            )
        if line.endswith("\r\n"):
            self.endings["CRLF"] += 1
        elif line.endswith("\n"):
            self.endings["LF"] += 1
        elif line.endswith("\r"):
            self.endings["CR"] += 1
        return line

    def ending(self) -> str:
        return _ending(self.endings["CRLF"], self.endings["LF"], self.endings["CR"])


def _records(lines: Iterable[str], delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(lines, delimiter=delimiter, strict=False)
    records = []
    for record in reader:
        records.append(record)
        if limit is not None and len(records) >= limit:
            break
    return records


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records of *text* most consistently."""
    return _sniff(lambda: io.StringIO(text, newline=""))


def _sniff(open_lines: Callable[[], Iterable[str]]) -> str:
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            records = [r for r in _records(open_lines(), delimiter, SNIFF_RECORDS) if any(r)]
        except (csv.Error, ReadProblem):  # e.g. an opening quote this delimiter never closes
            continue
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        consistent = sum(1 for record in records if len(record) == width)
        score = (consistent, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def clean_header(text: str, index: int, seen: Counter[str]) -> str:
    text = without_control_characters(text)
    name = " ".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")).strip()
    name = " ".join(name.split()) or f"Column {index + 1}"
    seen[name] += 1
    return name if seen[name] == 1 else f"{name} ({seen[name]})"


def clean_cell(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_shape(rows: int, width: int) -> None:
    """Refuse a table of more rows, columns or cells than an import takes (naming which)."""
    if width > MAX_COLUMNS:
        raise ReadProblem(
            QT_TRANSLATE_NOOP(
                "import", "The file has more than {limit} columns, the most an import takes."
            ),
            limit=MAX_COLUMNS,
        )
    if rows > MAX_ROWS:
        raise ReadProblem(
            QT_TRANSLATE_NOOP(
                "import", "The file has more than {limit} rows, the most an import takes."
            ),
            limit=MAX_ROWS,
        )
    if rows * width > MAX_CELLS:
        raise ReadProblem(
            QT_TRANSLATE_NOOP(
                "import",
                "The file has more than {limit} cells (rows × columns), the most an import takes.",
            ),
            limit=MAX_CELLS,
        )


def _field_too_long(line: int) -> ReadProblem:
    return ReadProblem(
        QT_TRANSLATE_NOOP(
            "import",
            "A field on line {line} is longer than {limit} characters, the most a field may "
            "hold: the file cannot be imported.",
        ),
        line=line,
        limit=MAX_FIELD_CHARS,
    )


# The csv module refuses fields over 128 KiB by default; ours is the limit (checked
# below too, should anything have set the module's limit higher).
csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD_CHARS))


def read_delimited(data: bytes, options: ReadOptions | None = None) -> DelimitedTable:
    """The table in *data* (the whole file's bytes), read line by line."""
    options = options or ReadOptions()
    if not data or data.isspace():
        raise ReadProblem(QT_TRANSLATE_NOOP("import", "The file is empty."))
    encoding, codec, skip = detect_encoding(data, options.encoding)
    delimiter = options.delimiter or _sniff(lambda: _Lines(data, codec, skip))
    lines = _Lines(data, codec, skip)
    reader = csv.reader(lines, delimiter=delimiter, strict=False)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    ragged: dict[int, int] = {}
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            if lines.in_record > MAX_FIELD_CHARS:
                raise _field_too_long(lines.number) from error
            raise ReadProblem(
                QT_TRANSLATE_NOOP("import", "The file cannot be read as a table: {details}"),
                details=error,
            ) from error
        if lines.in_record > MAX_FIELD_CHARS and max(map(len, record)) > MAX_FIELD_CHARS:
            raise _field_too_long(lines.number)
        lines.in_record = 0
        if not any(cell.strip() for cell in record):
            continue
        if headers is None:
            check_shape(0, len(record))
            seen: Counter[str] = Counter()
            headers = tuple(clean_header(cell, i, seen) for i, cell in enumerate(record))
            continue
        width = len(headers)
        check_shape(len(rows) + 1, width)
        number = len(rows) + 1
        if len(record) != width:
            ragged[number] = len(record)
        cells = [clean_cell(cell) for cell in record[:width]]
        cells += [""] * (width - len(cells))
        rows.append(tuple(cells))
    if headers is None:
        raise ReadProblem(QT_TRANSLATE_NOOP("import", "The file holds no rows."))
    return DelimitedTable(headers, tuple(rows), encoding, delimiter, lines.ending(), ragged)
