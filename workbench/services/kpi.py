"""The KPIs of SPEC.md §KPIs for one quarter, of one account or of the whole portfolio.

Every figure is aggregated in SQL (``SUM``/``COUNT`` grouped by currency, over the
indexed period and date columns); Python only converts the handful of per-currency
totals into the reporting currency and applies the exact definitions of
:mod:`workbench.domain.kpi`. An account's KPIs stay in the account's own currency.

Periods:

* revenue, cost, compensations, NPS, agreed-KPI compliance and response-time
  compliance are those *of the quarter*;
* retention is annual, as SPEC says: customers over the twelve months that end with
  the quarter, and revenue retention compares the quarter with the same quarter a
  year before, over the accounts that had revenue then (the cohort);
* pipeline and open incidents are as of now: there is no history of them to go back to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement

from workbench.domain.enums import KpiDirection, OpportunityStage, Severity
from workbench.domain.exchange import ExchangeRates
from workbench.domain.incidents import UNRESOLVED, ResponseCompliance, ResponseTargets
from workbench.domain.kpi import (
    Nps,
    RevenueMovement,
    compliance,
    customer_retention,
    gross_revenue_retention,
    margin,
    net_revenue_retention,
    nps_from_counts,
    profit,
    revenue_growth,
)
from workbench.domain.money import STORAGE_SCALE
from workbench.domain.period import Quarter
from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.services.incidents import compliance_for
from workbench.store.models import (
    Account,
    AgreedKpi,
    Compensation,
    Incident,
    KpiMeasurement,
    Opportunity,
    RevenueRecord,
    SurveyResponse,
)

CLOSED_STAGES = (OpportunityStage.CLOSED_WON, OpportunityStage.CLOSED_LOST)

#: Why a KPI can be undefined, by KPI key: shown as "—" with this reason, never as 0.
UNDEFINED_REASONS: dict[str, str] = {
    "revenue": QT_TRANSLATE_NOOP("kpi", "No revenue recorded for the quarter"),
    "growth_qoq": QT_TRANSLATE_NOOP("kpi", "No revenue in the previous quarter"),
    "growth_yoy": QT_TRANSLATE_NOOP("kpi", "No revenue in the same quarter last year"),
    "nps": QT_TRANSLATE_NOOP("kpi", "No survey responses in the quarter"),
    "customer_retention": QT_TRANSLATE_NOOP("kpi", "No customers at the start of the year"),
    "gross_revenue_retention": QT_TRANSLATE_NOOP("kpi", "No revenue in the same quarter last year"),
    "net_revenue_retention": QT_TRANSLATE_NOOP("kpi", "No revenue in the same quarter last year"),
    "kpi_compliance": QT_TRANSLATE_NOOP("kpi", "No agreed-KPI measurements in the quarter"),
    "profit": QT_TRANSLATE_NOOP("kpi", "No revenue recorded for the quarter"),
    "margin": QT_TRANSLATE_NOOP("kpi", "No revenue in the quarter"),
    "acknowledge_compliance": QT_TRANSLATE_NOOP(
        "kpi", "No incident in the quarter has reached its acknowledge target yet"
    ),
    "resolve_compliance": QT_TRANSLATE_NOOP(
        "kpi", "No incident in the quarter has reached its resolve target yet"
    ),
}

ByCurrency = dict[str, Decimal]


@dataclass(frozen=True)
class CustomerCounts:
    """Customers at the start (S) and end (E) of the year, and those gained (N)."""

    start: int
    end: int
    acquired: int

    @property
    def lost(self) -> int:
        return self.start - (self.end - self.acquired)


@dataclass(frozen=True)
class KpiSet:
    """The KPIs of one quarter. Amounts are in :attr:`currency`; ``None`` means undefined."""

    period: Quarter
    currency: str
    account_id: int | None
    revenue: Decimal | None
    revenue_previous: Decimal | None
    revenue_year_ago: Decimal | None
    cost: Decimal
    compensations: Decimal
    nps: Nps | None
    customers: CustomerCounts
    movement: RevenueMovement
    kpi_met: int
    kpi_measured: int
    pipeline: Decimal
    pipeline_count: int
    open_incidents: dict[Severity, int]
    reported_incidents: int
    response: ResponseCompliance
    #: Currencies without an exchange rate; their amounts are left out of the totals.
    missing_rates: tuple[str, ...] = field(default=())

    @property
    def growth_qoq(self) -> Decimal | None:
        return None if self.revenue is None else revenue_growth(self.revenue, self.revenue_previous)

    @property
    def growth_yoy(self) -> Decimal | None:
        return None if self.revenue is None else revenue_growth(self.revenue, self.revenue_year_ago)

    @property
    def customer_retention(self) -> Decimal | None:
        c = self.customers
        return customer_retention(c.start, c.end, c.acquired)

    @property
    def gross_revenue_retention(self) -> Decimal | None:
        return gross_revenue_retention(self.movement)

    @property
    def net_revenue_retention(self) -> Decimal | None:
        return net_revenue_retention(self.movement)

    @property
    def kpi_compliance(self) -> Decimal | None:
        return compliance(self.kpi_met, self.kpi_measured)

    @property
    def profit(self) -> Decimal | None:
        if self.revenue is None:
            return None
        return profit(self.revenue, self.cost, self.compensations)

    @property
    def margin(self) -> Decimal | None:
        result = self.profit
        return None if result is None or self.revenue is None else margin(result, self.revenue)

    @property
    def open_incident_count(self) -> int:
        return sum(self.open_incidents.values())

    def values(self) -> dict[str, Decimal | None]:
        """Every KPI by key, the keys of :data:`UNDEFINED_REASONS` plus the always-defined ones."""
        return {
            "revenue": self.revenue,
            "growth_qoq": self.growth_qoq,
            "growth_yoy": self.growth_yoy,
            "nps": None if self.nps is None else self.nps.score,
            "customer_retention": self.customer_retention,
            "gross_revenue_retention": self.gross_revenue_retention,
            "net_revenue_retention": self.net_revenue_retention,
            "kpi_compliance": self.kpi_compliance,
            "profit": self.profit,
            "margin": self.margin,
            "pipeline": self.pipeline,
            "open_incidents": Decimal(self.open_incident_count),
            "acknowledge_compliance": self.response.acknowledge.ratio,
            "resolve_compliance": self.response.resolve.ratio,
        }


@dataclass(frozen=True)
class KpiTrend:
    """The few figures of a quarter that another quarter's KPIs are compared with.

    Cheaper than a whole :class:`KpiSet` (no retention, response times or figures of
    today), which is all the Dashboard's trend lines need of the quarter before.
    """

    period: Quarter
    revenue: Decimal | None
    cost: Decimal
    compensations: Decimal
    nps: Nps | None
    kpi_met: int
    kpi_measured: int
    reported_incidents: int

    @property
    def kpi_compliance(self) -> Decimal | None:
        return compliance(self.kpi_met, self.kpi_measured)

    @property
    def margin(self) -> Decimal | None:
        if self.revenue is None:
            return None
        return margin(profit(self.revenue, self.cost, self.compensations), self.revenue)


def kpi_trend(
    session: Session,
    period: Quarter,
    *,
    rates: ExchangeRates | None = None,
    account_id: int | None = None,
    revenue: Mapping[int, ByCurrency] | None = None,
    cost: Mapping[int, ByCurrency] | None = None,
) -> KpiTrend:
    """The :class:`KpiTrend` of *period* (see :func:`kpi_set` for the scope, the currency,
    *revenue* and *cost*)."""
    rates = _rates_for(session, rates, account_id)
    totals = CurrencyTotals(rates)
    scope = _Scope(account_id)
    start, end = quarter_bounds(period)
    met, measured = scope.kpi_counts(session, start, end)
    if revenue is None:
        revenue = scope.revenue_by_period(session, [period.key])
    return KpiTrend(
        period=period,
        revenue=totals.maybe(revenue.get(period.key)),
        cost=totals.of(
            scope.cost_in(session, period) if cost is None else cost.get(period.key, {})
        ),
        compensations=totals.of(scope.compensations_in(session, period)),
        nps=scope.nps(session, start, end),
        kpi_met=met,
        kpi_measured=measured,
        reported_incidents=scope.reported_incidents(
            session, datetime.combine(start, time(), UTC), datetime.combine(end, time(), UTC)
        ),
    )


def _rates_for(
    session: Session, rates: ExchangeRates | None, account_id: int | None
) -> ExchangeRates:
    """An account's own currency (no conversion), else *rates* (default: reference rates)."""
    if account_id is not None:
        currency = session.get_one(Account, account_id).currency
        return ExchangeRates(currency, {currency: Decimal(1)})
    return rates or ExchangeRates()


