"""Proposal lines are priced per line, half-up to the currency's minor units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from workbench.domain.pricing import (
    LineAmounts,
    PricedLine,
    ProposalTotals,
    line_problems,
    proposal_total,
    proposal_totals,
)


def fields(problems: list) -> set[str]:  # type: ignore[type-arg]
    return {p.field for p in problems}


def line(quantity: str, price: str, discount: str = "0", tax: str = "0") -> PricedLine:
    return PricedLine(Decimal(quantity), Decimal(price), Decimal(discount), Decimal(tax))


def test_a_euro_line_is_discounted_then_taxed_each_step_rounded_to_cents() -> None:
    # 3 × 19.99 = 59.97; 7.5 % of it = 4.49775 → 4.50; net 55.47;
    # 21 % of 55.47 = 11.6487 → 11.65; total 55.47 + 11.65 = 67.12.
    assert line("3", "19.99", "7.5", "21").amounts("EUR") == LineAmounts(
        Decimal("59.97"), Decimal("4.50"), Decimal("55.47"), Decimal("11.65"), Decimal("67.12")
    )


def test_a_yen_line_is_rounded_to_whole_yen() -> None:
    # 7 × 333 = 2331; 15 % = 349.65 → 350; net 1981; 10 % = 198.1 → 198; total 2179.
    amounts = line("7", "333", "15", "10").amounts("JPY")
    assert amounts == LineAmounts(
        Decimal(2331), Decimal(350), Decimal(1981), Decimal(198), Decimal(2179)
    )
    assert amounts.total.as_tuple().exponent == 0


def test_a_three_decimal_currency_keeps_fils() -> None:
    # KWD: 2 × 12.3455 = 24.691 → 24.691; 7.5 % = 1.8518250 → 1.852; net 22.839;
    # 5 % = 1.14195 → 1.142; total 23.981.
    assert line("2", "12.3455", "7.5", "5").amounts("KWD") == LineAmounts(
        Decimal("24.691"), Decimal("1.852"), Decimal("22.839"), Decimal("1.142"), Decimal("23.981")
    )


@pytest.mark.parametrize(
    ("price", "currency", "expected"),
    [
        ("0.125", "EUR", "0.13"),  # half-even would give 0.12
        ("0.135", "EUR", "0.14"),
        ("2.5", "JPY", "3"),  # half-even would give 2
        ("0.0125", "KWD", "0.013"),
        ("0.124", "EUR", "0.12"),
    ],
)
def test_half_a_minor_unit_rounds_up(price: str, currency: str, expected: str) -> None:
    assert line("1", price).amounts(currency).subtotal == Decimal(expected)


def test_discount_and_tax_round_half_up_too() -> None:
    # 1 % of 0.50 = 0.005 → 0.01 for the discount; net 0.49; 1 % of it = 0.0049 → 0.00.
    amounts = line("1", "0.50", "1", "1").amounts("EUR")
    assert (amounts.discount, amounts.net, amounts.tax) == (
        Decimal("0.01"),
        Decimal("0.49"),
        Decimal("0.00"),
    )
    # 1 % of 0.50 = 0.005 → 0.01 for the tax.
    assert line("1", "0.50", "0", "1").amounts("EUR").tax == Decimal("0.01")


def test_many_lines_add_up_their_rounded_figures_not_a_rounding_of_the_sum() -> None:
    # Each of 7 lines: 3 × 1.99 = 5.97; 12.5 % = 0.74625 → 0.75; net 5.22;
    # 21 % = 1.0962 → 1.10; total 6.32. Seven lines: 7 × 6.32 = 44.24.
    # Rounded once instead: 41.79 × 0.875 × 1.21 = 44.2451625 → 44.25, a cent more.
    totals = proposal_totals([line("3", "1.99", "12.5", "21")] * 7, "EUR")
    assert totals == ProposalTotals(
        subtotal=Decimal("41.79"),  # 7 × 5.97
        discount=Decimal("5.25"),  # 7 × 0.75
        net=Decimal("36.54"),  # 7 × 5.22
        tax=Decimal("7.70"),  # 7 × 1.10
        total=Decimal("44.24"),
        optional_total=Decimal("0.00"),
    )
    assert totals.net + totals.tax == totals.total
    assert totals.subtotal - totals.discount == totals.net


def test_optional_lines_stay_out_of_the_totals_and_are_summed_apart() -> None:
    committed = line("2", "100", "10", "21")  # 200 − 20 = 180, + 37.80 = 217.80
    optional = PricedLine(Decimal(1), Decimal(50), tax_pct=Decimal(21), optional=True)  # 60.50
    totals = proposal_totals([committed, optional, optional], "EUR")
    assert (totals.subtotal, totals.discount, totals.net, totals.tax, totals.total) == (
        Decimal("200.00"),
        Decimal("20.00"),
        Decimal("180.00"),
        Decimal("37.80"),
        Decimal("217.80"),
    )
    assert totals.optional_total == Decimal("121.00")
    assert proposal_total([committed, optional], "EUR") == Decimal("217.80")


def test_a_proposal_without_lines_totals_zero_in_the_currency_s_places() -> None:
    assert str(proposal_total([], "EUR")) == "0.00"
    assert str(proposal_total([], "JPY")) == "0"
    assert str(proposal_totals([], "KWD").optional_total) == "0.000"


def test_a_full_discount_leaves_nothing_to_tax() -> None:
    amounts = line("4", "25", "100", "21").amounts("EUR")
    assert (amounts.net, amounts.tax, amounts.total) == (Decimal(0), Decimal(0), Decimal(0))


def test_a_valid_line_has_no_problems() -> None:
    assert line_problems(Decimal("0.5"), Decimal(0), Decimal(100), Decimal("21.5")) == []


def test_every_bad_line_field_is_reported_at_once() -> None:
    problems = line_problems(Decimal(0), Decimal(-1), Decimal("100.01"), Decimal(-5))
    assert fields(problems) == {"quantity", "unit_price", "discount_pct", "tax_pct"}
    quantity = next(p for p in problems if p.field == "quantity")
    assert quantity.text() == "Must be greater than 0."
    assert all(p.context == "validation" for p in problems)


def test_negative_quantity_is_refused() -> None:
    assert fields(line_problems(Decimal(-2), Decimal(1), Decimal(0), Decimal(0))) == {"quantity"}


def test_more_than_four_decimals_are_refused_on_quantity_and_percentages() -> None:
    problems = line_problems(Decimal("1.00001"), Decimal(1), Decimal("1.23456"), Decimal("0.00001"))
    assert fields(problems) == {"quantity", "discount_pct", "tax_pct"}
    assert {p.params["places"] for p in problems} == {4}


def test_missing_or_non_finite_numbers_are_refused_without_crashing() -> None:
    problems = line_problems(None, Decimal("NaN"), Decimal("Infinity"), None)
    assert fields(problems) == {"quantity", "unit_price", "discount_pct", "tax_pct"}
