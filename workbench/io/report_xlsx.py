"""An Excel workbook from plain sheets, with openpyxl: the client report's figures, typed.

Numbers stay numbers (``Decimal`` written exactly as the spreadsheet's number),
dates and times stay dates, each with a number format (money with its ISO currency
code, shares as percentages); an undefined value is an empty cell — never 0 — and the
sheet says why in its note column. Text that a spreadsheet would read as a formula is
neutralised and control characters are escaped
(:func:`workbench.io.table_export.cell_text`). Each sheet has a title, its table's
header row frozen, column widths to fit, and optionally a bar chart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from io import BytesIO
from typing import IO, Any, Literal

from workbench.domain.money import minor_units
from workbench.domain.text import xml_safe
from workbench.io.table_export import cell_text

ACCENT = "155E75"
MUTED = "64748B"
HEADER_TEXT = "FFFFFF"

Kind = Literal[
    "text",
    "integer",
    "decimal",
    "money",
    "percent",
    "percent_change",
    "points",
    "score",
    "score_change",
    "date",
    "datetime",
]
Value = str | int | Decimal | date | datetime | None

_INVALID_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


@dataclass(frozen=True)
class Typed:
    """A value with its own kind, in a column of mixed kinds (the summary's KPI rows)."""

    value: Value
    kind: Kind


Cell = Value | Typed


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = "text"
    #: In characters; ``None`` to fit the content.
    width: float | None = None


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    #: A bold line above the table; ``None`` for none.
    heading: str | None = None
    #: Written under the header when there are no rows.
    empty: str | None = None


@dataclass(frozen=True)
class BarChart:
    """A clustered bar chart of the sheet's first table: one series per value column."""

    title: str
    #: Column indexes in the table: the categories and the values.
    categories: int
    values: tuple[int, ...]
    y_title: str = ""


@dataclass(frozen=True)
class Sheet:
    name: str
    title: str
    tables: tuple[Table, ...]
    subtitle: str | None = None
    chart: BarChart | None = None


@dataclass(frozen=True)
class Workbook:
    sheets: tuple[Sheet, ...]
    #: The currency of every "money" cell.
    currency: str
    #: The unit after a difference of percentages ("pp").
    points_unit: str = "pp"
    properties: dict[str, str] = field(default_factory=dict)


def xlsx_bytes(book: Workbook) -> bytes:
    buffer = BytesIO()
    write_xlsx(book, buffer)
    return buffer.getvalue()


def write_xlsx(book: Workbook, stream: IO[bytes]) -> None:
    """Write *book* to *stream* as an XLSX."""
    from openpyxl import Workbook as OpenpyxlWorkbook  # imported on demand: ~0.2 s

    workbook = OpenpyxlWorkbook()
    workbook.remove(workbook.active)
    formats = _formats(book)
    used: set[str] = set()
    for sheet in book.sheets:
        _write_sheet(workbook.create_sheet(_sheet_name(sheet.name, used)), sheet, formats)
    properties = workbook.properties
    properties.title = _optional(book.properties.get("title"))
    properties.creator = _optional(book.properties.get("author"))
    properties.subject = _optional(book.properties.get("subject"))
    workbook.save(stream)


def _optional(text: str | None) -> str | None:
    return None if text is None else xml_safe(text)


def _sheet_name(name: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of ``[]:*?/\\``, unique in any case."""
    base = (xml_safe(name).translate(_INVALID_SHEET_CHARS).strip("' ") or "Sheet")[:31]
    candidate, number = base, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate, number = base[: 31 - len(suffix)] + suffix, number + 1
    used.add(candidate.casefold())
    return candidate


def _formats(book: Workbook) -> dict[Kind, str]:
    places = minor_units(book.currency)
    money = "#,##0" + ("." + "0" * places if places else "")
    unit = book.points_unit.replace('"', "")
    return {
        "text": "@",
        "integer": "#,##0",
        "decimal": "#,##0.00",
        "money": f'{money} "{book.currency}";-{money} "{book.currency}"',
        "percent": "0.0%",
        "percent_change": "+0.0%;-0.0%;0.0%",
        "points": f'+0.0" {unit}";-0.0" {unit}";0.0" {unit}"',
        "score": "0.0",
        "score_change": "+0.0;-0.0;0.0",
        "date": "yyyy-mm-dd",
        "datetime": "yyyy-mm-dd hh:mm",
    }


def _plain(value: Value) -> Any:
    if isinstance(value, str):
        return cell_text(value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # Excel has no time zones: the clock as given
    return value


def _write_sheet(worksheet: Any, sheet: Sheet, formats: dict[Kind, str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    worksheet.sheet_properties.tabColor = ACCENT
    # Printed landscape, as wide as the page.
    worksheet.page_setup.orientation = "landscape"
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.cell(1, 1, cell_text(sheet.title)).font = Font(bold=True, size=14, color=ACCENT)
    row = 2
    if sheet.subtitle:
        worksheet.cell(2, 1, cell_text(sheet.subtitle)).font = Font(italic=True, color=MUTED)
        row = 3
    row += 1
    widths: dict[int, float] = {}
    header_fill = PatternFill("solid", fgColor=ACCENT)
    first_header = 0
    chart_rows: tuple[int, int] | None = None
    for number, table in enumerate(sheet.tables):
        if table.heading:
            worksheet.cell(row, 1, cell_text(table.heading)).font = Font(bold=True, size=12)
            row += 1
        for index, column in enumerate(table.columns, 1):
            cell = worksheet.cell(row, index, cell_text(column.header))
            cell.font = Font(bold=True, color=HEADER_TEXT)
            cell.fill = header_fill
            cell.alignment = Alignment(
                horizontal="left" if column.kind == "text" else "right", vertical="center"
            )
            widths[index] = max(widths.get(index, 0), len(column.header) + 2)
            if column.width is not None:
                widths[index] = max(widths[index], column.width)
        if number == 0:
            first_header = row
        row += 1
        first_data = row
        if not table.rows and table.empty:
            worksheet.cell(row, 1, cell_text(table.empty)).font = Font(italic=True, color=MUTED)
            row += 1
        for values in table.rows:
            for index, (value, column) in enumerate(zip(values, table.columns, strict=True), 1):
                kind = value.kind if isinstance(value, Typed) else column.kind
                plain = value.value if isinstance(value, Typed) else value
                cell = worksheet.cell(row, index, _plain(plain))
                if plain is not None and kind != "text":
                    cell.number_format = formats[kind]
                if column.kind == "text" and isinstance(plain, str):
                    widths[index] = max(widths.get(index, 0), min(len(plain), 60) + 2)
                else:
                    widths[index] = max(widths.get(index, 0), _shown_width(plain, kind))
            row += 1
        if number == 0 and table.rows:
            chart_rows = (first_data, row - 1)
        row += 1  # a blank line between tables
    if first_header:
        worksheet.freeze_panes = worksheet.cell(first_header + 1, 1)
    for index, width in widths.items():
        worksheet.column_dimensions[_letter(index)].width = min(max(width, 10), 62)
    if sheet.chart is not None and chart_rows is not None:
        _chart(worksheet, sheet, first_header, chart_rows, len(widths))


def _shown_width(value: Value, kind: Kind) -> float:
    if value is None:
        return 0
    if kind == "money":
        return len(f"{value:,.2f}") + 6 if isinstance(value, Decimal | int) else 14
    if kind in ("date",):
        return 12
    if kind == "datetime":
        return 17
    return 11


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def _chart(
    worksheet: Any, sheet: Sheet, header_row: int, rows: tuple[int, int], columns: int
) -> None:
    from openpyxl.chart import BarChart as OpenpyxlBarChart
    from openpyxl.chart import Reference

    spec = sheet.chart
    assert spec is not None
    chart = OpenpyxlBarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = xml_safe(spec.title)
    chart.y_axis.title = xml_safe(spec.y_title) or None
    chart.y_axis.number_format = "#,##0"
    chart.y_axis.scaling.min = 0  # bars from zero, or small changes look large
    # openpyxl 3.1 hides both axes unless told otherwise.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    first, last = rows
    for value_column in spec.values:
        data = Reference(worksheet, min_col=value_column + 1, min_row=header_row, max_row=last)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(
        Reference(worksheet, min_col=spec.categories + 1, min_row=first, max_row=last)
    )
    colours = (ACCENT, "94A3B8", "0E7490")
    for series, colour in zip(chart.series, colours, strict=False):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.width, chart.height = 18, 9
    worksheet.add_chart(chart, worksheet.cell(header_row, columns + 2).coordinate)
