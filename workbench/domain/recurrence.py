"""Recurring meetings: RFC 5545 rules expanded in the meeting's own time zone.

A weekly 09:00 in Madrid stays at 09:00 Madrid time across daylight-saving
changes, so its UTC time moves. Expansion therefore runs dateutil's ``rrule``
on an aware local start (dateutil steps wall-clock time and keeps the zone),
and each occurrence is then converted to UTC. A local time that does not exist
(the hour skipped in spring) takes the offset in force before the gap, as
RFC 5545 §3.3.5 asks, which is what ``zoneinfo`` does with ``fold=0``.

Occurrences are identified by the UTC start the rule generates for them: the
RFC 5545 RECURRENCE-ID. Exceptions (cancelled or moved occurrences) are keyed
by it; an override whose key the rule does not generate is an extra
occurrence (RFC 5545 RDATE).

:class:`Pattern` is the subset of RRULE that the meeting editor offers
(weekly on chosen weekdays every N weeks, monthly by date or nth weekday,
until a date or a count). Rules from imported files may go beyond it; they
are kept and expanded as they are, only the editor shows them read-only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

#: RRULE parts dateutil and we understand (RFC 5545 §3.3.10).
RULE_PARTS = frozenset(
    {
        "FREQ",
        "UNTIL",
        "COUNT",
        "INTERVAL",
        "BYSECOND",
        "BYMINUTE",
        "BYHOUR",
        "BYDAY",
        "BYMONTHDAY",
        "BYYEARDAY",
        "BYWEEKNO",
        "BYMONTH",
        "BYSETPOS",
        "WKST",
    }
)
FREQUENCIES = ("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class RuleError(ValueError):
    """A recurrence rule that cannot be read; the message names the offending part."""


@dataclass(frozen=True, slots=True)
class Override:
    """What happened to one occurrence: cancelled, or moved / retitled."""

    cancelled: bool = False
    starts_at: datetime | None = None
    ends_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence in UTC; ``original_start`` is its RECURRENCE-ID."""

    original_start: datetime
    starts_at: datetime
    ends_at: datetime
    moved: bool = False


def rule_parts(rule: str) -> dict[str, str]:
    """The parts of an RRULE value, checked for names and FREQ; raises :class:`RuleError`."""
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for chunk in text.split(";"):
        if not chunk:
            continue
        name, sep, value = chunk.partition("=")
        name = name.strip().upper()
        if not sep or not value.strip():
            raise RuleError(f"recurrence rule part {chunk!r} has no value")
        if name not in RULE_PARTS:
            raise RuleError(f"unknown recurrence rule part {name!r}")
        parts[name] = value.strip().upper()
    if parts.get("FREQ") not in FREQUENCIES:
        raise RuleError("recurrence rule without a valid FREQ")
    if "UNTIL" in parts and "COUNT" in parts:
        raise RuleError("recurrence rule with both UNTIL and COUNT")
    return parts


def _join(parts: Mapping[str, str]) -> str:
    order = ["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYSETPOS", "BYMONTH", "UNTIL", "COUNT"]
    keys = [k for k in order if k in parts] + sorted(k for k in parts if k not in order)
    return ";".join(f"{k}={parts[k]}" for k in keys)


def _parse_until(value: str, zone: ZoneInfo) -> datetime:
    """UNTIL as an aware UTC datetime; a date or a floating time is read in *zone*.

    A date-only UNTIL (sent by some producers with a timed DTSTART) means the
    whole of that local day is included.
    """
    try:
        if len(value) == 8:
            day = datetime.strptime(value, "%Y%m%d").date()
            return datetime.combine(day, time(23, 59, 59), zone).astimezone(UTC)
        if value.endswith("Z"):
            return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=zone).astimezone(UTC)
    except ValueError as error:
        raise RuleError(f"recurrence rule UNTIL {value!r} is not a date") from error


