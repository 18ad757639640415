"""Reading Excel workbooks: the same table a CSV gives, cells written as a CSV export
would write them, and anything that is not a readable workbook refused with a reason."""

from __future__ import annotations

import contextlib
import io
import re
import tracemalloc
import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import IO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from workbench.io.delimited import ReadOptions, ReadProblem, read_delimited
from workbench.io.import_values import parse_date, parse_datetime, parse_decimal
from workbench.io.table_export import write_csv, write_xlsx
from workbench.io.xlsx_table import (
    MAX_PARTS,
    MAX_RATIO,
    MAX_SHARED_STRINGS,
    MAX_UNPACKED_BYTES,
    read_xlsx,
    sheet_names,
)


def xlsx(*rows: Sequence[object], title: str = "Sheet", workbook: Workbook | None = None) -> bytes:
    """A workbook whose first sheet holds *rows*."""
    workbook = workbook or Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def test_cells_come_out_as_the_text_a_csv_export_holds() -> None:
    data = xlsx(
        ["Account", "Revenue", "Renewal", "Last meeting", "Active", "Seats"],
        ["Martínez y Asociados", 1234.5, date(2027, 1, 31), datetime(2026, 3, 5, 14, 30), True, 12],
        ["Núñez", 0.1 + 0.2, date(2026, 2, 28), datetime(2026, 3, 5, 9, 0, 5), False, 12.0],
    )
    table = read_xlsx(data)
    assert table.headers == ("Account", "Revenue", "Renewal", "Last meeting", "Active", "Seats")
    assert table.rows == (
        ("Martínez y Asociados", "1234.5", "2027-01-31", "2026-03-05T14:30:00", "true", "12"),
        ("Núñez", "0.3", "2026-02-28", "2026-03-05T09:00:05", "false", "12"),
    )
    assert (table.encoding, table.delimiter, table.line_ending, table.ragged) == (
        "xlsx",
        "",
        "",
        {},
    )


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1234.5, "1234.5"),
        (12.0, "12"),
        (-0.0, "0"),
        (-7.25, "-7.25"),
        (1e-7, "0.0000001"),
        (1e20, "100000000000000000000"),
        (19.99 * 3, "59.97"),  # 59.970000000000006 in binary; Excel keeps 15 digits
        (123456789012345.6, "123456789012346"),
        (4_000_000_000, "4000000000"),
        (Decimal("1234.50"), "1234.5"),
        (None, ""),
        (True, "true"),
        (time(9, 30), "09:30:00"),
        (timedelta(hours=36, minutes=30), "36:30:00"),
        ("  spaced  ", "  spaced  "),
    ],
)
def test_one_cell_value(value: object, text: str) -> None:
    assert read_xlsx(xlsx(["Value", "Next"], [value, "x"])).rows == ((text, "x"),)


def test_date_time_shown_as_a_date_is_a_date_and_times_round_to_the_second() -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Day", "Moment"])
    sheet.append([datetime(2026, 3, 5, 14, 30), datetime(2026, 3, 5, 14, 29, 59, 999_600)])
    sheet["A2"].number_format = "dd/mm/yyyy"
    stream = io.BytesIO()
    workbook.save(stream)
    assert read_xlsx(stream.getvalue()).rows == (("2026-03-05", "2026-03-05T14:30:00"),)


def test_headers_are_cleaned_as_delimited_files_clean_them() -> None:
    data = xlsx(
        [None],
        [],
        ["  Nombre ", "Ingresos\r\nanuales", None, "Nombre", 2026],
        ["a", "b", "c", "d", "e"],
    )
    csv = b'"  Nombre ","Ingresos\r\nanuales",,Nombre,2026\r\na,b,c,d,e\r\n'
    assert read_xlsx(data).headers == read_delimited(csv).headers
    assert read_xlsx(data).headers == (
        "Nombre",
        "Ingresos anuales",
        "Column 3",
        "Nombre (2)",
        "2026",
    )