def quarter_bounds(period: Quarter) -> tuple[date, date]:
    """The quarter's first day and the first day after it."""
    return period.first_day, period.shifted(1).first_day


def kpi_set(
    session: Session,
    period: Quarter,
    *,
    now: datetime,
    rates: ExchangeRates | None = None,
    targets: ResponseTargets | None = None,
    account_id: int | None = None,
    owner_id: int | None = None,
    revenue: Mapping[int, ByCurrency] | None = None,
    cost: Mapping[int, ByCurrency] | None = None,
) -> KpiSet:
    """The KPIs of *period* for one account (in its currency), the accounts one colleague
    owns (*owner_id*: an account manager's, in a director's view of the team) or the whole
    portfolio (both converted with *rates* into their reporting currency).

    *revenue* is the scope's revenue by period and currency when the caller has read it
    already (the Dashboard reads eight quarters once for the chart and the tiles); it
    must then hold *period*, the quarter before and the one a year before. *cost* is the
    scope's cost by period and currency read with it (a period it lacks has no cost).
    """
    rates = _rates_for(session, rates, account_id)
    targets = targets or ResponseTargets()
    totals = CurrencyTotals(rates)
    scope = _Scope(account_id, owner_id)

    if revenue is None:
        revenue = scope.revenue_by_period(
            session, [period.key, period.previous().key, period.year_before().key]
        )
    cost_of_period = scope.cost_in(session, period) if cost is None else cost.get(period.key, {})
    compensations = scope.compensations_in(session, period)
    pipeline, pipeline_count = scope.pipeline(session)
    movement = scope.revenue_movement(session, period.year_before(), period)
    start, end = quarter_bounds(period)
    last_day = min(end - timedelta(days=1), now.date())
    moments = (
        datetime.combine(start, time(), UTC),
        datetime.combine(end, time(), UTC),
    )
    kpi_met, kpi_measured = scope.kpi_counts(session, start, end)
    return KpiSet(
        period=period,
        currency=rates.reporting,
        account_id=account_id,
        revenue=totals.maybe(revenue.get(period.key)),
        revenue_previous=totals.maybe(revenue.get(period.previous().key)),
        revenue_year_ago=totals.maybe(revenue.get(period.year_before().key)),
        cost=totals.of(cost_of_period),
        compensations=totals.of(compensations),
        nps=scope.nps(session, start, end),
        customers=scope.customers(session, period.shifted(-3).first_day, last_day),
        movement=totals.movement(movement),
        kpi_met=kpi_met,
        kpi_measured=kpi_measured,
        pipeline=totals.of(pipeline),
        pipeline_count=pipeline_count,
        open_incidents=scope.open_incidents(session),
        reported_incidents=scope.reported_incidents(session, *moments),
        response=compliance_for(
            session,
            period_start=moments[0],
            period_end=moments[1],
            now=now,
            targets=targets,
            account_id=account_id,
            accounts=scope.accounts,
        ),
        missing_rates=tuple(sorted(totals.missing)),
    )


