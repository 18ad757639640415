"""The series behind an account's KPI charts: revenue by quarter, NPS by quarter, KPI compliance."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.kpi import Nps, compliance, meets_target, nps, revenue_growth
from workbench.domain.period import Quarter
from workbench.store.models import Account, AgreedKpi, KpiMeasurement, RevenueRecord, SurveyResponse

QUARTERS_SHOWN = 8
KPI_WINDOW_DAYS = 90


@dataclass(frozen=True)
class RevenuePoint:
    quarter: Quarter
    revenue: Decimal | None
    growth: Decimal | None


@dataclass(frozen=True)
class NpsPoint:
    quarter: Quarter
    nps: Nps | None


@dataclass(frozen=True)
class KpiCompliance:
    name: str
    share: Decimal | None
    measured: int
    #: Measurements on target, so shares of several KPIs can be pooled exactly.
    met: int


@dataclass(frozen=True)
class AccountCharts:
    currency: str
    revenue: tuple[RevenuePoint, ...]
    nps: tuple[NpsPoint, ...]
    kpis: tuple[KpiCompliance, ...]

    @property
    def has_revenue(self) -> bool:
        return any(p.revenue is not None for p in self.revenue)

    @property
    def has_nps(self) -> bool:
        return any(p.nps is not None for p in self.nps)


def account_charts(session: Session, account_id: int, today: date) -> AccountCharts:
    account = session.get_one(Account, account_id)
    last = Quarter.of(today).previous()
    quarters = [last.shifted(-i) for i in range(QUARTERS_SHOWN - 1, -1, -1)]
    amounts = dict(
        session.execute(
            select(RevenueRecord.period, RevenueRecord.revenue).where(
                RevenueRecord.account_id == account_id,
                RevenueRecord.period.between(quarters[0].previous().key, last.key),
            )
        ).all()
    )
    revenue = tuple(
        RevenuePoint(
            q, amounts.get(q.key), revenue_growth(amounts.get(q.key), amounts.get(q.previous().key))
        )
        for q in quarters
    )
    scores: dict[Quarter, list[int]] = defaultdict(list)
    for day, score in session.execute(
        select(SurveyResponse.responded_on, SurveyResponse.score).where(
            SurveyResponse.account_id == account_id,
            SurveyResponse.responded_on >= quarters[0].first_day,
        )
    ):
        scores[Quarter.of(day)].append(score)
    nps_points = tuple(NpsPoint(q, nps(scores.get(q, []))) for q in quarters)
    kpis = []
    since = today - timedelta(days=KPI_WINDOW_DAYS)
    for kpi in session.scalars(
        select(AgreedKpi)
        .where(AgreedKpi.account_id == account_id, AgreedKpi.active)
        .order_by(AgreedKpi.name)
    ):
        values = session.scalars(
            select(KpiMeasurement.value).where(
                KpiMeasurement.kpi_id == kpi.id, KpiMeasurement.measured_on > since
            )
        ).all()
        met = sum(meets_target(v, kpi.target, kpi.direction) for v in values)
        kpis.append(KpiCompliance(kpi.name, compliance(met, len(values)), len(values), met))
    return AccountCharts(account.currency, revenue, nps_points, tuple(kpis))