def test_blank_rows_are_skipped_short_rows_padded_and_long_rows_marked() -> None:
    data = xlsx(
        ["Account", "Country", "Owner"],
        ["Ebro"],
        [None, "   ", None],
        ["Tajo", "ES", "Ana", None, None],  # trailing empty cells are no extra fields
        ["Duero", "PT", "Luis", "extra", None, "more"],
        ["Miño", None, "Eva"],
        [None],
        [],
    )
    table = read_xlsx(data)
    assert table.rows == (
        ("Ebro", "", ""),
        ("Tajo", "ES", "Ana"),
        ("Duero", "PT", "Luis"),
        ("Miño", "", "Eva"),
    )
    assert table.ragged == {3: 6}


def test_line_breaks_in_cells_become_line_feeds() -> None:
    # Excel stores a carriage return in text as "_x000D_"; openpyxl passes that on.
    data = xlsx(["Notes", "Other"], ["first\r\nsecond", "one_x000D_\ntwo"])
    assert read_xlsx(data).rows == (("first\nsecond", "one\ntwo"),)


def test_a_formula_without_a_calculated_value_reads_as_empty() -> None:
    # Files written by scripts (openpyxl here) hold formulas but no calculated values.
    data = xlsx(["Account", "Total"], ["Ebro", "=1+1"], ["Tajo", "=SUM(B2:B2)"])
    assert read_xlsx(data).rows == (("Ebro", ""), ("Tajo", ""))


def test_the_first_visible_sheet_is_read_unless_one_is_named() -> None:
    workbook = Workbook()
    hidden = workbook.active
    assert hidden is not None
    hidden.title = "Lists"
    hidden.append(["Countries"])
    hidden.sheet_state = "hidden"
    accounts = workbook.create_sheet("Accounts")
    accounts.append(["Account"])
    accounts.append(["Ebro"])
    contacts = workbook.create_sheet("Contactos 2026")
    contacts.append(["Contact"])
    contacts.append(["Ana Núñez"])
    stream = io.BytesIO()
    workbook.save(stream)
    data = stream.getvalue()
    assert sheet_names(data) == ["Lists", "Accounts", "Contactos 2026"]
    assert read_xlsx(data).rows == (("Ebro",),)
    assert read_xlsx(data, "Contactos 2026").rows == (("Ana Núñez",),)
    assert read_xlsx(data, "Lists").headers == ("Countries",)
    with pytest.raises(ReadProblem, match="no sheet called “Missing”") as raised:
        read_xlsx(data, "Missing")
    assert raised.value.values == {"sheet": "Missing"}


def test_an_empty_workbook_holds_no_rows() -> None:
    with pytest.raises(ReadProblem) as raised:
        read_xlsx(xlsx())
    assert raised.value.template == "The file holds no rows."
    with pytest.raises(ReadProblem):
        read_xlsx(xlsx([None, "  "], []))


def _zip(**members: bytes) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return stream.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"Account,Country\nEbro,ES\n", "not an Excel workbook"),
        (b"PK\x03\x04 a torn zip", "not an Excel workbook"),
        (_zip(**{"word/document.xml": b"<w:document/>"}), "damaged or not an .xlsx"),
        (_zip(**{"[Content_Types].xml": b"<Types"}), "damaged or not an .xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024), "Excel 97–2003"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + bytes(512)
            + "EncryptedPackage".encode("utf-16-le")
            + bytes(512),
            "protected with a password",
        ),
    ],
)
def test_what_is_not_a_readable_workbook_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ReadProblem, match=reason) as raised:
        read_xlsx(data)
    assert raised.value.template  # a translatable template, values apart
    with pytest.raises(ReadProblem, match=reason):
        sheet_names(data)


