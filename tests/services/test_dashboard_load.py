"""The Dashboard's one load reads the revenue once and shows what each part computes alone."""

from __future__ import annotations

from datetime import UTC, datetime

from workbench.domain.exchange import ExchangeRates
from workbench.domain.incidents import ResponseTargets
from workbench.domain.period import Quarter
from workbench.services.dashboard import load_dashboard
from workbench.services.dashboard_charts import dashboard_charts
from workbench.services.kpi import kpi_set, kpi_trend
from workbench.store.database import Store

NOW = datetime(2026, 11, 26, 8, tzinfo=UTC)


def test_the_dashboard_load_is_each_part_read_on_its_own(sample_store: Store) -> None:
    rates = ExchangeRates()
    targets = ResponseTargets()
    with sample_store.session() as session:
        for period in (Quarter(2026, 3), Quarter(2026, 1), Quarter(2025, 4)):
            data = load_dashboard(session, period, now=NOW, rates=rates, targets=targets)
            assert data.kpis == kpi_set(session, period, now=NOW, rates=rates, targets=targets)
            assert data.previous == kpi_trend(session, period.previous(), rates=rates)
            assert data.charts == dashboard_charts(session, period, today=NOW.date(), rates=rates)
            assert data.kpis.revenue is not None and data.kpis.revenue_year_ago is not None
