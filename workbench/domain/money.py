"""Exact money: ``Decimal`` amounts with an ISO 4217 currency, never floats."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

# Minor units per ISO 4217 for the currencies the product meets; others default to 2.
_MINOR_UNITS: dict[str, int] = {
    "JPY": 0,
    "KRW": 0,
    "CLP": 0,
    "ISK": 0,
    "PYG": 0,
    "VND": 0,
    "BHD": 3,
    "KWD": 3,
    "OMR": 3,
    "JOD": 3,
    "TND": 3,
    "CLF": 4,
}

#: Decimal places every stored amount keeps; enough for any ISO 4217 currency.
STORAGE_SCALE = 4


def minor_units(currency: str) -> int:
    """Number of decimal places of *currency* (2 unless ISO 4217 says otherwise)."""
    return _MINOR_UNITS.get(currency.upper(), 2)


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round *amount* half-up to the currency's minor unit (the house rounding rule)."""
    exponent = Decimal(1).scaleb(-minor_units(currency))
    return amount.quantize(exponent, rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in one currency. Arithmetic across currencies is an error."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError("Money amounts must be Decimal, not " + type(self.amount).__name__)
        if not self.amount.is_finite():
            raise ValueError("Money amounts must be finite")

    def _same_currency(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"Cannot combine {self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount - other.amount, self.currency)

    def rounded(self) -> Money:
        return Money(round_money(self.amount, self.currency), self.currency)
