"""The Dashboard's charts draw on Agg with drill keys on their bars, lay out without
overlaps in English and in (longer) Spanish, and the Qt canvas emits a clicked bar's key."""

from __future__ import annotations

import itertools
from dataclasses import replace
from decimal import Decimal
from typing import Any, cast

import pytest
from matplotlib.backend_bases import MouseButton, MouseEvent, PickEvent
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from workbench.charts.dashboard import (
    BAND_COLOURS,
    NPS_COLOURS,
    RENEWAL_COLOURS,
    TIER_COLOURS,
    DashboardFigure,
    DashboardLabels,
    draw_health_bands,
    draw_nps_distribution,
    draw_renewals,
    draw_revenue_by_quarter,
    draw_revenue_by_segment,
    drill_key,
    month_ticks,
)
from workbench.domain.enums import Sector, Tier
from workbench.domain.health import Band
from workbench.domain.period import Quarter
from workbench.services.dashboard_charts import (
    BandDrill,
    DashboardCharts,
    MonthBands,
    NpsDrill,
    QuarterDrill,
    QuarterRevenue,
    RenewalDrill,
    RenewalGroup,
    RenewalMonth,
    RenewalSlice,
    SegmentDrill,
    SegmentRevenue,
)

PERIOD = Quarter(2026, 3)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

LABELS = DashboardLabels(
    revenue_title="Revenue by quarter ({currency})",
    segment_title="Revenue by sector and tier, {period} ({currency})",
    nps_title="Survey answers by score, {period}",
    health_title="Accounts by health band",
    renewals_title="Renewals by month ({currency})",
    no_revenue="No revenue in these quarters",
    no_segment_revenue="No revenue in {period}",
    no_nps="No survey answers in {period}",
    no_health="No health snapshots yet",
    no_renewals="No contract ends in the next twelve months",
    detractors="Detractors",
    passives="Passives",
    promoters="Promoters",
    secured="Secured",
    open="Open",
    not_renewing="Not renewing",
    missing_rates="No exchange rate for {currencies}: left out of the totals",
    sector_names={s: s.value.title() for s in Sector},
    tier_names={t: t.value.title() for t in Tier},
    band_names={b: b.value.replace("_", " ").capitalize() for b in Band},
    month_names=MONTHS,
    quarter_label="{year} Q{quarter}",
    quarter_tick="Q{quarter}\n'{yy}",
)

SPANISH = replace(
    LABELS,
    revenue_title="Ingresos por trimestre ({currency})",
    segment_title="Ingresos por sector y nivel, {period} ({currency})",
    nps_title="Respuestas de la encuesta por puntuación, {period}",
    health_title="Cuentas por banda de salud",
    renewals_title="Renovaciones por mes ({currency})",
    detractors="Detractores",
    passives="Pasivos",
    promoters="Promotores",
    secured="Aseguradas",
    open="Abiertas",
    not_renewing="No se renuevan",
    sector_names={
        Sector.TECHNOLOGY: "Tecnología",
        Sector.FINANCE: "Finanzas",
        Sector.LOGISTICS: "Logística",
        Sector.CONSULTING: "Consultoría",
        Sector.MANUFACTURING: "Manufactura",
        Sector.TELECOM: "Telecomunicaciones",
        Sector.ADVERTISING: "Publicidad",
        Sector.PHARMA: "Farmacéutica",
        Sector.OTHER: "Otros",
    },
    tier_names={Tier.STRATEGIC: "Estratégica", Tier.KEY: "Clave", Tier.STANDARD: "Estándar"},
    band_names={
        Band.HEALTHY: "Saludable",
        Band.NEEDS_ATTENTION: "Requiere atención",
        Band.AT_RISK: "En riesgo",
        Band.CRITICAL: "Crítico",
    },
    month_names=(
        "ene",
        "feb",
        "mar",
        "abr",
        "may",
        "jun",
        "jul",
        "ago",
        "sept",
        "oct",
        "nov",
        "dic",
    ),
    quarter_label="{quarter}T {year}",
    quarter_tick="T{quarter}\n'{yy}",
    decimal_point=",",
)

