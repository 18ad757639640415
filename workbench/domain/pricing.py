"""Prices of proposal lines: exact in ``Decimal``, rounded per line, half-up.

The rounding rule (what the client's invoice shows, line by line):

* ``subtotal = round(quantity × unit price)``
* ``discount = round(subtotal × discount % / 100)``
* ``net      = subtotal − discount``
* ``tax      = round(net × tax % / 100)``
* ``total    = net + tax``

where ``round`` is half-up to the currency's minor units
(:func:`workbench.domain.money.round_money`: 2 decimals for EUR, 0 for JPY, 3 for
KWD). A proposal's figures are the sums of its lines' rounded figures, so every
column of the printed table adds up to its total exactly. Rounding once over
the whole proposal could differ by a few minor units; the per-line rule is the
one the client can check with a pocket calculator.

Optional lines are offered, not committed: they stay out of the totals and are
summed apart in :attr:`ProposalTotals.optional_total`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from workbench.domain.money import round_money
from workbench.domain.validation import (
    QT_TRANSLATE_NOOP,
    Problem,
    check_not_negative,
    check_present,
    check_range,
    check_scale,
)

_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class LineAmounts:
    """One line's figures, each in the currency's minor units."""

    subtotal: Decimal
    discount: Decimal
    net: Decimal
    tax: Decimal
    total: Decimal


@dataclass(frozen=True, slots=True)
class PricedLine:
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal = Decimal(0)
    tax_pct: Decimal = Decimal(0)
    #: Optional lines are offered, not committed: they stay out of the total.
    optional: bool = False

    def amounts(self, currency: str) -> LineAmounts:
        """The line's figures under the per-line, half-up rule of this module."""
        subtotal = round_money(self.quantity * self.unit_price, currency)
        discount = round_money(subtotal * self.discount_pct / _HUNDRED, currency)
        net = subtotal - discount
        tax = round_money(net * self.tax_pct / _HUNDRED, currency)
        return LineAmounts(subtotal, discount, net, tax, net + tax)


@dataclass(frozen=True, slots=True)
class ProposalTotals:
    """Sums of the committed lines' figures, and the total of the optional ones."""

    subtotal: Decimal
    discount: Decimal
    net: Decimal
    tax: Decimal
    total: Decimal
    #: What the optional lines would add, taxes included.
    optional_total: Decimal


def proposal_totals(lines: Iterable[PricedLine], currency: str) -> ProposalTotals:
    """The proposal's figures: sums of the per-line rounded amounts (see the module doc)."""
    zero = round_money(Decimal(0), currency)  # keeps the currency's places when there are no lines
    subtotal = discount = net = tax = total = optional_total = zero
    for line in lines:
        amounts = line.amounts(currency)
        if line.optional:
            optional_total += amounts.total
            continue
        subtotal += amounts.subtotal
        discount += amounts.discount
        net += amounts.net
        tax += amounts.tax
        total += amounts.total
    return ProposalTotals(subtotal, discount, net, tax, total, optional_total)


def proposal_total(lines: Iterable[PricedLine], currency: str) -> Decimal:
    """What the client pays for the committed lines, taxes included, in *currency*'s units."""
    return proposal_totals(lines, currency).total


def line_problems(
    quantity: Decimal | None,
    unit_price: Decimal | None,
    discount_pct: Decimal | None,
    tax_pct: Decimal | None,
) -> list[Problem]:
    """Why a line's numbers are refused (the same limits as the database's CHECKs)."""
    problems: list[Problem] = []
    for name, value in (
        ("quantity", quantity),
        ("unit_price", unit_price),
        ("discount_pct", discount_pct),
        ("tax_pct", tax_pct),
    ):
        check_present(problems, name, value)
        check_scale(problems, name, value)
    if quantity is not None and quantity.is_finite() and quantity <= 0:
        problems.append(
            Problem(
                "quantity",
                QT_TRANSLATE_NOOP("validation", "Must be greater than {low}."),
                {"low": 0},
            )
        )
    check_not_negative(problems, "unit_price", _finite(unit_price))
    check_range(problems, "discount_pct", _finite(discount_pct), 0, 100)
    check_range(problems, "tax_pct", _finite(tax_pct), 0, 100)
    return problems


def _finite(value: Decimal | None) -> Decimal | None:
    """NaN and infinity are already refused by ``check_scale``; compare only real numbers."""
    return value if value is not None and value.is_finite() else None
