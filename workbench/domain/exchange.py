"""Converting accounts' currencies into one reporting currency for portfolio totals.

Every account keeps its own currency; only portfolio figures (the Dashboard's tiles
and charts) are converted. The rates are the user's: the defaults below are rough
reference rates so a fresh install shows sensible totals, and Settings edits them.
An amount in a currency without a rate is never silently dropped or counted as 1:
:meth:`ExchangeRates.convert` raises, and the services report it as "no rate".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

#: Reference rates, in euros per unit of each currency (rough, mid-2026; edit in Settings).
DEFAULT_EUR_RATES: dict[str, Decimal] = {
    "EUR": Decimal("1"),
    "USD": Decimal("0.92"),
    "GBP": Decimal("1.17"),
    "CHF": Decimal("1.05"),
    "JPY": Decimal("0.0061"),
    "MXN": Decimal("0.050"),
    "BRL": Decimal("0.17"),
    "ARS": Decimal("0.00095"),
    "CLP": Decimal("0.00098"),
    "COP": Decimal("0.00022"),
    "PEN": Decimal("0.25"),
    "CAD": Decimal("0.67"),
    "AUD": Decimal("0.61"),
    "SEK": Decimal("0.087"),
    "NOK": Decimal("0.085"),
    "DKK": Decimal("0.134"),
    "PLN": Decimal("0.23"),
    "CNY": Decimal("0.13"),
    "INR": Decimal("0.011"),
    "KWD": Decimal("3.0"),
}


class MissingRate(LookupError):
    """An amount is in a currency the user has given no rate for."""

    def __init__(self, currency: str) -> None:
        super().__init__(currency)
        self.currency = currency


@dataclass(frozen=True)
class ExchangeRates:
    """Units of :attr:`reporting` per one unit of each currency."""

    reporting: str = "EUR"
    rates: Mapping[str, Decimal] = field(default_factory=lambda: dict(DEFAULT_EUR_RATES))

    def __post_init__(self) -> None:
        for currency, rate in self.rates.items():
            if rate <= 0:
                raise ValueError(f"exchange rate for {currency} must be positive, got {rate}")

    def factor(self, currency: str) -> Decimal:
        """How many reporting units one unit of *currency* is worth."""
        if currency == self.reporting:
            return Decimal(1)
        try:
            own = self.rates[currency]
            base = self.rates[self.reporting]
        except KeyError as error:
            raise MissingRate(str(error.args[0])) from None
        return own / base

    def convert(self, amount: Decimal, currency: str) -> Decimal:
        return amount * self.factor(currency)

    def total(self, by_currency: Mapping[str, Decimal]) -> Decimal:
        """The sum of amounts held per currency, in the reporting currency."""
        return sum(
            (self.convert(amount, currency) for currency, amount in by_currency.items()),
            Decimal(0),
        )

    def missing(self, currencies: set[str]) -> list[str]:
        """The currencies among *currencies* that cannot be converted, sorted."""
        known = set(self.rates) | {self.reporting}
        if self.reporting not in self.rates:
            return sorted(c for c in currencies if c != self.reporting)
        return sorted(currencies - known)
