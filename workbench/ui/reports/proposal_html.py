"""A proposal as HTML for ``QTextDocument``, and as a numbered A4 PDF in its own language.

The words and figures come from :class:`workbench.io.proposal_text.ProposalText`
(the proposal's language, not the interface's), the same as the DOCX export; the
charts are PNG images drawn on Matplotlib's Agg backend and handed to the
document as resources, named by the ``<img src="...">`` that shows them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from pathlib import Path

from workbench.io.html_subset import clean_html
from workbench.io.proposal_record import CASH_FLOW_CHART, PHASES_CHART, ProposalDocument
from workbench.io.proposal_text import Column, ProposalText, TotalRow
from workbench.ui.reports.brief_html import HEADER_BACKGROUND, RULE_COLOUR

ACCENT = "#155e75"
MUTED = "#64748b"
#: Qt sizes images in CSS pixels (1/96 inch) and scales them to the printer's resolution.
_CSS_DPI = 96


def _text(value: str) -> str:
    """User text, escaped, its line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def _unbroken(value: str) -> str:
    """A figure or a date kept on one line (Qt's tables mis-size ``white-space: nowrap``)."""
    return escape(value).replace(" ", "&nbsp;")


def _table(
    columns: Sequence[Column],
    rows: Iterable[Sequence[str]],
    widths: Mapping[int, str] | None = None,
) -> str:
    """A ruled table of plain-text cells (escaped here), numbers to the right.

    *widths* gives some columns (by index) a width, such as "32%"; Qt sizes the rest.
    """

    def align(column: Column) -> str:
        return "right" if column.numeric else "left"

    def width(index: int) -> str:
        return f' width="{widths[index]}"' if widths and index in widths else ""

    def cell(column: Column, value: str) -> str:
        shown = _unbroken(value) if column.numeric or column.nowrap else _text(value)
        return f'<td align="{align(column)}">{shown}</td>'

    header = "".join(
        f'<th align="{align(c)}"{width(i)}>{escape(c.title)}</th>' for i, c in enumerate(columns)
    )
    body = "".join(
        "<tr>" + "".join(cell(c, value) for c, value in zip(columns, row, strict=True)) + "</tr>"
        for row in rows
    )
    # 99 %: Qt draws the outer border outside the width (see brief_html.py).
    return (
        f'<table width="99%" border="1" cellspacing="0" cellpadding="4" '
        f'style="border-collapse: collapse; border-style: solid; border-color: {RULE_COLOUR};">'
        f'<thead><tr bgcolor="{HEADER_BACKGROUND}">{header}</tr></thead>{body}</table>'
    )


def _totals(rows: Sequence[TotalRow]) -> str:
    """Label–amount rows under a table, on the right half of the page."""
    cells = "".join(
        (
            f'<tr><td align="right"><b>{escape(row.label)}</b></td>'
            f'<td align="right"><b>{escape(row.value)}</b></td></tr>'
            if row.strong
            else f'<tr><td align="right">{escape(row.label)}</td>'
            f'<td align="right">{escape(row.value)}</td></tr>'
        )
        for row in rows
    )
    return (
        '<table width="60%" align="right" cellspacing="0" cellpadding="3" '
        f'style="margin-top: 4px;">{cells}</table><br clear="all"/>'
    )


def _facts(pairs: Iterable[tuple[str, str]], label_width: str = "30%") -> str:
    rows = "".join(
        f'<tr><td width="{label_width}"><b>{escape(label)}</b></td><td>{_text(value)}</td></tr>'
        for label, value in pairs
    )
    return f'<table width="100%" cellspacing="0" cellpadding="2">{rows}</table>'


def _note(text: str) -> str:
    return f'<p style="color: {MUTED}; font-size: 8pt;"><i>{escape(text)}</i></p>'


#: Column widths by index; the lines' description takes the room the figures leave.
_LINE_WIDTHS: dict[int, str] = {}
_PHASE_WIDTHS = {0: "22%", 3: "30%"}

_HEADING = re.compile(r"<(/?)h([1-3])>")
#: A section's headings sit under its title (h2): h1 → h3, h2 → h4, h3 → an italic h4
#: (Qt prints h5 and h6 smaller than the text, whatever their style says).
_DEMOTED = {
    "h1": ("<h3>", "</h3>"),
    "h2": ("<h4>", "</h4>"),
    "h3": ("<h4><i>", "</i></h4>"),
}


