"""The Dashboard's portfolio charts, drawn on Matplotlib Axes (testable on Agg).

Five draw functions in the style of :mod:`workbench.charts.account` — labels arrive
translated, an empty state instead of an empty axis — plus :class:`DashboardFigure`,
which lays the five out on one reused Figure in *pixels*: titles, legends and tick
labels keep their size whatever the window, so the margins are computed from the
canvas size and the measured labels, not from fixed fractions (and without a layout
engine, which costs more than the drawing).

Every clickable bar carries a drill key (:func:`drill_key`) saying which accounts it
stands for, and has ``picker=True`` so a ``pick_event`` reaches it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from weakref import WeakKeyDictionary

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, MaxNLocator

from workbench.charts.account import BAR, GOOD, GRID, _compact_format, _empty, _style
from workbench.domain.enums import Sector, Tier
from workbench.domain.health import Band
from workbench.domain.period import Quarter
from workbench.services.dashboard_charts import (
    BandDrill,
    DashboardCharts,
    DrillKey,
    NpsDrill,
    QuarterDrill,
    RenewalDrill,
    RenewalGroup,
    SegmentDrill,
)

MUTED = "#64748b"
TIER_COLOURS = {Tier.STRATEGIC: "#155e75", Tier.KEY: "#3c9ab0", Tier.STANDARD: "#a9d6e0"}
BAND_COLOURS = {
    Band.HEALTHY: "#15803d",
    Band.NEEDS_ATTENTION: "#eab308",
    Band.AT_RISK: "#ea580c",
    Band.CRITICAL: "#b91c1c",
}
NPS_COLOURS = {"detractors": "#b91c1c", "passives": "#94a3b8", "promoters": "#15803d"}
RENEWAL_COLOURS = {
    RenewalGroup.SECURED: GOOD,
    RenewalGroup.OPEN: BAR,
    RenewalGroup.NOT_RENEWING: "#f0a3a3",
}
#: Bottom to top in the health chart: the band that needs you sits on the axis.
BANDS_STACKED = (Band.CRITICAL, Band.AT_RISK, Band.NEEDS_ATTENTION, Band.HEALTHY)

TITLE_SIZE, SMALL_SIZE = 10.0, 7.0
#: Longer sector names are cut with an ellipsis so the segment chart keeps its bars.
_NAME_WIDTH = 20


@dataclass(frozen=True)
class DashboardLabels:
    """Every text of the charts, already translated.

    Titles and messages are templates: ``{currency}`` (reporting currency) and
    ``{period}`` (the quarter, through :attr:`quarter_label`) are filled in;
    :attr:`missing_rates` gets ``{currencies}``.
    """

    revenue_title: str
    segment_title: str
    nps_title: str
    health_title: str
    renewals_title: str
    no_revenue: str
    no_segment_revenue: str
    no_nps: str
    no_health: str
    no_renewals: str
    detractors: str
    passives: str
    promoters: str
    secured: str
    open: str
    not_renewing: str
    missing_rates: str
    sector_names: Mapping[Sector, str]
    tier_names: Mapping[Tier, str]
    band_names: Mapping[Band, str]
    #: Twelve short month names, January first.
    month_names: Sequence[str]
    #: A quarter in titles, with ``{year}`` and ``{quarter}``, e.g. "{year} Q{quarter}".
    quarter_label: str
    #: A quarter under its bar, with ``{quarter}`` and ``{yy}``, e.g. "Q{quarter}\n'{yy}".
    quarter_tick: str
    #: The user's decimal separator, for the figures on the axes.
    decimal_point: str = "."

    def text(self, template: str, charts: DashboardCharts) -> str:
        period = charts.period
        return template.format(
            currency=charts.currency,
            period=self.quarter_label.format(year=period.year, quarter=period.quarter),
        )


# Drill keys: which accounts a clicked artist stands for. Weak, so a cleared axis
# leaves nothing behind.
_DRILL_KEYS: WeakKeyDictionary[Artist, DrillKey] = WeakKeyDictionary()
# The entries of each chart's legend, so DashboardFigure can re-fit it to the width.
_LEGENDS: WeakKeyDictionary[Axes, tuple[list[Patch], list[str]]] = WeakKeyDictionary()


# The empty-state message of each chart showing one, so it can be wrapped to the width.
_EMPTY: WeakKeyDictionary[Axes, str] = WeakKeyDictionary()
# The months under a chart and their names, so crowded labels can be thinned out.
_MONTHS: WeakKeyDictionary[Axes, tuple[list[tuple[int, int]], Sequence[str]]] = WeakKeyDictionary()
# The figures written above bars, hidden when they would run into each other.
_COUNTS: WeakKeyDictionary[Axes, list[Text]] = WeakKeyDictionary()


def drill_key(artist: Artist) -> DrillKey | None:
    """What a drawn element filters the Portfolio to, or ``None`` if it is not clickable."""
    return _DRILL_KEYS.get(artist)


def _clickable(artist: Artist, key: DrillKey) -> None:
    artist.set_picker(True)
    _DRILL_KEYS[artist] = key


def _number_axis(axis: Any, labels: DashboardLabels) -> None:
    """Compact figures (1.2M, 350k) in the user's decimal separator."""
    axis.set_major_locator(MaxNLocator(nbins=4, min_n_ticks=2))
    axis.set_major_formatter(
        FuncFormatter(lambda v, p: _compact_format(v, p).replace(".", labels.decimal_point))
    )


