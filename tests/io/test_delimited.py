"""Reading delimited files: every file of ../shared/corpus/csv, written by other programs,
comes out with its rows and its exact text, or is refused with a reason."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.io.delimited import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_FIELD_CHARS,
    MAX_LINE_CHARS,
    ReadOptions,
    ReadProblem,
    read_delimited,
)
from workbench.io.import_values import (
    clean,
    day_first,
    decimal_mark,
    parse_date,
    parse_datetime,
    parse_decimal,
)

CSV_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "csv"

#: file → (encoding, delimiter, line ending, rows, columns)
EXPECTED = {
    "bom_utf16le.csv": ("utf-16-le", ",", "LF", 2, 3),
    "bom_utf8_quoted_header.csv": ("utf-8-sig", ",", "LF", 2, 3),
    "cr_only_line_endings_multiline_field.csv": ("utf-8", ",", "CR", 2, 3),
    "decimal_comma_thousands_dot.csv": ("utf-8", ",", "LF", 1, 3),
    "es_utf8_all_fields_quoted_accents.csv": ("utf-8", ",", "LF", 5, 17),
    "escaped_double_quotes.csv": ("utf-8", ",", "LF", 2, 2),
    "fr_excel_semicolon_latin1_crlf_decimal_comma.csv": ("cp1252", ";", "CRLF", 638, 8),
    "hubspot_company_fivetran_seed.csv": ("utf-8", ",", "CRLF", 24, 14),
    "hubspot_contact_fivetran_seed.csv": ("utf-8", ",", "CRLF", 22, 14),
    "hubspot_ticket_fivetran_seed.csv": ("utf-8", ",", "CRLF", 24, 13),
    "it_excel_semicolon_cp1252_multiline_header_EXCERPT.csv": ("cp1252", ";", "CRLF", 102, 26),
    "ragged_rows_too_long_too_short.csv": ("utf-8", ",", "LF", 3, 3),
    "salesforce_account_export_dataloader_sample.csv": ("cp1252", ",", "LF", 423, 38),
    "salesforce_account_upsert_ideographic_spaces.csv": ("utf-8", ",", "LF", 10, 7),
    "salesforce_opportunity_export_dataloader_sample.csv": ("utf-8", ",", "LF", 38, 31),
}


def corpus(name: str) -> bytes:
    path = CSV_CORPUS / name
    if not path.exists():
        pytest.skip(f"the CSV corpus is not at {CSV_CORPUS}")
    return path.read_bytes()


def test_the_corpus_is_all_here() -> None:
    if not CSV_CORPUS.exists():
        pytest.skip(f"the CSV corpus is not at {CSV_CORPUS}")
    assert {p.name for p in CSV_CORPUS.glob("*.csv")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_corpus_file_is_read_with_its_shape(name: str) -> None:
    table = read_delimited(corpus(name))
    encoding, delimiter, ending, rows, columns = EXPECTED[name]
    assert (table.encoding, table.delimiter, table.line_ending) == (encoding, delimiter, ending)
    assert (len(table.rows), len(table.headers)) == (rows, columns)
    assert all(len(row) == columns for row in table.rows)
    assert not any(h.startswith("\ufeff") for h in table.headers)


def test_exact_text_survives() -> None:
    quotes = read_delimited(corpus("escaped_double_quotes.csv"))
    assert [row[0] for row in quotes.rows] == ['"The Best" Account', 'The "Best" Account']
    cr_only = read_delimited(corpus("cr_only_line_endings_multiline_field.csv"))
    assert cr_only.rows[1] == ("Once upon\na time", "5", "6")
    spanish = read_delimited(corpus("es_utf8_all_fields_quoted_accents.csv"))
    assert spanish.headers[4] == "AÑO"
    assert spanish.rows[0][1] == "Administración Nacional de Educación Pública"
    french = read_delimited(corpus("fr_excel_semicolon_latin1_crlf_decimal_comma.csv"))
    assert french.headers[3] == "Année" and french.rows[0][4] == "0,611553068"
    salesforce = read_delimited(corpus("salesforce_account_export_dataloader_sample.csv"))
    addresses = {row[salesforce.headers.index("BILLINGSTREET")] for row in salesforce.rows}
    assert any("5º" in street for street in addresses)
    assert salesforce.rows[0][0] == "001x0000002xLCVAA2"  # 18-character ids kept whole


def test_a_header_split_over_lines_becomes_one_line() -> None:
    italian = read_delimited(corpus("it_excel_semicolon_cp1252_multiline_header_EXCERPT.csv"))
    assert (
        italian.headers[1]
        == "Codice dell'Unità territoriale sovracomunale (valida a fini statistici)"
    )
    assert any("Števerjan" in cell for row in italian.rows for cell in row)  # cp1252-only Š


def test_ragged_rows_are_kept_and_named() -> None:
    ragged = read_delimited(corpus("ragged_rows_too_long_too_short.csv"))
    assert ragged.ragged == {1: 4, 2: 2}
    assert ragged.rows[1] == ("", "I'm too short!", "")


def test_unicode_white_space_is_trimmed() -> None:
    table = read_delimited(corpus("salesforce_account_upsert_ideographic_spaces.csv"))
    raw = table.rows[0][table.headers.index("ORACLE_ID__C")]
    assert raw != "1-000000" and clean(raw) == "1-000000"
    assert clean("\u00a0 Acme\u3000") == "Acme"


def test_the_user_can_override_detection() -> None:
    data = "a;b\n1,5;2\n".encode("cp1252")
    assert read_delimited(data).delimiter == ";"
    forced = read_delimited(data, ReadOptions(delimiter=","))
    assert forced.delimiter == "," and forced.headers == ("a;b",)
    assert forced.ragged == {1: 2}  # "1,5;2" split at the comma the user chose
    with pytest.raises(ReadProblem, match="not in utf-16"):
        read_delimited(b"a,b\n1,2\n\xff", ReadOptions(encoding="utf-16"))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\r\n ", "empty"),
        (b"\x00\x01\x02binary\x00", "not a text file"),
        (b",,,\n,,,\n", "no rows"),
    ],
)
def test_what_is_not_a_table_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ReadProblem, match=reason):
        read_delimited(data)


@given(st.binary(max_size=2000))
def test_random_bytes_are_read_or_refused_never_crash(data: bytes) -> None:
    try:
        table = read_delimited(data)
    except ReadProblem:
        return
    assert all(len(row) == len(table.headers) for row in table.rows)


def test_numbers_the_european_and_the_english_way() -> None:
    table = read_delimited(corpus("decimal_comma_thousands_dot.csv"))
    (a, b, c) = table.rows[0]
    assert parse_decimal(a, decimal_mark([a])) == Decimal("1.7")
    assert parse_decimal(b, decimal_mark([b])) == Decimal(200_000_000)
    assert parse_decimal(c) is None
    assert parse_decimal("1.234,56", ",") == Decimal("1234.56")
    assert parse_decimal("1,234.56", ".") == Decimal("1234.56")
    assert parse_decimal("500000.0") == Decimal("500000.0")
    assert parse_decimal("€ 1.200,50", ",") == Decimal("1200.50")
    assert parse_decimal("(12,5)", ",") == Decimal("-12.5")
    assert decimal_mark(["1,700", "2,500,000"]) == "."
    assert decimal_mark(["1,700", "3,25"]) == ","
    assert decimal_mark(["12"], delimiter=";") == ","
    with pytest.raises(ValueError, match="not a number: abc"):
        parse_decimal("abc")
    with pytest.raises(ValueError):
        parse_decimal("NaN")


def test_french_prices_read_with_a_decimal_comma() -> None:
    french = read_delimited(corpus("fr_excel_semicolon_latin1_crlf_decimal_comma.csv"))
    prices = [row[5] for row in french.rows]
    mark = decimal_mark(prices, french.delimiter)
    assert mark == "," and parse_decimal(prices[0], mark) == Decimal("81.20416129")
    days = [row[2] for row in french.rows]
    assert day_first(days) and parse_date(days[0]) == date(2013, 1, 1)


def test_dates_iso_and_day_first() -> None:
    assert parse_datetime("2006-04-15T03:23:15.000Z") == datetime(
        2006, 4, 15, 3, 23, 15, tzinfo=UTC
    )
    assert parse_datetime("2020-12-30 3:15:52") == datetime(2020, 12, 30, 3, 15, 52, tzinfo=UTC)
    assert parse_date("15/04/2026") == date(2026, 4, 15)
    assert parse_date("04/15/2026", first_is_day=False) == date(2026, 4, 15)
    assert day_first(["03/04/2026", "04/15/2026"]) is False
    assert day_first(["03/04/2026", "15/04/2026"]) is True
    assert parse_date("01-01-13") == date(2013, 1, 1)
    assert parse_date("") is None
    with pytest.raises(ValueError, match="not a date"):
        parse_date("31/02/2026")
    with pytest.raises(ValueError, match="not a date"):
        parse_date("yesterday")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/26/2026 3:15 PM", datetime(2026, 11, 26, 15, 15, tzinfo=UTC)),
        ("11/26/2026 12:05 am", datetime(2026, 11, 26, 0, 5, tzinfo=UTC)),
        ("11/26/2026 12:30 p.m.", datetime(2026, 11, 26, 12, 30, tzinfo=UTC)),
        ("26/11/2026 09:00:30", datetime(2026, 11, 26, 9, 0, 30, tzinfo=UTC)),
    ],
)
def test_times_with_am_pm_are_read(text: str, expected: datetime) -> None:
    assert parse_datetime(text, first_is_day=text.startswith("26")) == expected


def test_an_am_pm_hour_beyond_twelve_is_not_a_time() -> None:
    with pytest.raises(ValueError, match="not a time"):
        parse_datetime("11/26/2026 13:15 PM", first_is_day=False)


def test_an_endless_line_is_refused_without_ever_being_held() -> None:
    import tracemalloc

    data = b"Name,Notes\n" + b"x" * (64 << 20) + b"\nAcme,ok\n"
    tracemalloc.start()
    try:
        with pytest.raises(ReadProblem, match=f"Line 2 is longer than {MAX_LINE_CHARS}"):
            read_delimited(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * MAX_LINE_CHARS  # a few pieces of the line, never its 64 MB


def test_a_field_over_its_limit_is_refused_naming_the_limit() -> None:
    quoted = b'"' + b"y\n" * (MAX_FIELD_CHARS // 2 + 1) + b'"'
    data = b"Name,Notes\nAcme," + quoted + b"\n"
    with pytest.raises(ReadProblem, match=f"A field on line .* than {MAX_FIELD_CHARS} char"):
        read_delimited(data)
    under = b"Name,Notes\nAcme," + b"z" * 200_000 + b"\n"  # past csv's own 128 KiB default
    assert len(read_delimited(under).rows[0][1]) == 200_000


def test_a_table_larger_than_an_import_takes_is_refused() -> None:
    wide = ",".join(f"c{i}" for i in range(MAX_COLUMNS + 1)).encode() + b"\n1\n"
    with pytest.raises(ReadProblem, match=f"more than {MAX_COLUMNS} columns"):
        read_delimited(wide)
    # A short row is padded to the header: 1,001 one-letter lines would be 10 million cells.
    padded = ",".join(f"c{i}" for i in range(10_000)).encode() + b"\n" + b"x\n" * 1_001
    with pytest.raises(ReadProblem, match=f"more than {MAX_CELLS} cells"):
        read_delimited(padded)


def test_control_characters_leave_the_headers() -> None:
    table = read_delimited(b"Na\x1bme,No\x07tes\nAcme,x\n")
    assert table.headers == ("Name", "Notes")