class CurrencyTotals:
    """Converts per-currency sums, remembering the currencies it had no rate for."""

    def __init__(self, rates: ExchangeRates) -> None:
        self.rates = rates
        self.missing: set[str] = set()

    def _known(self, by_currency: dict[str, Any]) -> dict[str, Any]:
        self.missing |= set(self.rates.missing(set(by_currency)))
        return {c: v for c, v in by_currency.items() if c not in self.missing}

    def of(self, by_currency: ByCurrency) -> Decimal:
        return self.rates.total(self._known(by_currency))

    def maybe(self, by_currency: ByCurrency | None) -> Decimal | None:
        return None if by_currency is None else self.of(by_currency)

    def movement(self, by_currency: dict[str, RevenueMovement]) -> RevenueMovement:
        total = RevenueMovement(Decimal(0))
        for currency, movement in self._known(by_currency).items():
            total = total + movement.scaled(self.rates.factor(currency))
        return total


def from_stored_units(stored: int | None) -> Decimal:
    """A SUM of a money column, which SQL returns in stored units."""
    return Decimal(int(stored or 0)).scaleb(-STORAGE_SCALE)


def customer_on(day: date) -> ColumnElement[bool]:
    """Whether an account was a customer on *day*.

    A customer from ``client_since`` until ``churned_on``, and again from
    ``won_back_on`` when it came back after leaving (only the last loss is kept).
    """
    return and_(
        Account.client_since.is_not(None),
        Account.client_since <= day,
        or_(
            Account.churned_on.is_(None),
            Account.churned_on > day,
            and_(
                Account.won_back_on.is_not(None),
                Account.won_back_on > Account.churned_on,
                Account.won_back_on <= day,
            ),
        ),
    )


