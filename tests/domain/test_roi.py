"""ROI %, NPV, payback and IRR of a proposal, against hand-computed and published figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from workbench.domain.roi import (
    RoiInputs,
    analyse,
    cash_flows,
    cumulative,
    irr_pct,
    npv,
    payback_of_flows,
    payback_years,
    roi_pct,
    roi_problems,
)
from workbench.domain.validation import ValidationError

D = Decimal
CENT = D("0.01")


def fields(problems: list) -> set[str]:  # type: ignore[type-arg]
    return {p.field for p in problems}


def test_cash_flows_put_the_investment_in_year_0_and_a_benefit_in_each_later_year() -> None:
    assert cash_flows(D(1000), D(400), 3) == [D(-1000), D(400), D(400), D(400)]
    assert cumulative([D(-1000), D(400), D(400), D(400)]) == [D(-1000), D(-600), D(-200), D(200)]
    assert cumulative([]) == []


def test_roi_is_the_undiscounted_gain_over_the_investment() -> None:
    # (3 × 400 − 1000) / 1000 × 100 = 20 %
    assert roi_pct(D(1000), D(400), 3) == D(20)
    # (2 × 100 − 300) / 300 × 100 = −33.33… %
    assert roi_pct(D(300), D(100), 2).quantize(CENT) == D("-33.33")  # type: ignore[union-attr]


def test_npv_discounts_each_year_by_one_plus_the_rate_to_the_year() -> None:
    # −1000 + 550 / 1.1 + 605 / 1.21 = −1000 + 500 + 500 = 0, exactly.
    assert npv(D(10), [D(-1000), D(550), D(605)]) == 0
    # −100 + 105 / 1.05 + 110.25 / 1.1025 = 100
    assert npv(D(5), [D(-100), D(105), D("110.25")]) == D(100)


def test_published_annuity_example_npv_and_irr() -> None:
    # The standard present value of an annuity, PV = C × (1 − (1 + r)^−n) / r, as in any
    # corporate-finance textbook (e.g. Brealey, Myers & Allen, "Principles of Corporate
    # Finance", ch. 2): −100,000 now and +30,000 a year for 5 years at 10 %.
    # Annuity factor (1 − 1.1^−5) / 0.1 = 3.790787 (3.7907867694…), so
    # NPV = 30,000 × 3.7907867694 − 100,000 = 13,723.60.
    # IRR: the rate with annuity factor 100,000 / 30,000 = 3.3333, ≈ 15.24 % (spreadsheet
    # =IRR(-100000; 30000; 30000; 30000; 30000; 30000) gives 15.24 %); checked here
    # by putting the rate back into the NPV.
    flows = cash_flows(D(100_000), D(30_000), 5)
    assert npv(D(10), flows).quantize(CENT) == D("13723.60")
    irr = irr_pct(flows)
    assert irr is not None
    assert irr.quantize(CENT) == D("15.24")
    assert abs(npv(irr, flows)) < D("0.01")
    assert abs(irr - D("15.2382371")) < D("1e-7")
    assert payback_years(D(100_000), D(30_000)).quantize(CENT) == D("3.33")  # type: ignore[union-attr]
    assert roi_pct(D(100_000), D(30_000), 5) == D(50)


def test_irr_of_hand_computed_flows() -> None:
    # 110 / (1 + r) = 100 → r = 10 %; 121 / (1 + r)² = 100 → r = 10 %.
    for flows in ([D(-100), D(110)], [D(-100), D(0), D(121)]):
        irr = irr_pct(flows)
        assert irr is not None and abs(irr - 10) < D("1e-7")
    # A huge return: 1000 / (1 + r) = 1 → r = 99,900 %.
    huge = irr_pct([D(-1), D(1000)])
    assert huge is not None and abs(huge - 99_900) < D("1e-7")
    # Losing half: 50 / (1 + r) = 100 → r = −50 %.
    loss = irr_pct([D(-100), D(50)])
    assert loss is not None and abs(loss + 50) < D("1e-7")


def test_irr_is_undefined_without_a_change_of_sign() -> None:
    assert irr_pct(cash_flows(D(0), D(100), 3)) is None  # nothing invested
    assert irr_pct(cash_flows(D(100), D(0), 3)) is None  # nothing returned
    assert irr_pct([]) is None


def test_a_zero_rate_adds_the_flows_up() -> None:
    assert npv(D(0), cash_flows(D(100_000), D(30_000), 5)) == D(50_000)


def test_a_negative_rate_makes_later_money_worth_more() -> None:
    # At −50 % the discount factor of year t is 0.5^t: −100 + 30 / 0.5 + 30 / 0.25 = 80.
    assert npv(D(-50), [D(-100), D(30), D(30)]) == D(80)


@pytest.mark.parametrize("rate", [D(-100), D(-150)])
def test_npv_refuses_a_rate_of_minus_100_percent_or_less(rate: Decimal) -> None:
    with pytest.raises(ValueError):
        npv(rate, [D(-1), D(2)])


def test_payback_is_linear_within_the_year() -> None:
    assert payback_years(D(1000), D(400)) == D("2.5")  # half-way through the third year
    assert payback_of_flows(cash_flows(D(1000), D(400), 3)) == D("2.5")
    assert payback_years(D(0), D(400)) == 0
    assert payback_of_flows(cash_flows(D(0), D(400), 3)) == 0


def test_payback_is_undefined_without_benefit_or_within_too_short_a_horizon() -> None:
    assert payback_years(D(1000), D(0)) is None
    assert payback_of_flows(cash_flows(D(1000), D(0), 3)) is None
    assert payback_of_flows(cash_flows(D(1000), D(100), 3)) is None  # pays back in year 10
    assert payback_of_flows([]) is None


def test_analysis_of_the_annuity_example() -> None:
    result = analyse(RoiInputs(D(100_000), D(30_000), 5, D(10)))
    assert result.flows == (D(-100_000), *[D(30_000)] * 5)
    assert result.cumulative[-1] == result.net_benefit == D(50_000)
    assert result.roi_pct == D(50)
    assert result.npv.quantize(CENT) == D("13723.60")
    assert result.irr_pct is not None and result.irr_pct.quantize(CENT) == D("15.24")
    assert result.payback_years is not None and result.payback_years.quantize(CENT) == D("3.33")
    assert result.pays_back


def test_analysis_with_no_benefit() -> None:
    result = analyse(RoiInputs(D(1000), D(0), 3, D(5)))
    assert result.roi_pct == D(-100)
    assert result.npv == D(-1000)
    assert result.irr_pct is None and result.payback_years is None
    assert not result.pays_back


def test_analysis_with_no_investment() -> None:
    result = analyse(RoiInputs(D(0), D(100), 2, D(0)))
    assert result.roi_pct is None and result.irr_pct is None
    assert result.npv == D(200)
    assert result.payback_years == 0 and result.pays_back
    nothing = analyse(RoiInputs(D(0), D(0), 1, D(0)))
    assert nothing.payback_years == 0 and nothing.roi_pct is None


def test_a_payback_beyond_the_horizon_does_not_pay_back() -> None:
    result = analyse(RoiInputs(D(1000), D(100), 3, D(0)))
    assert result.payback_years == D(10) and not result.pays_back


def test_valid_roi_inputs_have_no_problems() -> None:
    assert roi_problems(D(0), D(0), 1, D("-99.9999")) == []
    assert roi_problems(D(1000), D(10), 50, D(250)) == []
    # A missing investment means "the proposal total".
    assert roi_problems(None, D(10), 5, D(8)) == []


def test_every_bad_roi_input_is_reported_at_once() -> None:
    problems = roi_problems(D(-1), D(-1), 0, D(-100))
    assert fields(problems) == {
        "investment",
        "annual_benefit",
        "horizon_years",
        "discount_rate_pct",
    }
    rate = next(p for p in problems if p.field == "discount_rate_pct")
    assert rate.text() == "Must be greater than -100."
    assert all(p.context == "validation" for p in problems)


@pytest.mark.parametrize("years", [0, 51, None])
def test_horizon_outside_1_to_50_years_is_refused(years: int | None) -> None:
    assert fields(roi_problems(D(1), D(1), years, D(5))) == {"horizon_years"}


def test_rate_below_minus_100_and_missing_values_are_refused() -> None:
    assert fields(roi_problems(D(1), None, 5, D(-150))) == {"annual_benefit", "discount_rate_pct"}
    assert fields(roi_problems(D("0.00001"), D(1), 5, None)) == {
        "investment",
        "discount_rate_pct",
    }


def test_analyse_refuses_bad_inputs() -> None:
    with pytest.raises(ValidationError):
        analyse(RoiInputs(D(1000), D(100), 0, D(5)))