def test_a_workbook_damaged_inside_a_sheet_is_refused_when_read() -> None:
    data = xlsx(["Account"], ["Ebro"])
    source = zipfile.ZipFile(io.BytesIO(data))
    members = {name: source.read(name) for name in source.namelist()}
    members["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row r='1'><c r='A1"
    with pytest.raises(ReadProblem, match="damaged"):
        read_xlsx(_zip(**members))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_random_bytes_raise_nothing_but_a_read_problem(data: bytes) -> None:
    with contextlib.suppress(ReadProblem):
        read_xlsx(data)


_SAMPLE = xlsx(
    ["Account", "Revenue", "Renewal"],
    ["Martínez", 1234.5, date(2027, 1, 31)],
    ["Ebro", 7, datetime(2026, 3, 5, 14, 30)],
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(_SAMPLE) - 1), st.integers(0, 255)), max_size=8))
def test_damaged_workbooks_raise_nothing_but_a_read_problem(
    changes: list[tuple[int, int]],
) -> None:
    data = bytearray(_SAMPLE)
    for position, byte in changes:
        data[position] = byte
    with contextlib.suppress(ReadProblem):
        read_xlsx(bytes(data))


def test_the_apps_own_excel_export_reads_back_as_its_csv_export(tmp_path: Path) -> None:
    headers = ["Account", "Revenue", "Renewal", "Last contact", "Incidents", "Notes"]
    rows = [
        [
            "Martínez y Asociados",
            Decimal("1234.50"),
            date(2027, 1, 31),
            None,
            3,
            "línea 1\nlínea 2",
        ],
        ['=HYPERLINK("x")', Decimal("-0.75"), None, datetime(2026, 3, 5, 14, 30), 0, ""],
        ["Ebro", None, date(2026, 12, 1), datetime(2026, 11, 26, 9, 0), None, "Ñandú"],
    ]
    write_xlsx(tmp_path / "export.xlsx", headers, rows)
    write_csv(tmp_path / "export.csv", headers, rows)
    from_xlsx = read_xlsx((tmp_path / "export.xlsx").read_bytes())
    from_csv = read_delimited((tmp_path / "export.csv").read_bytes(), ReadOptions())
    assert from_xlsx.headers == from_csv.headers == tuple(headers)
    assert len(from_xlsx.rows) == len(from_csv.rows) == 3
    for got, expected in zip(from_xlsx.rows, from_csv.rows, strict=True):
        account, revenue, renewal, contact, incidents, notes = got
        assert (account, incidents, notes) == (expected[0], expected[4], expected[5])
        assert parse_decimal(revenue) == parse_decimal(expected[1])
        assert parse_date(renewal) == parse_date(expected[2])
        assert parse_datetime(contact) == parse_datetime(expected[3])
    assert from_xlsx.rows[1][0] == '\'=HYPERLINK("x")'  # the export's guard stays, as in CSV
    assert from_xlsx.rows[0][1:3] == ("1234.5", "2027-01-31")


