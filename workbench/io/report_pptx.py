"""A 16:9 slide deck (PPTX) from plain slides, with python-pptx: the client report's layout.

The deck arrives as words and pictures already chosen and translated
(:class:`Deck`); this module only lays them out: one font, one accent colour
(#155e75, the charts' bar colour), titles in the same place on every slide and a
footer with the page number. Nothing overflows a slide: a table keeps the rows that
fit and ends with "+N more", and a cell's text is cut with "…" to the lines its
column allows (widths are estimated from the font size, generously, since the
client's PowerPoint may lack the font and use a wider one). Every text goes through
:func:`workbench.domain.text.xml_safe` where it becomes a run, a name or a property:
no stored text can make the deck fail.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from typing import IO, Any, Literal

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from workbench.domain.text import xml_safe

FONT = "Calibri"
ACCENT = RGBColor(0x15, 0x5E, 0x75)
ACCENT_LIGHT = RGBColor(0xEC, 0xF4, 0xF6)
INK = RGBColor(0x0F, 0x17, 0x2A)
MUTED = RGBColor(0x64, 0x74, 0x8B)
ALERT = RGBColor(0xB9, 0x1C, 0x1C)
GOOD = RGBColor(0x15, 0x80, 0x3D)
BAND = RGBColor(0xF1, 0xF5, 0xF9)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)

SLIDE_WIDTH_IN, SLIDE_HEIGHT_IN = 13.333, 7.5
MARGIN_IN = 0.6
CONTENT_TOP_IN = 1.45
CONTENT_BOTTOM_IN = 6.75
GAP_IN = 0.35
#: Average glyph width of mixed text as a share of the font size: Calibri's is ~0.44;
#: this leaves room for a wider substitute (DejaVu Sans measures ~0.47 on such text).
GLYPH_WIDTH = 0.5
#: Bold glyphs are wider: the characters that fit, as a share of the regular ones.
BOLD = 0.8
CELL_MARGIN_IN = 0.08
TITLE_SLIDE_NAME = "Slide title"

Tone = Literal["normal", "muted", "alert", "good", "strong"]


@dataclass(frozen=True)
class Text:
    """A cell's text with a tone: muted (an explanation), alert (overdue), strong."""

    text: str
    tone: Tone = "normal"


Cell = str | Text


@dataclass(frozen=True)
class Column:
    header: str
    #: Relative width: the table's width is shared in these proportions.
    width: float = 1.0
    #: Right-aligned (numbers).
    numeric: bool = False
    #: Lines a cell may take before its text is cut with "…".
    max_lines: int = 1
    #: A smaller font for explanations (a note column).
    small: bool = False


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    #: Above the table, e.g. "Open incidents (3)"; ``None`` for none.
    heading: str | None = None
    #: Shown in place of the rows when there are none.
    empty: str = ""
    font_size: float = 12.0


@dataclass(frozen=True)
class Headline:
    """A big figure in a card beside the tables: the health score and its band."""

    value: str
    label: str
    caption: str
    tone: Tone = "normal"


@dataclass(frozen=True)
class TitleSlide:
    kicker: str
    title: str
    subtitle: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableSlide:
    title: str
    #: One table across the slide, or two side by side.
    tables: tuple[Table, ...]
    headline: Headline | None = None
    note: str | None = None


@dataclass(frozen=True)
class Picture:
    png: bytes
    #: Alternative text, read out by screen readers.
    description: str


@dataclass(frozen=True)
class PictureSlide:
    title: str
    pictures: tuple[Picture, ...]
    note: str | None = None


Slide = TitleSlide | TableSlide | PictureSlide


@dataclass(frozen=True)
class Deck:
    slides: tuple[Slide, ...]
    #: On every slide but the first, bottom left.
    footer: str
    #: The last row of a cut table; ``{count}`` is the rows left out.
    more: str = "+{count} more"
    #: ``{page}`` and ``{pages}`` are filled in.
    page: str = "{page} / {pages}"
    properties: dict[str, str] = field(default_factory=dict)


def pptx_bytes(deck: Deck) -> bytes:
    """The PPTX file's bytes."""
    buffer = BytesIO()
    write_pptx(deck, buffer)
    return buffer.getvalue()


