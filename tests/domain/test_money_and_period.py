from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.domain.money import Money, minor_units, round_money
from workbench.domain.period import Quarter


def test_round_money_is_half_up_to_the_currency_minor_unit() -> None:
    assert round_money(Decimal("2.345"), "EUR") == Decimal("2.35")
    assert round_money(Decimal("2.344"), "EUR") == Decimal("2.34")
    assert round_money(Decimal("-2.345"), "EUR") == Decimal("-2.35")
    assert round_money(Decimal("1234.5"), "JPY") == Decimal("1235")
    assert round_money(Decimal("1.2345"), "KWD") == Decimal("1.235")


def test_unknown_currencies_default_to_two_minor_units() -> None:
    assert minor_units("EUR") == 2
    assert minor_units("XYZ") == 2
    assert minor_units("clp") == 0


def test_money_refuses_floats_and_mixed_currencies() -> None:
    with pytest.raises(TypeError):
        Money(0.1, "EUR")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Cannot combine EUR and USD"):
        Money(Decimal(1), "EUR") + Money(Decimal(1), "USD")
    with pytest.raises(ValueError):
        Money(Decimal("NaN"), "EUR")


def test_money_adds_exactly() -> None:
    total = Money(Decimal("0.10"), "EUR") + Money(Decimal("0.20"), "EUR")
    assert total == Money(Decimal("0.30"), "EUR")


def test_quarter_key_round_trips_and_orders_like_time() -> None:
    q = Quarter(2026, 3)
    assert q.key == 20263
    assert Quarter.from_key(20263) == q
    assert q.label == "2026 Q3"
    assert Quarter(2025, 4) < Quarter(2026, 1)
    assert Quarter.of(date(2026, 11, 26)) == Quarter(2026, 4)
    assert Quarter(2026, 1).previous() == Quarter(2025, 4)
    assert Quarter(2026, 1).year_before() == Quarter(2025, 1)
    assert Quarter(2026, 2).first_day == date(2026, 4, 1)


@pytest.mark.parametrize("year, quarter", [(2026, 0), (2026, 5), (1800, 1)])
def test_quarter_refuses_impossible_values(year: int, quarter: int) -> None:
    with pytest.raises(ValueError):
        Quarter(year, quarter)


@given(st.integers(min_value=1950, max_value=2200), st.integers(1, 4), st.integers(-200, 200))
def test_shifting_a_quarter_is_reversible_and_keys_keep_order(
    year: int, quarter: int, n: int
) -> None:
    q = Quarter(year, quarter)
    shifted = q.shifted(n)
    assert shifted.shifted(-n) == q
    assert (shifted.key > q.key) == (n > 0)
