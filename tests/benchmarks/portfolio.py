"""Portfolio tab figures at the stress size: open, keystroke, sort, select.

Prints figures, asserts nothing. ``python -m tests.benchmarks.portfolio DB`` on a
database made by ``workbench demo --accounts 10000``.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _settle(app: QApplication, widget: object) -> None:
    app.processEvents()
    widget.repaint()  # type: ignore[attr-defined]


def measure(db: Path) -> None:
    app = QApplication.instance() or QApplication([])
    from workbench.app import build_main_window
    from workbench.ui.portfolio.table_model import COLUMN_INDEX

    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        started = time.perf_counter()
        window = build_main_window(db, settings=settings, synchronous_tasks=True)
        window.resize(1366, 768)
        window.show()
        view = window.pages[0].view
        _settle(app, view.table)
        opened = time.perf_counter() - started
        print(f"open the Portfolio tab with {view.model.rowCount():,} rows painted: {_ms(opened)}")

        keystrokes = []
        for text in ("g", "ga", "gar", "garc", "garci", "garcia"):
            started = time.perf_counter()
            view.filters.text.setText(text)
            _settle(app, view.table)
            keystrokes.append(time.perf_counter() - started)
        print(
            f"filter keystroke to repainted rows: median {_ms(statistics.median(keystrokes))} "
            f"(max {_ms(max(keystrokes))}, {view.model.rowCount():,} rows match 'garcia')"
        )
        view.filters.text.setText("")
        _settle(app, view.table)
        for key in ("name", "annual_revenue", "health"):
            started = time.perf_counter()
            view.table.sortByColumn(COLUMN_INDEX[key], Qt.SortOrder.DescendingOrder)
            _settle(app, view.table)
            print(f"sort 10,000 rows by {key}: {_ms(time.perf_counter() - started)}")
        selections, charts = [], []
        for row in (0, 100, 2000, 5000, 9000):
            started = time.perf_counter()
            view.table.selectRow(row)
            _settle(app, view.detail)
            selections.append(time.perf_counter() - started)
            started = time.perf_counter()
            app.processEvents()  # the charts draw on the next turn of the event loop
            view.detail.charts_canvas.draw()
            charts.append(time.perf_counter() - started)
        print(
            f"select an account to its detail painted: "
            f"median {_ms(statistics.median(selections))}; "
            f"charts drawn after it: median {_ms(statistics.median(charts[1:]))} "
            f"(first, loading Matplotlib: {_ms(charts[0])})"
        )
        window.close()

    with sqlite3.connect(db) as raw:
        for label, sql in (
            (
                "filter",
                "SELECT id FROM accounts a WHERE lower(name) LIKE '%garcia%' OR EXISTS "
                "(SELECT 1 FROM contacts c WHERE c.account_id = a.id "
                "AND lower(last_name) LIKE '%garcia%')",
            ),
            ("sort by name", "SELECT id FROM accounts ORDER BY name COLLATE NOCASE"),
            (
                "sort by last-4-quarter revenue",
                "SELECT account_id, sum(revenue) s FROM revenue_records "
                "WHERE period >= 20254 GROUP BY account_id ORDER BY s DESC",
            ),
        ):
            started = time.perf_counter()
            raw.execute(sql).fetchall()
            print(f"raw SQLite, same {label}: {_ms(time.perf_counter() - started)}")


if __name__ == "__main__":
    measure(Path(sys.argv[1]))