HEALTH_MONTHS = [202512] + [202600 + m for m in range(1, 12)]
RENEWAL_MONTHS = [(2026, 11), (2026, 12)] + [(2027, m) for m in range(1, 11)]

CHARTS = DashboardCharts(
    period=PERIOD,
    currency="EUR",
    revenue_by_quarter=tuple(
        QuarterRevenue(PERIOD.shifted(i - 7), None if i == 1 else Decimal(1_000_000 + i * 50_000))
        for i in range(8)
    ),
    revenue_by_segment=tuple(
        SegmentRevenue(sector, tier, Decimal(amount))
        for sector, tier, amount in (
            (Sector.FINANCE, Tier.STRATEGIC, 300_000),
            (Sector.FINANCE, Tier.KEY, 150_000),
            (Sector.TELECOM, Tier.STANDARD, 50_000),
            (Sector.TELECOM, Tier.STRATEGIC, 700_000),
            (Sector.PHARMA, Tier.KEY, 0),  # only a currency without a rate: nothing to draw
        )
    ),
    nps_distribution=(3, 0, 1, 2, 5, 8, 13, 40, 55, 60, 70),
    health_bands=tuple(
        MonthBands(
            month,
            (
                (Band.HEALTHY, 50 + i),
                (Band.NEEDS_ATTENTION, 30),
                (Band.AT_RISK, 12),
                (Band.CRITICAL, 0 if i else 4),
            ),
        )
        for i, month in enumerate(HEALTH_MONTHS)
    ),
    renewals_by_month=tuple(
        RenewalMonth(
            year,
            month,
            (
                (RenewalGroup.SECURED, RenewalSlice(3, Decimal(120_000))),
                (RenewalGroup.OPEN, RenewalSlice(i, Decimal(40_000 * i))),
                (RenewalGroup.NOT_RENEWING, RenewalSlice(1, Decimal(15_000))),
            )
            if i % 4
            else (),
        )
        for i, (year, month) in enumerate(RENEWAL_MONTHS)
    ),
    missing_rates=("ARS",),
)

EMPTY = DashboardCharts(
    period=PERIOD,
    currency="USD",
    revenue_by_quarter=tuple(QuarterRevenue(PERIOD.shifted(i - 7), None) for i in range(8)),
    revenue_by_segment=(),
    nps_distribution=(0,) * 11,
    health_bands=tuple(MonthBands(m, ()) for m in HEALTH_MONTHS),
    renewals_by_month=tuple(RenewalMonth(y, m, ()) for y, m in RENEWAL_MONTHS),
)

DRAWS = (
    draw_revenue_by_quarter,
    draw_revenue_by_segment,
    draw_nps_distribution,
    draw_health_bands,
    draw_renewals,
)


def axes(count: int = 1) -> Any:
    figure = Figure(figsize=(5, 3), dpi=96)
    FigureCanvasAgg(figure)
    return figure.subplots(1, count) if count > 1 else figure.subplots()


def colour(patch: Any) -> str:
    return to_hex(patch.get_facecolor())


def test_revenue_bars_are_the_quarters_and_click_to_their_accounts() -> None:
    ax = axes()
    draw_revenue_by_quarter(ax, CHARTS, LABELS)
    ax.figure.canvas.draw()
    heights = [bar.get_height() for bar in ax.patches]
    assert heights == [
        1_000_000,
        0,
        1_100_000,
        1_150_000,
        1_200_000,
        1_250_000,
        1_300_000,
        1_350_000,
    ]
    assert drill_key(ax.patches[-1]) == QuarterDrill(PERIOD)
    assert drill_key(ax.patches[1]) is None and not ax.patches[1].get_picker()  # no records
    assert ax.patches[-1].get_picker()
    assert ax.get_title(loc="left") == "Revenue by quarter (EUR)"
    assert [t.get_text() for t in ax.get_xticklabels()][-1] == "Q3\n'26"
    ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert ticks and all(t == "0" or t[-1] in "kM" for t in ticks)


