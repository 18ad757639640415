"""Dashboard and KPI figures at the issue's size. Prints figures, asserts nothing.

``python -m tests.benchmarks.dashboard [DB]``: without DB a 10,000-account sample
portfolio (8 quarters of revenue each, ~110,000 survey responses, ~1,000,000
interactions) is built in a temporary folder; with DB that file is measured (built
first if it does not exist). The database is changed: health history is written.

Every figure is a median of several runs. Where the work is SQL, the statements of its
last run are replayed on a plain ``sqlite3`` connection to the same file (the same
statements and parameters, rows fetched, writes rolled back), and the ratio to that
"raw SQLite" time is printed: what the Python around the queries costs.

Measured:
* the health history: the first fill (this month and the 12 before; the history is
  deleted before each run) and the recompute of this month's scores (what runs in the
  background on each change);
* the dashboard's data (both quarters' KPIs, chart series, focus list), each part;
* the Dashboard's figures worked out in the background (what the hidden tab does
  a moment after a change), and then opening the tab on them: tiles, focus list
  and the five charts drawn (offscreen, tasks run inline);
* one account's KPI panel (its KPIs and health score);
* one client report written as PPTX.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"

from sqlalchemy import delete, event, func, select
from sqlalchemy.engine import Engine

_T = TypeVar("_T")
AS_OF = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 8, tzinfo=UTC)


def timed(
    work: Callable[[], _T], runs: int = 5, before: Callable[[], object] | None = None
) -> tuple[list[float], _T]:
    """*work*'s time in ms over *runs* runs (*before* runs untimed before each); its
    processor time goes to :data:`CPU` (the machine may be shared: that one is steadier)."""
    figures = []
    result: _T
    CPU.clear()
    for _ in range(runs):
        if before is not None:
            before()
        started, cpu = time.perf_counter(), time.process_time()
        result = work()
        figures.append((time.perf_counter() - started) * 1000)
        CPU.append((time.process_time() - cpu) * 1000)
    return figures, result


#: The processor time (ms) of each run of the last :func:`timed` work.
CPU: list[float] = []


Statement = tuple[str, Any, bool]


@contextmanager
def recorded(engine: Engine) -> Iterator[list[Statement]]:
    """The SQL statements *engine* runs meanwhile, with their driver parameters."""
    statements: list[Statement] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, _context: Any, many: bool) -> None:
        statements.append((sql, params, many))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def raw_sqlite(path: Path, statements: list[Statement], runs: int = 5) -> float:
    """Median ms of *statements* on a plain sqlite3 connection: rows fetched, writes
    rolled back."""
    figures = []
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for _ in range(runs):
            started = time.perf_counter()
            connection.execute("BEGIN")
            for sql, params, many in statements:
                if many:
                    connection.executemany(sql, params)
                else:
                    connection.execute(sql, params).fetchall()
            figures.append((time.perf_counter() - started) * 1000)
            connection.execute("ROLLBACK")
    finally:
        connection.close()
    return statistics.median(figures)


def describe(name: str, figures: list[float], raw: float | None = None) -> float:
    median = statistics.median(figures)
    versus = "" if raw is None else f"; raw SQLite {raw:.0f} ms, ratio {median / raw:.1f}×"
    cpu = f", processor {statistics.median(CPU):.0f} ms" if len(CPU) == len(figures) else ""
    print(
        f"{name}: median {median:.0f} ms "
        f"(min {min(figures):.0f}, max {max(figures):.0f}, {len(figures)} runs{cpu}){versus}"
    )
    return median


def measured(
    name: str,
    engine: Engine,
    path: Path,
    work: Callable[[], _T],
    runs: int = 5,
    before: Callable[[], object] | None = None,
) -> tuple[float, float, _T]:
    """*work* timed (median) and its statements replayed on raw SQLite; printed."""
    figures, _ = timed(work, runs - 1, before)
    if before is not None:
        before()
    with recorded(engine) as statements:
        started, cpu = time.perf_counter(), time.process_time()
        result = work()
        figures.append((time.perf_counter() - started) * 1000)
        CPU.append((time.process_time() - cpu) * 1000)
    if before is not None:
        before()  # the statements replayed on the state they ran on
    raw = raw_sqlite(path, [s for s in statements if not s[0].startswith(("BEGIN", "SAVEPOINT"))])
    return describe(name, figures, raw), raw, result


def build(path: Path) -> None:
    from workbench.services.sample_portfolio import generate_sample_portfolio
    from workbench.store.database import open_store

    store = open_store(path)
    started = time.perf_counter()
    with store.engine.begin() as connection:
        generate_sample_portfolio(connection, accounts=10_000, seed=1, as_of=AS_OF)
    store.close()
    print(f"built the 10,000-account portfolio in {time.perf_counter() - started:.0f} s")


def measure(path: Path) -> None:
    from workbench.charts.report_images import render_charts
    from workbench.domain.exchange import ExchangeRates
    from workbench.domain.incidents import ResponseTargets
    from workbench.domain.period import Quarter
    from workbench.heap import freeze_start_up_objects
    from workbench.services import health
    from workbench.services.calendar import HeldSeries
    from workbench.services.dashboard import load_dashboard
    from workbench.services.dashboard_charts import dashboard_charts
    from workbench.services.focus import focus_list
    from workbench.services.kpi import kpi_set, kpi_trend
    from workbench.services.report_files import write_client_report
    from workbench.store.database import open_store
    from workbench.store.models import (
        Account,
        HealthSnapshot,
        Interaction,
        RevenueRecord,
        SurveyResponse,
    )

    store = open_store(path)
    freeze_start_up_objects()  # as the application does once shown
    period = Quarter(2026, 3)
    rates = ExchangeRates()
    with store.session() as session:
        sizes = {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Account, RevenueRecord, SurveyResponse, Interaction)
        }
    print("size: " + ", ".join(f"{n:,} {table}" for table, n in sizes.items()))

    def forget_history() -> None:
        with store.transaction() as session:
            session.execute(delete(HealthSnapshot))
        if hasattr(health, "_scoring"):
            health._scoring.cache_clear()  # a first fill starts with no factor built

    def refresh() -> int:
        with store.transaction() as session:
            return len(health.refresh_history(session, NOW))

    measured(
        "health history, first fill (this month and the 12 before)",
        store.engine,
        path,
        refresh,
        runs=3,
        before=forget_history,
    )
    refresh()  # the history back, for what follows
    _, _, scored = measured(
        "health scores recomputed and stored for this month", store.engine, path, refresh
    )
    print(f"  ({scored:,} customers scored)")

    with store.session() as session:
        parts: dict[str, Callable[[], object]] = {
            "KPIs of the quarter": lambda: kpi_set(session, period, now=NOW, rates=rates),
            "figures of the quarter before (trends)": lambda: kpi_trend(
                session, period.previous(), rates=rates
            ),
            "chart series": lambda: dashboard_charts(session, period, today=AS_OF, rates=rates),
            "focus list": lambda: focus_list(session, NOW),
            # As the tab calls it after its first load: the week's series kept until a
            # meeting or an account changes (HeldSeries).
            "focus list, series kept from the tab's last load": partial(
                focus_list, session, NOW, held=HeldSeries()
            ),
        }
        medians, raws = [], []
        for name, work in parts.items():
            work()  # statements compiled once, as in a running application
            median, raw, _ = measured(f"dashboard data, {name}", store.engine, path, work)
            medians.append(median)
            raws.append(raw)
        print(
            f"  (sum of the three parts: {sum(medians[:3]):.0f} ms; raw SQLite "
            f"{sum(raws[:3]):.0f} ms)"
        )
        measured(
            "dashboard numbers (KPIs, trends, charts) as the tab loads them",
            store.engine,
            path,
            lambda: load_dashboard(
                session, period, now=NOW, rates=rates, targets=ResponseTargets()
            ),
        )

        ids = list(session.scalars(select(Account.id).order_by(Account.id).limit(20)))

        def panel() -> None:
            for account_id in ids:
                kpi_set(session, period, now=NOW, account_id=account_id)
                health.compute_health(session, NOW, only=[account_id])

        figures, _ = timed(panel, runs=3)
        CPU[:] = [c / len(ids) for c in CPU]
        describe("one account's KPI panel (KPIs + health score)", [f / len(ids) for f in figures])

        report = Path(tempfile.mkdtemp()) / "report.pptx"
        figures, _ = timed(
            lambda: write_client_report(
                session, ids[0], period, report, "pptx", now=NOW, render_charts=render_charts
            ),
            runs=3,
        )
        describe("one client report written as PPTX", figures)
    _window(store, ResponseTargets())
    store.close()


def _window(store: object, _targets: object) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workbench.app import build_main_window
    from workbench.ui.clock import Clock
    from workbench.ui.dashboard.tab import DashboardTab

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    path = store.engine.url.database  # type: ignore[attr-defined]
    window = build_main_window(
        path,
        settings=settings,
        synchronous_tasks=True,
        clock=Clock(fixed=NOW),
    )
    window.resize(1366, 768)
    window.show()
    page = window.page("dashboardTab")
    assert isinstance(page, DashboardTab)
    page.health_stale = False  # measured above; here only what opening the tab shows
    portfolio = window.page("portfolioTab")

    def load_hidden() -> None:
        window.tabs.setCurrentWidget(portfolio)
        app.processEvents()
        page.reload()  # what the hidden tab does a moment after a change

    figures, _ = timed(load_hidden)
    describe("Dashboard figures worked out in the background (numbers and focus list)", figures)

    def open_tab() -> float:
        window.tabs.setCurrentWidget(portfolio)
        app.processEvents()
        assert page.data is not None
        page.show_data(page.data)  # hidden: the charts are drawn again when the tab shows
        started = time.perf_counter()
        window.tabs.setCurrentWidget(page)
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    CPU.clear()
    opened = [open_tab() for _ in range(5)]
    describe("opening the Dashboard on figures worked out: tiles, focus list, charts drawn", opened)
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.dashboard", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "db", type=Path, nargs="?", help="the database to measure (built first if absent)"
    )
    path = parser.parse_args().db
    if path is not None:
        if not path.exists():
            build(path)
        measure(path)
        return
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "stress.sqlite"
        build(path)
        measure(path)


if __name__ == "__main__":
    main()
