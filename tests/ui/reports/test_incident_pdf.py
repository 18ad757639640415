"""Incident reports as PDF, read back with poppler's pdftotext."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sqlalchemy import select

from tests.services.test_incident_report import INTERNAL_NOTE, ROOT_CAUSE, enrich_incident
from tests.ui.calendar.test_brief import pdf_text
from workbench.services.incident_report import load_incident_report
from workbench.store.database import Store
from workbench.store.models import Incident
from workbench.ui.reports.incident_html import (
    IncidentFormat,
    export_incident_report,
    incident_html,
    incident_labels,
)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_one_incident_prints_its_story(qapp, sample_store: Store, tmp_path: Path) -> None:
    incident_id = enrich_incident(sample_store)
    report = load_incident_report(sample_store, incident_ids=[incident_id])
    item = report.incidents[0]
    path = tmp_path / "incident.pdf"
    pages = export_incident_report(report, path, fmt=IncidentFormat())
    text = pdf_text(path)
    flat = _one_line(text)
    assert f"Incident report — {item.title}" in flat
    assert ROOT_CAUSE in flat
    assert "Lessons learned" in text and "Timeline" in text
    reported = item.events[0]
    moment = IncidentFormat().moment(reported.occurred_at, item.time_zone)
    assert re.search(
        r"\s+".join(re.escape(part) for part in (moment, reported.who or "", reported.description)),
        text,
    ), text
    assert INTERNAL_NOTE in flat
    assert "1,250.00 " + item.currency in flat
    assert "Page 1 of" in text
    assert f"Page {pages} of {pages}" in pdf_text(path, pages)


def test_the_clients_version_leaves_internal_lines_out(
    qapp, sample_store: Store, tmp_path: Path
) -> None:
    incident_id = enrich_incident(sample_store)
    report = load_incident_report(sample_store, incident_ids=[incident_id], include_internal=False)
    path = tmp_path / "incident-client.pdf"
    export_incident_report(report, path, fmt=IncidentFormat())
    flat = _one_line(pdf_text(path))
    assert "Prepared for the client" in flat and ROOT_CAUSE in flat
    assert INTERNAL_NOTE not in flat and "Lessons learned" not in flat
    assert "Approved by finance" not in flat


def test_an_accounts_period_has_a_cover(qapp, sample_store: Store, tmp_path: Path) -> None:
    with sample_store.session() as session:
        account_id = session.scalars(select(Incident.account_id).order_by(Incident.id)).first()
    period = (date(2025, 11, 26), date(2026, 11, 26))
    report = load_incident_report(sample_store, account_id=account_id, period=period)
    assert report.incidents
    path = tmp_path / "period.pdf"
    pages = export_incident_report(report, path, fmt=IncidentFormat())
    cover = _one_line(pdf_text(path, 1))
    assert f"Incident report — {report.account_name}" in cover
    assert "2025-11-26 to 2026-11-26" in cover
    assert "By severity" in cover and "By status" in cover
    for item in report.incidents:
        assert item.title in cover
    # Each incident starts its own page after the cover.
    assert pages >= 1 + len(report.incidents)


def test_every_word_comes_from_the_labels(qapp, sample_store: Store) -> None:
    incident_id = enrich_incident(sample_store)
    report = load_incident_report(sample_store, incident_ids=[incident_id])
    labels = incident_labels()
    shouted = type(labels)(**{k: v.upper() for k, v in vars(labels).items()})
    html = incident_html(report, shouted)
    assert "ROOT CAUSE" in html and "Root cause" not in html
    assert "TIMELINE" in html
