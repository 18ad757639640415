"""The client report as files: a deck python-pptx opens, a workbook openpyxl reads typed,
written whole or not at all, and the ``workbench report`` command that makes them."""

from __future__ import annotations

import re
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Inches
from sqlalchemy import func, select

from workbench.charts.report_images import render_charts
from workbench.cli import main
from workbench.domain.enums import ActionStatus, IncidentCategory, IncidentStatus, Severity, Team
from workbench.domain.incidents import UNRESOLVED
from workbench.domain.period import Quarter
from workbench.io.report_pptx import TITLE_SLIDE_NAME, fit
from workbench.services.client_report import ClientReport, client_report
from workbench.services.kpi import UNDEFINED_REASONS, kpi_set
from workbench.services.progress import Cancelled, Progress
from workbench.services.report_files import report_bytes, write_client_report
from workbench.services.report_labels import ReportLabels, report_labels
from workbench.store.database import Store
from workbench.store.models import Account, ActionItem, Incident, RevenueRecord

NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)
Q3 = Quarter(2026, 3)
SLIDE_TITLES = [
    "Key figures",
    "Trends",
    "Open incidents and actions",
    "Next steps",
]
SHEETS = ["Summary", "Revenue", "NPS", "Retention", "Agreed KPIs", "Incidents", "Actions"]


def busy_account(store: Store) -> int:
    """A sample account with revenue in Q3 and the most open incidents."""
    with store.session() as session:
        with_revenue = select(RevenueRecord.account_id).where(RevenueRecord.period == Q3.key)
        return int(
            session.scalars(
                select(Incident.account_id)
                .where(Incident.status.in_(UNRESOLVED), Incident.account_id.in_(with_revenue))
                .group_by(Incident.account_id)
                .order_by(func.count().desc(), Incident.account_id)
                .limit(1)
            ).one()
        )


def gather(store: Store, account_id: int, period: Quarter = Q3) -> ClientReport:
    with store.session() as session:
        return client_report(session, account_id, period, now=NOW)


def deck_of(report: ClientReport, labels: ReportLabels | None = None) -> Any:
    data = report_bytes(report, "pptx", labels=labels, render_charts=render_charts)
    return Presentation(BytesIO(data))


def title_of(slide: Any) -> str:
    return str(next(s for s in slide.shapes if s.name == TITLE_SLIDE_NAME).text_frame.text)


def tables_of(slide: Any) -> list[list[list[str]]]:
    return [
        [[cell.text for cell in row.cells] for row in shape.table.rows]
        for shape in slide.shapes
        if shape.has_table
    ]


def whole_money(amount: Decimal, currency: str) -> str:
    return f"{amount.quantize(Decimal(1), rounding=ROUND_HALF_UP):,} {currency}"


def percent(fraction: Decimal) -> str:
    return f"{(fraction * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


def signed_percent(fraction: Decimal) -> str:
    rounded = (fraction * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{'-' if rounded < 0 else '+'}{abs(rounded)}%"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder of its own (the sample database lives in *tmp_path*)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def busy(sample_store: Store) -> Iterator[tuple[Store, int]]:
    yield sample_store, busy_account(sample_store)


# --- the deck ------------------------------------------------------------------------------


def test_the_deck_is_16_9_with_a_title_slide_and_five_more(busy: tuple[Store, int]) -> None:
    store, account_id = busy
    report = gather(store, account_id)
    deck = deck_of(report)
    assert (deck.slide_width, deck.slide_height) == (Inches(13.333), Inches(7.5))
    titles = [title_of(slide) for slide in deck.slides]
    assert titles == [report.account.name, *SLIDE_TITLES]
    first = " ".join(s.text_frame.text for s in deck.slides[0].shapes if s.has_text_frame)
    assert "Q3 2026" in first and "Prepared by" in first and "26 Nov 2026" in first
    assert deck.core_properties.title == f"Client report: {report.account.name}, Q3 2026"


def test_the_trends_slide_shows_the_three_charts_as_pictures(busy: tuple[Store, int]) -> None:
    store, account_id = busy
    slide = deck_of(gather(store, account_id)).slides[2]
    pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) >= 3
    for picture in pictures:
        assert picture.image.content_type == "image/png"
        assert picture._element.nvPicPr.cNvPr.get("descr")  # alternative text


