"""HTML onto numbered A4 pages, as a PDF file or on a printer.

``QTextDocument.print_`` paginates but cannot say "Page 2 of 5", so the pages are
painted here one by one: the document is laid out on the paged device itself
(fonts and pixel lengths then scale to its resolution), each page is drawn through
a clip rectangle, and the footer — a caption and the page count — below it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from workbench.domain.text import xml_safe
from workbench.io.atomic import write_atomically

RESOLUTION_DPI = 300
#: Left, top, right, bottom, in millimetres. The footer takes the last lines above the bottom one.
MARGINS_MM = QMarginsF(18, 16, 18, 12)
BODY_POINT_SIZE = 9.5
FOOTER_POINT_SIZE = 7.5
#: Space between the body and the footer line, and the footer's own height, in points.
FOOTER_GAP_PT = 8
FOOTER_HEIGHT_PT = 12


def a4_layout() -> QPageLayout:
    """Portrait A4 with the report margins, for PDF files and printers alike."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def write_pdf(
    html: str,
    path: Path,
    *,
    title: str,
    footer: str,
    resources: Mapping[str, bytes] | None = None,
    numbering: str | None = None,
) -> int:
    """Write *html* to *path* as an A4 PDF with numbered pages; returns the page count.

    The PDF is made in memory and written through a temporary file renamed over
    *path*, so a failure (an :class:`OSError` naming the cause) leaves the previous
    file as it was. For *resources* and
    *numbering* see :func:`paint_pages`.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setCreator(QCoreApplication.applicationName() or "Account Workbench")
    writer.setPageLayout(a4_layout())
    pages = paint_pages(html, writer, footer=footer, resources=resources, numbering=numbering)
    write_atomically(path, bytes(buffer.data().data()))
    return pages


def paint_pages(
    html: str,
    device: QPagedPaintDevice,
    *,
    footer: str,
    resources: Mapping[str, bytes] | None = None,
    numbering: str | None = None,
) -> int:
    """Lay *html* out on *device*'s pages (inside its margins) and paint them with footers.

    *resources* are images (PNG or JPEG bytes) by the name an ``<img src="...">`` in
    *html* gives them. *numbering* is the page count's wording with ``{page}`` and
    ``{pages}`` (default: "Page {page} of {pages}" in the interface language).
    """
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The PDF file or printer could not be opened for writing.")
    try:
        return _paint(html, device, painter, footer, resources or {}, numbering)
    finally:
        painter.end()


def _points(device: QPagedPaintDevice, points: float) -> float:
    return points * device.logicalDpiY() / 72


def _keep_headings_with_next(document: QTextDocument, page_height: float, reserve: float) -> None:
    """Start a new page before a heading that would otherwise end one.

    ``QTextDocument`` has no "keep with next": a heading whose block and *reserve*
    (room for what it introduces) do not fit below it moves to the next page.
    """
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            rect = layout.blockBoundingRect(block)
            top = rect.top() % page_height
            if top > 0 and top + rect.height() + reserve > page_height:
                moved = block.blockFormat()
                moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(moved)
                # Lay out again from here: what follows moved, and without this Qt
                # paints from stale positions and drops blocks after the break.
                rest = document.characterCount() - block.position()
                document.markContentsDirty(block.position(), rest)
        block = block.next()


def _paint(
    html: str,
    device: QPagedPaintDevice,
    painter: QPainter,
    footer: str,
    resources: Mapping[str, bytes],
    numbering: str | None,
) -> int:
    area = device.pageLayout().paintRectPixels(device.logicalDpiX())
    footer_band = _points(device, FOOTER_GAP_PT + FOOTER_HEIGHT_PT)
    page = QSizeF(area.width(), area.height() - footer_band)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont(document.defaultFont())
    font.setPointSizeF(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    for name, data in resources.items():
        image = QImage.fromData(data)
        if image.isNull():
            raise OSError(f"The image {name} could not be read.")
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    # Control characters a stored text may hold are shown as \xNN, as in every export.
    document.setHtml(xml_safe(html))
    document.setPageSize(page)
    _keep_headings_with_next(
        document, page.height(), reserve=4 * QFontMetricsF(font, device).height()
    )
    pages = document.pageCount()

    footer_font = QFont(font)
    footer_font.setPointSizeF(FOOTER_POINT_SIZE)
    footer_rect = QRectF(
        0,
        page.height() + _points(device, FOOTER_GAP_PT),
        page.width(),
        _points(device, FOOTER_HEIGHT_PT),
    )
    # The caption gives way to the page count when both do not fit.
    caption = QFontMetricsF(footer_font, device).elidedText(
        xml_safe(footer), Qt.TextElideMode.ElideRight, page.width() * 0.75
    )
    if numbering is None:
        numbering = QCoreApplication.translate("Reports", "Page {page} of {pages}")
    for index in range(pages):
        if index:
            device.newPage()
        painter.save()
        painter.translate(0, -index * page.height())
        document.drawContents(
            painter, QRectF(0, index * page.height(), page.width(), page.height())
        )
        painter.restore()
        painter.setFont(footer_font)
        painter.drawLine(footer_rect.topLeft(), footer_rect.topRight())
        flags = Qt.AlignmentFlag.AlignBottom
        painter.drawText(footer_rect, flags | Qt.AlignmentFlag.AlignLeft, caption)
        painter.drawText(
            footer_rect,
            flags | Qt.AlignmentFlag.AlignRight,
            numbering.format(page=index + 1, pages=pages),
        )
    return pages
