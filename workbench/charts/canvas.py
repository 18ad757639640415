"""One Matplotlib canvas embedded in Qt, reused for every account (never pyplot)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QSizePolicy, QWidget

from workbench.charts.account import (
    ChartLabels,
    draw_kpi_compliance,
    draw_nps,
    draw_revenue,
)
from workbench.services.account_charts import AccountCharts


class AccountChartCanvas(FigureCanvasQTAgg):
    """Revenue by quarter, NPS over time and agreed-KPI compliance, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # Fixed margins, not a layout engine: constrained layout took 60 % of every redraw.
        figure = Figure(figsize=(7.5, 2.3), dpi=96)
        figure.subplots_adjust(left=0.08, right=0.98, bottom=0.2, top=0.87, wspace=0.32)
        super().__init__(figure)
        self.setParent(parent)
        self.setObjectName("accountCharts")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 200)
        self.revenue_axes, self.nps_axes, self.kpi_axes = figure.subplots(
            1, 3, gridspec_kw={"width_ratios": [1.3, 1, 1]}
        )

    def show_account(self, charts: AccountCharts, labels: ChartLabels) -> None:
        draw_revenue(self.revenue_axes, charts, labels)
        draw_nps(self.nps_axes, charts, labels)
        draw_kpi_compliance(self.kpi_axes, charts, labels)
        self.draw_idle()