def _legend(ax: Axes, entries: Sequence[tuple[str, str]]) -> None:
    """A legend in one row above the axes; :class:`DashboardFigure` re-fits it."""
    handles = [Patch(color=colour, label=text) for text, colour in entries]
    texts = [text for text, _ in entries]
    _LEGENDS[ax] = (handles, texts)
    _place_legend(ax, handles, texts, len(handles))


def _place_legend(ax: Axes, handles: list[Patch], texts: list[str], columns: int) -> None:
    ax.legend(
        handles,
        texts,
        loc="lower left",
        bbox_to_anchor=(0, 1),
        ncol=columns,
        fontsize=SMALL_SIZE,
        frameon=False,
        borderaxespad=0.2,
        borderpad=0.1,
        handlelength=0.9,
        handleheight=0.9,
        handletextpad=0.4,
        columnspacing=1.0,
        labelspacing=0.3,
    )


def _reset(ax: Axes) -> None:
    """Empty *ax* for the next drawing, keeping its tick objects.

    Not ``ax.clear()``: that rebuilds every tick, which was half the cost of a redraw.
    Each draw function sets both axes' locators, limits, grid and title itself.
    """
    for artist in [*ax.patches, *ax.texts, *ax.lines, *ax.collections]:
        artist.remove()
    legend = ax.get_legend()
    if legend is not None:
        legend.remove()
    for registry in (_LEGENDS, _EMPTY, _MONTHS, _COUNTS):
        registry.pop(ax, None)
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(True)


def _empty_state(ax: Axes, title: str, message: str) -> None:
    """:func:`workbench.charts.account._empty`, wrapped to the chart's width by
    :class:`DashboardFigure` (Matplotlib's own wrapping uses the figure's width)."""
    _empty(ax, title, message)
    ax.texts[-1].set_wrap(False)
    _EMPTY[ax] = message


def _bars(
    ax: Axes,
    values: Sequence[float],
    *,
    width: float,
    colour: str | Sequence[str],
    base: Sequence[float] | None = None,
    across: bool = False,
) -> list[Rectangle]:
    """One bar per value at x = 0, 1, 2… (y, *across*), starting at *base* (stacking).

    Not ``ax.bar``: that recomputes the data limits bar by bar, a third of the cost of
    drawing the dashboard; every chart here sets its limits itself.
    """
    bars = []
    for i, value in enumerate(values):
        start = 0.0 if base is None else base[i]
        colour_of = colour if isinstance(colour, str) else colour[i]
        if across:
            bar = Rectangle((start, i - width / 2), value, width, facecolor=colour_of)
        else:
            bar = Rectangle((i - width / 2, start), width, value, facecolor=colour_of)
        bar.set_linewidth(0)
        ax.add_artist(bar)
        bars.append(bar)
    return bars


def _float(amount: Decimal | None) -> float:
    return 0.0 if amount is None else float(amount)  # drawing only: floats are fine here


