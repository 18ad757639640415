"""Values of an imported cell: text trimmed of any Unicode white space, numbers written
the European or the English way, dates in ISO or day-first forms.

Ambiguity is settled per column, not per cell: ``1,700`` is one thousand seven hundred
in a column where other cells read ``2,500,000`` and one point seven where others read
``3,25``. :func:`decimal_mark` and :func:`day_first` look at a column's cells; the
parsers take their verdict. A cell that cannot be read raises :class:`ValueError`
with the text, for the preview's per-row problems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

_CURRENCY_AND_SPACES = re.compile(r"[\s\u00a0\u202f€$£¥%]|EUR|USD|GBP", re.IGNORECASE)
_DATE = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?\s*(?:([AaPp])\.?\s*[Mm]\.?)?$")


def clean(text: str) -> str:
    """Trim white space of any kind (NBSP, the ideographic space U+3000, …)."""
    return text.strip()


def decimal_mark(cells: Iterable[str], delimiter: str = ",") -> str:
    """``","`` or ``"."``: which of the two is the decimal mark in this column."""
    comma = point = 0
    for cell in cells:
        text = _CURRENCY_AND_SPACES.sub("", cell)
        if not text:
            continue
        if "," in text and "." in text:
            if text.rfind(",") > text.rfind("."):
                comma += 1
            else:
                point += 1
        elif re.search(r",\d{1,2}$|,\d{4,}$", text) or text.count(".") > 1:
            comma += 1
        elif re.search(r"\.\d{1,2}$|\.\d{4,}$", text) or text.count(",") > 1:
            point += 1
    if comma != point:
        return "," if comma > point else "."
    return "," if delimiter == ";" else "."


def parse_decimal(text: str, mark: str = ".") -> Decimal | None:
    """A number, with *mark* as its decimal mark and the other sign grouping thousands."""
    cleaned = _CURRENCY_AND_SPACES.sub("", text)
    if not cleaned:
        return None
    grouping = "." if mark == "," else ","
    cleaned = cleaned.replace(grouping, "").replace(mark, ".")
    if cleaned.startswith("(") and cleaned.endswith(")"):  # accounting negatives
        cleaned = "-" + cleaned[1:-1]
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not a number: {text.strip()}") from None
    if not value.is_finite():
        raise ValueError(f"not a number: {text.strip()}")
    return value


def day_first(cells: Iterable[str]) -> bool:
    """Whether this column writes dates day first (``15/04/2026``), as Europe does.

    Settled by a cell whose first part cannot be a month; a US file shows one whose
    second part cannot be. Without either, day first (the product's users are European).
    """
    for cell in cells:
        found = _DATE.match(clean(cell).split(" ")[0].split("T")[0])
        if not found or len(found.group(1)) == 4:
            continue
        first, second = int(found.group(1)), int(found.group(2))
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    return True


def parse_date(text: str, first_is_day: bool = True) -> date | None:
    moment = parse_datetime(text, first_is_day)
    return None if moment is None else moment.date()


def parse_datetime(text: str, first_is_day: bool = True) -> datetime | None:
    """ISO dates and times (``2006-04-15T03:23:15.000Z``, ``2019-07-05 20:35:26``), and
    ``dd/mm/yyyy``, ``dd-mm-yy`` or ``mm/dd/yyyy`` with an optional time. Without a zone
    the time is read as UTC; two-digit years are 2000–2069 or 1970–1999."""
    cleaned = clean(text)
    if not cleaned:
        return None
    iso = cleaned.replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        moment = _european(cleaned, first_is_day)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _european(text: str, first_is_day: bool) -> datetime:
    day_part, _, time_part = text.replace("T", " ").partition(" ")
    found = _DATE.match(day_part)
    if not found:
        raise ValueError(f"not a date: {text}")
    a, b, c = found.groups()
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    else:
        day, month = (int(a), int(b)) if first_is_day else (int(b), int(a))
        year = int(c)
        if len(c) == 2:
            year += 2000 if year < 70 else 1900
    hour = minute = second = 0
    if time_part.strip():
        clock = _TIME.match(time_part.strip())
        if not clock:
            raise ValueError(f"not a time: {time_part.strip()}")
        hour, minute = int(clock.group(1)), int(clock.group(2))
        second = int(clock.group(3) or 0)
        hour = _twenty_four(hour, clock.group(5), text)
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise ValueError(f"not a date: {text}") from None


def _twenty_four(hour: int, half: str | None, text: str) -> int:
    """*hour* on a 24-hour clock; *half* is ``a``/``p`` of "3:15 PM" (US exports), if any."""
    if half is None:
        return hour
    if not 1 <= hour <= 12:
        raise ValueError(f"not a time: {text}")
    return hour % 12 + (12 if half.lower() == "p" else 0)
