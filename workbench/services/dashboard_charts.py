"""The series behind the Dashboard's portfolio charts, and the accounts behind each element.

Every series is one aggregate query (``SUM``/``COUNT`` grouped by period and currency,
or by month and band…); Python only converts the few per-currency sums into the
reporting currency, as :mod:`workbench.services.kpi` does for the tiles. Amounts in a
currency without a rate are left out of the totals and listed in ``missing_rates``.

Choices:

* **Archived accounts are included** everywhere: revenue, survey answers and health
  snapshots are history, and a contract of an archived account still ends when it
  ends. The KPI tiles include them too, so the charts add up to the tiles. The
  drill-downs return archived accounts as well; the Portfolio shows them in its
  archived view.
* **Renewals** are counted per contract (an account with two contracts ending in a
  month counts twice in the count, once in the drill-down). Months are whole calendar
  months, the current one included from its first day, so a contract that ended
  earlier this month without being renewed still shows. ``NOT_RENEWING`` contracts are
  kept apart (:attr:`RenewalGroup.NOT_RENEWING`), neither secured nor open: revenue
  that is leaving is worth seeing, but it is not renewal work to do.
* Health bands come from the monthly snapshots (SQL ``CASE`` on the score, with the
  thresholds of :func:`workbench.domain.health.band_of`); a month without snapshots has
  no accounts in any band.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from workbench.domain.enums import RenewalStatus, Sector, Tier
from workbench.domain.exchange import ExchangeRates
from workbench.domain.health import Band, band_of
from workbench.domain.period import Quarter
from workbench.services.kpi import (
    ByCurrency,
    CurrencyTotals,
    from_stored_units,
    quarter_bounds,
    stored_units,
)
from workbench.store.models import Account, Contract, HealthSnapshot, RevenueRecord, SurveyResponse

QUARTERS_SHOWN = 8
MONTHS_SHOWN = 12
NPS_SCORES = range(11)

#: The bands best first, and the lowest score of each but the last: :func:`band_of` in SQL.
BANDS: tuple[Band, ...] = (Band.HEALTHY, Band.NEEDS_ATTENTION, Band.AT_RISK, Band.CRITICAL)
BAND_FLOORS: tuple[int, ...] = (80, 60, 40)


class RenewalGroup(StrEnum):
    """How far along a contract's renewal is, as the renewals chart splits it."""

    SECURED = "secured"
    OPEN = "open"
    NOT_RENEWING = "not_renewing"


RENEWAL_GROUPS: dict[RenewalStatus, RenewalGroup] = {
    RenewalStatus.RENEWED: RenewalGroup.SECURED,
    RenewalStatus.AUTO_RENEW: RenewalGroup.SECURED,
    RenewalStatus.NOT_DUE: RenewalGroup.OPEN,
    RenewalStatus.IN_NEGOTIATION: RenewalGroup.OPEN,
    RenewalStatus.NOT_RENEWING: RenewalGroup.NOT_RENEWING,
}


# What a click on a chart element asks the Portfolio to show. Each is a (named) tuple.


class QuarterDrill(NamedTuple):
    """The accounts with revenue in a quarter."""

    quarter: Quarter


class SegmentDrill(NamedTuple):
    """A sector and tier: the Portfolio filters on them itself."""

    sector: Sector
    tier: Tier


class NpsDrill(NamedTuple):
    """The accounts that answered *score* in *period*."""

    period: Quarter
    score: int


class BandDrill(NamedTuple):
    """The accounts whose snapshot of *month* (``year * 100 + month``) was in *band*."""

    month: int
    band: Band


class RenewalDrill(NamedTuple):
    """The accounts with a contract of *group* ending in the month."""

    year: int
    month: int
    group: RenewalGroup


DrillKey = QuarterDrill | SegmentDrill | NpsDrill | BandDrill | RenewalDrill


class QuarterRevenue(NamedTuple):
    quarter: Quarter
    #: In the reporting currency; ``None`` when the quarter has no revenue record at all.
    revenue: Decimal | None


class SegmentRevenue(NamedTuple):
    sector: Sector
    tier: Tier
    revenue: Decimal


