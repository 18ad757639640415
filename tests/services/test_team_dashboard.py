"""The Dashboard by account manager: each colleague's KPIs, and the team's total."""

from __future__ import annotations

from datetime import UTC, datetime

from workbench.domain.period import Quarter
from workbench.services.kpi import kpi_set
from workbench.services.team_dashboard import kpis_by_manager
from workbench.store.database import Store

NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)
PERIOD = Quarter(2026, 3)


def test_each_managers_kpis_add_up_to_the_teams(sample_store: Store) -> None:
    with sample_store.session() as session:
        lines = kpis_by_manager(session, PERIOD, now=NOW)
        elena = next(line for line in lines if line.name == "Elena Vidal")
        alone = kpi_set(session, PERIOD, now=NOW, owner_id=elena.owner_id)
    managers, total = lines[:-1], lines[-1]
    assert total.owner_id is None and len(managers) >= 2
    assert [m.name for m in managers] == sorted((m.name for m in managers), key=str.casefold)
    assert sum(m.accounts for m in managers) == total.accounts  # every sample account is owned
    revenue = sum(m.kpis.revenue or 0 for m in managers)
    assert total.kpis.revenue is not None and abs(revenue - total.kpis.revenue) <= len(managers)
    assert sum(m.kpis.pipeline_count for m in managers) == total.kpis.pipeline_count
    assert sum(sum(m.kpis.open_incidents.values()) for m in managers) == sum(
        total.kpis.open_incidents.values()
    )
    responded = sum(m.kpis.response.acknowledge.subject for m in managers)
    assert responded == total.kpis.response.acknowledge.subject
    assert elena.kpis == alone  # the same figures as her own scope, computed alone
