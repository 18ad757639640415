"""A recurrence rule in words, in the interface language ("Every 2 weeks on Monday")."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from workbench.domain.recurrence import Frequency, MonthlyBy, Pattern, nth_of_month


def describe_rule(rule: str | None, first_start: datetime, zone_name: str) -> str:
    """*rule* in words; rules the editor cannot show are given as they are (RFC 5545)."""
    if not rule:
        return QCoreApplication.translate("Recurrence", "Does not repeat")
    pattern = Pattern.from_rule(rule, zone_name)
    if pattern is None:
        return QCoreApplication.translate("Recurrence", "Repeats: {rule}").format(rule=rule)
    locale = QLocale()
    first = first_start.astimezone(ZoneInfo(zone_name))
    if pattern.frequency is Frequency.WEEKLY:
        days = pattern.weekdays or (first.weekday(),)
        names = ", ".join(locale.dayName(d + 1, QLocale.FormatType.LongFormat) for d in days)
        text = QCoreApplication.translate("Recurrence", "Every week on {days}")
        if pattern.interval > 1:
            text = QCoreApplication.translate("Recurrence", "Every {n} weeks on {days}")
    elif pattern.monthly_by is MonthlyBy.WEEKDAY:
        nth = nth_of_month(first.date())
        ordinal = {
            1: QCoreApplication.translate("Recurrence", "first"),
            2: QCoreApplication.translate("Recurrence", "second"),
            3: QCoreApplication.translate("Recurrence", "third"),
            4: QCoreApplication.translate("Recurrence", "fourth"),
            -1: QCoreApplication.translate("Recurrence", "last"),
        }[nth]
        names = f"{ordinal} {locale.dayName(first.isoweekday(), QLocale.FormatType.LongFormat)}"
        text = QCoreApplication.translate("Recurrence", "Every month on the {days}")
        if pattern.interval > 1:
            text = QCoreApplication.translate("Recurrence", "Every {n} months on the {days}")
    else:
        names = str(first.day)
        text = QCoreApplication.translate("Recurrence", "Every month on day {days}")
        if pattern.interval > 1:
            text = QCoreApplication.translate("Recurrence", "Every {n} months on day {days}")
    text = text.format(n=pattern.interval, days=names)
    if pattern.until is not None:
        until = QDate(pattern.until.year, pattern.until.month, pattern.until.day)
        text += QCoreApplication.translate("Recurrence", ", until {date}").format(
            date=locale.toString(until, QLocale.FormatType.ShortFormat)
        )
    elif pattern.count is not None:
        text += QCoreApplication.translate("Recurrence", ", {count} times").format(
            count=pattern.count
        )
    return text