@dataclass(frozen=True)
class MonthBands:
    """Accounts per health band in one month's snapshots."""

    month: int  # year * 100 + month
    counts: tuple[tuple[Band, int], ...]

    def count(self, band: Band) -> int:
        return dict(self.counts).get(band, 0)

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


class RenewalSlice(NamedTuple):
    contracts: int
    #: Annual value in the reporting currency (without the currencies lacking a rate).
    value: Decimal


@dataclass(frozen=True)
class RenewalMonth:
    year: int
    month: int
    slices: tuple[tuple[RenewalGroup, RenewalSlice], ...]

    def slice(self, group: RenewalGroup) -> RenewalSlice:
        return dict(self.slices).get(group, RenewalSlice(0, Decimal(0)))

    @property
    def contracts(self) -> int:
        return sum(s.contracts for _, s in self.slices)


@dataclass(frozen=True)
class DashboardCharts:
    """Everything the five portfolio charts draw; amounts are in :attr:`currency`."""

    period: Quarter
    currency: str
    #: The eight quarters ending with :attr:`period`, oldest first.
    revenue_by_quarter: tuple[QuarterRevenue, ...]
    #: Revenue of :attr:`period` per sector and tier that had any, in enum order.
    revenue_by_segment: tuple[SegmentRevenue, ...]
    #: Survey answers of :attr:`period` per score, index 0 … 10.
    nps_distribution: tuple[int, ...]
    #: The twelve months ending with today's, oldest first.
    health_bands: tuple[MonthBands, ...]
    #: Today's month and the eleven after it.
    renewals_by_month: tuple[RenewalMonth, ...]
    #: Currencies without an exchange rate; their amounts are left out of the totals.
    missing_rates: tuple[str, ...] = ()

    @property
    def has_revenue(self) -> bool:
        return any(q.revenue is not None for q in self.revenue_by_quarter)

    @property
    def has_nps(self) -> bool:
        return any(self.nps_distribution)

    @property
    def has_health(self) -> bool:
        return any(m.total for m in self.health_bands)

    @property
    def has_renewals(self) -> bool:
        return any(m.contracts for m in self.renewals_by_month)


def dashboard_charts(
    session: Session,
    period: Quarter,
    *,
    today: date,
    rates: ExchangeRates,
    revenue: Mapping[int, ByCurrency] | None = None,
) -> DashboardCharts:
    """The portfolio chart series: revenue and NPS of *period*, health and renewals
    around *today*, converted with *rates* into their reporting currency.

    *revenue* is :func:`quarter_revenue` of *period* when the caller has it already."""
    totals = CurrencyTotals(rates)
    if revenue is None:
        revenue = quarter_revenue(session, period)
    quarters = [period.shifted(-i) for i in range(QUARTERS_SHOWN - 1, -1, -1)]
    return DashboardCharts(
        period=period,
        currency=rates.reporting,
        revenue_by_quarter=tuple(
            QuarterRevenue(q, totals.maybe(revenue.get(q.key))) for q in quarters
        ),
        revenue_by_segment=_revenue_by_segment(session, period, totals),
        nps_distribution=_nps_distribution(session, period),
        health_bands=_health_bands(session, today),
        renewals_by_month=_renewals_by_month(session, today, totals),
        missing_rates=tuple(sorted(totals.missing)),
    )