class _Scope:
    """The queries, restricted to one account or not."""

    def __init__(self, account_id: int | None, owner_id: int | None = None) -> None:
        self.account_id = account_id
        #: One colleague's accounts, as a subquery of their ids (None: not so restricted).
        self.accounts: Any = None
        if account_id is None and owner_id is not None:
            self.accounts = select(Account.id).where(Account.owner_id == owner_id)

    def _only(self, statement: Any, column: Any) -> Any:
        if self.account_id is not None:
            return statement.where(column == self.account_id)
        return statement if self.accounts is None else statement.where(column.in_(self.accounts))

    def _by_currency(self, session: Session, statement: Any) -> ByCurrency:
        return {
            currency: from_stored_units(total) for currency, total in session.execute(statement)
        }

    def revenue_by_period(self, session: Session, periods: list[int]) -> dict[int, ByCurrency]:
        statement = self._only(
            select(
                RevenueRecord.period,
                Account.currency,
                func.sum(stored_units(RevenueRecord.revenue)),
            )
            .join(Account, Account.id == RevenueRecord.account_id)
            .where(RevenueRecord.period.in_(periods))
            .group_by(RevenueRecord.period, Account.currency),
            RevenueRecord.account_id,
        )
        result: dict[int, ByCurrency] = defaultdict(dict)
        for period, currency, total in session.execute(statement):
            result[period][currency] = from_stored_units(total)
        return result

    def cost_in(self, session: Session, period: Quarter) -> ByCurrency:
        return self._by_currency(
            session,
            self._only(
                select(Account.currency, func.sum(stored_units(RevenueRecord.cost)))
                .join(Account, Account.id == RevenueRecord.account_id)
                .where(RevenueRecord.period == period.key)
                .group_by(Account.currency),
                RevenueRecord.account_id,
            ),
        )

    def compensations_in(self, session: Session, period: Quarter) -> ByCurrency:
        start, end = quarter_bounds(period)
        return self._by_currency(
            session,
            self._only(
                select(Account.currency, func.sum(stored_units(Compensation.amount)))
                .join(Incident, Incident.id == Compensation.incident_id)
                .join(Account, Account.id == Incident.account_id)
                .where(Compensation.granted_on >= start, Compensation.granted_on < end)
                .group_by(Account.currency),
                Incident.account_id,
            ),
        )

    def pipeline(self, session: Session) -> tuple[ByCurrency, int]:
        statement = self._only(
            select(
                Opportunity.currency,
                func.sum(stored_units(Opportunity.amount) * Opportunity.probability),
                func.count(),
            )
            .select_from(Opportunity)
            .where(Opportunity.stage.not_in(CLOSED_STAGES))
            .group_by(Opportunity.currency),
            Opportunity.account_id,
        )
        amounts: ByCurrency = {}
        count = 0
        for currency, weighted, n in session.execute(statement):
            amounts[currency] = from_stored_units(weighted) / 100
            count += n
        return amounts, count

    def revenue_movement(
        self, session: Session, before: Quarter, after: Quarter
    ) -> dict[str, RevenueMovement]:
        start = aliased(RevenueRecord)
        end = aliased(RevenueRecord)
        s = stored_units(start.revenue)
        e = func.coalesce(stored_units(end.revenue), 0)
        statement = self._only(
            select(
                Account.currency,
                func.sum(s),
                func.sum(case((e > s, e - s), else_=0)),
                func.sum(case((and_(e > 0, e < s), s - e), else_=0)),
                func.sum(case((e == 0, s), else_=0)),
            )
            .join(Account, Account.id == start.account_id)
            .outerjoin(end, and_(end.account_id == start.account_id, end.period == after.key))
            .where(start.period == before.key, s > 0)
            .group_by(Account.currency),
            start.account_id,
        )
        return {
            currency: RevenueMovement(
                from_stored_units(total),
                from_stored_units(grown),
                from_stored_units(shrunk),
                from_stored_units(lost),
            )
            for currency, total, grown, shrunk, lost in session.execute(statement)
        }

    def nps(self, session: Session, start: date, end: date) -> Nps | None:
        statement = self._only(
            select(*nps_counts()).where(
                SurveyResponse.responded_on >= start, SurveyResponse.responded_on < end
            ),
            SurveyResponse.account_id,
        )
        total, promoters, detractors = session.execute(statement).one()
        return nps_from_counts(int(total), int(promoters or 0), int(detractors or 0))

    def customers(self, session: Session, first: date, last: date) -> CustomerCounts:
        at_start, at_end = customer_on(first), customer_on(last)
        statement = self._only(
            select(
                func.sum(case((at_start, 1), else_=0)),
                func.sum(case((at_end, 1), else_=0)),
                func.sum(case((and_(at_start, at_end), 1), else_=0)),
            ),
            Account.id,
        )
        start, end, kept = (int(n or 0) for n in session.execute(statement).one())
        return CustomerCounts(start, end, end - kept)

    def kpi_counts(self, session: Session, start: date, end: date) -> tuple[int, int]:
        statement = self._only(
            select(func.sum(case((measurement_meets_target(), 1), else_=0)), func.count())
            .select_from(KpiMeasurement)
            .join(AgreedKpi, kpi_of_measurement())
            .where(KpiMeasurement.measured_on >= start, KpiMeasurement.measured_on < end),
            AgreedKpi.account_id,
        )
        met, measured = session.execute(statement).one()
        return int(met or 0), int(measured)

    def open_incidents(self, session: Session) -> dict[Severity, int]:
        statement = self._only(
            select(Incident.severity, func.count())
            .where(Incident.status.in_(UNRESOLVED))
            .group_by(Incident.severity),
            Incident.account_id,
        )
        return {Severity(severity): n for severity, n in session.execute(statement)}

    def reported_incidents(self, session: Session, start: datetime, end: datetime) -> int:
        statement = self._only(
            select(func.count()).where(Incident.reported_at >= start, Incident.reported_at < end),
            Incident.account_id,
        )
        return int(session.scalar(statement) or 0)


