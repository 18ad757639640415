"""Dashboard chart figures at the stress size: the data queries and the drawing.

Prints figures, asserts nothing. ``python -m tests.benchmarks.dashboard_charts DB`` on a
database made by ``workbench demo --accounts 10000`` (work on a copy: opening migrates
it, and twelve months of health snapshots are added when it has none, so the
health-bands query is measured at size).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from workbench.charts.dashboard import DashboardFigure, DashboardLabels
from workbench.domain.enums import Sector, Tier
from workbench.domain.exchange import ExchangeRates
from workbench.domain.health import BAND_LABELS, Band
from workbench.domain.period import Quarter
from workbench.services import dashboard_charts as charts
from workbench.services.kpi import CurrencyTotals
from workbench.store.database import open_store
from workbench.store.models import Account, HealthSnapshot

AS_OF = date(2026, 11, 26)
PERIOD = Quarter.of(AS_OF).previous()
RUNS = 7

LABELS = DashboardLabels(
    revenue_title="Revenue by quarter ({currency})",
    segment_title="Revenue by sector and tier, {period} ({currency})",
    nps_title="Survey answers by score, {period}",
    health_title="Accounts by health band",
    renewals_title="Renewals by month ({currency})",
    no_revenue="No revenue",
    no_segment_revenue="No revenue in {period}",
    no_nps="No survey answers in {period}",
    no_health="No health snapshots",
    no_renewals="No renewals",
    detractors="Detractors",
    passives="Passives",
    promoters="Promoters",
    secured="Secured",
    open="Open",
    not_renewing="Not renewing",
    missing_rates="No exchange rate for {currencies}",
    sector_names={s: s.value.title() for s in Sector},
    tier_names={t: t.value.title() for t in Tier},
    band_names=dict(BAND_LABELS),
    month_names=(
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ),
    quarter_label="{year} Q{quarter}",
    quarter_tick="Q{quarter}\n'{yy}",
)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _median(action: Callable[[], object]) -> float:
    action()  # warm the page cache and the statement cache
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def seed_health_snapshots(session: Session) -> int:
    """Twelve months of snapshots per account (random walks), if there are none."""
    if session.scalar(select(func.count()).select_from(HealthSnapshot)):
        return 0
    rng = random.Random(1)
    months = charts.month_keys(AS_OF)
    rows = []
    for account in session.scalars(select(Account.id)):
        score = rng.gauss(68, 15)
        for month in months:
            score = min(100.0, max(0.0, score + rng.gauss(0, 5)))
            rows.append({"account_id": account, "month": month, "score": int(score)})
    session.execute(insert(HealthSnapshot), rows)
    return len(rows)


def measure(db: Path) -> None:
    store = open_store(db)
    with store.transaction() as session:
        added = seed_health_snapshots(session)
    if added:
        print(f"added {added:,} health snapshots to {db}")
    rates = ExchangeRates()
    with store.session() as session:
        accounts = session.scalar(select(func.count()).select_from(Account))
        print(f"{accounts:,} accounts, period {PERIOD.label}, today {AS_OF}")
        series: dict[str, Callable[[], object]] = {
            "revenue by quarter": lambda: charts.quarter_revenue(session, PERIOD),
            "revenue by sector and tier": lambda: charts._revenue_by_segment(
                session, PERIOD, CurrencyTotals(rates)
            ),
            "NPS distribution": lambda: charts._nps_distribution(session, PERIOD),
            "health bands": lambda: charts._health_bands(session, AS_OF),
            "renewals by month": lambda: charts._renewals_by_month(
                session, AS_OF, CurrencyTotals(rates)
            ),
        }
        for name, action in series.items():
            print(f"  {name}: {_ms(_median(action))}")
        total = _median(lambda: charts.dashboard_charts(session, PERIOD, today=AS_OF, rates=rates))
        print(f"all chart data (dashboard_charts): {_ms(total)}")
        data = charts.dashboard_charts(session, PERIOD, today=AS_OF, rates=rates)
        drills: dict[str, Callable[[], object]] = {
            "accounts with revenue in the quarter": lambda: charts.accounts_with_revenue_in(
                session, PERIOD
            ),
            "accounts that answered 9": lambda: charts.accounts_with_nps_score(session, PERIOD, 9),
            "accounts healthy this month": lambda: charts.accounts_in_band(
                session, data.health_bands[-1].month, Band.HEALTHY
            ),
            "accounts renewing next month": lambda: charts.accounts_renewing_in(
                session, *charts.renewal_months(AS_OF)[1]
            ),
        }
        for name, action in drills.items():
            print(f"  drill-down, {name}: {_ms(_median(action))}")
    store.close()

    figure = Figure(figsize=(1100 / 96, 500 / 96), dpi=96)
    FigureCanvasAgg(figure)
    started = time.perf_counter()
    dashboard = DashboardFigure(figure)
    dashboard.show(data, LABELS)
    figure.canvas.draw()
    first = time.perf_counter() - started

    def redraw() -> None:
        dashboard.show(data, LABELS)
        figure.canvas.draw()

    print(f"draw on Agg 1100×500: first {_ms(first)}, then median {_ms(_median(redraw))}")


if __name__ == "__main__":
    measure(Path(sys.argv[1]))