def write_pptx(deck: Deck, stream: IO[bytes]) -> None:
    """Write *deck* to *stream* as a PPTX."""
    presentation: Any = Presentation()
    presentation.slide_width = Inches(SLIDE_WIDTH_IN)
    presentation.slide_height = Inches(SLIDE_HEIGHT_IN)
    blank = presentation.slide_layouts[6]
    pages = len(deck.slides)
    for number, content in enumerate(deck.slides, 1):
        slide = presentation.slides.add_slide(blank)
        if isinstance(content, TitleSlide):
            _title_slide(slide, content)
            continue
        _heading(slide, content.title)
        if isinstance(content, TableSlide):
            _table_slide(slide, content, deck.more)
        else:
            _picture_slide(slide, content)
        _footer(slide, deck.footer, deck.page.format(page=number, pages=pages))
    properties = presentation.core_properties
    properties.title = xml_safe(deck.properties.get("title", ""))
    properties.author = xml_safe(deck.properties.get("author", ""))
    properties.subject = xml_safe(deck.properties.get("subject", ""))
    properties.last_modified_by = xml_safe(deck.properties.get("author", ""))
    presentation.save(stream)


# --- text ------------------------------------------------------------------------------


def _box(
    slide: Any,
    left: float,
    top: float,
    width: float,
    height: float,
    text: str,
    *,
    size: float,
    colour: RGBColor = INK,
    bold: bool = False,
    align: Any = PP_ALIGN.LEFT,
    anchor: Any = MSO_ANCHOR.TOP,
    name: str | None = None,
) -> Any:
    shape = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    if name:
        shape.name = xml_safe(name)
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, 0)
    _set_text(frame.paragraphs[0], text, size=size, colour=colour, bold=bold, align=align)
    return shape


def _set_text(
    paragraph: Any,
    text: str,
    *,
    size: float,
    colour: RGBColor = INK,
    bold: bool = False,
    italic: bool = False,
    align: Any = PP_ALIGN.LEFT,
) -> None:
    paragraph.alignment = align
    run = paragraph.add_run()
    run.text = xml_safe(text)
    font = run.font
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.color.rgb = colour


def _chars(width_in: float, size: float) -> int:
    """How many characters of a *size*-point font fit in *width_in* inches."""
    return max(4, int(width_in * 72 / (size * GLYPH_WIDTH)))


def fit(text: str, chars: int, max_lines: int) -> tuple[str, int]:
    """*text* wrapped at *chars* per line and cut with "…" after *max_lines*.

    Returns the text (with its own line breaks left to the renderer) and the lines it takes.
    """
    text = " ".join(text.split())
    lines = textwrap.wrap(text, chars, break_long_words=True) or [""]
    if len(lines) <= max_lines:
        return text, len(lines)
    kept = lines[:max_lines]
    last = kept[-1]
    kept[-1] = (last[: chars - 1] if len(last) >= chars else last).rstrip() + "…"
    return " ".join(kept), max_lines


def _shorten(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def _rectangle(
    slide: Any, left: float, top: float, width: float, height: float, fill: RGBColor
) -> Any:
    shape = slide.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, Inches(left), Inches(top), Inches(width), Inches(height)
    )
    shape.fill.solid()
    shape.fill.fore_color.rgb = fill
    shape.line.fill.background()
    shape.shadow.inherit = False
    return shape


# --- slides ----------------------------------------------------------------------------


def _title_slide(slide: Any, content: TitleSlide) -> None:
    _rectangle(slide, 0, 0, 0.32, SLIDE_HEIGHT_IN, ACCENT)
    left, width = 1.1, SLIDE_WIDTH_IN - 2.2
    _box(slide, left, 1.7, width, 0.4, content.kicker.upper(), size=16, colour=ACCENT, bold=True)
    title, lines = fit(content.title, _chars(width, 40), 2)
    _box(
        slide,
        left,
        2.2,
        width,
        1.5,
        title,
        size=40 if lines == 1 else 34,
        bold=True,
        anchor=MSO_ANCHOR.TOP,
        name=TITLE_SLIDE_NAME,
    )
    # The rule and what follows sit under the title's last line.
    rule = 3.95 if lines == 2 else 3.35
    _rectangle(slide, left, rule, 1.4, 0.06, ACCENT)
    _box(slide, left, rule + 0.25, width, 0.6, content.subtitle, size=28, colour=ACCENT)
    top = rule + 1.1
    for line in content.details[:4]:
        _box(
            slide, left, top, width, 0.35, _shorten(line, _chars(width, 16)), size=16, colour=MUTED
        )
        top += 0.4


def _heading(slide: Any, title: str) -> None:
    width = SLIDE_WIDTH_IN - 2 * MARGIN_IN
    _box(
        slide,
        MARGIN_IN,
        0.45,
        width,
        0.6,
        _shorten(title, _chars(width, 28)),
        size=28,
        colour=ACCENT,
        bold=True,
        anchor=MSO_ANCHOR.BOTTOM,
        name=TITLE_SLIDE_NAME,
    )
    _rectangle(slide, MARGIN_IN, 1.13, 1.0, 0.05, ACCENT)


