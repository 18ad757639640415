"""A proposal as a Word document (DOCX), in the proposal's language, with python-docx.

The same words and figures as the PDF (:class:`workbench.io.proposal_text.ProposalText`),
laid out the Word way: built-in heading and list styles (so the client's Word
shows a navigable outline), ruled tables for the lines and phases, the charts as
pictures, our name in the page header and "Page n of m" in the footer as fields
that Word and LibreOffice fill in.

Section bodies are the editor's HTML subset (``io/html_subset.py``); a small
``html.parser`` converter turns it into paragraphs and runs: ``p``, ``br``,
``h1``–``h3``, ``b``/``i``/``u`` (and their ``strong``/``em`` synonyms),
``ul``/``ol``/``li`` nested up to three levels. Other tags are dropped and their
text kept; scripts and styles are dropped whole.

Control characters a stored text may still carry are shown as ``\\xNN``
(:func:`workbench.domain.text.xml_safe`, applied to the whole document before any
run is made): no stored text can make the export fail.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from workbench.domain.text import xml_safe
from workbench.io.atomic import write_atomically
from workbench.io.html_subset import clean_html
from workbench.io.proposal_record import CASH_FLOW_CHART, PHASES_CHART, ProposalDocument
from workbench.io.proposal_text import Column, ProposalText, TotalRow

PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN = Mm(18)
TEXT_WIDTH_MM = 174
#: Word's own default; LibreOffice shows it as the metric-compatible Carlito.
BODY_FONT = "Calibri"
BODY_POINT_SIZE = 10
TABLE_POINT_SIZE = 9
HEADER_FILL = "E6EBF1"
ACCENT = RGBColor(0x15, 0x5E, 0x75)
MUTED = RGBColor(0x64, 0x74, 0x8B)
#: Word's proofing language for the text, so the client's spelling checker agrees.
PROOFING = {"en": "en-GB", "es": "es-ES"}

#: Column widths in millimetres; each row adds up to the text width.
_LINE_WIDTHS = (8, 52, 15, 24, 24, 14, 13, 24)
_PHASE_WIDTHS = (32, 24, 24, 62, 32)
_FACT_WIDTHS = (40, 134)
_ROI_WIDTHS = (74, 100)
_TOTAL_WIDTHS = (90, 40)


def export_docx(
    document: ProposalDocument, path: Path, charts_png: Mapping[str, bytes] | None = None
) -> None:
    """Write *document* to *path* as a DOCX; *charts_png* are the charts by image name.

    The file is made in memory and written through a temporary file renamed over
    *path*, so a failure (an :class:`OSError`) leaves the previous file as it was.
    """
    write_atomically(path, docx_bytes(document, charts_png or {}))


def docx_bytes(document: ProposalDocument, charts_png: Mapping[str, bytes]) -> bytes:
    """The DOCX file's bytes."""
    writer = _Writer(ProposalText(_xml_safe_copy(document)), charts_png)
    writer.write()
    buffer = BytesIO()
    writer.docx.save(buffer)
    return buffer.getvalue()


# --- low-level helpers ------------------------------------------------------------------


def _xml_safe_copy(value: Any) -> Any:
    """*value* with every text in it (through dataclasses, tuples and lists) XML-safe."""
    if type(value) is str:  # not a str enum: it stays the member it is
        return xml_safe(value)
    if is_dataclass(value) and not isinstance(value, type):
        changed = {f.name: _xml_safe_copy(getattr(value, f.name)) for f in fields(value) if f.init}
        return replace(value, **changed)
    if type(value) in (tuple, list):
        return type(value)(_xml_safe_copy(item) for item in value)
    return value


def _field(paragraph: Paragraph, code: str) -> None:
    """A Word field (``PAGE``, ``NUMPAGES``) the reader's application fills in."""

    def char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    char("begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    paragraph.add_run()._r.append(instruction)
    char("separate")
    paragraph.add_run("1")
    char("end")


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_as_header(row: Any) -> None:
    """The row repeats at the top of each page the table runs onto."""
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)