def draw_revenue_by_quarter(ax: Axes, data: DashboardCharts, labels: DashboardLabels) -> None:
    """Portfolio revenue per quarter, the eight ending with the selected one."""
    _reset(ax)
    if not data.has_revenue:
        _empty_state(
            ax, labels.text(labels.revenue_title, data), labels.text(labels.no_revenue, data)
        )
        return
    _style(ax, labels.text(labels.revenue_title, data))
    points = data.revenue_by_quarter
    values = [_float(p.revenue) for p in points]
    bars = _bars(ax, values, width=0.65, colour=BAR)
    for bar, point in zip(bars, points, strict=True):
        if point.revenue is not None and point.revenue > 0:
            _clickable(bar, QuarterDrill(point.quarter))
    ax.set_xticks(range(len(points)), [_quarter_tick(p.quarter, labels) for p in points])
    ax.set_xlim(-0.6, len(points) - 0.4)
    ax.set_ylim(0, (max(values) or 1) * 1.08)
    _number_axis(ax.yaxis, labels)


def _quarter_tick(quarter: Quarter, labels: DashboardLabels) -> str:
    return labels.quarter_tick.format(quarter=quarter.quarter, yy=f"{quarter.year % 100:02d}")


def draw_revenue_by_segment(ax: Axes, data: DashboardCharts, labels: DashboardLabels) -> None:
    """The quarter's revenue per sector (largest on top), split by tier.

    Horizontal bars: sector names, longer once translated, read on the left instead of
    crowding under nine bars.
    """
    _reset(ax)
    title = labels.text(labels.segment_title, data)
    by_sector: dict[Sector, dict[Tier, float]] = {}
    for segment in data.revenue_by_segment:
        if segment.revenue > 0:
            by_sector.setdefault(segment.sector, {})[segment.tier] = _float(segment.revenue)
    if not by_sector:
        _empty_state(ax, title, labels.text(labels.no_segment_revenue, data))
        return
    _style(ax, title)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color=GRID, linewidth=0.8)
    sectors = sorted(by_sector, key=lambda s: -sum(by_sector[s].values()))
    positions = range(len(sectors))
    left = [0.0] * len(sectors)
    tiers = [t for t in Tier if any(t in by_sector[s] for s in sectors)]
    for tier in tiers:
        widths = [by_sector[s].get(tier, 0.0) for s in sectors]
        bars = _bars(ax, widths, base=left, width=0.7, colour=TIER_COLOURS[tier], across=True)
        for bar, sector, width in zip(bars, sectors, widths, strict=True):
            if width > 0:
                _clickable(bar, SegmentDrill(sector, tier))
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_yticks(positions, [_short(labels.sector_names[s]) for s in sectors])
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(len(sectors) - 0.5, -0.5)
    ax.set_xlim(0, max(left) * 1.05)
    _number_axis(ax.xaxis, labels)
    _legend(ax, [(labels.tier_names[t], TIER_COLOURS[t]) for t in tiers])


def _short(name: str) -> str:
    return name if len(name) <= _NAME_WIDTH else name[: _NAME_WIDTH - 1].rstrip() + "…"


def nps_category(score: int) -> str:
    return "detractors" if score <= 6 else "passives" if score <= 8 else "promoters"


def draw_nps_distribution(ax: Axes, data: DashboardCharts, labels: DashboardLabels) -> None:
    """Survey answers of the quarter per score, 0 … 10, coloured as NPS counts them."""
    _reset(ax)
    title = labels.text(labels.nps_title, data)
    if not data.has_nps:
        _empty_state(ax, title, labels.text(labels.no_nps, data))
        return
    _style(ax, title)
    counts = data.nps_distribution
    scores = range(len(counts))
    colours = [NPS_COLOURS[nps_category(s)] for s in scores]
    bars = _bars(ax, counts, width=0.75, colour=colours)
    for bar, score, count in zip(bars, scores, counts, strict=True):
        if count:
            _clickable(bar, NpsDrill(data.period, score))
    ax.set_xticks(list(scores), [str(s) for s in scores])
    ax.set_xlim(-0.6, len(counts) - 0.4)
    ax.set_ylim(0, max(counts) * 1.08)
    _number_axis(ax.yaxis, labels)
    _legend(
        ax,
        [
            (labels.detractors, NPS_COLOURS["detractors"]),
            (labels.passives, NPS_COLOURS["passives"]),
            (labels.promoters, NPS_COLOURS["promoters"]),
        ],
    )


