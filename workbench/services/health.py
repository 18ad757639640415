"""Every account's health score, as of a moment, and its monthly history.

The signals behind the score (:class:`~workbench.domain.health.HealthInputs`) are read
with one grouped query each, never one query per account, and always *as of* a
moment: the NPS of the twelve months before it, the agreed-KPI measurements of the
ninety days before it, the last contact before it, the incidents open at it. So the
same code computes today's score and the score an account had at the end of any past
month — which is how the history is filled in for months the application was not run.

The history (:class:`~workbench.store.models.HealthSnapshot`) keeps one score per
account and month, with each factor's contribution, for the customers (prospects,
lost and archived accounts have no health to track). The current month's row is
rewritten at each recompute; past months are written once and kept.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, delete, func, or_, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session, aliased

from workbench.domain.enums import AccountStatus, RenewalStatus, Severity
from workbench.domain.health import (
    DEFAULT_WEIGHTS,
    Band,
    HealthInputs,
    HealthScore,
    band_of,
    health_score,
)
from workbench.domain.incidents import UNRESOLVED
from workbench.domain.kpi import Nps, compliance, nps_from_counts, revenue_growth
from workbench.domain.period import Quarter
from workbench.services.kpi import measurement_meets_target, nps_counts
from workbench.services.progress import Progress
from workbench.store.models import (
    Account,
    AgreedKpi,
    Contract,
    HealthSnapshot,
    Incident,
    Interaction,
    KpiMeasurement,
    RevenueRecord,
    SurveyResponse,
)

SECURED_RENEWAL = (RenewalStatus.RENEWED, RenewalStatus.AUTO_RENEW)
NPS_WINDOW_DAYS = 365
KPI_WINDOW_DAYS = 90
#: How many past months the history is filled in for when they are missing.
HISTORY_MONTHS = 12
#: Accounts whose health is tracked month by month.
TRACKED = (AccountStatus.ACTIVE, AccountStatus.AT_RISK)

Weights = Mapping[str, int]


def month_key(day: date) -> int:
    return day.year * 100 + day.month


def month_end(key: int) -> datetime:
    """The last moment of month *key* (the first instant of the next month, UTC)."""
    year, month = divmod(key, 100)
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return datetime.combine(first_next, time(), UTC)


def months_before(key: int, count: int) -> list[int]:
    """The *count* month keys before *key*, oldest first."""
    year, month = divmod(key, 100)
    index = year * 12 + month - 1
    return [(i // 12) * 100 + i % 12 + 1 for i in range(index - count, index)]


# --- the signals ---------------------------------------------------------------------


@dataclass(frozen=True)
class Signals:
    """What the score is made of for every account, with what the Portfolio also shows."""

    growth: dict[int, Decimal | None]
    revenue: dict[int, dict[int, Decimal]]
    nps: dict[int, Nps]
    kpi_compliance: dict[int, Decimal]
    open_incidents: dict[int, dict[Severity, int]]
    last_contact: dict[int, datetime]
    renewals: dict[int, tuple[date, RenewalStatus]]

    def inputs(self, account_id: int, status: AccountStatus, as_of: datetime) -> HealthInputs:
        account_nps = self.nps.get(account_id)
        renewal = self.renewals.get(account_id)
        contacted = self.last_contact.get(account_id)
        return HealthInputs(
            nps=None if account_nps is None else account_nps.score,
            nps_responses=0 if account_nps is None else account_nps.responses,
            growth=self.growth.get(account_id),
            kpi_compliance=self.kpi_compliance.get(account_id),
            open_incidents=self.open_incidents.get(account_id, {})
            if status is not AccountStatus.PROSPECT
            else None,
            days_since_contact=None if contacted is None else max(0, (as_of - contacted).days),
            days_to_renewal=None if renewal is None else (renewal[0] - as_of.date()).days,
            renewal_secured=renewal is not None and renewal[1] in SECURED_RENEWAL,
        )


def load_signals(
    session: Session,
    as_of: datetime,
    *,
    only: Collection[int] | None = None,
    live: bool = True,
    progress: Progress | None = None,
) -> Signals:
    """The signals of every account (or *only* those) as of *as_of*.

    *live* reads open incidents from their status (what the Incidents tab shows);
    otherwise from their timestamps, which is what an incident's status was at
    *as_of* in the past.
    """
    progress = progress or Progress()
    today = as_of.date()
    last_quarter = Quarter.of(today).previous()
    revenue = _revenue(session, last_quarter, only)
    growth = {
        account_id: revenue_growth(
            quarters.get(last_quarter.key), quarters.get(last_quarter.previous().key)
        )
        for account_id, quarters in revenue.items()
    }
    progress.advance(1, 5, "revenue")
    nps = _nps(session, today, only)
    kpis = _kpi_compliance(session, today, only)
    progress.advance(2, 5, "surveys")
    incidents = _open_incidents(session, only) if live else _incidents_open_at(session, as_of, only)
    progress.advance(3, 5, "incidents")
    last_contact = _last_contact(session, as_of, only, live)
    progress.advance(4, 5, "interactions")
    renewals = _next_renewals(session, today, only)
    progress.advance(5, 5, "contracts")
    return Signals(growth, revenue, nps, kpis, incidents, last_contact, renewals)


def restrict(statement: Any, column: Any, only: Collection[int] | None) -> Any:
    """*statement* limited to the accounts *only* (all of them when ``None``)."""
    return statement if only is None else statement.where(column.in_(list(only)))


def _revenue(
    session: Session, last_quarter: Quarter, only: Collection[int] | None
) -> dict[int, dict[int, Decimal]]:
    keys = [last_quarter.shifted(-i).key for i in range(5)]
    result: dict[int, dict[int, Decimal]] = defaultdict(dict)
    statement = select(RevenueRecord.account_id, RevenueRecord.period, RevenueRecord.revenue).where(
        RevenueRecord.period.in_(keys)
    )
    for account_id, period, amount in session.execute(
        restrict(statement, RevenueRecord.account_id, only)
    ):
        result[account_id][period] = amount
    return result


def _nps(session: Session, today: date, only: Collection[int] | None) -> dict[int, Nps]:
    statement = (
        select(SurveyResponse.account_id, *nps_counts())
        .where(
            SurveyResponse.responded_on > today - timedelta(days=NPS_WINDOW_DAYS),
            SurveyResponse.responded_on <= today,
        )
        .group_by(SurveyResponse.account_id)
    )
    result = {}
    for account_id, total, promoters, detractors in session.execute(
        restrict(statement, SurveyResponse.account_id, only)
    ):
        score = nps_from_counts(total, promoters, detractors)
        if score is not None:
            result[account_id] = score
    return result


def _kpi_compliance(
    session: Session, today: date, only: Collection[int] | None
) -> dict[int, Decimal]:
    statement = (
        select(
            AgreedKpi.account_id,
            func.sum(case((measurement_meets_target(), 1), else_=0)),
            func.count(),
        )
        .select_from(KpiMeasurement)
        .join(AgreedKpi, KpiMeasurement.kpi_id == AgreedKpi.id)
        .where(
            AgreedKpi.active,
            KpiMeasurement.measured_on > today - timedelta(days=KPI_WINDOW_DAYS),
            KpiMeasurement.measured_on <= today,
        )
        .group_by(AgreedKpi.account_id)
    )
    result = {}
    for account_id, hits, total in session.execute(restrict(statement, AgreedKpi.account_id, only)):
        share = compliance(int(hits), int(total))
        if share is not None:
            result[account_id] = share
    return result


def _by_severity(rows: Any) -> dict[int, dict[Severity, int]]:
    result: dict[int, dict[Severity, int]] = defaultdict(dict)
    for account_id, severity, count in rows:
        result[account_id][Severity(severity)] = count
    return result


def _open_incidents(
    session: Session, only: Collection[int] | None
) -> dict[int, dict[Severity, int]]:
    statement = (
        select(Incident.account_id, Incident.severity, func.count())
        .where(Incident.status.in_(UNRESOLVED))
        .group_by(Incident.account_id, Incident.severity)
    )
    return _by_severity(session.execute(restrict(statement, Incident.account_id, only)))


def _incidents_open_at(
    session: Session, moment: datetime, only: Collection[int] | None
) -> dict[int, dict[Severity, int]]:
    statement = (
        select(Incident.account_id, Incident.severity, func.count())
        .where(
            Incident.reported_at <= moment,
            or_(Incident.resolved_at.is_(None), Incident.resolved_at > moment),
            or_(Incident.closed_at.is_(None), Incident.closed_at > moment),
        )
        .group_by(Incident.account_id, Incident.severity)
    )
    return _by_severity(session.execute(restrict(statement, Incident.account_id, only)))


def last_contact_of_account(before: datetime | None = None) -> Any:
    """SQL for the latest interaction of each row of ``accounts`` (up to *before*).

    One index seek per account (MAX on the (account, time) index), not a scan of every
    interaction: 113 ms instead of 262 ms at 10,000 accounts and 1,000,000 interactions.
    """
    last = select(func.max(Interaction.occurred_at)).where(Interaction.account_id == Account.id)
    if before is not None:
        last = last.where(Interaction.occurred_at <= before)
    return last.scalar_subquery()


def _last_contact(
    session: Session, as_of: datetime, only: Collection[int] | None, live: bool
) -> dict[int, datetime]:
    statement = select(Account.id, last_contact_of_account(None if live else as_of))
    return {
        account_id: moment
        for account_id, moment in session.execute(restrict(statement, Account.id, only))
        if moment is not None
    }


def _next_renewals(
    session: Session, today: date, only: Collection[int] | None
) -> dict[int, tuple[date, RenewalStatus]]:
    statement = (
        select(Contract.account_id, Contract.ends_on, Contract.renewal_status)
        .where(Contract.ends_on >= today, Contract.renewal_status != RenewalStatus.NOT_RENEWING)
        .order_by(Contract.account_id, Contract.ends_on)
    )
    result: dict[int, tuple[date, RenewalStatus]] = {}
    for account_id, ends_on, status in session.execute(
        restrict(statement, Contract.account_id, only)
    ):
        result.setdefault(account_id, (ends_on, status))
    return result


# --- scores and their history ---------------------------------------------------------


def tracked_accounts(
    session: Session, only: Collection[int] | None = None
) -> dict[int, AccountStatus]:
    statement = select(Account.id, Account.status).where(
        Account.status.in_(TRACKED), Account.archived_at.is_(None)
    )
    return dict(session.execute(restrict(statement, Account.id, only)).all())


def compute_health(
    session: Session,
    as_of: datetime,
    *,
    weights: Weights = DEFAULT_WEIGHTS,
    only: Collection[int] | None = None,
    live: bool = True,
    progress: Progress | None = None,
) -> dict[int, HealthScore]:
    """The health score of every tracked account (or *only* those of them) as of *as_of*."""
    accounts = tracked_accounts(session, only)
    signals = load_signals(session, as_of, only=only, live=live, progress=progress)
    return {
        account_id: health_score(signals.inputs(account_id, status, as_of), dict(weights))
        for account_id, status in accounts.items()
    }


def factors_json(score: HealthScore) -> str:
    """Each factor's value, weight and contribution, so a stored score explains itself."""
    return json.dumps(
        {
            factor.key: {
                "value": float(round(factor.value, 2)),
                "weight": factor.weight,
                "contribution": float(round(factor.contribution(score.total_weight), 2)),
                "params": {name: str(value) for name, value in factor.params},
            }
            for factor in score.factors
        },
        sort_keys=True,
    )