def test_segments_stack_tiers_per_sector_largest_sector_on_top() -> None:
    ax = axes()
    draw_revenue_by_segment(ax, CHARTS, LABELS)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Telecom", "Finance"]
    keys = {drill_key(p): p for p in ax.patches if drill_key(p) is not None}
    assert set(keys) == {
        SegmentDrill(Sector.TELECOM, Tier.STRATEGIC),
        SegmentDrill(Sector.TELECOM, Tier.STANDARD),
        SegmentDrill(Sector.FINANCE, Tier.STRATEGIC),
        SegmentDrill(Sector.FINANCE, Tier.KEY),
    }  # Pharma's zero is not drawn
    standard = keys[SegmentDrill(Sector.TELECOM, Tier.STANDARD)]
    assert (standard.get_x(), standard.get_width()) == (700_000, 50_000)  # after strategic
    assert colour(standard) == TIER_COLOURS[Tier.STANDARD]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Strategic", "Key", "Standard"]
    assert "2026 Q3 (EUR)" in ax.get_title(loc="left")


def test_nps_bars_are_coloured_detractor_passive_promoter() -> None:
    ax = axes()
    draw_nps_distribution(ax, CHARTS, LABELS)
    bars = ax.patches
    assert [b.get_height() for b in bars] == list(CHARTS.nps_distribution)
    assert [colour(bars[s]) for s in (0, 6, 7, 8, 9, 10)] == [NPS_COLOURS["detractors"]] * 2 + [
        NPS_COLOURS["passives"]
    ] * 2 + [NPS_COLOURS["promoters"]] * 2
    assert drill_key(bars[10]) == NpsDrill(PERIOD, 10)
    assert drill_key(bars[1]) is None  # nobody answered 1


def test_health_bands_stack_critical_at_the_bottom_healthy_on_top() -> None:
    ax = axes()
    draw_health_bands(ax, CHARTS, LABELS)
    keyed = {drill_key(p): p for p in ax.patches if drill_key(p) is not None}
    healthy = keyed[BandDrill(202512, Band.HEALTHY)]
    critical = keyed[BandDrill(202512, Band.CRITICAL)]
    assert (critical.get_y(), critical.get_height()) == (0, 4)
    assert (healthy.get_y(), healthy.get_height()) == (4 + 12 + 30, 50)
    assert colour(healthy) == BAND_COLOURS[Band.HEALTHY]
    assert BandDrill(202601, Band.CRITICAL) not in keyed  # no critical account that month
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "Healthy",
        "Needs attention",
        "At risk",
        "Critical",
    ]
    assert [t.get_text() for t in ax.get_xticklabels()][:3] == ["Dec\n'25", "Jan\n'26", "Feb"]


def test_renewals_stack_secured_open_not_renewing_with_contract_counts() -> None:
    ax = axes()
    draw_renewals(ax, CHARTS, LABELS)
    keyed = {drill_key(p): p for p in ax.patches if drill_key(p) is not None}
    december_open = keyed[RenewalDrill(2026, 12, RenewalGroup.OPEN)]
    assert (december_open.get_y(), december_open.get_height()) == (120_000, 40_000)
    assert colour(december_open) == RENEWAL_COLOURS[RenewalGroup.OPEN]
    assert RenewalDrill(2026, 11, RenewalGroup.SECURED) not in keyed  # an empty month
    assert [t.get_text() for t in ax.texts][:3] == ["5", "6", "7"]  # 3 + i + 1 contracts


def test_without_data_every_chart_says_so_instead_of_an_empty_axis() -> None:
    charts = axes(5)
    for draw, ax in zip(DRAWS, charts, strict=True):
        draw(ax, EMPTY, LABELS)
    charts[0].figure.canvas.draw()
    assert [[t.get_text() for t in ax.texts] for ax in charts] == [
        ["No revenue in these quarters"],
        ["No revenue in 2026 Q3"],
        ["No survey answers in 2026 Q3"],
        ["No health snapshots yet"],
        ["No contract ends in the next twelve months"],
    ]
    assert all(not ax.patches and ax.get_legend() is None for ax in charts)
    assert charts[0].get_title(loc="left") == "Revenue by quarter (USD)"


