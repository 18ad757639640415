"""KPI definitions of SPEC.md, each checked on hand-computed data."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.domain.enums import KpiDirection
from workbench.domain.kpi import compliance, meets_target, nps, revenue_growth


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
