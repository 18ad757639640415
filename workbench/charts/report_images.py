"""The client report's charts as pictures: the account charts' own drawers on Agg
(never pyplot), sized for a slide.

The deck (:mod:`workbench.services.report_deck`) takes the pictures ready-made, so the
services draw nothing: the window and the command line pass :func:`render_charts` to
:func:`workbench.services.report_files.write_client_report`.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from workbench.charts.account import ChartLabels, draw_kpi_compliance, draw_nps, draw_revenue
from workbench.services.client_report import ClientReport
from workbench.services.report_labels import CHART_DPI, CHART_SIZE_IN, ReportLabels, ReportWords


def render_charts(report: ClientReport, labels: ReportLabels) -> list[tuple[bytes, str]]:
    """The revenue, NPS and agreed-KPI charts as PNG bytes, each with its description."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    words = ReportWords(report, labels)
    chart_labels = ChartLabels(
        revenue_title=labels.revenue_chart,
        nps_title=labels.nps_chart,
        kpi_title=labels.kpi_chart.format(quarter=words.quarter(report.period)),
        no_revenue=labels.no_revenue,
        no_nps=labels.no_nps,
        no_kpis=labels.no_kpis,
        growth=labels.growth,
    )
    series = report.charts()
    drawers: list[tuple[Callable[..., None], str]] = [
        (draw_revenue, labels.revenue_alt),
        (draw_nps, labels.nps_alt),
        (draw_kpi_compliance, labels.kpi_alt),
    ]
    images = []
    for draw, description in drawers:
        figure = Figure(figsize=CHART_SIZE_IN, dpi=CHART_DPI)
        FigureCanvasAgg(figure)
        axes = figure.add_subplot(1, 1, 1)
        draw(axes, series, chart_labels)
        figure.subplots_adjust(left=0.14, right=0.97, top=0.91, bottom=0.12)
        buffer = BytesIO()
        figure.savefig(buffer, format="png", dpi=CHART_DPI, facecolor="white")
        images.append((buffer.getvalue(), description))
    return images
