"""One account's client report for a quarter: the figures and open items the deck and
the workbook print.

:func:`client_report` gathers, for one account, the KPIs of the quarter and of the
seven quarters before it (:func:`workbench.services.kpi.kpi_set`, so every figure is
the one the dashboard shows), each agreed KPI's compliance in the quarter, the health
score (from the portfolio's own computation), and — as of *now* — the open incidents,
open action items, meetings of the next 30 days and renewals (the prep brief's
queries), plus the "next steps" derived from them. Every query is bounded by the
account on an indexed column; nothing loads a whole table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from workbench.domain.enums import KpiDirection, RenewalStatus, Sector, Severity, Team, Tier
from workbench.domain.health import HealthScore
from workbench.domain.kpi import compliance
from workbench.domain.period import Quarter
from workbench.services.account_charts import AccountCharts, KpiCompliance, NpsPoint, RevenuePoint
from workbench.services.calendar import upcoming
from workbench.services.kpi import (
    KpiSet,
    kpi_of_measurement,
    kpi_set,
    measurement_meets_target,
    quarter_bounds,
)
from workbench.services.portfolio import load_portfolio
from workbench.services.prep_brief import (
    OpenAction,
    OpenIncident,
    RenewalDue,
    open_actions,
    open_incidents,
    renewals_due,
)
from workbench.services.progress import Progress
from workbench.services.proposal_document import DEFAULT_COMPANY, company_name
from workbench.services.settings import load_settings
from workbench.store.models import Account, AgreedKpi, Colleague, Contract, KpiMeasurement

#: Quarters in the trend (the report's quarter and the seven before it), as on the charts.
TREND_QUARTERS = 8
#: Meetings starting within this many days are listed.
MEETING_DAYS = 30
#: Renewal statuses that still ask for something to be done.
UNSETTLED_RENEWAL = (RenewalStatus.NOT_DUE, RenewalStatus.IN_NEGOTIATION)


class AccountNotFound(LookupError):
    """No account with that id."""


@dataclass(frozen=True)
class ReportAccount:
    id: int
    name: str
    sector: Sector
    tier: Tier
    currency: str
    country: str
    time_zone: str
    #: The colleague who owns the account, if any.
    owner: str | None


@dataclass(frozen=True)
class AgreedKpiResult:
    """One agreed KPI's measurements in the quarter."""

    name: str
    unit: str
    direction: KpiDirection
    target: Decimal
    measured: int
    met: int

    @property
    def share(self) -> Decimal | None:
        return compliance(self.met, self.measured)


@dataclass(frozen=True)
class UpcomingMeeting:
    title: str
    starts_at: datetime
    ends_at: datetime
    #: The zone the meeting was planned in.
    time_zone: str


class StepKind(StrEnum):
    OVERDUE_ACTION = "overdue_action"
    RENEWAL = "renewal"
    MEETING = "meeting"
    CRITICAL_INCIDENT = "critical_incident"


@dataclass(frozen=True)
class NextStep:
    """Something to do next: what, about which item, by or on which day, and who."""

    kind: StepKind
    title: str
    on: date | None
    #: The colleague who owns it, or else the team.
    owner: str | None = None
    owner_team: Team | None = None


@dataclass(frozen=True)
class ClientReport:
    as_of: datetime
    period: Quarter
    #: Who prepared it: the colleague marked as "me", else the account's owner.
    prepared_by: str
    account: ReportAccount
    #: The KPIs of :attr:`period`, amounts in the account's currency.
    kpis: KpiSet
    #: The KPIs of the last :data:`TREND_QUARTERS` quarters, oldest first, ending with
    #: :attr:`kpis`.
    trend: tuple[KpiSet, ...]
    agreed_kpis: tuple[AgreedKpiResult, ...]
    #: As of :attr:`as_of`, the score the Portfolio shows.
    health: HealthScore
    incidents: tuple[OpenIncident, ...]
    actions: tuple[OpenAction, ...]
    meetings: tuple[UpcomingMeeting, ...]
    #: Contracts ending within the prep brief's horizon (180 days).
    renewals: tuple[RenewalDue, ...]
    #: The next contract end that is not "not renewing", however far.
    next_renewal: RenewalDue | None
    next_steps: tuple[NextStep, ...]

    @property
    def previous(self) -> KpiSet:
        """The quarter before :attr:`period`."""
        return self.trend[-2]

    def charts(self) -> AccountCharts:
        """The account-chart series of the report's quarters, for the chart drawers."""
        return AccountCharts(
            currency=self.account.currency,
            revenue=tuple(RevenuePoint(k.period, k.revenue, k.growth_qoq) for k in self.trend),
            nps=tuple(NpsPoint(k.period, k.nps) for k in self.trend),
            kpis=tuple(
                KpiCompliance(kpi.name, kpi.share, kpi.measured, kpi.met)
                for kpi in self.agreed_kpis
            ),
        )


