"""Child process of the start-up benchmark: build the window as ``workbench`` does, show it,
print ``painted`` at its first paint, and quit. The parent times the whole process."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print("painted", flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    from workbench.app import build_main_window

    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window = build_main_window(sys.argv[1], settings=settings)
        probe = _FirstPaint(app)
        window.installEventFilter(probe)
        window.resize(1366, 768)
        window.show()
        code = app.exec()
        window.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