def _month_axis(ax: Axes, months: Sequence[tuple[int, int]], labels: DashboardLabels) -> None:
    _MONTHS[ax] = (list(months), labels.month_names)
    ax.set_xticks(range(len(months)), month_ticks(months, labels.month_names))
    ax.set_xlim(-0.6, len(months) - 0.4)


def month_ticks(
    months: Sequence[tuple[int, int]], names: Sequence[str], step: int = 1
) -> list[str]:
    """ "Nov\\n'25", "Dec", "Jan\\n'26"…: the year under the first label and wherever it
    changes. With *step* > 1 only every step-th month is named, the latest always."""
    ticks = []
    year = None
    for i, (y, m) in enumerate(months):
        if (len(months) - 1 - i) % step:
            ticks.append("")
            continue
        ticks.append(names[m - 1] + ("" if y == year else f"\n'{y % 100:02d}"))
        year = y
    return ticks


def draw_health_bands(ax: Axes, data: DashboardCharts, labels: DashboardLabels) -> None:
    """Accounts per health band in each month's snapshots, stacked, critical at the bottom."""
    _reset(ax)
    title = labels.text(labels.health_title, data)
    if not data.has_health:
        _empty_state(ax, title, labels.text(labels.no_health, data))
        return
    _style(ax, title)
    months = data.health_bands
    bottom = [0] * len(months)
    for band in BANDS_STACKED:
        heights = [m.count(band) for m in months]
        bars = _bars(ax, heights, base=bottom, width=0.75, colour=BAND_COLOURS[band])
        for bar, month, height in zip(bars, months, heights, strict=True):
            if height:
                _clickable(bar, BandDrill(month.month, band))
        bottom = [a + b for a, b in zip(bottom, heights, strict=True)]
    _month_axis(ax, [(m.month // 100, m.month % 100) for m in months], labels)
    ax.set_ylim(0, max(bottom) * 1.08)
    _number_axis(ax.yaxis, labels)
    _legend(ax, [(labels.band_names[b], BAND_COLOURS[b]) for b in reversed(BANDS_STACKED)])


def draw_renewals(ax: Axes, data: DashboardCharts, labels: DashboardLabels) -> None:
    """Annual value of the contracts ending each month, secured / open / not renewing,
    with the number of contracts above each bar."""
    _reset(ax)
    title = labels.text(labels.renewals_title, data)
    if not data.has_renewals:
        _empty_state(ax, title, labels.text(labels.no_renewals, data))
        return
    _style(ax, title)
    months = data.renewals_by_month
    bottom = [0.0] * len(months)
    names = {
        RenewalGroup.SECURED: labels.secured,
        RenewalGroup.OPEN: labels.open,
        RenewalGroup.NOT_RENEWING: labels.not_renewing,
    }
    for group in RenewalGroup:
        heights = [_float(m.slice(group).value) for m in months]
        bars = _bars(ax, heights, base=bottom, width=0.75, colour=RENEWAL_COLOURS[group])
        for bar, month in zip(bars, months, strict=True):
            if month.slice(group).contracts:
                _clickable(bar, RenewalDrill(month.year, month.month, group))
        bottom = [a + b for a, b in zip(bottom, heights, strict=True)]
    top = max(bottom) or 1.0
    counts = _COUNTS.setdefault(ax, [])
    for x, (month, height) in enumerate(zip(months, bottom, strict=True)):
        if month.contracts:
            counts.append(
                ax.text(
                    x,
                    height + top * 0.02,
                    str(month.contracts),
                    ha="center",
                    va="bottom",
                    fontsize=6,
                    color=MUTED,
                )
            )
    _month_axis(ax, [(m.year, m.month) for m in months], labels)
    ax.set_ylim(0, top * 1.16)
    _number_axis(ax.yaxis, labels)
    _legend(ax, [(names[g], RENEWAL_COLOURS[g]) for g in RenewalGroup])


# Layout, in pixels.
_EDGE = 8  # around the figure
_GAP = 18  # between two charts side by side
_ROW_GAP = 6  # between the bottom of a row's tick labels and the next row's title
_VALUE_AXIS = 32  # room for compact figures ("350k") left of a value axis
_TICKS = 26  # two lines of tick labels under an axis
_TITLE = 19  # one title line and its padding
_NOTE = 14  # the missing-rates note at the bottom
_LAST_TICK = 14  # half a figure ("800k") centred on the value axis's last tick


class DashboardFigure:
    """The five charts on one Figure: revenue by quarter and by segment on top; NPS,
    health bands and renewals below. Reused: :meth:`show` redraws into the same axes."""

    def __init__(self, figure: Figure) -> None:
        if not hasattr(figure.canvas, "get_renderer"):
            FigureCanvasAgg(figure)  # a bare Figure: text is measured with Agg's renderer
        self.figure = figure
        self.revenue = figure.add_axes((0, 0, 1, 1))
        self.segment = figure.add_axes((0, 0, 1, 1))
        self.nps = figure.add_axes((0, 0, 1, 1))
        self.health = figure.add_axes((0, 0, 1, 1))
        self.renewals = figure.add_axes((0, 0, 1, 1))
        self.note = figure.text(
            0.01, 0.005, "", fontsize=SMALL_SIZE, color="#b45309", ha="left", va="bottom"
        )
        self._titles: dict[Axes, str] = {}
        for ax in self.axes:
            ax.set_visible(False)  # until there is something to show and a place for it

    @property
    def axes(self) -> tuple[Axes, ...]:
        return (self.revenue, self.segment, self.nps, self.health, self.renewals)

    def show(self, data: DashboardCharts, labels: DashboardLabels) -> None:
        draw_revenue_by_quarter(self.revenue, data, labels)
        draw_revenue_by_segment(self.segment, data, labels)
        draw_nps_distribution(self.nps, data, labels)
        draw_health_bands(self.health, data, labels)
        draw_renewals(self.renewals, data, labels)
        self._titles = {ax: ax.get_title(loc="left") for ax in self.axes}
        for ax in self.axes:
            ax.set_visible(True)
        self.note.set_text(
            labels.missing_rates.format(currencies=", ".join(data.missing_rates))
            if data.missing_rates
            else ""
        )
        self.arrange()

    def arrange(self) -> None:
        """Place the axes for the figure's current size in pixels; call after a resize."""
        width, height = self.figure.bbox.width, self.figure.bbox.height
        if width < 50 or height < 50:
            return
        measure = _Measure(self.figure)
        # Columns. The segment chart's sector names need their own room on its left.
        names = max(
            (measure.width(t.get_text(), SMALL_SIZE) for t in self.segment.get_yticklabels()),
            default=0.0,
        )
        segment_margin = names + 8 if names else 0.0
        top_free = width - 2 * _EDGE - _VALUE_AXIS - _GAP - segment_margin - _LAST_TICK
        top_boxes = [
            (_EDGE + _VALUE_AXIS, top_free * 0.47),
            (_EDGE + _VALUE_AXIS + top_free * 0.47 + _GAP + segment_margin, top_free * 0.53),
        ]
        bottom_free = width - 2 * _EDGE - 3 * _VALUE_AXIS - 2 * _GAP
        shares = (0.3, 0.35, 0.35)
        bottom_boxes = []
        x = float(_EDGE)
        for share in shares:
            bottom_boxes.append((x + _VALUE_AXIS, bottom_free * share))
            x += _VALUE_AXIS + bottom_free * share + _GAP
        rows = [
            list(zip((self.revenue, self.segment), top_boxes, strict=True)),
            list(zip((self.nps, self.health, self.renewals), bottom_boxes, strict=True)),
        ]
        # Legends fitted to their chart's width; each row's header is as tall as its
        # tallest legend, so the charts of a row stand on one line.
        headers = []
        for row in rows:
            legend_heights = [self._fit_legend(ax, w + _VALUE_AXIS, measure) for ax, (_, w) in row]
            headers.append(_TITLE + max(legend_heights))
        note = _NOTE if self.note.get_text() else 0
        plot_height = (height - 2 * _EDGE - note - sum(headers) - 2 * _TICKS - _ROW_GAP) / 2
        if plot_height < 20:
            return
        top = height - _EDGE
        for row, header in zip(rows, headers, strict=True):
            bottom = top - header - plot_height
            # A title may reach over the gap, up to where the next chart's title starts.
            starts = [x0 for _, (x0, _) in row[1:]] + [width - _EDGE + 8]
            for (ax, (x0, w)), end in zip(row, starts, strict=True):
                ax.set_position(
                    (x0 / width, bottom / height, max(w, 1) / width, plot_height / height)
                )
                self._fit_title(ax, end - 16 - x0, header - _TITLE, measure)
                _thin_out(ax, w, measure)
                if ax in _EMPTY:
                    ax.texts[-1].set_text(_wrap(_EMPTY[ax], w - 10, measure))
            top = bottom - _TICKS - _ROW_GAP
        self.note.set_position((_EDGE / width, _EDGE / 2 / height))

    def _fit_legend(self, ax: Axes, width: float, measure: _Measure) -> float:
        """Lay the legend out in as few rows as fit *width* px; its height in px."""
        entries = _LEGENDS.get(ax)
        if entries is None:
            return 0.0
        handles, texts = entries
        size = measure.pixels(SMALL_SIZE)
        # handlelength + handletextpad before each text, columnspacing between columns.
        widths = [measure.width(t, SMALL_SIZE) + 1.3 * size for t in texts]
        columns = len(texts)
        while columns > 1 and _row_width(widths, columns, size) > width:
            columns -= 1
        # Placed again at every size, not only when narrower: a legend wrapped at a smaller
        # size kept its two rows after a widening, over a title placed for one.
        _place_legend(ax, handles, texts, columns)
        lines = math.ceil(len(texts) / columns)
        return lines * size * 1.3 + 0.5 * size

    def _fit_title(self, ax: Axes, width: float, legend: float, measure: _Measure) -> None:
        """The title above the legend, smaller or shortened if it is wider than its chart."""
        title = self._titles.get(ax, ax.get_title(loc="left"))
        size = TITLE_SIZE
        while size > 8 and measure.width(title, size) > width:
            size -= 0.5
        text = title
        while len(text) > 4 and measure.width(text, size) > width:
            text = text[:-2].rstrip() + "…"
        pad = legend * 72 / self.figure.dpi + 4
        ax.set_title(text, loc="left", fontsize=size, pad=pad)


def _thin_out(ax: Axes, width: float, measure: _Measure) -> None:
    """Name every month only if the names fit side by side, else every second or third;
    hide the figures above the bars if they would touch."""
    if ax in _MONTHS:
        months, names = _MONTHS[ax]
        slot = width / len(months)
        widest = max(measure.width(names[m - 1], SMALL_SIZE) for _, m in months)
        step = max(1, math.ceil((widest + 4) / slot))
        ax.set_xticks(range(len(months)), month_ticks(months, names, step))
    if ax in _COUNTS:
        slot = width / len(ax.get_xticks())
        fits = all(measure.width(t.get_text(), 6) + 2 <= slot for t in _COUNTS[ax])
        for text in _COUNTS[ax]:
            text.set_visible(fits)


def _wrap(text: str, width: float, measure: _Measure) -> str:
    """*text* broken into lines at spaces, each at most *width* px where possible."""
    lines: list[str] = []
    for word in text.split():
        if lines and measure.width(f"{lines[-1]} {word}", 9) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


def _row_width(widths: list[float], columns: int, size: float) -> float:
    """Width of a legend laid out in *columns*, filled column by column as Matplotlib does."""
    rows = math.ceil(len(widths) / columns)
    column_widths = [max(widths[i : i + rows]) for i in range(0, len(widths), rows)]
    return sum(column_widths) + size * (1.0 * (len(column_widths) - 1) + 0.2)


class _Measure:
    """Text widths in pixels, from the figure's renderer."""

    def __init__(self, figure: Figure) -> None:
        self.dpi = figure.dpi
        self.renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
        self._fonts: dict[float, FontProperties] = {}

    def pixels(self, points: float) -> float:
        return points * self.dpi / 72

    def width(self, text: str, points: float) -> float:
        font = self._fonts.setdefault(points, FontProperties(size=points))
        widest = 0.0
        for line in text.split("\n"):
            w, _h, _d = self.renderer.get_text_width_height_descent(line, font, ismath=False)
            widest = max(widest, w)
        return float(widest)
