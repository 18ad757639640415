"""Return on investment of a proposal: cash flows, ROI %, NPV, payback and IRR.

The model is the one a key-account manager puts in front of a client: the
investment is paid at once at the start (year 0) and brings the same benefit at
the end of each year of the horizon. Money stays in ``Decimal``; results are not
rounded here (the UI rounds for display). Percentages are given and returned in
percent (10 means 10 %), as the user types them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext

from workbench.domain.validation import (
    QT_TRANSLATE_NOOP,
    Problem,
    check_not_negative,
    check_present,
    check_range,
    check_scale,
    ensure_valid,
)

_HUNDRED = Decimal(100)
_MAX_HORIZON = 50
#: IRR is searched above −100 % and below this rate (as a fraction: 10⁶ = 100,000,000 %).
_IRR_CEILING = Decimal(10) ** 6
#: Bisection stops when the bracket is narrower than this, as a fraction (1e-10 = 1e-8 %).
_IRR_TOLERANCE = Decimal("1e-10")


def cash_flows(investment: Decimal, annual_benefit: Decimal, horizon_years: int) -> list[Decimal]:
    """Flows by year: ``[−investment, benefit, …, benefit]`` with *horizon_years* benefits."""
    return [-investment] + [annual_benefit] * horizon_years


def cumulative(flows: Sequence[Decimal]) -> list[Decimal]:
    """Running sums: element *t* is the sum of flows 0…t (the position at the end of year t)."""
    running = Decimal(0)
    sums = []
    for flow in flows:
        running += flow
        sums.append(running)
    return sums


def roi_pct(investment: Decimal, annual_benefit: Decimal, horizon_years: int) -> Decimal | None:
    """(total benefit − investment) / investment × 100, with total benefit = benefit × years.

    Undiscounted. Undefined (``None``) when the investment is 0: a return on nothing
    has no percentage.
    """
    if investment == 0:
        return None
    return (annual_benefit * horizon_years - investment) / investment * _HUNDRED


def npv(rate_pct: Decimal, flows: Sequence[Decimal]) -> Decimal:
    """Net present value: Σ flowₜ / (1 + r)ᵗ for t = 0, 1, …, with r = *rate_pct* / 100.

    Computed in ``Decimal`` with 40 significant digits and returned to the usual 28,
    so the sum is exact to far below a cent. Raises :class:`ValueError` for a rate
    of −100 % or less, where the discount factor is zero or negative.
    """
    if rate_pct <= -_HUNDRED:
        raise ValueError(f"discount rate must be above -100 %, not {rate_pct}")
    return +_npv_at(1 + rate_pct / _HUNDRED, flows)


def _npv_at(growth: Decimal, flows: Sequence[Decimal]) -> Decimal:
    """Σ flowₜ / growthᵗ at 40 digits (the caller's context rounds the result)."""
    with localcontext() as context:
        context.prec = 40
        total = Decimal(0)
        factor = Decimal(1)
        for flow in flows:
            total += flow / factor
            factor *= growth
        return total


def payback_years(investment: Decimal, annual_benefit: Decimal) -> Decimal | None:
    """Years until the benefits repay the investment: investment / annual benefit.

    Fractional and linear within the year (2.5 = half-way through the third year),
    as if each year's benefit arrived evenly. Not limited to any horizon: compare it
    with the horizon to know whether the proposal pays back in time. 0 when there is
    nothing to repay; undefined (``None``) when the benefit is 0.
    """
    if annual_benefit == 0:
        return None
    return investment / annual_benefit


def payback_of_flows(flows: Sequence[Decimal]) -> Decimal | None:
    """When the cumulative flow first climbs from below zero to zero or above, in years.

    Linear within the year in which it crosses (the chart's cumulative line crosses
    zero at the same point). 0 when the cumulative flow is never negative; ``None``
    when it never recovers within *flows*. For :func:`cash_flows` it equals
    :func:`payback_years` whenever that is within the horizon.
    """
    sums = cumulative(flows)
    if not sums:
        return None
    if all(total >= 0 for total in sums):
        return Decimal(0)
    for year in range(1, len(sums)):
        before, after = sums[year - 1], sums[year]
        if before < 0 <= after:
            return year - 1 + (-before) / (after - before)
    return None


def irr_pct(flows: Sequence[Decimal]) -> Decimal | None:
    """Internal rate of return: the rate (in %) at which :func:`npv` of *flows* is 0.

    Found by bisection between just above −100 % and 100,000,000 %, to within
    1e-7 percentage points. Undefined (``None``) when the flows never change sign
    (nothing invested, or nothing returned), or when no rate in that range brings
    the NPV to zero. With one change of sign, as in :func:`cash_flows`, the root
    is unique.
    """
    if not (any(f < 0 for f in flows) and any(f > 0 for f in flows)):
        return None
    with localcontext() as context:
        context.prec = 40
        low = Decimal("-0.999999")  # as fractions; the NPV's sign is checked at both ends
        high = Decimal(1)
        value_low = _npv_at(1 + low, flows)
        if value_low == 0:
            return low * _HUNDRED
        sign_low = value_low > 0
        while (_npv_at(1 + high, flows) > 0) == sign_low:
            if high >= _IRR_CEILING:
                return None
            high *= 2
        while high - low > _IRR_TOLERANCE:
            middle = (low + high) / 2
            value = _npv_at(1 + middle, flows)
            if value == 0:
                low = high = middle
            elif (value > 0) == sign_low:
                low = middle
            else:
                high = middle
        rate = (low + high) / 2 * _HUNDRED
    return rate.quantize(Decimal("1e-8"))


@dataclass(frozen=True, slots=True)
class RoiInputs:
    """What the user types in the proposal's ROI analysis (see ``store`` ``ProposalRoi``)."""

    investment: Decimal
    annual_benefit: Decimal
    horizon_years: int
    discount_rate_pct: Decimal


@dataclass(frozen=True, slots=True)
class RoiResult:
    """Everything the ROI panel and its chart show; ``None`` marks an undefined figure."""

    flows: tuple[Decimal, ...]
    cumulative: tuple[Decimal, ...]
    #: Benefit over the horizon minus the investment, undiscounted.
    net_benefit: Decimal
    roi_pct: Decimal | None
    npv: Decimal
    irr_pct: Decimal | None
    #: 0 when nothing is invested (even with no benefit); ``None`` when never repaid.
    payback_years: Decimal | None
    #: The payback falls within the horizon.
    pays_back: bool


def analyse(inputs: RoiInputs) -> RoiResult:
    """All the figures of the analysis; raises ``ValidationError`` for refused inputs."""
    ensure_valid(
        roi_problems(
            inputs.investment,
            inputs.annual_benefit,
            inputs.horizon_years,
            inputs.discount_rate_pct,
        )
    )
    flows = cash_flows(inputs.investment, inputs.annual_benefit, inputs.horizon_years)
    payback = payback_years(inputs.investment, inputs.annual_benefit)
    if inputs.investment == 0:
        payback = Decimal(0)
    sums = cumulative(flows)
    return RoiResult(
        flows=tuple(flows),
        cumulative=tuple(sums),
        net_benefit=sums[-1],
        roi_pct=roi_pct(inputs.investment, inputs.annual_benefit, inputs.horizon_years),
        npv=npv(inputs.discount_rate_pct, flows),
        irr_pct=irr_pct(flows),
        payback_years=payback,
        pays_back=payback is not None and payback <= inputs.horizon_years,
    )


def roi_problems(
    investment: Decimal | None,
    annual_benefit: Decimal | None,
    horizon_years: int | None,
    discount_rate_pct: Decimal | None,
) -> list[Problem]:
    """Why the ROI inputs are refused (the same limits as the database's CHECKs).

    A missing *investment* is accepted: it means "the proposal total", which the
    caller fills in before :func:`analyse`.
    """
    problems: list[Problem] = []
    check_present(problems, "annual_benefit", annual_benefit)
    for name, amount in (("investment", investment), ("annual_benefit", annual_benefit)):
        check_scale(problems, name, amount)
        check_not_negative(problems, name, _finite(amount))
    check_present(problems, "horizon_years", horizon_years)
    check_range(problems, "horizon_years", horizon_years, 1, _MAX_HORIZON)
    check_present(problems, "discount_rate_pct", discount_rate_pct)
    check_scale(problems, "discount_rate_pct", discount_rate_pct)
    rate = _finite(discount_rate_pct)
    if rate is not None and rate <= -_HUNDRED:
        problems.append(
            Problem(
                "discount_rate_pct",
                QT_TRANSLATE_NOOP("validation", "Must be greater than {low}."),
                {"low": -100},
            )
        )
    return problems


def _finite(value: Decimal | None) -> Decimal | None:
    """NaN and infinity are already refused by ``check_scale``; compare only real numbers."""
    return value if value is not None and value.is_finite() else None
