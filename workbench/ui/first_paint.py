"""Say on standard output when the window first paints, for timing a start from outside.

``WORKBENCH_REPORT_FIRST_PAINT=1 workbench`` prints ``painted`` at the main window's first
paint event: the bundle check and CI time a start to a painted window with it, on the real
platform and from the real executable (``tests/benchmarks/startup_probe.py`` does the same
in-process for the source install).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

REPORT_FIRST_PAINT_ENV_VAR = "WORKBENCH_REPORT_FIRST_PAINT"


class _FirstPaintReport(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("painted", file=sys.stdout, flush=True)
            watched.removeEventFilter(self)
        return False


def report_first_paint_if_asked(window: QWidget) -> None:
    """With ``$WORKBENCH_REPORT_FIRST_PAINT`` set, print ``painted`` at *window*'s first paint."""
    if os.environ.get(REPORT_FIRST_PAINT_ENV_VAR):
        window.installEventFilter(_FirstPaintReport(window))
