"""Reading an archive's rows: the JSON array of one table, by batches, checked as it goes.

An archive as written holds one row a line, every column named, every value of the kind
its column keeps. :func:`read_batches` reads such a file as bytes and decodes each block
of whole lines straight into rows of the table's columns (:class:`RowShape`: a typed
decoder, checked in C), which the restore inserts as they are and whose kinds it need not
check again. A block with anything else (a BLOB, a column of an older schema, text in a
number column, rows over several lines, a damaged file) is read the general way,
:func:`read_rows`: objects in any layout, which says what is wrong where something is.
"""

from __future__ import annotations

import base64
import io
import itertools
import json
import queue
import threading
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, NamedTuple, TypeVar

import msgspec

_T = TypeVar("_T")

#: Longest single row accepted while reading (a guard against one endless object).
MAX_ROW = 64 * 1024**2
#: Rows of a batch read the general way.
BATCH = 2_000
_CHUNK = 1024**2
#: What JSON counts as whitespace (``bytes.strip()`` takes more: \v and \f).
_BLANK = b" \t\r\n"


class MemberDamaged(Exception):
    """A table's file in the archive is not a JSON list of rows; says where and why."""


class Batch(NamedTuple):
    """Rows read together: *typed*, tuples of every column in the order of the table's
    :class:`RowShape`, each value of its column's kind; otherwise objects keyed by column."""

    rows: list[Any]
    typed: bool


#: The JSON values a column of each SQLite affinity keeps as they are (an integer in a REAL
#: column is stored as a real by SQLite, and one past 64 bits refused, as before); anything
#: else (a BLOB, text in a number column, which SQLite may convert) is left to the general
#: reading and the type check.
_KINDS: dict[str, Any] = {
    "INTEGER": int | None,
    "TEXT": str | None,
    "REAL": int | float | None,
    "NUMERIC": int | float | str | None,
    "BLOB": int | float | str | None,
}


class RowShape:
    """The columns of a table as an archive of this version writes them: their names, in
    order, and a decoder of a JSON list of such rows that refuses any other key, a missing
    one, and a value of a kind its column would not keep as it is."""

    def __init__(self, columns: Sequence[tuple[str, str]]) -> None:
        """*columns*: each column's name and SQLite affinity, in the table's order."""
        self.names = tuple(name for name, _affinity in columns)
        # Field names need not be identifiers: the fields are c0, c1… renamed to the columns.
        row = msgspec.defstruct(
            "Row",
            [(f"c{i}", _KINDS[affinity]) for i, (_name, affinity) in enumerate(columns)],
            rename={f"c{i}": name for i, name in enumerate(self.names)},
            forbid_unknown_fields=True,
            gc=False,
        )
        self._decoder: msgspec.json.Decoder[list[Any]] = msgspec.json.Decoder(list[row])  # type: ignore[valid-type]

    def decode(self, text: bytes) -> list[tuple[Any, ...]]:
        """The rows of the JSON list *text*; ``msgspec.ValidationError`` when one is not of
        this shape, ``msgspec.DecodeError`` when *text* is no JSON."""
        return [msgspec.structs.astuple(row) for row in self._decoder.decode(text)]


def _object_hook(value: dict[str, Any]) -> Any:
    if len(value) == 1 and "$bytes" in value:
        encoded = value["$bytes"]
        if not isinstance(encoded, str):
            raise ValueError("$bytes holds no text")
        return base64.b64decode(encoded, validate=True)
    return value


#: Decodes the rows written one a line, twice as fast as ``json``; whatever it refuses
#: (NaN, a lone surrogate, a number out of range…) is read again by ``json``, row by row,
#: which takes what it took before and says what is wrong with the rest.
_LINES_DECODER = msgspec.json.Decoder(list[dict[str, Any]])  # rows, checked in C


def _with_bytes(value: Any) -> Any:
    """*value* (decoded without the object hook) as :func:`_object_hook` makes it."""
    if type(value) is dict:
        return _object_hook({key: _with_bytes(item) for key, item in value.items()})
    if type(value) is list:
        return [_with_bytes(item) for item in value]
    return value


#: What may spell a BLOB's key, in text decoded or not (``$bytes``, or with escapes).
_BYTES_SIGNS = {str: ("$bytes", "\\u"), bytes: (b"$bytes", b"\\u")}


