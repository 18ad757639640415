"""Prices of proposal lines: discount, then tax, exact in ``Decimal``, rounded once at the end.

A line's amount is ``quantity × unit price × (1 − discount %) × (1 + tax %)``; a
proposal's total is the sum of its lines that are not optional, rounded half-up to
the currency's minor unit only once, so rounding errors never add up line by line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from workbench.domain.money import round_money

_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class PricedLine:
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal = Decimal(0)
    tax_pct: Decimal = Decimal(0)
    #: Optional lines are offered, not committed: they stay out of the total.
    optional: bool = False

    @property
    def net(self) -> Decimal:
        """Amount after discount, before tax (unrounded)."""
        return self.quantity * self.unit_price * (_HUNDRED - self.discount_pct) / _HUNDRED

    @property
    def gross(self) -> Decimal:
        """Amount after discount and tax (unrounded)."""
        return self.net * (_HUNDRED + self.tax_pct) / _HUNDRED


def proposal_total(lines: Iterable[PricedLine], currency: str) -> Decimal:
    """What the client pays for the committed lines, taxes included, in *currency*'s units."""
    return round_money(
        sum((line.gross for line in lines if not line.optional), Decimal(0)), currency
    )