def test_redrawing_replaces_the_bars_and_forgets_their_keys() -> None:
    ax = axes()
    draw_nps_distribution(ax, CHARTS, LABELS)
    old = ax.patches[10]
    draw_nps_distribution(ax, EMPTY, LABELS)
    assert not ax.patches and drill_key(old) == NpsDrill(PERIOD, 10)  # the old bar keeps its key
    draw_nps_distribution(ax, CHARTS, LABELS)
    assert len(ax.patches) == 11 and len(ax.texts) == 0  # the empty message is gone
    assert ax.spines["left"].get_visible() and not ax.spines["top"].get_visible()
    assert [t.get_text() for t in ax.get_xticklabels()] == [str(s) for s in range(11)]


def test_month_labels_thin_out_keeping_the_latest_and_the_year() -> None:
    months = [(2025, 12)] + [(2026, m) for m in range(1, 12)]
    assert month_ticks(months, MONTHS, step=2) == [
        "",
        "Jan\n'26",
        "",
        "Mar",
        "",
        "May",
        "",
        "Jul",
        "",
        "Sep",
        "",
        "Nov",
    ]


def _overlaps(a: Any, b: Any) -> bool:
    return a.x0 < b.x1 - 1 and b.x0 < a.x1 - 1 and a.y0 < b.y1 - 1 and b.y0 < a.y1 - 1


def _tick_labels(axis: Any) -> list[Any]:
    """The tick labels drawn: those of ticks inside the view limits."""
    low, high = sorted(axis.get_view_interval())
    return [
        tick.label1
        for tick in axis.get_major_ticks()
        if low - 1e-9 <= tick.get_loc() <= high + 1e-9
    ]


def _pieces(ax: Any, renderer: Any) -> list[Any]:
    """What a chart puts on screen: its plot area, title, tick labels, legend and texts."""
    texts = [ax._left_title, *_tick_labels(ax.xaxis), *_tick_labels(ax.yaxis), *ax.texts]
    boxes = [t.get_window_extent(renderer) for t in texts if t.get_text() and t.get_visible()]
    legend = ax.get_legend()
    return [ax.get_window_extent(renderer), *boxes] + (
        [legend.get_window_extent(renderer)] if legend else []
    )


@pytest.mark.parametrize("labels", [LABELS, SPANISH], ids=["english", "spanish"])
@pytest.mark.parametrize("size", [(660, 350), (900, 420), (1100, 500), (1600, 650)])
def test_layout_keeps_every_chart_and_its_labels_inside_the_figure_and_apart(
    labels: DashboardLabels, size: tuple[int, int]
) -> None:
    figure = Figure(figsize=(size[0] / 96, size[1] / 96), dpi=96)
    FigureCanvasAgg(figure)
    charts = DashboardFigure(figure)
    charts.show(CHARTS, labels)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    pieces = [_pieces(ax, renderer) for ax in charts.axes]
    note = charts.note.get_window_extent(renderer)
    assert "ARS" in charts.note.get_text()
    pieces.append([note])
    for chart in pieces:
        for box in chart:
            assert box.x0 >= 0 and box.y0 >= 0 and box.x1 <= size[0] and box.y1 <= size[1]
    for i, chart in enumerate(pieces):
        for other in pieces[i + 1 :]:
            assert not any(_overlaps(a, b) for a in chart for b in other)
    for ax in charts.axes:
        ax = cast(Any, ax)
        # The title stands clear of the legend, and the legend of the plot.
        title = ax._left_title.get_window_extent(renderer)
        legend = ax.get_legend()
        plot = ax.get_window_extent(renderer)
        assert title.y0 >= plot.y1
        if legend is not None:
            box = legend.get_window_extent(renderer)
            assert not _overlaps(title, box) and box.y0 >= plot.y1 - 1
    for ax in (charts.revenue, charts.health, charts.renewals):
        shown = [t.get_window_extent(renderer) for t in _tick_labels(ax.xaxis) if t.get_text()]
        assert all(a.x1 <= b.x0 for a, b in itertools.pairwise(shown))