def _with_part(data: bytes, name: str, write: Callable[[IO[bytes]], None]) -> bytes:
    """*data* (a workbook) with part *name* replaced by what *write* streams into it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename != name:
                archive.writestr(info.filename, source.read(info.filename))
        with archive.open(name, "w") as part:
            write(part)
    return stream.getvalue()


def _peak_while(read: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        with pytest.raises(ReadProblem) as raised:
            read()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    raise_message[0] = str(raised.value)
    return peak


raise_message = [""]


def test_a_workbook_packed_like_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    def sheet(part: IO[bytes]) -> None:
        part.write(b"<worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>")
        for _ in range(64):
            part.write(b" " * (1 << 20))  # 64 MiB of white space, ~64 KB packed
        part.write(b"<sheetData/></worksheet>")

    bomb = _with_part(xlsx(["Account"], ["Ebro"]), "xl/worksheets/sheet1.xml", sheet)
    assert len(bomb) < 1 << 20
    assert _peak_while(lambda: read_xlsx(bomb)) < 8 << 20
    assert f"more than the {MAX_RATIO} times" in raise_message[0]
    assert "xl/worksheets/sheet1.xml" in raise_message[0]


def test_a_workbook_that_says_it_unpacks_past_the_limit_is_refused_unread() -> None:
    data = xlsx(["Account"], ["Ebro"])
    # The directory entry of one part claims 600 MB (zipfile never unpacks past it).
    entry = data.rindex(b"PK\x01\x02")
    data = data[: entry + 24] + (600 << 20).to_bytes(4, "little") + data[entry + 28 :]
    with pytest.raises(ReadProblem, match=f"more than {MAX_UNPACKED_BYTES >> 20} MB"):
        read_xlsx(data)


@pytest.mark.parametrize("declared", [1, 50_000_000])
def test_more_shared_strings_than_the_limit_are_refused_before_parsing(declared: int) -> None:
    def strings(part: IO[bytes]) -> None:
        part.write(
            b"<sst xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main' "
            b"count='%d' uniqueCount='%d'>" % (declared, declared)
        )
        for start in range(0, MAX_SHARED_STRINGS + 1, 100_000):  # different, as a bomb's are
            part.write(b"".join(b"<si><t>%x</t></si>" % n for n in range(start, start + 100_000)))
        part.write(b"</sst>")

    bomb = _with_part(xlsx(["Account"], ["Ebro"]), "xl/sharedStrings.xml", strings)
    assert _peak_while(lambda: read_xlsx(bomb)) < 16 << 20
    assert f"more than {MAX_SHARED_STRINGS} different texts" in raise_message[0]


def test_too_many_parts_are_refused_from_the_directory() -> None:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        for number in range(MAX_PARTS + 1):
            archive.writestr(f"x/{number}", b"")
    with pytest.raises(ReadProblem, match=f"more than {MAX_PARTS} parts"):
        read_xlsx(stream.getvalue())


def test_a_cell_far_to_the_right_on_every_row_is_refused_not_walked() -> None:
    def sheet(part: IO[bytes]) -> None:
        part.write(
            b"<worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>"
            b"<sheetData>"
        )
        for row in range(1, 2_000):
            part.write(
                b"<row r='%d'><c r='A%d'><v>1</v></c><c r='XFD%d'><v>1</v></c></row>"
                % (row, row, row)
            )
        part.write(b"</sheetData></worksheet>")

    wide = _with_part(xlsx(["Account"], ["Ebro"]), "xl/worksheets/sheet1.xml", sheet)
    with pytest.raises(ReadProblem, match=r"cells \(rows × columns\)"):
        read_xlsx(wide)


def test_shared_strings_hidden_behind_a_character_reference_are_counted_too() -> None:
    """openpyxl reads ``[Content_Types].xml`` as XML: ``&#43;`` is its "+", and any part
    name will do. The count must find the part the same way."""

    def strings(part: IO[bytes]) -> None:
        part.write(b"<sst xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>")
        for start in range(0, MAX_SHARED_STRINGS + 1, 100_000):
            part.write(b"".join(b"<si><t>%x</t></si>" % n for n in range(start, start + 100_000)))
        part.write(b"</sst>")

    def content_types(part: IO[bytes]) -> None:
        original = zipfile.ZipFile(io.BytesIO(xlsx(["Account"], ["Ebro"]))).read(
            "[Content_Types].xml"
        )
        hidden = (
            b'<Override PartName="/xl/texts.bin" ContentType="application/vnd.openxmlformats-'
            b'officedocument.spreadsheetml.sharedStrings&#43;xml"/>'
        )
        without = re.sub(rb"<Override[^>]*sharedStrings[^>]*/>", b"", original)
        part.write(without.replace(b"</Types>", hidden + b"</Types>"))

    data = _with_part(xlsx(["Account"], ["Ebro"]), "[Content_Types].xml", content_types)
    data = _with_part(data, "xl/texts.bin", strings)
    source = zipfile.ZipFile(io.BytesIO(data))
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename != "xl/sharedStrings.xml":
                archive.writestr(info.filename, source.read(info.filename))
    assert _peak_while(lambda: read_xlsx(stream.getvalue())) < 16 << 20
    assert f"more than {MAX_SHARED_STRINGS} different texts" in raise_message[0]
