"""KPI mathematics on plain numbers — the exact definitions of SPEC.md §KPIs.

Every function returns ``None`` when the KPI is undefined (no previous revenue, no
survey responses…): an undefined KPI is shown as "—" with its reason, never as 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from workbench.domain.enums import KpiDirection


def revenue_growth(current: Decimal | None, previous: Decimal | None) -> Decimal | None:
    """(revenue in period − revenue in previous period) / revenue in previous period.

    A fraction (0.1 = +10 %). Undefined when the previous period has no revenue
    (missing or zero), because growth from nothing has no meaning. A missing
    current period counts as zero revenue (the account bought nothing).
    """
    if previous is None or previous == 0:
        return None
    return ((current or Decimal(0)) - previous) / previous


@dataclass(frozen=True)
class Nps:
    """Net Promoter Score over a set of 0–10 responses."""

    score: Decimal
    responses: int
    promoters: int
    detractors: int

    @property
    def rounded(self) -> int:
        """Shown as a whole number (half away from zero)."""
        return int(self.score.to_integral_value(rounding="ROUND_HALF_UP"))


def nps(scores: Iterable[int]) -> Nps | None:
    """% promoters (9–10) − % detractors (0–6), from −100 to 100, kept exact.

    Passives (7–8) count only in the denominator. Undefined with no responses.
    """
    total = promoters = detractors = 0
    for score in scores:
        if not 0 <= score <= 10:
            raise ValueError(f"survey score out of 0–10: {score}")
        total += 1
        if score >= 9:
            promoters += 1
        elif score <= 6:
            detractors += 1
    return nps_from_counts(total, promoters, detractors)


def nps_from_counts(total: int, promoters: int, detractors: int) -> Nps | None:
    """NPS from counts already aggregated (e.g. by SQL)."""
    if total == 0:
        return None
    score = Decimal(100) * (promoters - detractors) / total
    return Nps(score, total, promoters, detractors)


def meets_target(value: Decimal, target: Decimal, direction: KpiDirection) -> bool:
    """Whether one measurement of an agreed KPI meets its target ("at least" or "at most")."""
    return value >= target if direction is KpiDirection.AT_LEAST else value <= target


def compliance(met: int, measured: int) -> Decimal | None:
    """Share of agreed-KPI measurements in the period that meet their target."""
    if measured == 0:
        return None
    return Decimal(met) / Decimal(measured)


# --- retention ----------------------------------------------------------------------------


def customer_retention(start: int, end: int, acquired: int) -> Decimal | None:
    """Customer (logo) retention rate (E − N) / S, a fraction.

    *start* (S) counts the customers at the period's start, *end* (E) those at its end
    and *acquired* (N) the customers at the end who were not customers at the start
    (new, or won back after leaving). So E − N is the customers kept through the
    period, and the rate never exceeds 1. Undefined without customers at the start.
    """
    if start < 0 or end < 0 or acquired < 0 or acquired > end:
        raise ValueError(f"impossible customer counts: S={start}, E={end}, N={acquired}")
    if start == 0:
        return None
    return Decimal(end - acquired) / Decimal(start)


@dataclass(frozen=True)
class RevenueMovement:
    """How the revenue of the cohort that existed at the period's start moved.

    Only accounts with revenue at the start are in the cohort: a customer won during
    the period is in neither the numerator nor the denominator of GRR and NRR.
    """

    start: Decimal
    expansion: Decimal = Decimal(0)
    contraction: Decimal = Decimal(0)
    churned: Decimal = Decimal(0)

    def __add__(self, other: RevenueMovement) -> RevenueMovement:
        return RevenueMovement(
            self.start + other.start,
            self.expansion + other.expansion,
            self.contraction + other.contraction,
            self.churned + other.churned,
        )

    def scaled(self, factor: Decimal) -> RevenueMovement:
        """The same movement in another currency (*factor* units per unit)."""
        return RevenueMovement(
            self.start * factor,
            self.expansion * factor,
            self.contraction * factor,
            self.churned * factor,
        )


def revenue_movement(pairs: Iterable[tuple[Decimal, Decimal | None]]) -> RevenueMovement:
    """Sum (start revenue, end revenue) pairs of the accounts of a cohort.

    An account with no start revenue is not in the cohort and is skipped. An end of
    zero (or none) is churn; less than the start is contraction; more is expansion.
    """
    movement = RevenueMovement(Decimal(0))
    for start, end in pairs:
        if start < 0 or (end is not None and end < 0):
            raise ValueError("revenue cannot be negative")
        if start == 0:
            continue
        end = end or Decimal(0)
        movement = movement + RevenueMovement(
            start,
            expansion=max(end - start, Decimal(0)),
            contraction=start - end if 0 < end < start else Decimal(0),
            churned=start if end == 0 else Decimal(0),
        )
    return movement


def gross_revenue_retention(movement: RevenueMovement) -> Decimal | None:
    """(start revenue − churned − contraction) / start revenue; never above 1.

    Expansion is ignored on purpose: GRR says how much of the revenue we had we kept.
    Undefined when the cohort had no revenue at the start.
    """
    if movement.start == 0:
        return None
    return (movement.start - movement.churned - movement.contraction) / movement.start


def net_revenue_retention(movement: RevenueMovement) -> Decimal | None:
    """(start + expansion − contraction − churned) / start; above 1 when the cohort grew."""
    if movement.start == 0:
        return None
    return (
        movement.start + movement.expansion - movement.contraction - movement.churned
    ) / movement.start


# --- money --------------------------------------------------------------------------------


def profit(revenue: Decimal, cost: Decimal, compensations: Decimal) -> Decimal:
    """Profitability: revenue − cost − compensations granted to the client."""
    return revenue - cost - compensations


def margin(profit_amount: Decimal, revenue: Decimal) -> Decimal | None:
    """Profit as a fraction of revenue; undefined without revenue."""
    if revenue == 0:
        return None
    return profit_amount / revenue


def weighted_pipeline(amount: Decimal, probability: int) -> Decimal:
    """An open opportunity's pipeline value: amount × probability (0–100 %)."""
    if not 0 <= probability <= 100:
        raise ValueError(f"probability out of 0–100: {probability}")
    if amount < 0:
        raise ValueError("an opportunity's amount cannot be negative")
    return amount * probability / 100