def store_month(session: Session, month: int, scores: Mapping[int, HealthScore]) -> int:
    """Write (or rewrite) month *month*'s scores; accounts no longer tracked lose that row."""
    rows = [
        {
            "account_id": account_id,
            "month": month,
            "score": score.score,
            "factors_json": factors_json(score),
        }
        for account_id, score in scores.items()
        if score.score is not None
    ]
    session.execute(delete(HealthSnapshot).where(HealthSnapshot.month == month))
    if rows:
        session.execute(insert(HealthSnapshot), rows)
    return len(rows)


def stored_months(session: Session) -> set[int]:
    return set(session.scalars(select(HealthSnapshot.month).distinct()))


def refresh_history(
    session: Session,
    now: datetime,
    *,
    weights: Weights = DEFAULT_WEIGHTS,
    progress: Progress | None = None,
) -> dict[int, HealthScore]:
    """Recompute this month's scores and fill in any of the last 12 months not yet kept.

    Returns the current scores. Past months are computed as of their last moment.
    """
    progress = progress or Progress()
    current = month_key(now.date())
    missing = [m for m in months_before(current, HISTORY_MONTHS) if m not in stored_months(session)]
    steps = len(missing) + 1
    for index, month in enumerate(missing):
        progress.advance(index, steps, str(month))
        store_month(
            session, month, compute_health(session, month_end(month), weights=weights, live=False)
        )
    progress.advance(len(missing), steps, str(current))
    scores = compute_health(session, now, weights=weights)
    store_month(session, current, scores)
    progress.advance(steps, steps, "")
    return scores


@dataclass(frozen=True)
class BandDrop:
    account_id: int
    before: Band
    now: Band
    score_before: int
    score_now: int


def band_drops(session: Session, now: datetime) -> list[BandDrop]:
    """Accounts whose band this month (as stored) is worse than last month's, worst first."""
    current = month_key(now.date())
    previous = months_before(current, 1)[0]
    earlier = aliased(HealthSnapshot)
    rows = session.execute(
        select(HealthSnapshot.account_id, HealthSnapshot.score, earlier.score)
        .join(
            earlier,
            and_(earlier.account_id == HealthSnapshot.account_id, earlier.month == previous),
        )
        .where(HealthSnapshot.month == current)
    )
    order = list(Band)
    drops = []
    for account_id, score, before in rows:
        now_band, before_band = band_of(score), band_of(before)
        if order.index(now_band) > order.index(before_band):
            drops.append(BandDrop(account_id, before_band, now_band, before, score))
    drops.sort(key=lambda d: (-order.index(d.now), d.score_now - d.score_before))
    return drops