def nps_counts() -> tuple[Any, Any, Any]:
    """SQL for the responses, promoters (9–10) and detractors (0–6) among survey rows,
    the counts :func:`workbench.domain.kpi.nps_from_counts` takes."""
    return (
        func.count(),
        func.sum(case((SurveyResponse.score >= 9, 1), else_=0)),
        func.sum(case((SurveyResponse.score <= 6, 1), else_=0)),
    )


def kpi_of_measurement() -> ColumnElement[bool]:
    """The join of agreed-KPI measurements to their KPI, read KPI by KPI.

    ``+ 0`` keeps SQLite from looking each measurement's KPI up by id, so it scans the
    KPIs and seeks each one's days on the (KPI, day, value) index, never reading a
    measurement row: a quarter's compliance at the stress size (18,000 KPIs, 116,000
    measurements) takes 32 ms this way, against 47–55 ms measurement by measurement.
    """
    return AgreedKpi.id + 0 == KpiMeasurement.kpi_id


def measurement_meets_target() -> ColumnElement[bool]:
    """SQL for :func:`workbench.domain.kpi.meets_target` on a measurement joined to its KPI."""
    return or_(
        and_(
            AgreedKpi.direction == KpiDirection.AT_LEAST, KpiMeasurement.value >= AgreedKpi.target
        ),
        and_(AgreedKpi.direction == KpiDirection.AT_MOST, KpiMeasurement.value <= AgreedKpi.target),
    )


def stored_units(column: Any) -> Any:
    """A scaled-decimal column as its stored integer, so SQL arithmetic stays exact."""
    return type_coerce(column, Integer)


