"""Portfolio tab figures at the stress size: open, keystroke, sort, select.

Prints figures, asserts nothing. ``python -m tests.benchmarks.portfolio DB`` on a
database made by ``workbench demo --accounts 10000``. Tasks run on the real thread
pool, as in the application, so the figures include handing results back to the
UI thread; "UI paused" is the longest the UI thread went without turning its event
loop meanwhile (what a user feels as a freeze).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, Qt
from PySide6.QtWidgets import QApplication

RAW_ACCOUNTS = (
    "SELECT a.id, a.name, p.name, a.sector, a.tier, a.status, a.owner_id, c.name, a.country, "
    "a.currency, a.time_zone, a.archived_at IS NOT NULL FROM accounts a "
    "LEFT JOIN accounts p ON p.id = a.parent_id LEFT JOIN colleagues c ON c.id = a.owner_id "
    "ORDER BY a.name"
)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _spread(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"median {_ms(statistics.median(ordered))}, p95 {_ms(p95)}, max {_ms(ordered[-1])}"


def _settle(app: QApplication, widget: object) -> None:
    app.processEvents()
    widget.repaint()  # type: ignore[attr-defined]


def _wait(app: QApplication, done: Callable[[], bool], limit: float = 300.0) -> float:
    """Turn the event loop until *done*; returns the longest pause between turns (seconds)."""
    deadline = time.perf_counter() + limit
    longest, last = 0.0, time.perf_counter()
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the benchmark waited too long")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    return longest


def _all_known(rows: list[object]) -> bool:
    return all(getattr(row, "figures_known", True) for row in rows)


def _raw(db: Path, sql: str, parameters: tuple[object, ...] = ()) -> float:
    """The query alone on a connection of its own, its schema already read (as the
    application's pooled connections have it)."""
    with sqlite3.connect(db) as raw:
        raw.execute("SELECT count(*) FROM sqlite_master").fetchall()
        started = time.perf_counter()
        raw.execute(sql, parameters).fetchall()
        return time.perf_counter() - started


def measure(db: Path) -> None:
    app = QApplication.instance() or QApplication([])
    from workbench.app import build_main_window
    from workbench.heap import freeze_start_up_objects
    from workbench.services.account_records import KINDS
    from workbench.ui.portfolio.table_model import COLUMN_INDEX

    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        started = time.perf_counter()
        window = build_main_window(db, settings=settings, synchronous_tasks=False)
        window.resize(1366, 768)
        window.show()
        freeze_start_up_objects()  # as the application does once shown
        tasks = window.context.tasks
        _wait(app, lambda: not tasks.busy)
        print(f"window open with every tab loaded: {_ms(time.perf_counter() - started)}")
        view = window.pages[0].view  # type: ignore[attr-defined]

        painted, complete, pauses = [], [], []
        for _ in range(3):
            started = time.perf_counter()
            view.reload()
            pauses.append(_wait(app, lambda: not view.loading))
            _settle(app, view.table)
            painted.append(time.perf_counter() - started)
            pauses.append(_wait(app, lambda: not tasks.busy and _all_known(view.all_rows)))
            complete.append(time.perf_counter() - started)
        raw = min(_raw(db, RAW_ACCOUNTS) for _ in range(3))
        ratio = statistics.median(painted) / raw
        print(
            f"open the Portfolio tab, {view.model.rowCount():,} rows painted: {_spread(painted)} "
            f"(raw SQLite, the accounts query: {_ms(raw)}, ratio {ratio:.0f}x)"
        )
        print(
            f"  every figure filled in (health, revenue, next meeting…): {_spread(complete)}; "
            f"UI paused at most {_ms(max(pauses))}"
        )

        keystrokes = []
        for text in ("g", "ga", "gar", "garc", "garci", "garcia"):
            started = time.perf_counter()
            view.filters.text.setText(text)
            _settle(app, view.table)
            keystrokes.append(time.perf_counter() - started)
        print(
            f"filter keystroke to repainted rows: {_spread(keystrokes)} "
            f"({view.model.rowCount():,} rows match 'garcia')"
        )
        view.filters.text.setText("")
        _settle(app, view.table)
        for key in ("name", "annual_revenue", "health"):
            started = time.perf_counter()
            view.table.sortByColumn(COLUMN_INDEX[key], Qt.SortOrder.DescendingOrder)
            _settle(app, view.table)
            print(f"sort 10,000 rows by {key}: {_ms(time.perf_counter() - started)}")

        detail = view.detail
        charts_view = getattr(detail, "charts_view", None)  # drawn in the background
        selections, charts, chart_pauses, raw_lists = [], [], [], []
        tables = sorted({kind.model.__tablename__ for kind in KINDS.values()})
        for row in (100, 2000, 5000, 9000, 3000, 7000, 150, 4000):
            account_id = view.model.row_at(row).id
            started = time.perf_counter()
            view.table.selectRow(row)
            _settle(app, detail)
            # Its lists may be read in the background: painted means they are shown too.
            if getattr(detail, "lists_loading", False):
                _wait(app, lambda: not detail.lists_loading)
                _settle(app, detail)
            selections.append(time.perf_counter() - started)
            if charts_view is not None:
                chart_pauses.append(_wait(app, lambda: charts_view.rendered is not None))
                charts.append(time.perf_counter() - started)
            raw_lists.append(
                sum(
                    _raw(db, f"SELECT * FROM {table} WHERE account_id = ?", (account_id,))
                    for table in tables
                )
            )
        ratio = statistics.median(selections) / statistics.median(raw_lists)
        print(
            f"select an account to its detail painted: {_spread(selections)} "
            f"(raw SQLite, its {len(tables)} lists: {_ms(statistics.median(raw_lists))}, "
            f"ratio {ratio:.0f}x)"
        )
        if charts:
            print(
                f"  its charts shown, drawn in the background: {_spread(charts[1:])} "
                f"(first, loading Matplotlib: {_ms(charts[0])}); "
                f"UI paused at most {_ms(max(chart_pauses))}"
            )
        else:
            print("  (charts drawn on the UI thread, within the selection)")
        window.close()
        _wait(app, lambda: not tasks.busy)

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
        print(f"raw SQLite, same {label}: {_ms(_raw(db, sql))}")


if __name__ == "__main__":
    measure(Path(sys.argv[1]))