def _footer(slide: Any, footer: str, page: str) -> None:
    width = SLIDE_WIDTH_IN - 2 * MARGIN_IN
    top = SLIDE_HEIGHT_IN - 0.5
    _box(
        slide,
        MARGIN_IN,
        top,
        width - 1.2,
        0.3,
        _shorten(footer, _chars(width - 1.2, 10)),
        size=10,
        colour=MUTED,
    )
    _box(
        slide,
        SLIDE_WIDTH_IN - MARGIN_IN - 1.2,
        top,
        1.2,
        0.3,
        page,
        size=10,
        colour=MUTED,
        align=PP_ALIGN.RIGHT,
    )


def _note(slide: Any, text: str) -> None:
    width = SLIDE_WIDTH_IN - 2 * MARGIN_IN
    fitted, _ = fit(text, _chars(width, 11), 2)
    _box(
        slide,
        MARGIN_IN,
        CONTENT_BOTTOM_IN - 0.4,
        width,
        0.45,
        fitted,
        size=11,
        colour=MUTED,
        anchor=MSO_ANCHOR.BOTTOM,
    )


def _table_slide(slide: Any, content: TableSlide, more: str) -> None:
    left = MARGIN_IN
    width = SLIDE_WIDTH_IN - 2 * MARGIN_IN
    bottom = CONTENT_BOTTOM_IN - (0.55 if content.note else 0)
    if content.headline is not None:
        card_width = 3.3
        _headline(slide, content.headline, left, CONTENT_TOP_IN, card_width)
        left += card_width + GAP_IN + 0.15
        width -= card_width + GAP_IN + 0.15
    count = len(content.tables)
    each = (width - GAP_IN * (count - 1)) / max(count, 1)
    for index, table in enumerate(content.tables):
        _table(slide, table, left + index * (each + GAP_IN), CONTENT_TOP_IN, each, bottom, more)
    if content.note:
        _note(slide, content.note)


def _headline(slide: Any, headline: Headline, left: float, top: float, width: float) -> None:
    card = _rectangle(slide, left, top, width, 3.4, ACCENT_LIGHT)
    card.name = "Headline"
    _rectangle(slide, left, top, 0.08, 3.4, ACCENT)
    inner = width - 0.5
    _box(
        slide, left + 0.3, top + 0.25, inner, 1.5, headline.value, size=72, colour=ACCENT, bold=True
    )
    _box(
        slide,
        left + 0.3,
        top + 1.75,
        inner,
        0.5,
        _shorten(headline.label, _chars(inner, 22)),
        size=22,
        colour=_colour(headline.tone),
        bold=True,
    )
    caption, _ = fit(headline.caption, _chars(inner, 12), 3)
    _box(slide, left + 0.3, top + 2.35, inner, 0.9, caption, size=12, colour=MUTED)


def _table(
    slide: Any,
    table: Table,
    left: float,
    top: float,
    width: float,
    bottom: float,
    more: str,
) -> None:
    size = table.font_size
    if table.heading:
        _box(
            slide,
            left,
            top,
            width,
            0.4,
            _shorten(table.heading, _chars(width, 16)),
            size=16,
            colour=INK,
            bold=True,
        )
        top += 0.5
    total = sum(c.width for c in table.columns)
    widths = [width * c.width / total for c in table.columns]
    line = size * 1.2 / 72
    pad = 2 * 0.06
    header_cells, header_sizes, header_lines = _fitted_header(table.columns, widths, size)
    header_height = header_lines * line + pad + 0.06
    rows: list[tuple[tuple[Cell, ...], float]] = []
    for row in table.rows:
        cells, lines = _fitted_row(row, table.columns, widths, size)
        rows.append((cells, lines * line + pad + 0.06))
    more_height = line + pad + 0.06
    room = bottom - top - header_height
    kept: list[tuple[tuple[Cell, ...], float]] = []
    used = 0.0
    for index, (cells, height) in enumerate(rows):
        rest = len(rows) - index - 1
        needed = height + (more_height if rest else 0)
        if used + needed > room:
            break
        kept.append((cells, height))
        used += height
    left_out = len(rows) - len(kept)
    empty = not rows
    count = 1 + len(kept) + (1 if left_out or empty else 0)
    frame = slide.shapes.add_table(
        count, len(table.columns), Inches(left), Inches(top), Inches(width), Inches(1)
    )
    frame.name = xml_safe(table.heading or "Table")
    grid = frame.table
    grid.first_row = True
    grid.horz_banding = False
    for index, column_width in enumerate(widths):
        grid.columns[index].width = Inches(column_width)
    grid.rows[0].height = Inches(header_height)
    for index, (header, column) in enumerate(zip(header_cells, table.columns, strict=True)):
        _cell(
            grid.cell(0, index),
            header,
            column,
            header_sizes[index],
            fill=ACCENT,
            colour=WHITE,
            bold=True,
        )
    for row_index, (cells, height) in enumerate(kept, 1):
        grid.rows[row_index].height = Inches(height)
        fill = BAND if row_index % 2 == 0 else WHITE
        for index, (value, column) in enumerate(zip(cells, table.columns, strict=True)):
            _cell(grid.cell(row_index, index), value, column, size, fill=fill)
    if left_out or empty:
        last = count - 1
        grid.rows[last].height = Inches(more_height)
        first = grid.cell(last, 0)
        first.merge(grid.cell(last, len(table.columns) - 1))
        text = more.format(count=left_out) if left_out else table.empty
        _cell(first, Text(text, "muted"), Column(""), size, fill=WHITE, italic=True)
    # The frame's height is the rows' (PowerPoint recomputes it; LibreOffice reads it).
    frame.height = Emu(sum(row.height for row in grid.rows))


