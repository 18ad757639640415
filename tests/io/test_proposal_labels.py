"""Words and numbers of an exported proposal follow the proposal's language, exactly."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from decimal import Decimal

import pytest

from workbench.domain.enums import ProposalStatus
from workbench.io.proposal_labels import (
    PROPOSAL_FORMATS,
    PROPOSAL_LABELS,
    ProposalLabels,
    format_for,
    labels_for,
)

ENGLISH, SPANISH = PROPOSAL_FORMATS["en"], PROPOSAL_FORMATS["es"]


@pytest.mark.parametrize(
    ("amount", "currency", "english", "spanish"),
    [
        ("1234.56", "EUR", "1,234.56 EUR", "1.234,56 EUR"),
        ("1234567.005", "EUR", "1,234,567.01 EUR", "1.234.567,01 EUR"),
        ("0", "EUR", "0.00 EUR", "0,00 EUR"),
        ("-1760", "EUR", "-1,760.00 EUR", "-1.760,00 EUR"),
        ("150000", "JPY", "150,000 JPY", "150.000 JPY"),
        ("12.3456", "KWD", "12.346 KWD", "12,346 KWD"),
    ],
)
def test_money_is_written_from_the_decimal_digits(
    amount: str, currency: str, english: str, spanish: str
) -> None:
    assert ENGLISH.money(Decimal(amount), currency) == english
    assert SPANISH.money(Decimal(amount), currency) == spanish


def test_money_never_goes_through_a_float() -> None:
    huge = Decimal("12345678901234567.89")
    assert ENGLISH.money(huge, "EUR") == "12,345,678,901,234,567.89 EUR"


def test_quantities_and_percentages_keep_only_their_real_decimals() -> None:
    assert ENGLISH.exact(Decimal("2.500000")) == "2.5"
    assert SPANISH.exact(Decimal("10.000000")) == "10"
    assert SPANISH.exact(Decimal("1234.5")) == "1.234,5"
    assert ENGLISH.percent(Decimal("21.0000")) == "21%"
    assert SPANISH.percent(Decimal("12.5")) == "12,5 %"


def test_dates_read_as_each_language_writes_them() -> None:
    day = date(2026, 11, 26)
    assert ENGLISH.day(day) == "26 Nov 2026"
    assert SPANISH.day(day) == "26/11/2026"
    assert SPANISH.day(date(2027, 1, 4)) == "04/01/2027"


def test_spanish_labels_translate_every_english_word() -> None:
    english, spanish = PROPOSAL_LABELS["en"], PROPOSAL_LABELS["es"]
    same = {"number", "subtotal", "total", "undefined"}
    for field in fields(ProposalLabels):
        if field.name not in same:
            assert getattr(spanish, field.name) != getattr(english, field.name), field.name
    assert spanish.statuses[ProposalStatus.ACCEPTED] == "Aceptada"
    assert set(spanish.statuses) == set(ProposalStatus)
    assert spanish.page.format(page=1, pages=3) == "Página 1 de 3"


def test_other_languages_fall_back_to_english() -> None:
    assert labels_for("fr") is PROPOSAL_LABELS["en"]
    assert format_for("fr") is PROPOSAL_FORMATS["en"]
