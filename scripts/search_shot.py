"""A screenshot of Ctrl+K: the window with the search box open on results.

``python scripts/search_shot.py SAMPLE.sqlite OUT.png [TEXT]``
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication


def main() -> None:
    database, out = Path(sys.argv[1]), Path(sys.argv[2])
    typed = sys.argv[3] if len(sys.argv) > 3 else "revision mens"
    app = QApplication([])
    from workbench.app import build_main_window

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = build_main_window(database, settings=settings, synchronous_tasks=True)
    window.resize(1366, 768)
    window.show()
    search = window.open_search()
    search.box.setText(typed)
    search.run_search()
    app.processEvents()
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(QPoint((1366 - search.width()) // 2, 90), search.grab())
    painter.end()
    shot.save(str(out))
    print(f"saved {out}")


if __name__ == "__main__":
    main()