#: How each KPI is shown: "money", "percent" (a fraction), "score" or "count".
KPI_UNITS: dict[str, str] = {
    "revenue": "money",
    "growth_qoq": "percent",
    "growth_yoy": "percent",
    "nps": "score",
    "customer_retention": "percent",
    "gross_revenue_retention": "percent",
    "net_revenue_retention": "percent",
    "kpi_compliance": "percent",
    "profit": "money",
    "margin": "percent",
    "pipeline": "money",
    "open_incidents": "count",
    "acknowledge_compliance": "percent",
    "resolve_compliance": "percent",
}


# --- drill-down: the accounts behind a KPI --------------------------------------------


#: What a click on each KPI tile shows in the Portfolio (the accounts that move it).
DRILL_LABELS: dict[str, str] = {
    "revenue": QT_TRANSLATE_NOOP("kpi", "Accounts with revenue in {period}"),
    "growth_qoq": QT_TRANSLATE_NOOP("kpi", "Accounts whose revenue fell in {period}"),
    "nps": QT_TRANSLATE_NOOP("kpi", "Accounts with a detractor in {period}"),
    "customer_retention": QT_TRANSLATE_NOOP("kpi", "Customers lost in the year to {period}"),
    "kpi_compliance": QT_TRANSLATE_NOOP("kpi", "Accounts that missed an agreed KPI in {period}"),
    "profit": QT_TRANSLATE_NOOP("kpi", "Accounts that lost money in {period}"),
    "pipeline": QT_TRANSLATE_NOOP("kpi", "Accounts with open opportunities"),
    "open_incidents": QT_TRANSLATE_NOOP("kpi", "Accounts with open incidents"),
}


def drill_accounts(session: Session, period: Quarter, key: str, *, now: datetime) -> frozenset[int]:
    """The accounts behind the KPI *key* of :data:`DRILL_LABELS` in *period*."""
    start, end = quarter_bounds(period)
    statement: Any
    if key == "revenue":
        statement = select(RevenueRecord.account_id).where(
            RevenueRecord.period == period.key, RevenueRecord.revenue > 0
        )
    elif key == "growth_qoq":
        before = aliased(RevenueRecord)
        statement = (
            select(before.account_id)
            .outerjoin(
                RevenueRecord,
                and_(
                    RevenueRecord.account_id == before.account_id,
                    RevenueRecord.period == period.key,
                ),
            )
            .where(
                before.period == period.previous().key,
                func.coalesce(stored_units(RevenueRecord.revenue), 0)
                < stored_units(before.revenue),
            )
        )
    elif key == "nps":
        statement = select(SurveyResponse.account_id).where(
            SurveyResponse.responded_on >= start,
            SurveyResponse.responded_on < end,
            SurveyResponse.score <= 6,
        )
    elif key == "customer_retention":
        last_day = min(end - timedelta(days=1), now.date())
        statement = select(Account.id).where(
            customer_on(period.shifted(-3).first_day), ~customer_on(last_day)
        )
    elif key == "kpi_compliance":
        statement = (
            select(AgreedKpi.account_id)
            .select_from(KpiMeasurement)
            .join(AgreedKpi, kpi_of_measurement())
            .where(
                KpiMeasurement.measured_on >= start,
                KpiMeasurement.measured_on < end,
                ~measurement_meets_target(),
            )
        )
    elif key == "profit":
        granted = (
            select(func.coalesce(func.sum(stored_units(Compensation.amount)), 0))
            .join(Incident, Incident.id == Compensation.incident_id)
            .where(
                Incident.account_id == RevenueRecord.account_id,
                Compensation.granted_on >= start,
                Compensation.granted_on < end,
            )
            .scalar_subquery()
        )
        statement = select(RevenueRecord.account_id).where(
            RevenueRecord.period == period.key,
            stored_units(RevenueRecord.revenue) - stored_units(RevenueRecord.cost) - granted < 0,
        )
    elif key == "pipeline":
        statement = select(Opportunity.account_id).where(Opportunity.stage.not_in(CLOSED_STAGES))
    elif key == "open_incidents":
        statement = select(Incident.account_id).where(Incident.status.in_(UNRESOLVED))
    else:
        raise KeyError(key)
    return frozenset(session.scalars(statement.distinct()))
