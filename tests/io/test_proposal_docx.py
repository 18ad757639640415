"""The DOCX export, read back with python-docx: outline, tables, figures, language, charts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.io.proposal_helpers import proposal_document, spanish
from workbench.charts.proposal_images import render_charts
from workbench.io.proposal_docx import export_docx
from workbench.io.proposal_record import DocumentSection, ProposalDocument
from workbench.services.proposal_document import load_document
from workbench.services.proposals import list_proposals
from workbench.store.database import Store


def _written(document: ProposalDocument, tmp_path: Path, charts: bool = True) -> Any:
    path = tmp_path / "proposal.docx"
    export_docx(document, path, render_charts(document) if charts else None)
    return docx.Document(str(path))


def _styled(doc: Any, style: str) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == style]


def _cells(doc: Any) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for table in doc.tables for row in table.rows]


def test_the_outline_is_made_of_words_headings(tmp_path: Path) -> None:
    doc = _written(proposal_document(), tmp_path)
    assert _styled(doc, "Title") == ["Service extension 2027"]
    assert _styled(doc, "Heading 1") == [
        "Executive summary",
        "Proposed solution",
        "Pricing",
        "Implementation plan",
        "Return on investment",
    ]
    # A section's own headings sit under its title.
    assert _styled(doc, "Heading 2") == ["Scope", "Optional items"]
    assert _styled(doc, "Heading 3") == ["Not in scope"]


def test_section_html_becomes_paragraphs_runs_and_lists(tmp_path: Path) -> None:
    doc = _written(proposal_document(), tmp_path)
    intro = next(p for p in doc.paragraphs if p.text.startswith("We propose"))
    assert intro.text == "We propose a phased roll-out for Acme."
    assert [r.text for r in intro.runs if r.bold] == ["phased"]
    assert [r.text for r in intro.runs if r.italic] == ["Acme"]
    assert _styled(doc, "List Bullet") == ["Shorter lead times", "Visible KPIs"]
    assert _styled(doc, "List Number") == ["Set-up", "Roll-out"]
    broken = next(p for p in doc.paragraphs if p.text.startswith("Hardware."))
    assert broken.text == "Hardware.\nTravel."


def test_each_numbered_list_starts_again_at_one(tmp_path: Path) -> None:
    document = proposal_document()
    twice = DocumentSection(
        document.sections[1].kind, "Steps", "<ol><li>One</li></ol><p>Then</p><ol><li>Uno</li></ol>"
    )
    doc = _written(replace(document, sections=(twice,)), tmp_path)
    numbered = [p for p in doc.paragraphs if p.style.name == "List Number"]
    ids = {p._p.pPr.numPr.numId.val for p in numbered}
    assert [p.text for p in numbered] == ["One", "Uno"] and len(ids) == 2
    numbering = doc.part.numbering_part.element
    for num_id in ids:
        override = numbering.num_having_numId(num_id).lvlOverride_lst[0]
        assert override.startOverride.val == 1


def test_lines_and_totals_are_tables_in_english_figures(tmp_path: Path) -> None:
    rows = _cells(_written(proposal_document(), tmp_path))
    assert ["#", "Description", "Qty", "Unit", "Unit price", "Disc.", "Tax", "Amount"] in rows
    assert [
        "1",
        "Implementation services",
        "12",
        "day",
        "950.00",
        "10%",
        "21%",
        "10,260.00",
    ] in rows
    assert ["Total", "70,494.60 EUR"] in rows
    assert ["Discounts", "-1,140.00 EUR"] in rows
    assert ["Optional items total, tax included", "2,904.00 EUR"] in rows
    assert ["Set-up", "4 Jan 2027", "29 Jan 2027", "Workshop", "30,000.00 EUR"] in rows
    assert ["Total of the phases", "60,000.00 EUR"] in rows
    assert ["Investment", "70,494.60 EUR (the proposal total)"] in rows


def test_a_spanish_proposal_is_written_in_spanish(tmp_path: Path) -> None:
    doc = _written(spanish(proposal_document()), tmp_path)
    assert _styled(doc, "Heading 1") == [
        "Resumen ejecutivo",
        "Propuesta económica",
        "Plan de implementación",
        "Retorno de la inversión",
    ]
    rows = _cells(doc)
    assert ["#", "Descripción", "Cant.", "Unidad", "Precio unitario", "Dto.", "IVA", "Importe"] in (
        rows
    )
    assert [
        "1",
        "Implementation services",
        "12",
        "day",
        "950,00",
        "10 %",
        "21 %",
        "10.260,00",
    ] in rows
    assert ["Total", "70.494,60 EUR"] in rows
    assert ["Set-up", "04/01/2027", "29/01/2027", "Workshop", "30.000,00 EUR"] in rows
    assert ["Versión", "2 · Enviada"] in rows
    assert doc.core_properties.language == "es-ES"
    footer = doc.sections[0].footer.paragraphs[0]
    assert footer.text.endswith("Página 1 de 1")


def test_the_header_names_us_and_the_footer_counts_pages(tmp_path: Path) -> None:
    doc = _written(proposal_document(), tmp_path)
    section = doc.sections[0]
    assert section.header.paragraphs[0].text.startswith("Elena Vidal\tPROPOSAL P-00012-v2")
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("Elena Vidal · Service extension 2027 · P-00012-v2\t")
    codes = [t.text.strip() for t in footer._p.iter() if t.tag.endswith("}instrText")]
    assert codes == ["PAGE", "NUMPAGES"]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


@pytest.mark.parametrize("charts", [True, False])
def test_charts_are_pictures_when_given(tmp_path: Path, charts: bool) -> None:
    doc = _written(proposal_document(), tmp_path, charts=charts)
    assert len(doc.inline_shapes) == (2 if charts else 0)


def test_a_proposal_without_lines_phases_or_roi_still_exports(tmp_path: Path) -> None:
    bare = replace(proposal_document(), lines=(), optional_lines=(), phases=(), roi=None)
    doc = _written(bare, tmp_path)
    assert "No line items." in [p.text for p in doc.paragraphs]
    assert "Implementation plan" not in _styled(doc, "Heading 1")
    assert len(doc.inline_shapes) == 0


def test_sample_proposals_export(sample_store: Store, tmp_path: Path) -> None:
    with sample_store.session() as session:
        rows = list_proposals(session)
    for row in rows[:3]:
        document = load_document(sample_store, row.proposal_id)
        doc = _written(document, tmp_path)
        assert _styled(doc, "Title") == [document.title]
        assert any(document.account_name in cell for row in _cells(doc) for cell in row)
