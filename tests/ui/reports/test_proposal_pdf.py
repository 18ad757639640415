"""The proposal as a PDF: read back with poppler's pdftotext and pdfimages."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from tests.io.proposal_helpers import proposal_document
from tests.ui.calendar.test_brief import pdf_text
from workbench.io.proposal_labels import PROPOSAL_LABELS
from workbench.io.proposal_record import ProposalDocument
from workbench.services.proposal_document import load_document
from workbench.services.proposals import list_proposals
from workbench.store.database import Store
from workbench.ui.reports.proposal_html import export_pdf, proposal_html, section_body


def _sample(store: Store, language: str) -> ProposalDocument:
    """A sample proposal written in *language* with lines, phases and ROI."""
    with store.session() as session:
        for row in list_proposals(session):
            document = load_document(session, row.proposal_id)
            if document.language == language and document.phases and document.roi:
                return document
    raise AssertionError(f"no sample proposal in {language}")


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_an_english_proposal_prints_its_parts(qapp, sample_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = _sample(sample_store, "en")
    path = tmp_path / "proposal.pdf"
    pages = export_pdf(document, path)
    text = pdf_text(path)
    flat = _one_line(text)
    labels = PROPOSAL_LABELS["en"]
    assert document.title in text and document.account_name in text
    total = f"{document.totals.total:,.2f} EUR"
    assert f"{labels.total} {total}" in flat
    for section in document.sections:
        assert section.title in text
    for phase in document.phases:
        assert phase.name in text
    for heading in (labels.pricing, labels.plan, labels.roi):
        assert heading in text
    assert "Page 1 of" in text
    assert f"Page {pages} of {pages}" in pdf_text(path, pages)


def test_the_charts_are_embedded_as_images(qapp, sample_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "proposal.pdf"
    export_pdf(_sample(sample_store, "en"), path)
    tool = shutil.which("pdfimages")
    if tool is None:
        assert b"/Image" in path.read_bytes()
        return
    listing = subprocess.run(
        [tool, "-list", str(path)], check=True, capture_output=True, text=True
    ).stdout
    images = [line for line in listing.splitlines()[2:] if " image " in line]
    assert len(images) == 2


def test_a_spanish_proposal_is_printed_in_spanish(
    qapp, sample_store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    document = _sample(sample_store, "es")
    path = tmp_path / "propuesta.pdf"
    export_pdf(document, path)
    text = pdf_text(path)
    labels = PROPOSAL_LABELS["es"]
    whole, cents = f"{document.totals.total:,.2f}".split(".")
    assert f"Total {whole.replace(',', '.')},{cents} EUR" in _one_line(text)
    assert labels.pricing in text and labels.plan in text and labels.roi in text
    assert "Página 1 de" in text and "Page 1 of" not in text


def test_a_handmade_proposal_prints_its_figures_and_dates(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "proposal.pdf"
    export_pdf(proposal_document(), path, charts_png={})
    flat = _one_line(pdf_text(path))
    assert "Implementation services 12 day 950.00 10% 21% 10,260.00" in flat
    assert "Total 70,494.60 EUR" in flat
    assert "Valid until 31 Dec 2026" in flat
    assert "Set-up 4 Jan 2027 29 Jan 2027 Workshop 30,000.00 EUR" in flat


def test_the_html_shows_only_the_charts_it_is_given() -> None:
    document = proposal_document()
    assert "<img" not in proposal_html(document)
    html = proposal_html(document, {"phases.png": b"", "cash_flow.png": b""})
    assert html.count("<img") == 2
    bare = replace(document, phases=(), roi=None)
    assert "<img" not in proposal_html(bare, {"phases.png": b"", "cash_flow.png": b""})


def test_section_bodies_are_cleaned_and_their_headings_put_under_the_title() -> None:
    body = section_body(
        '<h1>Scope</h1><p style="x">Text<script>alert(1)</script></p><h3>Detail</h3>'
    )
    assert body == "<h3>Scope</h3><p>Text</p><h4><i>Detail</i></h4>"


@pytest.mark.parametrize("language", ["en", "es"])
def test_user_text_is_escaped(language: str) -> None:
    document = replace(proposal_document(language), title="<b>Bold & co</b>", account_name="A < B")
    html = proposal_html(document)
    assert "&lt;b&gt;Bold &amp; co&lt;/b&gt;" in html and "A &lt; B" in html