@pytest.mark.parametrize("labels", [LABELS, SPANISH], ids=["english", "spanish"])
def test_a_legend_wrapped_when_narrow_is_laid_out_again_when_wider(
    labels: DashboardLabels,
) -> None:
    """Narrow, the health legend wraps to two rows; widened, it must be one row again under
    a title placed for one (it kept two, over the title, in the Spanish screenshot)."""
    figure = Figure(figsize=(660 / 96, 350 / 96), dpi=96)
    FigureCanvasAgg(figure)
    charts = DashboardFigure(figure)
    charts.show(CHARTS, labels)
    figure.set_size_inches(1600 / 96, 650 / 96)
    charts.arrange()
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    for ax in charts.axes:
        ax = cast(Any, ax)
        legend = ax.get_legend()
        if legend is not None:
            title = ax._left_title.get_window_extent(renderer)
            assert not _overlaps(title, legend.get_window_extent(renderer))


def test_canvas_emits_the_drill_key_of_a_clicked_bar(qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from workbench.charts.dashboard_canvas import DashboardChartCanvas

    canvas = DashboardChartCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(900, 420)
    canvas.show()
    canvas.show_charts(CHARTS, LABELS)
    canvas.draw()
    assert canvas.objectName() == "dashboardCharts"

    bar: Any = next(p for p in canvas.charts.nps.patches if drill_key(p) == NpsDrill(PERIOD, 9))
    centre = (bar.get_x() + bar.get_width() / 2, bar.get_height() / 2)
    x, y = canvas.charts.nps.transData.transform(centre)
    click = MouseEvent("button_press_event", canvas, x, y, button=MouseButton.LEFT)
    with qtbot.waitSignal(canvas.sig_drill, timeout=1000) as blocker:
        canvas.callbacks.process("button_press_event", click)
    assert blocker.args == [NpsDrill(PERIOD, 9)]

    segment = canvas.charts.segment.patches[0]
    press = MouseEvent("button_press_event", canvas, 0, 0, button=MouseButton.LEFT)
    with qtbot.waitSignal(canvas.sig_drill, timeout=1000) as blocker:
        canvas.callbacks.process("pick_event", PickEvent("pick_event", canvas, press, segment))
    assert blocker.args == [drill_key(segment)]

    canvas.callbacks.process("motion_notify_event", MouseEvent("motion_notify_event", canvas, x, y))
    assert canvas.cursor().shape() == Qt.CursorShape.PointingHandCursor  # says it is clickable
    canvas.callbacks.process("motion_notify_event", MouseEvent("motion_notify_event", canvas, 2, 2))
    assert canvas.cursor().shape() == Qt.CursorShape.ArrowCursor

    right = MouseEvent("button_press_event", canvas, x, y, button=MouseButton.RIGHT)
    with qtbot.assertNotEmitted(canvas.sig_drill):
        canvas.callbacks.process("button_press_event", right)


def test_canvas_relays_out_when_resized(qtbot: Any) -> None:
    from workbench.charts.dashboard_canvas import DashboardChartCanvas

    canvas = DashboardChartCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(900, 420)
    canvas.show()
    canvas.show_charts(CHARTS, SPANISH)
    qtbot.waitUntil(lambda: canvas.figure.bbox.width == 900)
    narrow = canvas.charts.renewals.get_position().width
    canvas.resize(1600, 650)
    qtbot.waitUntil(lambda: canvas.figure.bbox.width == 1600)
    wide = canvas.charts.renewals.get_position()
    # In pixels the chart grew with the canvas; its margins stayed the same in pixels.
    assert wide.width * 1600 > narrow * 900 + 200
    assert wide.x1 * 1600 == pytest.approx(1600 - 8, abs=1)
