"""Reading a table's rows from an archive: blocks of whole lines decoded typed, and the
general reading that takes over at the first block that is not rows of the table's shape."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from workbench.services import archive_reader
from workbench.services.archive_reader import (
    Batch,
    MemberDamaged,
    RowShape,
    TextSeen,
    read_batches,
)

NAMES = ("id", "name", "amount", "day")
SHAPE = RowShape(list(zip(NAMES, ("INTEGER", "TEXT", "REAL", "NUMERIC"), strict=True)))
ROWS = [
    {"id": i, "name": f"Café Núñez {i}", "amount": i / 4, "day": f"2026-03-{i % 28 + 1:02d}"}
    for i in range(1, 301)
]


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 512 bytes: many blocks, and rows cut in two by the chunks."""
    monkeypatch.setattr(archive_reader, "_CHUNK", 512)


def written(rows: list[Any]) -> bytes:
    """The rows laid out as an archive writes them: one a line."""
    lines = ",\n".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in rows)
    return f"[\n{lines}\n]\n".encode()


def read(data: bytes, seen: TextSeen | None = None) -> list[Batch]:
    return list(read_batches(io.BytesIO(data), "tables/t.json", SHAPE, seen))


def objects(batches: list[Batch]) -> list[dict[str, Any]]:
    """Every row read, typed ones made objects again."""
    return [
        dict(zip(NAMES, row, strict=True)) if batch.typed else row
        for batch in batches
        for row in batch.rows
    ]


def test_rows_as_written_come_typed_in_the_tables_order() -> None:
    batches = read(written(ROWS))
    assert len(batches) > 10
    assert all(batch.typed for batch in batches)
    assert [row for batch in batches for row in batch.rows] == [
        (row["id"], row["name"], row["amount"], row["day"]) for row in ROWS
    ]


def test_rows_naming_their_columns_in_any_order_come_typed() -> None:
    shuffled = [dict(reversed(row.items())) for row in ROWS]
    batches = read(written(shuffled))
    assert all(batch.typed for batch in batches)
    assert objects(batches) == ROWS


def test_an_integer_in_a_real_column_comes_as_written_for_sqlite_to_store_as_a_real() -> None:
    """As the general reading gives it: SQLite stores it as a real, and refuses one past
    64 bits (a float would have kept 1e30 without a word)."""
    [batch] = read(written([{"id": 1, "name": "A", "amount": 3, "day": None}]))
    assert batch.typed
    assert batch.rows == [(1, "A", 3, None)]
    [batch] = read(written([{"id": 1, "name": "A", "amount": 10**30, "day": None}]))
    assert batch.rows[0][2] == 10**30


@pytest.mark.parametrize(
    ("row", "read_as"),
    [
        # Text in a number column: SQLite may convert it; the type check then decides.
        ({"id": 150, "name": "A", "amount": "lots", "day": None}, None),
        ({"id": "150", "name": "A", "amount": 1.5, "day": None}, None),
        # A column an older schema did not have: the restore gives it its default.
        ({"id": 150, "name": "A", "amount": 1.5}, None),
        # A column this version does not know: the restore names it in its refusal.
        ({"id": 150, "name": "A", "amount": 1.5, "day": None, "colour": "red"}, None),
        # A BLOB, anywhere.
        (
            {"id": 150, "name": {"$bytes": "AP8Q"}, "amount": 1.5, "day": None},
            {"id": 150, "name": b"\x00\xff\x10", "amount": 1.5, "day": None},
        ),
    ],
)
def test_a_row_of_another_shape_comes_as_an_object_and_the_rows_after_it_typed(
    row: dict[str, Any], read_as: dict[str, Any] | None
) -> None:
    rows = [*ROWS[:149], row, *ROWS[150:]]
    batches = read(written(rows))
    assert objects(batches) == [*ROWS[:149], read_as or row, *ROWS[150:]]
    kinds = [batch.typed for batch in batches]
    assert kinds.count(False) == 1
    assert kinds[0] and kinds[-1]


def test_after_a_row_over_several_lines_the_rest_is_read_the_general_way() -> None:
    rows = [*ROWS[:120], {**ROWS[120], "name": "N" * 2000}, *ROWS[121:]]  # longer than a chunk
    text = written(rows[:120]).decode()[: -len("\n]\n")]
    text += ",\n" + json.dumps(rows[120], indent=2) + "," + written(rows[121:]).decode()[1:]
    batches = read(text.encode())
    assert objects(batches) == rows
    kinds = [batch.typed for batch in batches]
    assert kinds[0] and not kinds[-1]
    assert kinds == sorted(kinds, reverse=True)  # typed until the hand-over, never after


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"[,\n" + written(ROWS)[2:], "t.json"),  # a comma before any row
        (written(ROWS)[: -len("\n]\n")] + b",\n]\n", "t.json"),  # a comma after the last
        (written(ROWS) + b"[]", "goes on after its list of rows"),
        (written(ROWS)[1:], "is not a JSON list of rows"),
        (written(ROWS)[:-40], "t.json: Unterminated string"),
        (written(ROWS)[: -len("\n]\n")] + b",\n", "t.json"),  # cut after a comma
        (b"", "is not a JSON list of rows"),
        (b"\x0c" + written(ROWS), "is not a JSON list of rows"),  # not JSON's whitespace
        (written(ROWS) + b"\x0b", "goes on after its list of rows"),
        (written([*ROWS[:150], [1, 2, 3], *ROWS[150:]]), "holds something other than rows"),
        (written(ROWS).replace(b"Caf\xc3\xa9 N", b"Caf\xc3 N", 1), "utf-8"),  # not UTF-8
    ],
)
def test_what_is_not_a_list_of_rows_is_refused(data: bytes, says: str) -> None:
    with pytest.raises((MemberDamaged, ValueError), match=says):
        read(data)


@pytest.mark.parametrize("data", [b"[\n]\n", b"[]", b"  [ ]  "])
def test_an_empty_list_holds_no_rows(data: bytes) -> None:
    assert objects(read(data)) == []


@pytest.mark.parametrize("cut", range(0, 7))
def test_an_escaped_control_character_is_seen_wherever_the_chunks_cut_it(cut: int) -> None:
    escaped = written([{"id": 1, "name": "x" * (500 - cut) + "\u001b", "amount": 1, "day": None}])
    assert b"\\u001b" in escaped
    seen = TextSeen()
    [batch] = read(escaped, seen)
    assert seen.control
    assert batch.rows[0][1].endswith("\x1b")


def test_text_without_control_characters_is_not_looked_at_again() -> None:
    seen = TextSeen()
    read(written(ROWS), seen)
    assert not seen.control