def client_report(
    session: Session,
    account_id: int,
    period: Quarter,
    *,
    now: datetime,
    progress: Progress | None = None,
) -> ClientReport:
    """Everything the client report of *account_id* for *period* shows, as of *now*.

    Raises :class:`AccountNotFound` for an unknown account.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    now = now.astimezone(UTC)
    progress = progress or Progress()
    account = _account(session, account_id)
    settings = load_settings(session)  # the database's targets and weights, as the window's
    steps = TREND_QUARTERS + 3
    trend = []
    for index, quarter in enumerate(period.shifted(-i) for i in range(TREND_QUARTERS - 1, -1, -1)):
        trend.append(
            kpi_set(session, quarter, now=now, targets=settings.targets, account_id=account_id)
        )
        progress.advance(index + 1, steps, "kpis")
    agreed = _agreed_kpis(session, account_id, period)
    (row,) = load_portfolio(session, now=now, only=[account_id], weights=settings.weights)
    progress.advance(TREND_QUARTERS + 1, steps, "health")
    today = now.date()
    incidents = open_incidents(session, account_id, now)
    actions = open_actions(session, account_id, today)
    meetings = tuple(
        UpcomingMeeting(view.title, view.starts_at, view.ends_at, view.time_zone)
        for view in upcoming(session, now, days=MEETING_DAYS, account_ids=[account_id])
    )
    renewals = renewals_due(session, account_id, today)
    next_renewal = _next_renewal(session, account_id, today)
    progress.advance(steps, steps, "")
    return ClientReport(
        as_of=now,
        period=period,
        prepared_by=_prepared_by(session, account.owner),
        account=account,
        kpis=trend[-1],
        trend=tuple(trend),
        agreed_kpis=agreed,
        health=row.health,
        incidents=incidents,
        actions=actions,
        meetings=meetings,
        renewals=renewals,
        next_renewal=next_renewal,
        next_steps=next_steps(actions, renewals, meetings, incidents, account.time_zone),
    )


def _account(session: Session, account_id: int) -> ReportAccount:
    row = session.execute(
        select(
            Account.id,
            Account.name,
            Account.sector,
            Account.tier,
            Account.currency,
            Account.country,
            Account.time_zone,
            Colleague.name.label("owner"),
        )
        .outerjoin(Colleague, Colleague.id == Account.owner_id)
        .where(Account.id == account_id)
    ).first()
    if row is None:
        raise AccountNotFound(f"no account has the id {account_id}")
    return ReportAccount(
        id=row.id,
        name=row.name,
        sector=row.sector,
        tier=row.tier,
        currency=row.currency,
        country=row.country,
        time_zone=row.time_zone,
        owner=row.owner,
    )


def _prepared_by(session: Session, owner: str | None) -> str:
    name = company_name(session)
    return owner if name == DEFAULT_COMPANY and owner else name


def _agreed_kpis(session: Session, account_id: int, period: Quarter) -> tuple[AgreedKpiResult, ...]:
    """Each agreed KPI measured in the quarter (inactive ones too: they were agreed then)."""
    start, end = quarter_bounds(period)
    rows = session.execute(
        select(
            AgreedKpi.name,
            AgreedKpi.unit,
            AgreedKpi.direction,
            AgreedKpi.target,
            func.count(),
            func.sum(case((measurement_meets_target(), 1), else_=0)),
        )
        .join(KpiMeasurement, kpi_of_measurement())
        .where(
            AgreedKpi.account_id == account_id,
            KpiMeasurement.measured_on >= start,
            KpiMeasurement.measured_on < end,
        )
        .group_by(AgreedKpi.id)
        .order_by(AgreedKpi.name)
    )
    return tuple(
        AgreedKpiResult(name, unit or "", direction, target, int(measured), int(met or 0))
        for name, unit, direction, target, measured, met in rows
    )


def _next_renewal(session: Session, account_id: int, today: date) -> RenewalDue | None:
    contract = session.scalar(
        select(Contract)
        .where(
            Contract.account_id == account_id,
            Contract.ends_on >= today,
            Contract.renewal_status != RenewalStatus.NOT_RENEWING,
        )
        .order_by(Contract.ends_on)
        .limit(1)
    )
    if contract is None:
        return None
    return RenewalDue(
        id=contract.id,
        title=contract.title,
        ends_on=contract.ends_on,
        days_left=(contract.ends_on - today).days,
        notice_by=contract.ends_on - timedelta(days=contract.notice_days),
        annual_value=contract.annual_value,
        currency=contract.currency,
        renewal_status=contract.renewal_status,
    )


def next_steps(
    actions: tuple[OpenAction, ...],
    renewals: tuple[RenewalDue, ...],
    meetings: tuple[UpcomingMeeting, ...],
    incidents: tuple[OpenIncident, ...],
    time_zone: str = "UTC",
) -> tuple[NextStep, ...]:
    """What to do next, most pressing first: overdue actions (oldest first), renewals
    still to settle (by notice date), the coming meetings, then open critical incidents.

    Meeting days are those of *time_zone* (the account's)."""
    zone = ZoneInfo(time_zone)
    steps = [
        NextStep(StepKind.OVERDUE_ACTION, a.title, a.due_on, a.owner, a.owner_team)
        for a in actions
        if a.overdue
    ]
    steps += [
        NextStep(StepKind.RENEWAL, r.title, r.notice_by)
        for r in sorted(renewals, key=lambda r: r.notice_by)
        if r.renewal_status in UNSETTLED_RENEWAL
    ]
    steps += [
        NextStep(StepKind.MEETING, m.title, m.starts_at.astimezone(zone).date()) for m in meetings
    ]
    steps += [
        NextStep(StepKind.CRITICAL_INCIDENT, i.title, i.reported_at.date())
        for i in incidents
        if i.severity is Severity.CRITICAL
    ]
    return tuple(steps)
