"""The selected account's KPI charts as an image, drawn off the UI thread (Agg, no Qt, no pyplot).

The same draw functions as before (:mod:`workbench.charts.account`), on a figure of
their own each time: drawing the three charts takes 100-200 ms, too long for the
UI thread between one selection and the next, so the Portfolio draws them in the
background and shows the picture when it comes.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from workbench.charts.account import (
    ChartLabels,
    draw_kpi_compliance,
    draw_nps,
    draw_revenue,
)
from workbench.services.account_charts import AccountCharts

#: Logical dots per inch of the figure; the image has ``scale`` times as many pixels.
DPI = 96


@dataclass(frozen=True)
class AccountChartImage:
    """RGBA pixels (``width`` × ``height``, rows top to bottom) and the figure they show."""

    rgba: bytes
    width: int
    height: int
    #: The figure drawn, kept so tests can read what each chart shows.
    figure: Figure


def render_account_charts(
    charts: AccountCharts, labels: ChartLabels, width: int, height: int, scale: float = 1.0
) -> AccountChartImage:
    """Revenue by quarter, NPS over time and agreed-KPI compliance, side by side.

    *width* and *height* are the widget's logical pixels; *scale* its device pixel ratio.
    """
    # Fixed margins, not a layout engine: constrained layout took 60 % of every redraw.
    figure = Figure(figsize=(max(width, 1) / DPI, max(height, 1) / DPI), dpi=DPI * scale)
    figure.subplots_adjust(left=0.08, right=0.98, bottom=0.2, top=0.87, wspace=0.32)
    revenue_axes, nps_axes, kpi_axes = figure.subplots(
        1, 3, gridspec_kw={"width_ratios": [1.3, 1, 1]}
    )
    draw_revenue(revenue_axes, charts, labels)
    draw_nps(nps_axes, charts, labels)
    draw_kpi_compliance(kpi_axes, charts, labels)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    pixels_wide, pixels_high = canvas.get_width_height(physical=True)
    return AccountChartImage(bytes(canvas.buffer_rgba()), pixels_wide, pixels_high, figure)
