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
