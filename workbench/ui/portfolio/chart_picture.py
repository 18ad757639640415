"""Where the selected account's charts appear: a picture drawn in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:  # Matplotlib is imported where the charts are drawn, in the background
    from workbench.charts.account_image import AccountChartImage


class ChartPicture(QWidget):
    """Shows an :class:`AccountChartImage`, stretched to fit until one of the new size comes."""

    sig_resized = Signal()
    """The widget changed size: a picture drawn for the new size would be sharper."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountCharts")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 200)
        #: What is shown (``None``: nothing yet, or the account changed).
        self.rendered: AccountChartImage | None = None
        self._image: QImage | None = None

    def show_image(self, rendered: AccountChartImage | None) -> None:
        self.rendered = rendered
        self._image = None
        if rendered is not None:
            self._image = QImage(
                rendered.rgba, rendered.width, rendered.height, QImage.Format.Format_RGBA8888
            ).copy()  # its own pixels: the bytes it was made from may go
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.rect(), self._image)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.sig_resized.emit()