def test_the_key_figures_are_the_kpi_engines(busy: tuple[Store, int]) -> None:
    store, account_id = busy
    report = gather(store, account_id)
    with store.session() as session:
        now = kpi_set(session, Q3, now=NOW, account_id=account_id)
        before = kpi_set(session, Q3.previous(), now=NOW, account_id=account_id)
    ((header, *rows),) = tables_of(deck_of(report).slides[1])
    assert header == ["KPI", "Q3 2026", "Q2 2026", "Change", "Note"]
    by_kpi = {row[0]: row[1:] for row in rows}
    currency = report.account.currency
    assert now.revenue is not None and before.revenue is not None and now.growth_qoq is not None
    assert by_kpi["Revenue"][:3] == [
        whole_money(now.revenue, currency),
        whole_money(before.revenue, currency),
        signed_percent(now.growth_qoq),
    ]
    nps = by_kpi["Net Promoter Score"]
    if now.nps is not None:
        assert nps[0] == str(now.nps.rounded)
        assert nps[3] == f"{now.nps.responses} responses"
    else:
        assert nps[0] == "—" and nps[3] == UNDEFINED_REASONS["nps"]
    compliance = by_kpi["Agreed KPIs on target"]
    expected = "—" if now.kpi_compliance is None else percent(now.kpi_compliance)
    assert compliance[0] == expected
    # Ours, not the client's: no cost, profit, margin or pipeline on a slide.
    assert not {"Profit", "Margin", "Weighted pipeline"} & set(by_kpi)


def test_undefined_figures_show_a_dash_and_the_reason_never_zero(
    busy: tuple[Store, int],
) -> None:
    store, account_id = busy
    report = gather(store, account_id, Quarter(2019, 1))  # long before any record
    ((_, *rows),) = tables_of(deck_of(report).slides[1])
    by_kpi = {row[0]: row[1:] for row in rows}
    assert by_kpi["Revenue"] == ["—", "—", "—", UNDEFINED_REASONS["revenue"]]
    assert by_kpi["Net Promoter Score"][0] == "—"
    assert by_kpi["Net Promoter Score"][3] == UNDEFINED_REASONS["nps"]
    workbook = load_workbook(BytesIO(report_bytes(report, "xlsx")))
    summary = workbook["Summary"]
    revenue_row = next(r for r in summary.iter_rows(min_row=5) if r[0].value == "Revenue")
    assert [c.value for c in revenue_row[1:4]] == [None, None, None]
    assert revenue_row[4].value == UNDEFINED_REASONS["revenue"]
    revenue = workbook["Revenue"]
    for row in revenue.iter_rows(min_row=4, max_row=11):
        assert row[2].value is None and "No revenue" in str(row[8].value)


def crowd(store: Store, account_id: int, incidents: int, actions: int) -> None:
    long = "the monthly consolidated delivery of spare parts to the northern warehouse was late"
    with store.transaction() as s:
        for i in range(incidents):
            s.add(
                Incident(
                    account_id=account_id,
                    title=f"Incident {i}: {long}",
                    category=IncidentCategory.DELIVERY_DELAY,
                    severity=Severity(1 + i % 4),
                    status=IncidentStatus.OPEN,
                    reported_at=NOW - timedelta(days=1 + i),
                )
            )
        for i in range(actions):
            s.add(
                ActionItem(
                    account_id=account_id,
                    title=f"Action {i}: {long}",
                    owner_team=Team.OPERATIONS,
                    due_on=date(2026, 11, 1) + timedelta(days=3 * i),
                    status=ActionStatus.OPEN,
                )
            )


def test_long_lists_end_with_more_and_nothing_leaves_the_slide(busy: tuple[Store, int]) -> None:
    store, account_id = busy
    crowd(store, account_id, incidents=15, actions=12)
    report = gather(store, account_id)
    deck = deck_of(report)
    incidents, actions = tables_of(deck.slides[3])
    for table, total in ((incidents, len(report.incidents)), (actions, len(report.actions))):
        shown = len(table) - 2  # the header and the "+N more" row
        found = re.fullmatch(r"\+(\d+) more", table[-1][0])
        assert found is not None and shown >= 3
        assert shown + int(found.group(1)) == total
        assert all(row[0].endswith("…") for row in table[1:-1] if len(row[0]) > 60)
    assert any(row[0].endswith("…") for row in incidents[1:-1])  # long titles are cut
    ((_, *steps),) = tables_of(deck.slides[4])
    assert steps[-1][0].startswith("+")
    for slide in deck.slides:
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0
            assert shape.left + shape.width <= deck.slide_width, shape.name
            assert shape.top + shape.height <= deck.slide_height, shape.name


