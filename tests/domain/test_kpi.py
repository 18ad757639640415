"""KPI definitions of SPEC.md, each checked on hand-computed data."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.domain.enums import KpiDirection
from workbench.domain.exchange import ExchangeRates, MissingRate
from workbench.domain.kpi import (
    RevenueMovement,
    compliance,
    customer_retention,
    gross_revenue_retention,
    margin,
    meets_target,
    net_revenue_retention,
    nps,
    profit,
    revenue_growth,
    revenue_movement,
    weighted_pipeline,
)


def test_growth_is_relative_to_the_previous_period() -> None:
    assert revenue_growth(Decimal(110), Decimal(100)) == Decimal("0.1")
    assert revenue_growth(Decimal(75), Decimal(100)) == Decimal("-0.25")
    assert revenue_growth(None, Decimal(100)) == Decimal(-1)  # bought nothing this quarter


@pytest.mark.parametrize("previous", [None, Decimal(0)])
def test_growth_is_undefined_not_zero_without_previous_revenue(previous: Decimal | None) -> None:
    assert revenue_growth(Decimal(100), previous) is None


def test_nps_counts_passives_only_in_the_denominator() -> None:
    # 3 promoters, 2 passives, 1 detractor: (3 − 1) / 6 = 33.33…
    result = nps([10, 9, 9, 8, 7, 3])
    assert result is not None
    assert result.score == Decimal(200) / 6
    assert (result.responses, result.promoters, result.detractors) == (6, 3, 1)
    assert result.rounded == 33


def test_nps_extremes_and_rounding() -> None:
    assert nps([10, 10]).score == 100  # type: ignore[union-attr]
    assert nps([0, 6]).score == -100  # type: ignore[union-attr]
    assert nps([9, 6]).rounded == 0  # type: ignore[union-attr]
    assert nps([9, 9, 6, 7, 7, 7, 7, 7]).rounded == 13  # 12.5 → 13, half away from zero


def test_nps_is_undefined_without_responses() -> None:
    assert nps([]) is None


def test_nps_refuses_scores_outside_0_to_10() -> None:
    with pytest.raises(ValueError, match="out of 0–10"):
        nps([11])


@given(st.lists(st.integers(0, 10), min_size=1, max_size=200))
def test_nps_is_always_between_minus_100_and_100(scores: list[int]) -> None:
    result = nps(scores)
    assert result is not None and -100 <= result.score <= 100


def test_kpi_targets_at_least_and_at_most() -> None:
    assert meets_target(Decimal("98.0"), Decimal(98), KpiDirection.AT_LEAST)
    assert not meets_target(Decimal("97.9"), Decimal(98), KpiDirection.AT_LEAST)
    assert meets_target(Decimal(24), Decimal(24), KpiDirection.AT_MOST)
    assert not meets_target(Decimal("24.5"), Decimal(24), KpiDirection.AT_MOST)
    assert compliance(3, 4) == Decimal("0.75")
    assert compliance(0, 0) is None


# --- retention, revenue retention, profit, pipeline (hand-computed) ------------------


def test_customer_retention_is_kept_customers_over_start() -> None:
    # 10 at the start, 2 lost, 3 gained: E = 11, N = 3 -> (11 - 3) / 10.
    assert customer_retention(10, 11, 3) == Decimal("0.8")


def test_customer_retention_undefined_without_customers_at_start() -> None:
    assert customer_retention(0, 4, 4) is None


def test_customer_retention_refuses_impossible_counts() -> None:
    with pytest.raises(ValueError):
        customer_retention(5, 2, 3)


def test_revenue_movement_classifies_churn_contraction_and_expansion() -> None:
    movement = revenue_movement(
        [
            (Decimal(100), Decimal(0)),  # churned
            (Decimal(200), Decimal(150)),  # contraction 50
            (Decimal(300), Decimal(360)),  # expansion 60
            (Decimal(400), None),  # no record at the end: churned
            (Decimal(0), Decimal(999)),  # new customer: not in the cohort
        ]
    )
    assert movement == RevenueMovement(
        Decimal(1000), expansion=Decimal(60), contraction=Decimal(50), churned=Decimal(500)
    )
    # GRR = (1000 - 500 - 50) / 1000; NRR = (1000 + 60 - 50 - 500) / 1000.
    assert gross_revenue_retention(movement) == Decimal("0.45")
    assert net_revenue_retention(movement) == Decimal("0.51")


def test_gross_revenue_retention_never_above_one_even_when_everyone_grows() -> None:
    movement = revenue_movement([(Decimal(100), Decimal(300)), (Decimal(50), Decimal(80))])
    assert gross_revenue_retention(movement) == 1
    assert net_revenue_retention(movement) == Decimal(380) / Decimal(150)


def test_revenue_retention_undefined_without_a_cohort() -> None:
    movement = revenue_movement([(Decimal(0), Decimal(10))])
    assert gross_revenue_retention(movement) is None
    assert net_revenue_retention(movement) is None


def test_revenue_movement_in_another_currency_scales_every_part() -> None:
    movement = RevenueMovement(Decimal(100), Decimal(10), Decimal(5), Decimal(20))
    assert movement.scaled(Decimal("0.5")) == RevenueMovement(
        Decimal(50), Decimal(5), Decimal("2.5"), Decimal(10)
    )


def test_profit_and_margin() -> None:
    result = profit(Decimal(1000), Decimal(600), Decimal(50))
    assert result == Decimal(350)
    assert margin(result, Decimal(1000)) == Decimal("0.35")
    assert margin(Decimal(-20), Decimal(0)) is None


def test_weighted_pipeline_and_its_bounds() -> None:
    assert weighted_pipeline(Decimal(10000), 35) == Decimal(3500)
    with pytest.raises(ValueError):
        weighted_pipeline(Decimal(10000), 120)
    with pytest.raises(ValueError):
        weighted_pipeline(Decimal(-1), 50)


@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=0, max_value=10**6, places=2),
            st.one_of(st.none(), st.decimals(min_value=0, max_value=10**6, places=2)),
        ),
        max_size=30,
    )
)
def test_gross_retention_bounded_and_below_net(pairs: list[tuple[Decimal, Decimal | None]]) -> None:
    movement = revenue_movement(pairs)
    grr = gross_revenue_retention(movement)
    nrr = net_revenue_retention(movement)
    if grr is None:
        assert movement.start == 0
        return
    assert 0 <= grr <= 1
    assert nrr is not None and nrr >= grr


def test_exchange_rates_convert_through_the_reporting_currency() -> None:
    rates = ExchangeRates("USD", {"EUR": Decimal(1), "USD": Decimal("0.8"), "GBP": Decimal("1.2")})
    assert rates.convert(Decimal(100), "USD") == Decimal(100)
    assert rates.convert(Decimal(80), "EUR") == Decimal(100)
    assert rates.total({"EUR": Decimal(8), "GBP": Decimal(2)}) == Decimal(13)
    assert rates.missing({"EUR", "JPY"}) == ["JPY"]
    with pytest.raises(MissingRate):
        rates.convert(Decimal(1), "JPY")
    with pytest.raises(ValueError):
        ExchangeRates("EUR", {"EUR": Decimal(0)})


def test_nps_with_only_passives_is_zero_not_undefined() -> None:
    result = nps([7, 8, 7])
    assert result is not None and result.score == 0 and result.responses == 3
    assert (result.promoters, result.detractors) == (0, 0)
