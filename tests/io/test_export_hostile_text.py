"""Every export succeeds whatever text the database holds (issue 14, finding 4).

An older version stored ESC, BEL and NUL as they came from imported files; XML-based
formats (XLSX, PPTX, DOCX) cannot carry them at all. The text is written into a
sample database with raw SQL, each real export is run, and the file is read back.
"""

from __future__ import annotations

import csv
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from workbench.domain.period import Quarter
from workbench.store.database import Store

#: What an older version let in: an escape sequence, a bell and a NUL.
HOSTILE = "\x1b[31m\x07Hostile\x00"
#: How the exports show it.
SHOWN = "\\x1B[31m\\x07Hostile\\x00"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def hostile(sample_store: Store) -> tuple[Store, int]:
    """The sample database with control characters in the texts each export shows;
    returns it and the account that has proposals, incidents and meetings."""
    with sample_store.engine.begin() as connection:
        account_id = connection.execute(
            text(
                "SELECT p.account_id FROM proposals p"
                " JOIN incidents i ON i.account_id = p.account_id"
                " JOIN meetings m ON m.account_id = p.account_id"
                " ORDER BY p.account_id LIMIT 1"
            )
        ).scalar_one()
        for statement in (
            "UPDATE accounts SET name = name || :h, description = :h",
            "UPDATE contacts SET first_name = first_name || :h, job_title = :h",
            "UPDATE proposals SET title = title || :h",
            "UPDATE proposal_sections SET title = title || :h, body_html = '<p>' || :h || '</p>'",
            "UPDATE proposal_line_items SET description = description || :h",
            "UPDATE proposal_phases SET name = name || :h, deliverables = :h",
            "UPDATE incidents SET title = title || :h, description = :h, root_cause = :h",
            "UPDATE meetings SET title = title || :h, agenda = :h, location = :h",
        ):
            connection.execute(text(statement), {"h": HOSTILE})
    return sample_store, account_id


def _xml_text(path: Path) -> str:
    """All the XML of an Office file, as text (parsing it would fail on a bad character)."""
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("kind", ["contacts", "accounts", "incidents", "meetings"])
def test_entity_export_writes_control_characters_escaped(
    hostile: tuple[Store, int], tmp_path: Path, kind: str, fmt: str
) -> None:
    from workbench.services.entity_export import export_entity

    store, _ = hostile
    target = tmp_path / f"{kind}.{fmt}"
    with store.session() as session:
        assert export_entity(session, kind, target, fmt) > 0
    if fmt == "csv":
        with target.open(encoding="utf-8-sig", newline="") as stream:
            cells = [cell for row in csv.reader(stream) for cell in row]
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(target, read_only=True).active
        cells = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
    assert any(SHOWN in cell for cell in cells)
    assert not any("\x1b" in cell or "\x00" in cell for cell in cells)


@pytest.mark.parametrize("fmt", ["pptx", "xlsx"])
def test_client_report_writes_control_characters_escaped(
    hostile: tuple[Store, int], tmp_path: Path, fmt: str
) -> None:
    from workbench.charts.report_images import render_charts
    from workbench.services.report_files import write_client_report

    store, account_id = hostile
    target = tmp_path / f"report.{fmt}"
    with store.session() as session:
        write_client_report(
            session,
            account_id,
            Quarter(2026, 4),
            target,
            fmt,  # type: ignore[arg-type]
            now=NOW,
            render_charts=render_charts,
        )
    if fmt == "pptx":
        from pptx import Presentation

        Presentation(str(target))
    else:
        from openpyxl import load_workbook

        load_workbook(target)
    written = _xml_text(target)
    assert SHOWN in written
    assert "\x1b" not in written and "\x00" not in written


def test_proposal_docx_writes_control_characters_escaped(
    hostile: tuple[Store, int], tmp_path: Path
) -> None:
    from docx import Document

    from workbench.io.proposal_docx import export_docx
    from workbench.services.proposal_document import load_document

    store, account_id = hostile
    with store.session() as session:
        proposal_id = session.execute(
            text("SELECT id FROM proposals WHERE account_id = :a"), {"a": account_id}
        ).scalar()
    document = load_document(store, proposal_id)
    target = tmp_path / "proposal.docx"
    export_docx(document, target)
    body = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert SHOWN in body
    assert "\x1b" not in _xml_text(target)


@pytest.mark.usefixtures("qapp")
def test_pdf_reports_write_with_control_characters(
    hostile: tuple[Store, int], tmp_path: Path
) -> None:
    from workbench.services.incident_report import load_incident_report
    from workbench.services.prep_brief import load_prep_brief
    from workbench.services.proposal_document import load_document
    from workbench.ui.reports.brief_html import brief_html
    from workbench.ui.reports.incident_html import export_incident_report
    from workbench.ui.reports.pdf import write_pdf
    from workbench.ui.reports.proposal_html import export_pdf

    store, account_id = hostile
    with store.session() as session:
        proposal_id = session.execute(
            text("SELECT id FROM proposals WHERE account_id = :a"), {"a": account_id}
        ).scalar()
        meeting_id = session.execute(
            text("SELECT id FROM meetings WHERE account_id = :a"), {"a": account_id}
        ).scalar()
    assert export_pdf(load_document(store, proposal_id), tmp_path / "proposal.pdf") > 0
    report = load_incident_report(store, account_id=account_id)
    assert export_incident_report(report, tmp_path / "incidents.pdf") > 0
    brief = load_prep_brief(store, meeting_id, as_of=NOW)
    assert write_pdf(brief_html(brief), tmp_path / "brief.pdf", title="Brief", footer="") > 0
    for name in ("proposal.pdf", "incidents.pdf", "brief.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")


def test_calendar_export_writes_control_characters(hostile: tuple[Store, int]) -> None:
    from icalendar import Calendar

    from workbench.services.calendar_export import export_meetings

    store, account_id = hostile
    exported = export_meetings(store, account_id=account_id)
    assert exported.meetings > 0
    calendar = Calendar.from_ical(exported.data)
    titles = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert any("Hostile" in title for title in titles)