def format_until(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def normalise_rule(rule: str, zone_name: str) -> str:
    """The rule with UNTIL in UTC (``…Z``), as RFC 5545 wants for a zoned start.

    Raises :class:`RuleError` for unknown parts, a missing FREQ or a bad UNTIL.
    """
    parts = rule_parts(rule)
    if "UNTIL" in parts:
        parts["UNTIL"] = format_until(_parse_until(parts["UNTIL"], ZoneInfo(zone_name)))
    normalised = _join(parts)
    try:
        rrulestr(normalised, dtstart=datetime(2000, 1, 1, tzinfo=UTC))
    except (ValueError, TypeError, KeyError) as error:
        raise RuleError(f"recurrence rule {normalised!r} cannot be read: {error}") from error
    return normalised


def _expansion(rule: str, first_start: datetime, zone: ZoneInfo) -> rrule:
    return _cached_expansion(rule, first_start.astimezone(UTC), zone.key)


@lru_cache(maxsize=4096)
def _cached_expansion(rule: str, first_start: datetime, zone_name: str) -> rrule:
    """The parsed rule, kept between calls with dateutil's own cache of what it generated.

    Moving from month to month expands the same series again and again; parsing
    once and letting dateutil remember its occurrences makes that a look-up.
    """
    zone = ZoneInfo(zone_name)
    parts = rule_parts(rule)
    if "UNTIL" in parts:
        parts["UNTIL"] = format_until(_parse_until(parts["UNTIL"], zone))
    result = rrulestr(_join(parts), dtstart=first_start.astimezone(zone), cache=True)
    assert isinstance(result, rrule)
    return result


def expand(
    rule: str,
    first_start: datetime,
    first_end: datetime,
    zone_name: str,
    window_start: datetime,
    window_end: datetime,
    overrides: Mapping[datetime, Override] | None = None,
) -> list[Occurrence]:
    """The occurrences of a series that overlap ``[window_start, window_end)``, in UTC.

    Cancelled occurrences are left out; moved ones appear at their new time
    (even when moved into the window from outside it); overrides the rule does
    not generate are extra occurrences. Sorted by start.
    """
    overrides = overrides or {}
    zone = ZoneInfo(zone_name)
    duration = first_end - first_start
    expansion = _expansion(rule, first_start, zone)
    # An occurrence that started before the window may still overlap it.
    lookback = window_start - duration
    generated = expansion.between(lookback.astimezone(zone), window_end.astimezone(zone), inc=True)
    found: dict[datetime, Occurrence] = {}
    for local in generated:
        original = local.astimezone(UTC)
        if original in overrides:
            continue
        end = original + duration
        if end > window_start and original < window_end:
            found[original] = Occurrence(original, original, end)
    for original, override in overrides.items():
        if override.cancelled or override.starts_at is None or override.ends_at is None:
            continue
        if original in found:
            continue
        if not _generates(expansion, original, zone) and override.starts_at == original:
            moved = False  # an extra date (RDATE), not a move
        else:
            moved = override.starts_at != original or override.ends_at != original + duration
        if override.ends_at > window_start and override.starts_at < window_end:
            found[original] = Occurrence(original, override.starts_at, override.ends_at, moved)
    return sorted(found.values(), key=lambda o: (o.starts_at, o.original_start))


def _generates(expansion: rrule, moment: datetime, zone: ZoneInfo) -> bool:
    local = moment.astimezone(zone)
    found = expansion.after(local - timedelta(seconds=1), inc=False)
    return found is not None and found.astimezone(UTC) == moment.astimezone(UTC)


def generates(rule: str, first_start: datetime, zone_name: str, moment: datetime) -> bool:
    """Whether the series' rule produces an occurrence starting at *moment*."""
    zone = ZoneInfo(zone_name)
    return _generates(_expansion(rule, first_start, zone), moment, zone)


def iter_starts(rule: str, first_start: datetime, zone_name: str) -> Iterator[datetime]:
    """Every start the rule generates, in UTC, from the first (may be endless)."""
    for local in _expansion(rule, first_start, ZoneInfo(zone_name)):
        yield local.astimezone(UTC)


def last_start(rule: str, first_start: datetime, zone_name: str) -> datetime | None:
    """The last generated start of a bounded series; ``None`` when it never ends."""
    parts = rule_parts(rule)
    if "UNTIL" not in parts and "COUNT" not in parts:
        return None
    found = None
    for found in iter_starts(rule, first_start, zone_name):  # noqa: B007 — we want the last
        pass
    return found


def next_occurrence(
    rule: str,
    first_start: datetime,
    zone_name: str,
    after: datetime,
    cancelled: Collection[datetime] = (),
) -> datetime | None:
    """The first occurrence (UTC) of the series strictly after *after*, skipping *cancelled*.

    *first_start* and *after* are aware datetimes; *cancelled* holds the UTC starts of
    occurrences removed from the series (EXDATE). ``None`` when the series has ended.
    """
    zone = ZoneInfo(zone_name)
    expansion = _expansion(rule, first_start, zone)
    cursor = after.astimezone(zone)
    while True:
        local = expansion.after(cursor)
        if local is None:
            return None
        occurrence = local.astimezone(UTC)
        if occurrence > after and occurrence not in cancelled:
            return occurrence
        cursor = local


# --- the editor's subset --------------------------------------------------------------


class Frequency(StrEnum):
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"


class MonthlyBy(StrEnum):
    DATE = "date"  # the 15th of every month
    WEEKDAY = "weekday"  # the second Tuesday / the last Friday


@dataclass(frozen=True, slots=True)
class Pattern:
    """A recurrence as the meeting dialog edits it.

    ``weekdays`` are indices 0 = Monday … 6 = Sunday (weekly); ``monthly_by``
    picks the day of the month or the nth weekday (``nth`` 1–4, or -1 for the
    last) of the first occurrence. At most one of ``until`` (a local date,
    inclusive) and ``count``.
    """

    frequency: Frequency = Frequency.WEEKLY
    interval: int = 1
    weekdays: tuple[int, ...] = field(default=())
    monthly_by: MonthlyBy = MonthlyBy.DATE
    until: date | None = None
    count: int | None = None

    def to_rule(self, first_local: datetime) -> str:
        """The RRULE value for a series starting at *first_local* (aware, meeting zone)."""
        if self.interval < 1:
            raise RuleError("the interval must be at least 1")
        if self.until is not None and self.count is not None:
            raise RuleError("a series ends on a date or after a count, not both")
        if self.count is not None and self.count < 1:
            raise RuleError("the count must be at least 1")
        parts: dict[str, str] = {"FREQ": self.frequency.value}
        if self.interval != 1:
            parts["INTERVAL"] = str(self.interval)
        if self.frequency is Frequency.WEEKLY:
            days = sorted(set(self.weekdays) or {first_local.weekday()})
            parts["BYDAY"] = ",".join(WEEKDAYS[d] for d in days)
        elif self.monthly_by is MonthlyBy.WEEKDAY:
            parts["BYDAY"] = f"{nth_of_month(first_local.date())}{WEEKDAYS[first_local.weekday()]}"
        else:
            parts["BYMONTHDAY"] = str(first_local.day)
        if self.until is not None:
            zone = first_local.tzinfo
            end = datetime.combine(self.until, time(23, 59, 59), zone)
            parts["UNTIL"] = format_until(end)
        if self.count is not None:
            parts["COUNT"] = str(self.count)
        return _join(parts)

    @classmethod
    def from_rule(cls, rule: str, zone_name: str) -> Pattern | None:
        """The pattern for *rule*, or ``None`` when the editor cannot represent it."""
        try:
            parts = rule_parts(rule)
        except RuleError:
            return None
        allowed = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "UNTIL", "COUNT", "WKST"}
        if set(parts) - allowed:
            return None
        interval = int(parts.get("INTERVAL", "1"))
        until = None
        if "UNTIL" in parts:
            zone = ZoneInfo(zone_name)
            until = _parse_until(parts["UNTIL"], zone).astimezone(zone).date()
        count = int(parts["COUNT"]) if "COUNT" in parts else None
        byday = parts.get("BYDAY", "")
        if parts["FREQ"] == "WEEKLY" and "BYMONTHDAY" not in parts:
            days = [d for d in byday.split(",") if d]
            if any(d not in WEEKDAYS for d in days):
                return None
            weekdays = tuple(sorted(WEEKDAYS.index(d) for d in days))
            return cls(Frequency.WEEKLY, interval, weekdays, until=until, count=count)
        if parts["FREQ"] == "MONTHLY":
            if "BYMONTHDAY" in parts and not byday and "," not in parts["BYMONTHDAY"]:
                return cls(Frequency.MONTHLY, interval, (), MonthlyBy.DATE, until, count)
            if byday and "BYMONTHDAY" not in parts and "," not in byday:
                return cls(Frequency.MONTHLY, interval, (), MonthlyBy.WEEKDAY, until, count)
            if not byday and "BYMONTHDAY" not in parts:
                return cls(Frequency.MONTHLY, interval, (), MonthlyBy.DATE, until, count)
        return None


def nth_of_month(day: date) -> int:
    """1–4 for the first…fourth such weekday of its month, -1 when it is the last one."""
    if (day + timedelta(days=7)).month != day.month:
        return -1
    return (day.day - 1) // 7 + 1