def _objects(lines: str | bytes) -> list[dict[str, Any]] | None:
    """The rows on *lines* (whole lines of rows separated by commas) as objects, a BLOB's
    ``{"$bytes": …}`` made bytes; ``None`` when they are not rows alone (or a BLOB is not
    base64)."""
    text = f"[{lines}]" if isinstance(lines, str) else b"[" + lines + b"]"
    try:
        rows = _LINES_DECODER.decode(text)
        if any(sign in lines for sign in _BYTES_SIGNS[type(lines)]):  # type: ignore[operator]
            rows = [_with_bytes(row) for row in rows]
    except (msgspec.MsgspecError, ValueError, RecursionError):  # bad base64 a ValueError
        return None
    return rows


_CONTROL_SIGNS = {
    str: ("\x7f", "\\", ("\\u00", "\\b", "\\f")),
    bytes: (b"\x7f", b"\\", (b"\\u00", b"\\b", b"\\f")),
}


def _may_hold_control(text: str | bytes) -> bool:
    """Whether JSON text (decoded or not) may hold a control character: escaped
    (``\\u001b``, and backspace and form feed as ``\\b`` and ``\\f``) or, for DEL, as is
    (the decoder refuses the others raw). A few ``memchr`` scans in the usual case."""
    delete, backslash, escapes = _CONTROL_SIGNS[type(text)]
    return delete in text or (backslash in text and any(sign in text for sign in escapes))  # type: ignore[operator]


@dataclass
class TextSeen:
    """Whether a table's JSON text may hold a control character (then its text is checked)."""

    control: bool = False


def read_rows(
    member: IO[bytes], name: str, seen: TextSeen | None = None, *, after_comma: bool = False
) -> Iterator[dict[str, Any]]:
    """The objects of the JSON array in *member* (the archive's file *name*), one at a time
    (any layout, never all at once).

    *seen* learns whether the text may hold a control character: one regular expression
    over the raw text, far cheaper than looking at every value once stored.
    """
    seen = seen or TextSeen()
    decoder = json.JSONDecoder(object_hook=_object_hook)
    text = io.TextIOWrapper(member, encoding="utf-8", newline="")
    buffer = ""
    pos = 0
    ended = False
    by_lines = True  # as written: one row a line; false once the lines are not rows
    lines_ahead = True  # whether the text read may hold a line ending in a comma past pos

    def more() -> None:
        nonlocal buffer, pos, ended, lines_ahead
        if ended:
            raise MemberDamaged(f"{name} ends too early")
        if len(buffer) - pos > MAX_ROW:
            raise MemberDamaged(f"{name} holds a row too large")
        # The pending text at least doubles: a long row is parsed again a few times, not
        # once per chunk.
        chunk = text.read(max(_CHUNK, len(buffer) - pos))
        buffer = buffer[pos:] + chunk
        pos = 0
        ended = not chunk
        lines_ahead = True
        if not seen.control and _may_hold_control(buffer):  # the pending part too: an
            seen.control = True  # escape cut in two by the chunks is found whole

    def next_char() -> str:
        nonlocal pos
        while True:
            while pos < len(buffer) and buffer[pos] in " \t\r\n":
                pos += 1
            if pos < len(buffer):
                return buffer[pos]
            if ended:
                return ""
            more()

    def expect(char: str) -> None:
        nonlocal pos
        if next_char() != char:
            raise MemberDamaged(f"{name} is not a JSON list of rows")
        pos += 1

    def whole_lines() -> list[dict[str, Any]] | None:
        """The rows on the whole lines ahead that end in a comma, decoded as one list; None
        where they do not decode to rows alone (a row over several lines, a damaged one):
        then rows are read one by one, which says what is wrong, and so is the rest.

        A newline is never inside a JSON string, so a line ending in a comma ends a row
        of the list or leaves an object or array open, and then the list does not decode.
        """
        nonlocal pos, by_lines, lines_ahead
        if not lines_ahead:
            return None
        end = buffer.rfind(",\n", pos)
        if end <= pos:  # none in the text read: not looked for again before more is read
            lines_ahead = False
            return None
        rows = _objects(buffer[pos:end])
        if rows is None:
            by_lines = False
            return None
        pos = end + 1
        return rows

    expect("[")
    if next_char() == "]" and not after_comma:
        pos += 1
    else:
        while True:
            next_char()
            if by_lines and (rows := whole_lines()) is not None:
                yield from rows
                continue
            while True:
                try:
                    row, pos = decoder.raw_decode(buffer, pos)
                    break
                except RecursionError as error:
                    raise MemberDamaged(f"{name} nests too deep") from error
                except json.JSONDecodeError as error:  # often only an incomplete row: read more
                    if ended:
                        raise MemberDamaged(f"{name}: {error}") from error
                    more()
                except ValueError as error:  # bad base64, an endless number…
                    raise MemberDamaged(f"{name}: {error}") from error
            if not isinstance(row, dict):
                raise MemberDamaged(f"{name} holds something other than rows")
            yield row
            if next_char() == ",":
                pos += 1
                continue
            expect("]")
            break
    if next_char() != "":
        raise MemberDamaged(f"{name} goes on after its list of rows")


