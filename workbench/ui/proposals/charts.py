"""One small Matplotlib canvas per proposal chart (phases, cash flow), redrawn in place."""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from workbench.charts.proposal import ProposalChartLabels


def chart_labels() -> ProposalChartLabels:
    """The charts' words in the interface language."""
    return ProposalChartLabels(
        phases_title=QCoreApplication.translate("ProposalCharts", "Implementation plan"),
        no_phases=QCoreApplication.translate("ProposalCharts", "No phases yet"),
        today=QCoreApplication.translate("ProposalCharts", "today"),
        cash_flow_title=QCoreApplication.translate("ProposalCharts", "Cash flow"),
        no_cash_flow=QCoreApplication.translate("ProposalCharts", "Enter the expected benefit"),
        yearly_flow=QCoreApplication.translate("ProposalCharts", "Yearly flow"),
        cumulative=QCoreApplication.translate("ProposalCharts", "Cumulative"),
        year=QCoreApplication.translate("ProposalCharts", "Year"),
        payback=QCoreApplication.translate("ProposalCharts", "Payback {years} years"),
        decimal_point=QLocale().decimalPoint(),
    )


class ChartCanvas(QWidget):
    """A single-axes figure; ``draw_with(fn)`` clears and redraws it with *fn(ax)*.

    The Matplotlib canvas inside is made the first time the chart is shown: importing
    Matplotlib costs about half a second, which the window's start does not pay.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        #: The figure's only axes, once the chart has been shown.
        self.axes: Any = None
        self._canvas: Any = None
        self._waiting_draw: Callable[[Any], None] | None = None

    def draw_with(self, draw: Callable[[Any], None]) -> None:
        """Redraw with *draw* now if the chart is on screen, else when it is next shown.

        Every keystroke in a line item changes the totals; drawing charts nobody
        sees would double the cost of an edit.
        """
        self._waiting_draw = draw
        if self.isVisible():
            self._draw_waiting()

    def _draw_waiting(self) -> None:
        if self._waiting_draw is None:
            return
        if self._canvas is None:
            self._make_canvas()
        self._waiting_draw(self.axes)
        self._waiting_draw = None
        self._canvas.draw_idle()

    def _make_canvas(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(5.5, 2.4), dpi=96)
        figure.subplots_adjust(left=0.2, right=0.97, bottom=0.18, top=0.86)
        self._canvas = FigureCanvasQTAgg(figure)
        self._canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout.addWidget(self._canvas)
        self.axes = figure.add_subplot(1, 1, 1)

    def showEvent(self, event: Any) -> None:
        self._draw_waiting()
        super().showEvent(event)