def section_body(html: str) -> str:
    """A section's stored HTML, cleaned to the subset, its headings under the section title."""

    def demote(match: re.Match[str]) -> str:
        opening, closing = _DEMOTED[f"h{match.group(2)}"]
        return closing if match.group(1) else opening

    return _HEADING.sub(demote, clean_html(html))


class _Proposal:
    def __init__(self, text: ProposalText, images: Mapping[str, object]) -> None:
        self.text, self.labels, self.document = text, text.labels, text.document
        self.images = images

    def html(self) -> str:
        return (
            "<html><body>"
            + self.heading()
            + "".join(
                f"<h2>{escape(s.title)}</h2>{section_body(s.html)}" for s in self.document.sections
            )
            + self.pricing()
            + self.plan()
            + self.roi()
            + "</body></html>"
        )

    def image(self, name: str) -> str:
        """The chart called *name*, as wide as it was drawn (the text width), if there is one."""
        from workbench.charts.proposal_images import CHART_WIDTH_IN

        if name not in self.images:
            return ""
        width = round(CHART_WIDTH_IN * _CSS_DPI)
        return f'<p align="center"><img src="{escape(name)}" width="{width}"/></p>'

    def heading(self) -> str:
        doc, labels, text = self.document, self.labels, self.text
        band = (
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td><span style="font-size: 13pt; font-weight: 600; color: {ACCENT};">'
            f"{escape(doc.company)}</span></td>"
            f'<td align="right"><span style="color: {MUTED};">'
            f"{escape(labels.proposal.upper())}<br/>{escape(text.reference())}</span></td>"
            "</tr></table>"
            f'<hr style="color: {ACCENT};"/>'
        )
        return band + f"<h1>{escape(doc.title)}</h1>" + _facts(text.meta_facts(), "22%")

    def pricing(self) -> str:
        doc, labels, text = self.document, self.labels, self.text
        html = f"<h2>{escape(labels.pricing)}</h2>"
        if not doc.lines and not doc.optional_lines:
            return html + _note(labels.no_lines)
        if doc.lines:
            html += _table(text.line_columns(), text.line_rows(doc.lines), _LINE_WIDTHS)
        html += _note(text.amounts_note()) + _totals(text.total_rows())
        if doc.optional_lines:
            html += (
                f"<h3>{escape(labels.optional_items)}</h3>"
                + _note(labels.optional_note)
                + _table(text.line_columns(), text.line_rows(doc.optional_lines), _LINE_WIDTHS)
                + _totals([text.optional_total()])
            )
        return html

    def plan(self) -> str:
        doc, text = self.document, self.text
        if not doc.phases:
            return ""
        return (
            f"<h2>{escape(self.labels.plan)}</h2>"
            + _table(text.phase_columns(), (text.phase_cells(p) for p in doc.phases), _PHASE_WIDTHS)
            + _totals(text.phase_total_rows())
            + self.image(PHASES_CHART)
        )

    def roi(self) -> str:
        if self.document.roi is None:
            return ""
        return (
            f"<h2>{escape(self.labels.roi)}</h2>"
            + _facts(self.text.roi_facts(), label_width="40%")
            + self.image(CASH_FLOW_CHART)
        )


def proposal_html(
    document: ProposalDocument,
    images: Mapping[str, object] | None = None,
    text: ProposalText | None = None,
) -> str:
    """The whole proposal as one HTML document; *images* names the charts it shows."""
    return _Proposal(text or ProposalText(document), images or {}).html()


def export_pdf(
    document: ProposalDocument, path: Path, charts_png: Mapping[str, bytes] | None = None
) -> int:
    """Write the proposal to *path* as an A4 PDF; returns the page count.

    The charts are drawn here unless *charts_png* (image name → PNG bytes) brings
    them. Needs a ``QGuiApplication`` (fonts); raises :class:`OSError` on failure.
    """
    from workbench.charts.proposal_images import render_charts
    from workbench.ui.reports.pdf import write_pdf

    text = ProposalText(document)
    images = render_charts(document) if charts_png is None else dict(charts_png)
    return write_pdf(
        proposal_html(document, images, text),
        path,
        title=f"{document.title} — {document.account_name}",
        footer=text.footer(),
        resources=images,
        numbering=text.labels.page,
    )