def read_batches(
    member: IO[bytes], name: str, shape: RowShape, seen: TextSeen | None = None
) -> Iterator[Batch]:
    """The rows of the JSON array in *member* (the archive's file *name*), by batches.

    As written (one row a line), blocks of whole lines are decoded from bytes as they come;
    each becomes a typed batch when all its rows have *shape*, objects otherwise. At the
    first block that is not rows alone, the rest of the file is read by :func:`read_rows`.
    *seen* learns whether the text may hold a control character.
    """
    seen = seen or TextSeen()
    pending = b""
    ended = False
    opened = False  # the list's "[" read
    after_comma = False  # rows read, up to a comma: another row must follow
    while True:
        if not ended:
            chunk = member.read(_CHUNK)
            ended = not chunk
            pending += chunk
            if not seen.control and _may_hold_control(pending):  # an escape cut in two
                seen.control = True  # by the chunks is found whole
        if not opened:
            pending = pending.lstrip(_BLANK)
            if not pending and not ended:
                continue
            if not pending.startswith(b"["):
                break
            pending, opened = pending[1:], True
        if ended:
            # The last rows, then the list's end: "…}\n]\n".
            rest = pending.rstrip(_BLANK)
            batch = _block(rest[:-1], shape) if rest.endswith(b"]") else None
            if batch is not None and (batch.rows or not after_comma):
                if batch.rows:
                    yield batch
                return
            break
        end = pending.rfind(b",\n")
        if end < 0:
            if len(pending) > MAX_ROW:
                break
            continue
        batch = _block(pending[:end], shape)
        if batch is None or not batch.rows:  # no row before a comma: not a list of rows
            break
        yield batch
        pending = pending[end + 2 :]
        after_comma = True
    # Not rows alone: the rest, from where it starts, read the general way (which says
    # what is wrong, and where).
    joined = _Joined(b"[" + pending if opened else pending, member)
    yield from _in_batches(
        read_rows(io.BufferedReader(joined), name, seen, after_comma=after_comma)
    )


def _block(lines: bytes, shape: RowShape) -> Batch | None:
    """The rows on *lines* (whole lines of rows separated by commas, perhaps none), typed
    when they have *shape*; ``None`` when they are not rows alone.

    A newline is never inside a JSON string, so lines cut after a comma end a row of the
    list or leave an object or array open, and then the block does not decode.
    """
    try:
        return Batch(shape.decode(b"[" + lines + b"]"), typed=True)
    except msgspec.ValidationError:
        pass  # rows, but not all of the table's shape: read as objects
    except (msgspec.DecodeError, RecursionError):
        return None
    rows = _objects(lines)
    return None if rows is None else Batch(rows, typed=False)


class _Joined(io.RawIOBase):
    """*first*, then what is left of *stream*: the rest of a file, partly read already."""

    def __init__(self, first: bytes, stream: IO[bytes]) -> None:
        super().__init__()
        self._first = first
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._first:
            data, self._first = self._first[: len(buffer)], self._first[len(buffer) :]
        else:
            data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _in_batches(rows: Iterator[dict[str, Any]]) -> Iterator[Batch]:
    while rows_ := list(itertools.islice(rows, BATCH)):
        yield Batch(rows_, typed=False)


def read_ahead(batches: Iterator[_T], depth: int = 4) -> Generator[_T, None, None]:
    """The items of *batches*, made on a thread of their own a few ahead of the caller.

    Decoding JSON holds the GIL; SQLite lets it go while it stores a batch: on two cores
    the rows are read while the previous ones are inserted. Whatever the reading raises is
    raised here; leaving early (a refusal, a cancel) stops the reading thread.
    """
    ahead: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: tuple[bool, Any]) -> bool:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for batch in batches:
                if not put((True, batch)):
                    return
        except BaseException as error:
            put((False, error))
        else:
            put((False, None))

    reader = threading.Thread(target=read, name="archive-reader", daemon=True)
    reader.start()
    try:
        while True:
            more, item = ahead.get()
            if more:
                yield item
            elif item is None:
                return
            else:
                raise item
    finally:
        stop.set()
        reader.join()