def _right_tab_only(paragraph: Paragraph) -> None:
    """One right tab stop at the text's right edge (the Header and Footer styles have
    Letter-sized centre and right stops, cleared here)."""
    stops = paragraph.paragraph_format.tab_stops
    stops.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(Mm(TEXT_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)


def _cell_text(
    cell: Any, text: str, *, bold: bool = False, right: bool = False, size: int = TABLE_POINT_SIZE
) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_before = Pt(1)
    paragraph.paragraph_format.space_after = Pt(1)
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for number, line in enumerate(text.split("\n")):
        if number:
            paragraph.add_run().add_break(WD_BREAK.LINE)
        run = paragraph.add_run(line)
        run.bold = bold or None
        run.font.size = Pt(size)


def _widths(table: Table, widths_mm: Sequence[int]) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


# --- section HTML ----------------------------------------------------------------------

_SPACE = re.compile(r"\s+")
_HEADINGS = {"h1": 2, "h2": 3, "h3": 4}
_INLINE = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline"}
_DROPPED_WHOLE = {"script", "style", "head", "title"}


@dataclass
class _List:
    ordered: bool
    #: For a numbered list, the numbering instance that restarts it at 1.
    num_id: int | None = None


class _SectionHtml(HTMLParser):
    """Writes one section body into a python-docx document, paragraph by paragraph."""

    def __init__(self, docx: Any) -> None:
        super().__init__(convert_charrefs=True)
        self.docx = docx
        self.paragraph: Paragraph | None = None
        self.format = {"bold": 0, "italic": 0, "underline": 0}
        self.lists: list[_List] = []
        self.skipping = 0

    # paragraphs

    def start(self, style: str | None = None) -> Paragraph:
        self.paragraph = self.docx.add_paragraph(style=style)
        return self.paragraph

    def list_style(self, continued: bool = False) -> str:
        depth = min(len(self.lists), 3)
        suffix = "" if depth <= 1 else f" {depth}"
        if continued:
            return "List Continue" + suffix
        return ("List Number" if self.lists[-1].ordered else "List Bullet") + suffix

    def current(self) -> Paragraph:
        if self.paragraph is None:
            self.start(self.list_style(continued=True) if self.lists else None)
        assert self.paragraph is not None
        return self.paragraph

    def item(self) -> None:
        paragraph = self.start(self.list_style())
        numbered = self.lists[-1]
        if numbered.ordered:
            if numbered.num_id is None:
                numbered.num_id = self.restarted_numbering(paragraph.style)
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_numId().val = numbered.num_id

    def restarted_numbering(self, style: Any) -> int:
        """A new numbering instance of *style*'s list that starts at 1 (Word otherwise
        goes on counting from the previous numbered list)."""
        numbering = self.docx.part.numbering_part.element
        style_num = style.element.pPr.numPr.numId.val
        abstract = numbering.num_having_numId(style_num).abstractNumId.val
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return int(num.numId)

    # parser callbacks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED_WHOLE:
            self.skipping += 1
            return
        if self.skipping:
            return
        if tag in _INLINE:
            self.format[_INLINE[tag]] += 1
        elif tag == "br":
            self.current().add_run().add_break(WD_BREAK.LINE)
        elif tag == "p":
            # A list item's first paragraph is the item itself.
            if not (self.lists and self.paragraph is not None and not self.paragraph.text):
                self.start(self.list_style(continued=True) if self.lists else None)
        elif tag in _HEADINGS:
            self.start(f"Heading {_HEADINGS[tag]}")
        elif tag in ("ul", "ol"):
            self.lists.append(_List(ordered=tag == "ol"))
            self.paragraph = None
        elif tag == "li":
            if not self.lists:  # a stray item: a bulleted list of its own
                self.lists.append(_List(ordered=False))
            self.item()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skipping:
            self.current().add_run().add_break(WD_BREAK.LINE)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED_WHOLE:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping:
            return
        if tag in _INLINE:
            key = _INLINE[tag]
            self.format[key] = max(0, self.format[key] - 1)
        elif tag in ("p", "li", *_HEADINGS):
            self.paragraph = None
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self.paragraph = None

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        text = _SPACE.sub(" ", data)
        if self.paragraph is None or not self.paragraph.text:
            text = text.lstrip()
        if not text:
            return
        run = self.current().add_run(text)
        run.bold = bool(self.format["bold"]) or None
        run.italic = bool(self.format["italic"]) or None
        run.underline = bool(self.format["underline"]) or None


def add_section_html(docx: Any, html: str) -> None:
    """Append *html*, cleaned to the section subset, to the python-docx document *docx*."""
    parser = _SectionHtml(docx)
    parser.feed(clean_html(html))
    parser.close()


# --- the document ----------------------------------------------------------------------


class _Writer:
    def __init__(self, text: ProposalText, charts: Mapping[str, bytes]) -> None:
        self.text, self.labels, self.document = text, text.labels, text.document
        self.charts = charts
        self.docx: Any = Document()

    def write(self) -> None:
        self.page_setup()
        self.heading()
        for section in self.document.sections:
            self.docx.add_heading(section.title, level=1)
            add_section_html(self.docx, section.html)
        self.pricing()
        self.plan()
        self.roi()

    def page_setup(self) -> None:
        doc, labels = self.document, self.labels
        properties = self.docx.core_properties
        properties.title = doc.title
        properties.author = doc.company
        properties.subject = doc.account_name
        properties.language = PROOFING.get(doc.language, "en-GB")
        normal = self.docx.styles["Normal"]
        normal.font.size = Pt(BODY_POINT_SIZE)
        normal.font.name = BODY_FONT
        language = OxmlElement("w:lang")
        language.set(qn("w:val"), PROOFING.get(doc.language, "en-GB"))
        normal.element.get_or_add_rPr().append(language)

        section = self.docx.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        section.left_margin = section.right_margin = MARGIN
        section.top_margin, section.bottom_margin = Mm(20), Mm(18)
        section.header_distance = section.footer_distance = Mm(9)

        header = section.header.paragraphs[0]
        _right_tab_only(header)
        name = header.add_run(doc.company)
        name.bold = True
        name.font.color.rgb = ACCENT
        reference = header.add_run(f"\t{labels.proposal.upper()} {self.text.reference()}")
        reference.font.size = Pt(8)
        reference.font.color.rgb = MUTED

        footer = section.footer.paragraphs[0]
        _right_tab_only(footer)
        footer.add_run(self.text.footer() + "\t")
        # "Page {page} of {pages}": the words around the two fields, in the document's language.
        for piece in re.split(r"(\{page\}|\{pages\})", labels.page):
            if piece == "{page}":
                _field(footer, "PAGE")
            elif piece == "{pages}":
                _field(footer, "NUMPAGES")
            elif piece:
                footer.add_run(piece)
        for run in footer.runs:
            run.font.size = Pt(7.5)
            run.font.color.rgb = MUTED

    def heading(self) -> None:
        self.docx.add_heading(self.document.title, level=0)
        self.facts(self.text.meta_facts(), _FACT_WIDTHS)

    def facts(self, pairs: Sequence[tuple[str, str]], widths: Sequence[int]) -> None:
        table = self.docx.add_table(rows=0, cols=2)
        for label, value in pairs:
            cells = table.add_row().cells
            _cell_text(cells[0], label, bold=True, size=BODY_POINT_SIZE)
            _cell_text(cells[1], value, size=BODY_POINT_SIZE)
        _widths(table, widths)

    def table(
        self, columns: Sequence[Column], rows: Sequence[Sequence[str]], widths: Sequence[int]
    ) -> None:
        table = self.docx.add_table(rows=1, cols=len(columns))
        table.style = self.docx.styles["Table Grid"]
        header = table.rows[0]
        _repeat_as_header(header)
        for cell, column in zip(header.cells, columns, strict=True):
            _shade(cell, HEADER_FILL)
            _cell_text(cell, column.title, bold=True, right=column.numeric)
        for row in rows:
            cells = table.add_row().cells
            for cell, column, value in zip(cells, columns, row, strict=True):
                _cell_text(cell, value, right=column.numeric)
        _widths(table, widths)

    def totals(self, rows: Sequence[TotalRow]) -> None:
        table = self.docx.add_table(rows=0, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.RIGHT
        for row in rows:
            cells = table.add_row().cells
            _cell_text(cells[0], row.label, bold=row.strong, right=True, size=BODY_POINT_SIZE)
            _cell_text(cells[1], row.value, bold=row.strong, right=True, size=BODY_POINT_SIZE)
        _widths(table, _TOTAL_WIDTHS)

    def note(self, text: str) -> None:
        paragraph = self.docx.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(3)
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run(text)
        run.italic = True
        run.font.size = Pt(8)
        run.font.color.rgb = MUTED

    def picture(self, name: str) -> None:
        png = self.charts.get(name)
        if png is None:
            return
        self.docx.add_picture(BytesIO(png), width=Mm(TEXT_WIDTH_MM - 6))
        self.docx.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER

    def pricing(self) -> None:
        doc, labels, text = self.document, self.labels, self.text
        self.docx.add_heading(labels.pricing, level=1)
        if not doc.lines and not doc.optional_lines:
            self.note(labels.no_lines)
            return
        if doc.lines:
            self.table(text.line_columns(), text.line_rows(doc.lines), _LINE_WIDTHS)
        self.note(text.amounts_note())
        self.totals(text.total_rows())
        if doc.optional_lines:
            self.docx.add_heading(labels.optional_items, level=2)
            self.note(labels.optional_note)
            self.table(text.line_columns(), text.line_rows(doc.optional_lines), _LINE_WIDTHS)
            self.totals([text.optional_total()])

    def plan(self) -> None:
        doc, text = self.document, self.text
        if not doc.phases:
            return
        self.docx.add_heading(self.labels.plan, level=1)
        self.table(text.phase_columns(), [text.phase_cells(p) for p in doc.phases], _PHASE_WIDTHS)
        self.totals(text.phase_total_rows())
        self.picture(PHASES_CHART)

    def roi(self) -> None:
        if self.document.roi is None:
            return
        self.docx.add_heading(self.labels.roi, level=1)
        self.facts(self.text.roi_facts(), _ROI_WIDTHS)
        self.picture(CASH_FLOW_CHART)
