"""A proposal's charts as PNG images for the PDF and DOCX exports (Agg, no Qt, no pyplot).

The same draw functions as the editor (:mod:`workbench.charts.proposal`), with
words and numbers in the proposal's language rather than the interface's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from io import BytesIO
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import num2date
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from workbench.charts.proposal import PhaseBar, ProposalChartLabels, draw_cash_flow, draw_phases
from workbench.io.proposal_labels import ProposalFormat, ProposalLabels, format_for, labels_for
from workbench.io.proposal_record import CASH_FLOW_CHART, PHASES_CHART, ProposalDocument

#: Drawn this wide (inches) at this resolution: the text width of an A4 page, sharp in print.
CHART_WIDTH_IN = 6.6
CHART_DPI = 200


def chart_labels(labels: ProposalLabels, fmt: ProposalFormat) -> ProposalChartLabels:
    return ProposalChartLabels(
        phases_title=labels.plan,
        no_phases=labels.no_phases,
        today=labels.today,
        cash_flow_title=labels.cash_flow,
        no_cash_flow=labels.no_cash_flow,
        yearly_flow=labels.yearly_flow,
        cumulative=labels.cumulative,
        year=labels.year,
        payback=labels.chart_payback,
        decimal_point=fmt.decimal_point,
    )


def render_charts(document: ProposalDocument, *, dpi: int = CHART_DPI) -> dict[str, bytes]:
    """PNG bytes by image name: the phases when there are any, the cash flow when there is ROI."""
    labels, fmt = labels_for(document.language), format_for(document.language)
    words = chart_labels(labels, fmt)
    images: dict[str, bytes] = {}
    if document.phases:
        bars = [PhaseBar(p.name, p.starts_on, p.ends_on, p.amount) for p in document.phases]

        def phases(ax: Any) -> None:
            draw_phases(ax, bars, words, currency=document.currency)
            ax.xaxis.set_major_formatter(FuncFormatter(_month_ticks(fmt)))

        height = 1.1 + 0.32 * len(bars)
        images[PHASES_CHART] = _png(phases, height, dpi, left=0.2)
    if document.roi is not None:
        flows = document.roi.result.flows

        def cash_flow(ax: Any) -> None:
            draw_cash_flow(ax, flows, words, currency=document.currency)

        images[CASH_FLOW_CHART] = _png(cash_flow, 2.6, dpi, left=0.1)
    return images


def _month_ticks(fmt: ProposalFormat) -> Callable[[float, Any], str]:
    """Date ticks in the document's language ("ene", "15 feb"…), the year under the
    first tick and under each January."""

    def tick(value: float, position: Any) -> str:
        day: date = num2date(value).date()
        month = fmt.months[day.month - 1]
        if day.day != 1:
            month = f"{day.day} {month}"
        return f"{month}\n{day.year}" if position == 0 or day.month == 1 else month

    return tick


def _png(draw: Callable[[Any], None], height: float, dpi: int, *, left: float) -> bytes:
    figure = Figure(figsize=(CHART_WIDTH_IN, height), dpi=dpi)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    draw(axes)
    figure.subplots_adjust(left=left, right=0.98, top=1 - 0.35 / height, bottom=0.55 / height)
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()
