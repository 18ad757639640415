"""The meeting prep brief: previewed in a dialog, saved as a numbered PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTextBrowser
from sqlalchemy import select

from tests.ui.fakes import FakeDialogs
from workbench.services.prep_brief import load_prep_brief
from workbench.store.models import Meeting
from workbench.ui.calendar.brief_dialog import BriefDialog, show_prep_brief
from workbench.ui.main_window import MainWindow
from workbench.ui.reports.brief_html import BriefLabels
from workbench.ui.reports.pdf import write_pdf

LABELS = BriefLabels()
SECTIONS = (
    LABELS.meeting,
    LABELS.kpis,
    LABELS.incidents,
    LABELS.actions,
    LABELS.minutes,
    LABELS.renewals,
    LABELS.opportunities,
    LABELS.proposals,
)


def pdf_text(path: Path, page: int | None = None) -> str:
    """The PDF's text as poppler's ``pdftotext`` reads it (package poppler-utils)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pages = [] if page is None else ["-f", str(page), "-l", str(page)]
    return subprocess.run(
        [tool, "-layout", *pages, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture
def meeting_id(window: MainWindow) -> int:
    """An upcoming one-off meeting whose account has open incidents and action items."""
    store = window.context.workspace.store
    assert store is not None
    now = window.context.clock.now()
    with store.session() as session:
        candidates = session.scalars(
            select(Meeting.id).where(Meeting.rrule.is_(None), Meeting.starts_at > now)
        ).all()
        for candidate in candidates:
            brief = load_prep_brief(session, candidate, as_of=now)
            if brief.incidents and brief.actions and brief.previous_minutes:
                return candidate
    raise AssertionError("no sample meeting with incidents, action items and minutes")


@pytest.fixture
def dialog(window: MainWindow, meeting_id: int) -> BriefDialog:
    request = show_prep_brief(window.context, meeting_id, None, window)
    assert request.dialog is not None
    return request.dialog


def test_the_brief_opens_in_a_read_only_preview(window: MainWindow, dialog: BriefDialog) -> None:
    preview = window.findChild(QTextBrowser, "prepBrief")
    assert preview is dialog.preview and preview.isReadOnly() and dialog.isVisible()
    text = preview.toPlainText()
    assert dialog.brief.account_name in text and dialog.brief.meeting.title in text
    for heading in SECTIONS:
        assert heading in text, heading
    assert dialog.brief.account_name in dialog.windowTitle()
    assert dialog.print_button is not None  # PySide6-Essentials ships QtPrintSupport


def test_save_as_pdf_writes_every_section_and_numbers_the_pages(
    dialog: BriefDialog, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialogs.files.append(tmp_path / "brief")  # no suffix: ".pdf" is added
    dialog.save_button.click()
    target = tmp_path / "brief.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    for heading in SECTIONS:
        assert heading in text, heading
    assert dialog.brief.account_name in text
    pages = text.count("\f")
    assert pages >= 1
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in pdf_text(target, page)
    assert not dialogs.messages


def test_cancelling_the_save_writes_nothing(
    dialog: BriefDialog, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialogs.files.append(None)
    assert dialog.save_pdf() is None
    assert not list(tmp_path.glob("*.pdf"))


def test_a_save_that_fails_says_why_and_leaves_no_file(
    dialog: BriefDialog, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialogs.files.append(tmp_path / "missing" / "brief.pdf")
    assert dialog.save_pdf() is None
    ((kind, _title, text),) = dialogs.messages
    assert kind == "error" and "No such file or directory" in text
    assert not (tmp_path / "missing").exists()


def test_a_meeting_that_no_longer_exists_is_reported_not_shown(
    window: MainWindow, dialogs: FakeDialogs
) -> None:
    request = show_prep_brief(window.context, 999_999, None, window)
    assert request.dialog is None
    ((kind, _title, text),) = dialogs.messages
    assert kind == "error" and "999999" in text


def test_a_heading_never_ends_a_page_and_long_reports_are_numbered(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    body = "".join(
        f"<h2>Section {n}</h2>" + "<p>Line of text.</p>" * (n % 7 + 2) for n in range(1, 60)
    )
    target = tmp_path / "long.pdf"
    pages = write_pdf(f"<html><body>{body}</body></html>", target, title="Long", footer="Footer")
    assert pages > 3
    for page in range(1, pages + 1):
        lines = [line.strip() for line in pdf_text(target, page).splitlines() if line.strip()]
        footer = lines[-1]
        assert footer.startswith("Footer") and footer.endswith(f"Page {page} of {pages}")
        assert not lines[-2].startswith("Section"), f"page {page} ends with a heading"


def test_the_brief_uses_the_clock_for_its_date(dialog: BriefDialog, window: MainWindow) -> None:
    assert dialog.brief.as_of == window.context.clock.now()
    assert dialog.brief.as_of == datetime(2026, 11, 26, 8, tzinfo=UTC)