def test_text_is_cut_to_the_lines_it_may_take() -> None:
    assert fit("short", 20, 1) == ("short", 1)
    text, lines = fit("one two three four five six seven", 10, 2)
    assert lines == 2 and text.endswith("…") and len(text) <= 20


# --- the workbook --------------------------------------------------------------------------


def test_the_workbook_has_a_sheet_per_kpi_with_typed_cells(busy: tuple[Store, int]) -> None:
    store, account_id = busy
    report = gather(store, account_id)
    workbook = load_workbook(BytesIO(report_bytes(report, "xlsx")))
    assert workbook.sheetnames == SHEETS
    currency = report.account.currency
    revenue = workbook["Revenue"]
    assert revenue.freeze_panes == "A4"
    assert [c.value for c in revenue[3]][:3] == ["Quarter", "Starts on", "Revenue"]
    data = list(revenue.iter_rows(min_row=4, max_row=11))
    assert [row[1].value.date() for row in data] == [k.period.first_day for k in report.trend]
    for row, kpis in zip(data, report.trend, strict=True):
        assert isinstance(row[1].value, datetime) and row[1].number_format == "yyyy-mm-dd"
        if kpis.revenue is not None:
            assert row[2].data_type == "n" and f'"{currency}"' in row[2].number_format
            assert Decimal(str(row[2].value)) == kpis.revenue
            assert row[3].data_type == "n" and Decimal(str(row[3].value)) == kpis.cost
            assert row[6].number_format == "0.0%"
    assert len(revenue._charts) == 1
    assert revenue.column_dimensions["A"].width >= 10
    summary = workbook["Summary"]
    first = next(r for r in summary.iter_rows(min_row=5) if r[0].value == "Revenue")
    assert first[1].data_type == "n" and Decimal(str(first[1].value)) == report.kpis.revenue
    incidents = workbook["Incidents"]
    reported = [
        row[3].value
        for row in incidents.iter_rows(min_row=14)
        if isinstance(row[3].value, datetime)
    ]
    assert len(reported) == len(report.incidents) >= 1
    actions = workbook["Actions"]
    due = [row[2] for row in actions.iter_rows(min_row=5, max_row=4 + len(report.actions))]
    assert all(isinstance(c.value, datetime) or c.value is None for c in due)
    nps = workbook["NPS"]
    for row, kpis in zip(nps.iter_rows(min_row=4, max_row=11), report.trend, strict=True):
        assert row[2].data_type == "n"
        assert (row[6].value is None) == (kpis.nps is None)


def test_text_that_looks_like_a_formula_stays_text(busy: tuple[Store, int]) -> None:
    store, account_id = busy
    hostile = '=HYPERLINK("http://x","y")'
    with store.transaction() as s:
        s.add(ActionItem(account_id=account_id, title=hostile, owner_team=Team.SALES))
    workbook = load_workbook(BytesIO(report_bytes(gather(store, account_id), "xlsx")))
    cells = [c for row in workbook["Actions"].iter_rows() for c in row if c.value]
    (cell,) = [c for c in cells if "HYPERLINK" in str(c.value)]
    assert cell.value == "'" + hostile and cell.data_type == "s"


# --- writing -------------------------------------------------------------------------------


def test_the_file_is_written_whole_and_readable_by_its_owner_only(
    busy: tuple[Store, int], out: Path
) -> None:
    store, account_id = busy
    target = out / "report.xlsx"
    seen: list[tuple[int, int]] = []
    with store.session() as session:
        write_client_report(
            session,
            account_id,
            Q3,
            target,
            "xlsx",
            now=NOW,
            progress=Progress(lambda d, t, _: seen.append((d, t))),
        )
    assert load_workbook(target).sheetnames == SHEETS
    assert seen[-1][0] == seen[-1][1]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.iterdir()) == ["report.xlsx"]


def test_a_failed_write_leaves_the_previous_file_untouched(
    busy: tuple[Store, int], out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, account_id = busy
    target = out / "report.pptx"
    target.write_bytes(b"the previous report")

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("workbench.io.atomic.os.replace", full_disk)
    with store.session() as session, pytest.raises(OSError, match="No space"):
        write_client_report(
            session, account_id, Q3, target, "pptx", now=NOW, render_charts=render_charts
        )
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in out.iterdir()] == ["report.pptx"]


