from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from workbench.io.table_export import neutralise, write_csv, write_xlsx

HOSTILE = '=HYPERLINK("http://x","y")'


def test_formula_starts_are_neutralised() -> None:
    for text in (HOSTILE, "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(text) == "'" + text
    assert neutralise("Acme") == "Acme"


def test_csv_round_trip_keeps_hostile_names_as_text(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    count = write_csv(
        path, ["Account", "Revenue", "Renewal"], [[HOSTILE, Decimal("1234.50"), date(2027, 1, 31)]]
    )
    assert count == 1
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows == [["Account", "Revenue", "Renewal"], ["'" + HOSTILE, "1234.50", "2027-01-31"]]


def test_xlsx_round_trip_has_typed_cells_and_no_formula(tmp_path: Path) -> None:
    path = tmp_path / "accounts.xlsx"
    write_xlsx(
        path,
        ["Account", "Revenue", "Renewal", "Incidents"],
        [[HOSTILE, Decimal("1234.50"), date(2027, 1, 31), 3], ["Ebro", None, None, 0]],
    )
    sheet = load_workbook(path).active
    assert sheet["A2"].value == "'" + HOSTILE and sheet["A2"].data_type == "s"
    assert sheet["B2"].value == 1234.5 and sheet["B2"].data_type == "n"
    assert sheet["C2"].value.date() == date(2027, 1, 31)
    assert sheet["D2"].value == 3 and sheet["B3"].value is None
