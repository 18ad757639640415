"""The account health score (0–100): a documented, explainable weighted blend.

Each factor maps one signal to 0–100; the score is the weighted mean of the factors
that have data, so a missing factor's weight is redistributed over the others.
Every score carries each factor's contribution, so the UI can say *why*.

Default weights (editable later in settings) and factor scales:

=====================  ======  ===============================================
factor                 weight  0 … 100
=====================  ======  ===============================================
NPS (last 12 months)       25  NPS −100 → 0, +100 → 100 (linear)
revenue trend (QoQ)        20  −20 % or worse → 0, +20 % or better → 100
agreed-KPI compliance      20  share of measurements meeting target × 100
open incidents             15  100 − 40 per critical, 20 high, 10 medium, 5 low
days since last contact    10  ≤ 14 days → 100, 90 days or more → 0
renewal proximity          10  renewed/auto-renewing or > 180 days → 100;
                                 fewer days → falls to 0 at the end date
=====================  ======  ===============================================
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from workbench.domain.enums import Severity
from workbench.domain.validation import QT_TRANSLATE_NOOP


class Band(StrEnum):
    HEALTHY = "healthy"  # 80–100
    NEEDS_ATTENTION = "needs_attention"  # 60–79
    AT_RISK = "at_risk"  # 40–59
    CRITICAL = "critical"  # 0–39


BAND_LABELS = {
    Band.HEALTHY: QT_TRANSLATE_NOOP("health", "Healthy"),
    Band.NEEDS_ATTENTION: QT_TRANSLATE_NOOP("health", "Needs attention"),
    Band.AT_RISK: QT_TRANSLATE_NOOP("health", "At risk"),
    Band.CRITICAL: QT_TRANSLATE_NOOP("health", "Critical"),
}


def band_of(score: int) -> Band:
    if score >= 80:
        return Band.HEALTHY
    if score >= 60:
        return Band.NEEDS_ATTENTION
    if score >= 40:
        return Band.AT_RISK
    return Band.CRITICAL


DEFAULT_WEIGHTS: dict[str, int] = {
    "nps": 25,
    "revenue_trend": 20,
    "kpi_compliance": 20,
    "incidents": 15,
    "last_contact": 10,
    "renewal": 10,
}

INCIDENT_PENALTY = {Severity.CRITICAL: 40, Severity.HIGH: 20, Severity.MEDIUM: 10, Severity.LOW: 5}


@dataclass(frozen=True)
class HealthInputs:
    """The signals of one account; ``None`` means "no data" (the factor is left out)."""

    nps: Decimal | None = None
    nps_responses: int = 0
    growth: Decimal | None = None
    kpi_compliance: Decimal | None = None
    open_incidents: dict[Severity, int] | None = None
    days_since_contact: int | None = None
    days_to_renewal: int | None = None
    renewal_secured: bool = False


@dataclass(frozen=True)
class Factor:
    key: str
    weight: int
    value: Decimal  # 0–100
    #: Why, as a translatable template and its parameters.
    reason: str
    params: tuple[tuple[str, object], ...] = ()

    def contribution(self, total_weight: int) -> Decimal:
        """Points this factor adds to the score."""
        return self.value * self.weight / total_weight


class _LocalNumber:
    """A number formatted as a ``str.format`` spec says, with *point* for the decimal point."""

    def __init__(self, value: Decimal, point: str) -> None:
        self.value = value
        self.point = point

    def __format__(self, spec: str) -> str:
        return format(self.value, spec).replace(".", self.point)


def reason_text(
    template: str, params: tuple[tuple[str, object], ...], decimal_point: str = "."
) -> str:
    """A factor's reason (*template* already in the reader's language) with its numbers
    written with *decimal_point*: "-3.0" in English, "-3,0" in Spanish."""
    values = {
        name: _LocalNumber(value, decimal_point) if isinstance(value, Decimal) else value
        for name, value in params
    }
    return template.format(**values)


@dataclass(frozen=True)
class HealthScore:
    score: int | None
    factors: tuple[Factor, ...]
    total_weight: int

    @property
    def band(self) -> Band | None:
        return None if self.score is None else band_of(self.score)

    def points(self) -> dict[str, int]:
        """Each factor's contribution in whole points, adding up exactly to the score.

        The exact contributions are rounded by largest remainder, so the explanation
        the user reads ("NPS 20 + revenue 15 + …") sums to the number shown.
        """
        if self.score is None:
            return {}
        exact = {f.key: f.contribution(self.total_weight) for f in self.factors}
        floors = {key: int(value) for key, value in exact.items()}
        short = self.score - sum(floors.values())
        by_remainder = sorted(exact, key=lambda key: exact[key] - floors[key], reverse=True)
        for key in by_remainder[: max(short, 0)]:
            floors[key] += 1
        return floors

    def weakest(self) -> Factor | None:
        return min(self.factors, key=lambda f: f.value, default=None)


def _clamp(value: Decimal) -> Decimal:
    return max(Decimal(0), min(Decimal(100), value))


def _linear(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
    """0 at *low*, 100 at *high*, clamped."""
    return _clamp((value - low) * 100 / (high - low))


def nps_factor(nps: Decimal, responses: int, weight: int) -> Factor:
    return Factor(
        "nps",
        weight,
        _linear(nps, Decimal(-100), Decimal(100)),
        QT_TRANSLATE_NOOP("health", "NPS {nps} from {n} responses"),
        (("nps", int(nps.to_integral_value(rounding="ROUND_HALF_UP"))), ("n", responses)),
    )


def revenue_trend_factor(growth: Decimal, weight: int) -> Factor:
    percent = (growth * 100).quantize(Decimal("0.1"))
    return Factor(
        "revenue_trend",
        weight,
        _linear(percent, Decimal(-20), Decimal(20)),
        QT_TRANSLATE_NOOP("health", "Revenue {growth:+}% on the previous quarter"),
        (("growth", percent),),
    )


def kpi_compliance_factor(kpi_compliance: Decimal, weight: int) -> Factor:
    share = (kpi_compliance * 100).quantize(Decimal(1))
    return Factor(
        "kpi_compliance",
        weight,
        _clamp(kpi_compliance * 100),
        QT_TRANSLATE_NOOP("health", "{share}% of agreed-KPI measurements on target"),
        (("share", share),),
    )


def incidents_factor(open_incidents: dict[Severity, int], weight: int) -> Factor:
    penalty = sum(INCIDENT_PENALTY[s] * n for s, n in open_incidents.items())
    critical = open_incidents.get(Severity.CRITICAL, 0)
    total = sum(open_incidents.values())
    return Factor(
        "incidents",
        weight,
        _clamp(Decimal(100 - penalty)),
        QT_TRANSLATE_NOOP("health", "{open} open incidents, {critical} critical"),
        (("open", total), ("critical", critical)),
    )


def last_contact_factor(days: int, weight: int) -> Factor:
    return Factor(
        "last_contact",
        weight,
        _clamp(Decimal(100) - _linear(Decimal(days), Decimal(14), Decimal(90))),
        QT_TRANSLATE_NOOP("health", "Last contact {days} days ago"),
        (("days", days),),
    )


def renewal_factor(days: int, secured: bool, weight: int) -> Factor:
    value = Decimal(100) if secured else _linear(Decimal(days), Decimal(0), Decimal(180))
    template = (
        QT_TRANSLATE_NOOP("health", "Renewal secured; contract ends in {days} days")
        if secured
        else QT_TRANSLATE_NOOP("health", "Contract ends in {days} days, not yet renewed")
    )
    return Factor("renewal", weight, value, template, (("days", days),))


def health_factors(inputs: HealthInputs, weights: dict[str, int] = DEFAULT_WEIGHTS) -> list[Factor]:
    factors: list[Factor] = []
    if inputs.nps is not None:
        factors.append(nps_factor(inputs.nps, inputs.nps_responses, weights["nps"]))
    if inputs.growth is not None:
        factors.append(revenue_trend_factor(inputs.growth, weights["revenue_trend"]))
    if inputs.kpi_compliance is not None:
        factors.append(kpi_compliance_factor(inputs.kpi_compliance, weights["kpi_compliance"]))
    if inputs.open_incidents is not None:
        factors.append(incidents_factor(inputs.open_incidents, weights["incidents"]))
    if inputs.days_since_contact is not None:
        factors.append(last_contact_factor(inputs.days_since_contact, weights["last_contact"]))
    if inputs.days_to_renewal is not None:
        factors.append(
            renewal_factor(inputs.days_to_renewal, inputs.renewal_secured, weights["renewal"])
        )
    return factors


def health_score(inputs: HealthInputs, weights: dict[str, int] = DEFAULT_WEIGHTS) -> HealthScore:
    """Weighted mean of the available factors, rounded half-up to a whole number."""
    return _score_of(tuple(health_factors(inputs, weights)))


def _score_of(factors: tuple[Factor, ...]) -> HealthScore:
    total = sum(f.weight for f in factors)
    if total == 0:
        return HealthScore(None, factors, 0)
    exact = sum((f.value * f.weight for f in factors), Decimal(0)) / total
    return HealthScore(int(exact.to_integral_value(rounding="ROUND_HALF_UP")), factors, total)


_TENTH = Decimal("0.1")


class HealthScorer:
    """:func:`health_score` for many accounts and months, the same scores faster: each
    factor is built once per distinct signal value (accounts share most of them: the
    same days since contact, the same share of KPIs on target) and then only looked up.
    """

    def __init__(self, weights: dict[str, int] = DEFAULT_WEIGHTS) -> None:
        self.weights = dict(weights)
        self._factors: dict[tuple[object, ...], Factor] = {}
        #: Each known factor's value × weight, by the factor's id.
        self._weighted: dict[int, Decimal] = {}

    def _known(self, factor: Factor) -> Factor:
        self._weighted[id(factor)] = factor.value * factor.weight
        return factor

    def nps(self, nps: Decimal, responses: int) -> Factor:
        key = ("nps", nps, responses)
        if (factor := self._factors.get(key)) is None:
            factor = self._factors[key] = self._known(
                nps_factor(nps, responses, self.weights["nps"])
            )
        return factor

    def revenue_trend(self, growth: Decimal) -> Factor:
        # The factor depends on the growth only through its rounded percentage.
        key = ("revenue_trend", (growth * 100).quantize(_TENTH))
        if (factor := self._factors.get(key)) is None:
            factor = self._factors[key] = self._known(
                revenue_trend_factor(growth, self.weights["revenue_trend"])
            )
        return factor

    def kpi_compliance(self, share: Decimal) -> Factor:
        key = ("kpi_compliance", share)
        if (factor := self._factors.get(key)) is None:
            factor = self._factors[key] = self._known(
                kpi_compliance_factor(share, self.weights["kpi_compliance"])
            )
        return factor

    def incidents(self, open_incidents: dict[Severity, int]) -> Factor:
        key = ("incidents", *sorted(open_incidents.items()))
        if (factor := self._factors.get(key)) is None:
            factor = self._factors[key] = self._known(
                incidents_factor(dict(open_incidents), self.weights["incidents"])
            )
        return factor

    def last_contact(self, days: int) -> Factor:
        key = ("last_contact", days)
        if (factor := self._factors.get(key)) is None:
            factor = self._factors[key] = self._known(
                last_contact_factor(days, self.weights["last_contact"])
            )
        return factor

    def renewal(self, days: int, secured: bool) -> Factor:
        key = ("renewal", days, secured)
        if (factor := self._factors.get(key)) is None:
            factor = self._factors[key] = self._known(
                renewal_factor(days, secured, self.weights["renewal"])
            )
        return factor

    def combine(self, factors: tuple[Factor, ...]) -> HealthScore:
        """The score of *factors*, each got from this scorer (:func:`health_score`'s sums,
        in the same order, on the weighted values worked out once)."""
        weighted = self._weighted
        total = 0
        points = Decimal(0)
        for factor in factors:
            total += factor.weight
            points += weighted[id(factor)]
        if total == 0:
            return HealthScore(None, factors, 0)
        exact = points / total
        return HealthScore(int(exact.to_integral_value(rounding="ROUND_HALF_UP")), factors, total)

    def of(self, inputs: HealthInputs) -> HealthScore:
        """:func:`health_score` of *inputs*."""
        factors: list[Factor] = []
        if inputs.nps is not None:
            factors.append(self.nps(inputs.nps, inputs.nps_responses))
        if inputs.growth is not None:
            factors.append(self.revenue_trend(inputs.growth))
        if inputs.kpi_compliance is not None:
            factors.append(self.kpi_compliance(inputs.kpi_compliance))
        if inputs.open_incidents is not None:
            factors.append(self.incidents(inputs.open_incidents))
        if inputs.days_since_contact is not None:
            factors.append(self.last_contact(inputs.days_since_contact))
        if inputs.days_to_renewal is not None:
            factors.append(self.renewal(inputs.days_to_renewal, inputs.renewal_secured))
        return self.combine(tuple(factors))
