"""The Dashboard's portfolio charts on one Matplotlib canvas embedded in Qt (never pyplot)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")

from typing import Any

from matplotlib.backend_bases import MouseEvent, PickEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workbench.charts.dashboard import DashboardFigure, DashboardLabels, drill_key
from workbench.services.dashboard_charts import DashboardCharts


class DashboardChartCanvas(FigureCanvasQTAgg):
    """Revenue by quarter and by sector and tier; NPS answers, health bands and renewals.

    One Figure, reused for every refresh; the layout follows the widget's size.
    A click on a bar emits :attr:`sig_drill` with what it stands for.
    """

    sig_drill = Signal(object)
    """A bar was clicked: its drill key (``QuarterDrill``, ``SegmentDrill``, ``NpsDrill``,
    ``BandDrill`` or ``RenewalDrill`` of :mod:`workbench.services.dashboard_charts`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Figure(figsize=(9.4, 4.4), dpi=96))
        self.setParent(parent)
        self.setObjectName("dashboardCharts")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(640, 340)
        self.charts = DashboardFigure(self.figure)
        self._shown = False
        self.mpl_connect("pick_event", self._on_pick)
        self.mpl_connect("motion_notify_event", self._on_motion)

    def show_charts(self, data: DashboardCharts, labels: DashboardLabels) -> None:
        self.charts.show(data, labels)
        self._shown = True
        self.draw_idle()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # resizes the Figure to the widget
        if self._shown:
            self.charts.arrange()
            self.draw_idle()

    def _on_pick(self, event: PickEvent) -> None:
        mouse = getattr(event, "mouseevent", None)
        if mouse is not None and getattr(mouse, "button", None) not in (None, 1):
            return  # the left button only
        key = drill_key(event.artist)
        if key is not None:
            self.sig_drill.emit(key)

    def _on_motion(self, event: Any) -> None:
        """A pointing hand over what can be clicked, so the charts say they are clickable."""
        if not isinstance(event, MouseEvent) or event.inaxes is None:
            self.unsetCursor()
            return
        over = any(
            drill_key(patch) is not None and patch.contains(event)[0]
            for patch in event.inaxes.patches
        )
        if over:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