def month_keys(today: date) -> list[int]:
    """The twelve month keys (``year * 100 + month``) ending with *today*'s month."""
    index = today.year * 12 + today.month - 1
    return [(i // 12) * 100 + i % 12 + 1 for i in range(index - MONTHS_SHOWN + 1, index + 1)]


def renewal_months(today: date) -> list[tuple[int, int]]:
    """(year, month) of *today*'s month and the eleven after it."""
    index = today.year * 12 + today.month - 1
    return [(i // 12, i % 12 + 1) for i in range(index, index + MONTHS_SHOWN)]


@dataclass(frozen=True)
class QuarterSums:
    """The portfolio's revenue and cost by quarter and currency."""

    revenue: dict[int, ByCurrency]
    cost: dict[int, ByCurrency]


def quarter_sums(session: Session, period: Quarter) -> QuarterSums:
    """Revenue and cost of the chart's eight quarters up to *period* (which hold the tiles'
    quarters too: the one before and a year before), read in one pass: the cost of the
    quarter and of the one before came from two more reads of the same rows (10 ms)."""
    quarters = [period.shifted(-i) for i in range(QUARTERS_SHOWN - 1, -1, -1)]
    statement = (
        select(
            RevenueRecord.period,
            Account.currency,
            func.sum(stored_units(RevenueRecord.revenue)),
            func.sum(stored_units(RevenueRecord.cost)),
        )
        # The window's records read on the (period, account, revenue, cost) index, which
        # holds all this needs of them, each account's currency looked up by id: ~10 %
        # faster at 10,000 accounts than going account by account on the (account, period)
        # index, which must then read each record from the table.
        .join(Account, Account.id == RevenueRecord.account_id)
        .where(RevenueRecord.period.between(quarters[0].key, period.key))
        .group_by(Account.currency, RevenueRecord.period)
    )
    found = QuarterSums(defaultdict(dict), defaultdict(dict))
    for key, currency, revenue, cost in session.execute(statement):
        found.revenue[key][currency] = from_stored_units(revenue)
        found.cost[key][currency] = from_stored_units(cost)
    return found


def quarter_revenue(session: Session, period: Quarter) -> dict[int, ByCurrency]:
    """The revenue of :func:`quarter_sums`."""
    return quarter_sums(session, period).revenue


def _revenue_by_segment(
    session: Session, period: Quarter, totals: CurrencyTotals
) -> tuple[SegmentRevenue, ...]:
    statement = (
        select(
            Account.sector,
            Account.tier,
            Account.currency,
            func.sum(stored_units(RevenueRecord.revenue)),
        )
        .join(Account, Account.id == RevenueRecord.account_id)
        .where(RevenueRecord.period == period.key)
        .group_by(Account.sector, Account.tier, Account.currency)
    )
    by_segment: dict[tuple[Sector, Tier], dict[str, Decimal]] = defaultdict(dict)
    for sector, tier, currency, total in session.execute(statement):
        by_segment[Sector(sector), Tier(tier)][currency] = from_stored_units(total)
    order = {s: i for i, s in enumerate(Sector)} | {t: i for i, t in enumerate(Tier)}
    return tuple(
        SegmentRevenue(sector, tier, totals.of(amounts))
        for (sector, tier), amounts in sorted(
            by_segment.items(), key=lambda item: (order[item[0][0]], order[item[0][1]])
        )
    )


def _nps_distribution(session: Session, period: Quarter) -> tuple[int, ...]:
    start, end = quarter_bounds(period)
    counts = dict(
        session.execute(
            select(SurveyResponse.score, func.count())
            .where(SurveyResponse.responded_on >= start, SurveyResponse.responded_on < end)
            .group_by(SurveyResponse.score)
        ).all()
    )
    return tuple(int(counts.get(score, 0)) for score in NPS_SCORES)


def band_index(score: Any) -> Any:
    """SQL for :func:`workbench.domain.health.band_of` on a score column, as the band's
    index in :data:`BANDS` (an integer groups and compares faster than the band's name)."""
    return case(*((score >= floor, i) for i, floor in enumerate(BAND_FLOORS)), else_=len(BANDS) - 1)


def _health_bands(session: Session, today: date) -> tuple[MonthBands, ...]:
    months = month_keys(today)
    # Counted by (month, score), the order of the (month, score) index: SQLite counts as it
    # reads it, where grouping by band sorted 100,000 rows first (22 against 10 ms at the
    # stress size); the bands are added up here from at most 101 scores a month.
    statement = (
        select(HealthSnapshot.month, HealthSnapshot.score, func.count())
        .where(HealthSnapshot.month.between(months[0], months[-1]))
        .group_by(HealthSnapshot.month, HealthSnapshot.score)
    )
    counts: dict[int, dict[Band, int]] = defaultdict(dict)
    for month, score, n in session.execute(statement):
        band = band_of(score)
        counts[month][band] = counts[month].get(band, 0) + int(n)
    return tuple(
        MonthBands(m, tuple((b, counts[m].get(b, 0)) for b in Band if m in counts)) for m in months
    )


def _month_bounds(year: int, month: int, months: int = 1) -> tuple[date, date]:
    """The first day of the month and the first day *months* months later."""
    index = year * 12 + month - 1 + months
    return date(year, month, 1), date(index // 12, index % 12 + 1, 1)


def _renewals_by_month(
    session: Session, today: date, totals: CurrencyTotals
) -> tuple[RenewalMonth, ...]:
    months = renewal_months(today)
    start, _ = _month_bounds(*months[0])
    _, end = _month_bounds(*months[-1])
    # Dates are ISO text in SQLite: the first seven characters are the month, "2026-11".
    month = func.substr(Contract.ends_on, 1, 7).label("month")
    statement = (
        select(
            month,
            Contract.renewal_status,
            Contract.currency,
            func.count(),
            func.sum(stored_units(Contract.annual_value)),
        )
        .where(Contract.ends_on >= start, Contract.ends_on < end)
        .group_by(month, Contract.renewal_status, Contract.currency)
    )
    counts: dict[tuple[int, int, RenewalGroup], int] = defaultdict(int)
    values: dict[tuple[int, int, RenewalGroup], dict[str, Decimal]] = defaultdict(dict)
    for text, status, currency, n, total in session.execute(statement):
        key = (int(text[:4]), int(text[5:7]), RENEWAL_GROUPS[RenewalStatus(status)])
        counts[key] += int(n)
        by_currency = values[key]
        by_currency[currency] = by_currency.get(currency, Decimal(0)) + from_stored_units(total)
    return tuple(
        RenewalMonth(
            year,
            month_number,
            tuple(
                (group, RenewalSlice(counts[key], totals.of(values[key])))
                for group in RenewalGroup
                if (key := (year, month_number, group)) in counts
            ),
        )
        for year, month_number in months
    )


# Drill-downs: the accounts behind one element of a chart.


def accounts_with_revenue_in(session: Session, quarter: Quarter) -> frozenset[int]:
    """Accounts with a revenue record above zero in *quarter*."""
    return _ids(
        session,
        select(RevenueRecord.account_id).where(
            RevenueRecord.period == quarter.key, stored_units(RevenueRecord.revenue) > 0
        ),
    )


def accounts_with_nps_score(session: Session, period: Quarter, score: int) -> frozenset[int]:
    """Accounts with at least one survey answer of *score* in *period*."""
    start, end = quarter_bounds(period)
    return _ids(
        session,
        select(SurveyResponse.account_id).where(
            SurveyResponse.responded_on >= start,
            SurveyResponse.responded_on < end,
            SurveyResponse.score == score,
        ),
    )


def accounts_in_band(session: Session, month_key: int, band: Band) -> frozenset[int]:
    """Accounts whose health snapshot of *month_key* falls in *band*."""
    return _ids(
        session,
        select(HealthSnapshot.account_id).where(
            HealthSnapshot.month == month_key,
            band_index(HealthSnapshot.score) == BANDS.index(band),
        ),
    )


def accounts_renewing_in(
    session: Session, year: int, month: int, group: RenewalGroup | None = None
) -> frozenset[int]:
    """Accounts with a contract ending in the month (of *group*'s statuses, if given)."""
    start, end = _month_bounds(year, month)
    statement = select(Contract.account_id).where(Contract.ends_on >= start, Contract.ends_on < end)
    if group is not None:
        statuses = [s for s, g in RENEWAL_GROUPS.items() if g is group]
        statement = statement.where(Contract.renewal_status.in_(statuses))
    return _ids(session, statement)


def drill_accounts(session: Session, key: DrillKey) -> frozenset[int] | None:
    """The accounts behind a clicked element; ``None`` for a segment, which the
    Portfolio filters by sector and tier itself."""
    match key:
        case QuarterDrill(quarter):
            return accounts_with_revenue_in(session, quarter)
        case NpsDrill(period, score):
            return accounts_with_nps_score(session, period, score)
        case BandDrill(month, band):
            return accounts_in_band(session, month, band)
        case RenewalDrill(year, month, group):
            return accounts_renewing_in(session, year, month, group)
    return None


def _ids(session: Session, statement: Any) -> frozenset[int]:
    return frozenset(session.scalars(statement.distinct()))
