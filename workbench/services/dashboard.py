"""The numbers the Dashboard shows for one quarter, read in one go (in the background).

The KPIs of the quarter, the figures of the one before (for the trends) and the
portfolio charts. Health scores are read as stored (the monthly history); they are
recomputed separately by :func:`workbench.services.health.refresh_history`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from workbench.domain.exchange import ExchangeRates
from workbench.domain.incidents import ResponseTargets
from workbench.domain.period import Quarter
from workbench.services.dashboard_charts import (
    DashboardCharts,
    dashboard_charts,
    quarter_sums,
)
from workbench.services.kpi import KpiSet, KpiTrend, kpi_set, kpi_trend
from workbench.services.progress import Progress


@dataclass(frozen=True)
class DashboardData:
    period: Quarter
    kpis: KpiSet
    previous: KpiTrend
    charts: DashboardCharts


def load_dashboard(
    session: Session,
    period: Quarter,
    *,
    now: datetime,
    rates: ExchangeRates,
    targets: ResponseTargets,
    progress: Progress | None = None,
) -> DashboardData:
    """The KPIs and charts; the focus list comes separately (:func:`focus_list`), so the
    numbers show without waiting for it."""
    progress = progress or Progress()
    progress.advance(0, 4, "kpis")
    # The chart's eight quarters of revenue hold the tiles' three: read once for both,
    # with the cost of the quarter and the one before.
    sums = quarter_sums(session, period)
    revenue = sums.revenue
    kpis = kpi_set(
        session, period, now=now, rates=rates, targets=targets, revenue=revenue, cost=sums.cost
    )
    previous = kpi_trend(session, period.previous(), rates=rates, revenue=revenue, cost=sums.cost)
    progress.advance(2, 4, "charts")
    charts = dashboard_charts(session, period, today=now.date(), rates=rates, revenue=revenue)
    progress.advance(4, 4, "")
    return DashboardData(period, kpis, previous, charts)
