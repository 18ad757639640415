"""Generated hostile workbooks through the real reader and the real import: damaged
bytes, broken or hostile XML (entity expansion, wrong encodings, escaped control
characters), zip bombs built small (white space packed a thousandfold, directories
that lie about sizes, too many parts), and more shared strings than the limit. Each
is imported or refused with a reason, never a traceback, never half written, in
bounded time and memory."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from openpyxl import Workbook

from tests.fuzz.import_harness import FUZZ, import_file
from workbench.io.xlsx_table import MAX_PARTS, MAX_SHARED_STRINGS
from workbench.store.database import Store

pytestmark = pytest.mark.fuzz

_MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"


@cache
def sample() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", "Description", "Website", "Country"])
    sheet.append(["Martínez y Asociados", "línea 1\nlínea 2", "https://m.example", "ES"])
    sheet.append(["Ebro", 1234.5, date(2027, 1, 31), True])
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def rebuilt(parts: dict[str, bytes | Callable[[io.BufferedIOBase], None]]) -> bytes:
    """The sample workbook with *parts* replaced (bytes, or a writer that streams them)."""
    source = zipfile.ZipFile(io.BytesIO(sample()))
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename not in parts:
                archive.writestr(info.filename, source.read(info.filename))
        for name, content in parts.items():
            if isinstance(content, bytes):
                archive.writestr(name, content)
            else:
                with archive.open(name, "w") as part:
                    content(part)  # type: ignore[arg-type]
    return stream.getvalue()


def _cell_xml(reference: str, text: str) -> bytes:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    return f'<c r="{reference}" t="inlineStr"><is><t>{escaped}</t></is></c>'.encode()


@st.composite
def hostile_sheet(draw: st.DrawFn) -> bytes:
    """A sheet of inline strings: Excel's escapes for control characters (``_x001B_``),
    odd references, very long text, entities and declared encodings that lie."""
    text = st.one_of(
        st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co")), max_size=30),
        st.sampled_from(["_x001B_Acme_x0007_", "_x0000_", "Ebro_x000D_", "=1+1", "&amp;"]),
        st.builds(lambda n: "w" * n, st.integers(1, 200_000)),
    )
    rows = []
    odd = ["XFD", "ZZZ", "AAAA", "0", ""] if draw(st.integers(0, 4)) == 4 else []
    for number in range(1, draw(st.integers(1, 12)) + 1):
        column = st.sampled_from([*"BCDEFGHIJKLM", *odd])
        columns = draw(st.lists(column, max_size=4))
        cells = b"".join(_cell_xml(f"{c}{number}", draw(text)) for c in ["A", *columns])
        at = draw(st.one_of(st.just(number), st.integers(1, 2_000_000)))  # mostly in order
        rows.append(b'<row r="%d">%s</row>' % (at, cells))
    plain = b'<?xml version="1.0" encoding="UTF-8"?>'
    header = (
        plain
        if draw(st.booleans())
        else draw(
            st.sampled_from(
                [
                    b'<?xml version="1.0" encoding="UTF-8"?>',
                    b'<?xml version="1.0" encoding="UTF-16"?>',
                    b'<?xml version="1.0" encoding="x-unknown"?>',
                    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
                    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
                    b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
                    b"",
                ]
            )
        )
    )
    body = b"<worksheet xmlns='%s'><sheetData>%s</sheetData></worksheet>" % (_MAIN, b"".join(rows))
    if b"ENTITY" in header:
        body = body.replace(
            b"<sheetData>",
            b"<sheetData><row r='1'><c r='Z1' t='inlineStr'><is><t>&d;&d;&d;</t></is></c></row>",
            1,
        )
    if draw(st.integers(0, 9)) == 9:  # a raw control character: not XML at all
        body = body.replace(b"</t>", b"\x1b</t>", 1)
    if draw(st.integers(0, 4)) == 4:  # broken: cut anywhere
        body = body[: len(body) - draw(st.integers(1, len(body)))]
    return rebuilt({SHEET: header + body})


def _whitespace_bomb(part: io.BufferedIOBase) -> None:
    part.write(b"<worksheet xmlns='%s'><sheetData>" % _MAIN)
    for _ in range(48):
        part.write(b" " * (1 << 20))
    part.write(b"</sheetData></worksheet>")


@cache
def bombs() -> list[bytes]:
    """Zip bombs and their cousins, each small on disk (built once)."""
    lying = bytearray(sample())
    entry = bytes(lying).rindex(b"PK\x01\x02")
    lying[entry + 24 : entry + 28] = (900 << 20).to_bytes(4, "little")
    too_many = io.BytesIO()
    with zipfile.ZipFile(too_many, "w") as archive:
        for number in range(MAX_PARTS + 1):
            archive.writestr(f"p/{number}", b"")

    def strings(part: io.BufferedIOBase) -> None:
        part.write(b"<sst xmlns='%s' uniqueCount='3'>" % _MAIN)
        for start in range(0, MAX_SHARED_STRINGS + 1, 100_000):
            part.write(b"".join(b"<si><t>%x</t></si>" % n for n in range(start, start + 100_000)))
        part.write(b"</sst>")

    return [
        rebuilt({SHEET: _whitespace_bomb}),
        bytes(lying),
        too_many.getvalue(),
        rebuilt({STRINGS: strings}),
        rebuilt(
            {"xl/styles.xml": b"<styleSheet xmlns='%s'>" % _MAIN + b"<x/>" * 10 + b"</styleSheet"}
        ),
    ]


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(sample())
    for _ in range(draw(st.integers(1, 8))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        del data[draw(st.integers(0, len(data) - 1)) :]
    return bytes(data)


FILES = st.one_of(
    damaged(),
    hostile_sheet(),
    st.integers(0, 4).map(lambda n: bombs()[n]),
    st.binary(max_size=2048).map(lambda tail: b"PK\x03\x04" + tail),
)


@FUZZ
@given(data=FILES)
def test_generated_workbooks_are_imported_or_refused_whole(
    store: Store, tmp_path: Path, data: bytes
) -> None:
    outcome = import_file(store, tmp_path, data, ".xlsx")
    event(outcome)
    if data in bombs():
        assert outcome == "refused"