def test_a_cancelled_report_writes_nothing(busy: tuple[Store, int], out: Path) -> None:
    store, account_id = busy
    progress = Progress()

    def cancel_when_writing(done: int, total: int, _message: str) -> None:
        if done >= total - 2:
            progress.cancel()

    progress.on_progress = cancel_when_writing
    with store.session() as session, pytest.raises(Cancelled):
        write_client_report(
            session,
            account_id,
            Q3,
            out / "r.pptx",
            "pptx",
            now=NOW,
            render_charts=render_charts,
            progress=progress,
        )
    assert list(out.iterdir()) == []


def test_a_deck_is_refused_before_anything_is_gathered_without_its_chart_drawer(
    busy: tuple[Store, int], out: Path
) -> None:
    """The services draw nothing: the window and the command line pass the drawer."""
    store, account_id = busy
    steps: list[int] = []
    with store.session() as session, pytest.raises(ValueError, match="render_charts"):
        write_client_report(
            session,
            account_id,
            Q3,
            out / "r.pptx",
            "pptx",
            now=NOW,
            progress=Progress(lambda done, _total, _message: steps.append(done)),
        )
    assert steps == []
    assert list(out.iterdir()) == []


def test_an_unknown_format_is_refused(busy: tuple[Store, int], out: Path) -> None:
    store, account_id = busy
    with store.session() as session, pytest.raises(ValueError, match="format"):
        write_client_report(session, account_id, Q3, out / "r.pdf", "pdf", now=NOW)  # type: ignore[arg-type]
    assert list(out.iterdir()) == []


# --- the command line ----------------------------------------------------------------------


def account_name(store: Store, account_id: int) -> str:
    with store.session() as session:
        return str(session.get_one(Account, account_id).name)


def test_the_command_writes_a_deck_and_a_workbook(
    busy: tuple[Store, int],
    sample_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store, account_id = busy
    name = account_name(store, account_id).upper()  # any case
    store.close()
    deck, workbook = tmp_path / "q3.pptx", tmp_path / "q3.xlsx"
    common = ["--db", str(sample_db_path), "--as-of", "2026-11-26"]
    assert main(["report", name, "--period", "2026-Q3", "-o", str(deck), *common]) == 0
    assert len(Presentation(str(deck)).slides) == 1 + len(SLIDE_TITLES)
    # The quarter defaults to the last complete one, the format to the file's extension.
    assert main(["report", name, "-o", str(workbook), *common]) == 0
    assert load_workbook(workbook)["Summary"]["B4"].value == "Q3 2026"
    assert "wrote" in capsys.readouterr().out


def test_the_command_refuses_an_unknown_account(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.pptx"
    assert main(["report", "Nobody At All", "--db", str(sample_db_path), "-o", str(out)]) == 2
    assert "no account is called 'Nobody At All'" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("period", ["2026-Q5", "Q3-2026", "2026"])
def test_the_command_refuses_a_bad_quarter(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], period: str
) -> None:
    out = tmp_path / "r.pptx"
    argv = ["report", "x", "--period", period, "--db", str(sample_db_path), "-o", str(out)]
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert f"not a quarter like 2026-Q3: {period!r}" in capsys.readouterr().err
    assert not out.exists()


def test_the_command_needs_a_known_format_and_an_existing_database(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "x", "--db", str(sample_db_path), "-o", str(tmp_path / "r.pdf")]) == 2
    assert "--format pptx or --format xlsx" in capsys.readouterr().err
    missing = tmp_path / "missing.sqlite"
    assert main(["report", "x", "--db", str(missing), "-o", str(tmp_path / "r.pptx")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists()


# --- language ------------------------------------------------------------------------------


def test_domain_words_follow_the_interface_language(qapp: Any, busy: tuple[Store, int]) -> None:
    from workbench.i18n import translate
    from workbench.ui.language import install_language

    store, account_id = busy
    report = gather(store, account_id)
    install_language(qapp, "es")
    try:
        deck = deck_of(report, report_labels(translate))
    finally:
        install_language(qapp, "en")
    incidents, _ = tables_of(deck.slides[3])
    spanish = {"Crítica", "Alta", "Media", "Baja"}
    assert {row[1] for row in incidents[1:]} <= spanish
