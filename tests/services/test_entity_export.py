"""Every kind of record out to CSV and Excel: counts, typed cells, formulas neutralised."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from workbench.cli import main
from workbench.services.entity_export import export_entity
from workbench.services.export_kinds import KIND_TITLES, KINDS
from workbench.store.database import Store
from workbench.store.models import Account, Contact, Opportunity


def test_every_kind_has_a_title() -> None:
    assert set(KINDS) == set(KIND_TITLES)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_exports_every_record(sample_store: Store, tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.csv"
    with sample_store.session() as session:
        count = export_entity(session, kind, path, "csv")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == count > 0
    assert "id" in rows[0]


def test_excel_cells_are_typed(sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "opportunities.xlsx"
    with sample_store.session() as session:
        expected = session.scalar(select(func.count()).select_from(Opportunity))
        export_entity(session, "opportunities", path, "xlsx")
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    first = {name: cell for name, cell in zip(header, sheet[2], strict=True)}
    assert sheet.max_row == expected + 1
    assert first["amount"].data_type == "n" and isinstance(first["probability"].value, int)
    assert first["expected_close"].value is None or isinstance(
        first["expected_close"].value, datetime | date
    )
    incidents = tmp_path / "incidents.xlsx"
    with sample_store.session() as session:
        export_entity(session, "incidents", incidents, "xlsx")
    sheet = openpyxl.load_workbook(incidents).active
    header = [c.value for c in sheet[1]]
    reported = sheet.cell(2, header.index("reported_at") + 1).value
    assert isinstance(reported, datetime)


def test_a_formula_in_a_name_stays_text(sample_store: Store, tmp_path: Path) -> None:
    with sample_store.transaction() as session:
        account = session.scalars(select(Account).limit(1)).one()
        account.name = '=HYPERLINK("http://evil.example","click")'
        contact = session.scalars(select(Contact).limit(1)).one()
        contact.job_title = "@SUM(A1:A9)"
    for fmt in ("csv", "xlsx"):
        path = tmp_path / f"accounts.{fmt}"
        with sample_store.session() as session:
            export_entity(session, "accounts", path, fmt)
        if fmt == "csv":
            text = path.read_text(encoding="utf-8-sig")
            assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text
        else:
            names = [c.value for c in openpyxl.load_workbook(path).active["B"]]
            assert '\'=HYPERLINK("http://evil.example","click")' in names
            assert not any(str(v).startswith("=") for v in names)


def test_money_keeps_its_decimals(sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "revenue.csv"
    with sample_store.session() as session:
        export_entity(session, "revenue", path, "csv")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        row = next(csv.DictReader(stream))
    assert Decimal(row["revenue"]) >= 0 and "." in row["revenue"]


def test_the_command_line_exports_and_refuses_an_unknown_format(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "contacts.xlsx"
    assert (
        main(["export", "--kind", "contacts", "--db", str(sample_db_path), "-o", str(target)]) == 0
    )
    assert "contacts" in capsys.readouterr().out and target.stat().st_size > 0
    odd = tmp_path / "contacts.odt"
    assert main(["export", "--kind", "contacts", "--db", str(sample_db_path), "-o", str(odd)]) == 2
    assert "--format csv, xlsx or archive" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "--kind", "planets", "--db", str(sample_db_path), "-o", str(target)])
