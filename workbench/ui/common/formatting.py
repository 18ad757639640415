"""Numbers, money and dates for display, in the interface's locale (never the machine's C locale).

Money is formatted from its ``Decimal`` digits — grouping and decimal separators
from the locale, the amount never converted to a float — followed by the ISO
currency code, unambiguous in a book of accounts in many currencies.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from workbench.domain.money import minor_units
from workbench.domain.period import Quarter


def group_digits(digits: str, separator: str) -> str:
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return separator.join(groups)


def format_decimal(value: Decimal, places: int, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    quantized = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if quantized < 0 else ""
    whole, _, fraction = f"{abs(quantized):f}".partition(".")
    text = group_digits(whole, locale.groupSeparator())
    if places > 0:
        text += locale.decimalPoint() + fraction.ljust(places, "0")
    return sign + text


def decimal_places(value: Decimal) -> int:
    """How many decimals *value* really has (``Decimal("12.50")`` → 1)."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def format_money(
    amount: Decimal, currency: str, *, whole: bool = False, locale: QLocale | None = None
) -> str:
    places = 0 if whole else minor_units(currency)
    return f"{format_decimal(amount, places, locale)} {currency}"


def format_growth(fraction: Decimal, locale: QLocale | None = None) -> str:
    """+12.5 % / −3.0 %: one decimal, with an arrow so the sign is not told by colour alone."""
    percent = fraction * 100
    arrow = "▲" if percent > 0 else "▼" if percent < 0 else "■"
    sign = "+" if percent > 0 else "−" if percent < 0 else ""
    return f"{arrow} {sign}{format_decimal(abs(percent), 1, locale)} %"


def format_date(value: date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def format_local_datetime(value: datetime, locale: QLocale | None = None) -> str:
    """An aware datetime shown in the user's own time zone."""
    locale = locale or QLocale()
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def format_percent(fraction: Decimal, places: int = 0, locale: QLocale | None = None) -> str:
    """A share as a percentage: 0.755 → "76 %"."""
    return f"{format_decimal(fraction * 100, places, locale)} %"


def format_span(
    start: datetime, end: datetime, zone: str | None = None, locale: QLocale | None = None
) -> str:
    """A meeting's start–end as the clock reads in IANA *zone* (``None``: the user's own zone).

    The conversion uses Python's zone database (``tzdata``), which ships with the app,
    rather than the system's, which a minimal machine may lack.
    """
    locale = locale or QLocale()
    first = start.astimezone(ZoneInfo(zone) if zone else None)
    last = end.astimezone(first.tzinfo)

    def day(moment: datetime) -> str:
        return locale.toString(
            QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat
        )

    def clock(moment: datetime) -> str:
        return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

    if last == first:
        return f"{day(first)}, {clock(first)}"
    if last.date() == first.date():
        return f"{day(first)}, {clock(first)}–{clock(last)}"
    return f"{day(first)}, {clock(first)} – {day(last)}, {clock(last)}"


def format_quarter(quarter: Quarter) -> str:
    """A quarter in the interface language: "2026 Q3", "3T 2026"."""
    return QCoreApplication.translate("formatting", "{year} Q{quarter}").format(
        year=quarter.year, quarter=quarter.quarter
    )