def _fitted_header(
    columns: Sequence[Column], widths: Sequence[float], size: float
) -> tuple[tuple[Cell, ...], tuple[float, ...], int]:
    """The headers on up to two lines, never breaking a word: a word longer than its
    column ("Puntuación" over a narrow column) gets a smaller font instead."""
    cells: list[Cell] = []
    sizes: list[float] = []
    lines = 1
    for column, width in zip(columns, widths, strict=True):
        longest = max((len(word) for word in column.header.split()), default=1)
        room = width - 2 * CELL_MARGIN_IN
        header_size = size
        while header_size > 8 and longest > int(_chars(room, header_size) * BOLD):
            header_size -= 0.5
        text, taken = fit(column.header, int(_chars(room, header_size) * BOLD), 2)
        cells.append(Text(text))
        sizes.append(header_size)
        lines = max(lines, taken)
    return tuple(cells), tuple(sizes), lines


def _fitted_row(
    row: Sequence[Cell],
    columns: Sequence[Column],
    widths: Sequence[float],
    size: float,
) -> tuple[tuple[Cell, ...], int]:
    fitted: list[Cell] = []
    lines = 1
    for value, column, width in zip(row, columns, widths, strict=True):
        text, tone = (value.text, value.tone) if isinstance(value, Text) else (value, "normal")
        cell_size = size - 2 if column.small else size
        chars = _chars(width - 2 * CELL_MARGIN_IN, cell_size)
        fitted_text, taken = fit(text, chars, column.max_lines)
        lines = max(lines, taken)
        fitted.append(Text(fitted_text, tone))
    return tuple(fitted), lines


def _colour(tone: Tone) -> RGBColor:
    return {"muted": MUTED, "alert": ALERT, "good": GOOD, "strong": INK}.get(tone, INK)


def _cell(
    cell: Any,
    value: Cell,
    column: Column,
    size: float,
    *,
    fill: RGBColor,
    colour: RGBColor | None = None,
    bold: bool = False,
    italic: bool = False,
) -> None:
    text, tone = (value.text, value.tone) if isinstance(value, Text) else (value, "normal")
    cell.fill.solid()
    cell.fill.fore_color.rgb = fill
    cell.margin_left = cell.margin_right = Inches(CELL_MARGIN_IN)
    cell.margin_top = cell.margin_bottom = Inches(0.04)
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame = cell.text_frame
    frame.word_wrap = True
    paragraph = frame.paragraphs[0]
    _set_text(
        paragraph,
        text,
        size=size - 2 if column.small and colour is None else size,
        colour=colour or _colour(tone),
        bold=bold or tone in ("alert", "strong"),
        italic=italic,
        align=PP_ALIGN.RIGHT if column.numeric else PP_ALIGN.LEFT,
    )


def _picture_slide(slide: Any, content: PictureSlide) -> None:
    count = max(len(content.pictures), 1)
    width = SLIDE_WIDTH_IN - 2 * MARGIN_IN
    each = (width - GAP_IN * (count - 1)) / count
    bottom = CONTENT_BOTTOM_IN - (0.55 if content.note else 0)
    for index, picture in enumerate(content.pictures):
        shape = slide.shapes.add_picture(
            BytesIO(picture.png),
            Inches(MARGIN_IN + index * (each + GAP_IN)),
            Inches(CONTENT_TOP_IN + 0.1),
            width=Inches(each),
        )
        limit = Inches(bottom - CONTENT_TOP_IN - 0.1)
        if shape.height > limit:  # too tall: shrink, keeping the proportions
            shape.width = int(shape.width * limit / shape.height)
            shape.height = limit
        shape.name = f"Chart {index + 1}"
        shape._element.nvPicPr.cNvPr.set("descr", xml_safe(picture.description))
    if content.note:
        _note(slide, content.note)
