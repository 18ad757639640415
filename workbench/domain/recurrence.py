"""Recurring meetings: RFC 5545 rules expanded in the meeting's own time zone.

A weekly 09:00 in Madrid stays at 09:00 Madrid time across daylight-saving
changes, so its UTC time moves. Expansion therefore runs dateutil's ``rrule``
on the local wall-clock start (dateutil steps wall-clock time), and each
occurrence is then converted to UTC. A local time that does not exist (the
hour skipped in spring) takes the offset in force before the gap, as RFC 5545
§3.3.5 asks, which is what ``zoneinfo`` does with ``fold=0``.

Occurrences are identified by the UTC start the rule generates for them: the
RFC 5545 RECURRENCE-ID. Exceptions (cancelled or moved occurrences) are keyed
by it; an override whose key the rule does not generate is an extra
occurrence (RFC 5545 RDATE).

No rule can make expansion run away, whatever the database holds. A rule is
accepted (:func:`normalise_rule`) only within the limits below: at most daily,
an interval of 1–999, a count of at most 1,000, an end within 1900–2200. And
every expansion is bounded whatever the rule: it starts at the period before
the window instead of at the first occurrence, a count over the limit is cut
to it, no call gives more than :data:`MAX_OCCURRENCES`, and dateutil runs on
dates moved 7,600 years ahead (weekdays and leap years repeat every 400
years), so its own end of time, year 9999, stops any rule that no longer
produces anything at :data:`HORIZON_YEAR`.

:class:`Pattern` is the subset of RRULE that the meeting editor offers
(weekly on chosen weekdays every N weeks, monthly by date or nth weekday,
until a date or a count). Rules from imported files may go beyond it; they
are kept and expanded as they are, only the editor shows them read-only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal
from workbench.domain.zones import zone_named

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
#: What a meeting may repeat by: nothing more often than daily.
MEETING_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

#: Meetings, their repeat ends and their exceptions lie within these years.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2200
#: The most occurrences a rule may count (Outlook stops at 999).
MAX_COUNT = 1000
#: The longest step between two periods of a rule (999 days, weeks, months or years).
MAX_INTERVAL = 999
#: The most occurrences one expansion gives, however wide the window.
MAX_OCCURRENCES = 10_000

#: 19 Gregorian cycles of 400 years (146,097 days each): dates moved by it keep
#: their weekday and leap years, and year 9999 becomes :data:`HORIZON_YEAR`.
_SHIFT = timedelta(days=146_097 * 19)
#: No occurrence is generated after this year, whatever the rule.
HORIZON_YEAR = datetime.max.year - 7_600
_FIRST_MOMENT = datetime(2, 1, 1, tzinfo=UTC)
_LAST_MOMENT = datetime(HORIZON_YEAR, 12, 30, tzinfo=UTC)
#: The longest an occurrence lasts: a longer stored length is cut to it.
LONGEST = timedelta(days=366)
#: Windows within these moments and no longer than the span expand through shared days.
_PATTERN_FIRST = datetime(EARLIEST_YEAR - 1, 1, 1, tzinfo=UTC)
_PATTERN_LAST = datetime(LATEST_YEAR + 2, 1, 1, tzinfo=UTC)
_PATTERN_SPAN = timedelta(days=800)
#: A group's starts in a window: the day of the first, the starts, all the days and moments.
_Window = tuple[datetime | None, tuple[datetime, ...], tuple[datetime, ...], tuple[datetime, ...]]
#: The groups' starts per window, forgotten all at once when this many are kept.
_WINDOWS: dict[tuple[object, ...], _Window] = {}
_WINDOWS_KEPT = 20_000


class RuleError(Refusal, ValueError):
    """A recurrence rule that cannot be read or goes past a limit; the message names it."""

    context = "recurrence"


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
            raise RuleError(
                QT_TRANSLATE_NOOP("recurrence", "recurrence rule part {part} has no value"),
                part=repr(chunk[:40]),
            )
        if name not in RULE_PARTS:
            raise RuleError(
                QT_TRANSLATE_NOOP("recurrence", "unknown recurrence rule part {part}"),
                part=repr(name[:40]),
            )
        parts[name] = value.strip().upper()
    if parts.get("FREQ") not in FREQUENCIES:
        raise RuleError(QT_TRANSLATE_NOOP("recurrence", "recurrence rule without a valid FREQ"))
    if "UNTIL" in parts and "COUNT" in parts:
        raise RuleError(
            QT_TRANSLATE_NOOP("recurrence", "recurrence rule with both UNTIL and COUNT")
        )
    return parts


def check_limits(parts: Mapping[str, str]) -> None:
    """Refuse what a meeting cannot repeat by, naming the limit (:class:`RuleError`).

    More often than daily, an interval outside 1–999, a count over 1,000, or
    several times of day in one rule (BYHOUR/BYMINUTE/BYSECOND lists): each
    would make a calendar of thousands of meetings a day or a year.
    """
    _check_frequency(parts)
    interval = _integer(parts.get("INTERVAL", "1"), "INTERVAL")
    if not 1 <= interval <= MAX_INTERVAL:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "recurrence", "INTERVAL={value} is outside the allowed range {low}–{high}"
            ),
            value=parts.get("INTERVAL", "")[:20],
            low=1,
            high=MAX_INTERVAL,
        )
    if "COUNT" in parts:
        count = _integer(parts["COUNT"], "COUNT")
        if not 1 <= count <= MAX_COUNT:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "recurrence", "COUNT={value} is outside the allowed range {low}–{high}"
                ),
                value=parts["COUNT"][:20],
                low=1,
                high=MAX_COUNT,
            )
    _check_times(parts)


def _check_times(parts: Mapping[str, str]) -> None:
    for name in ("BYHOUR", "BYMINUTE", "BYSECOND"):
        if "," in parts.get(name, ""):
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "recurrence", "{part} may hold one value: a meeting repeats at most daily"
                ),
                part=name,
            )


def _check_frequency(parts: Mapping[str, str]) -> None:
    if parts["FREQ"] not in MEETING_FREQUENCIES:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "recurrence",
                "a meeting repeats at most daily, not {frequency} (the shortest step is one day)",
            ),
            frequency=parts["FREQ"],
        )


def _unreadable(rule: str, error: Exception) -> RuleError:
    return RuleError(
        QT_TRANSLATE_NOOP("recurrence", "recurrence rule {rule} cannot be read: {reason}"),
        rule=repr(rule[:200]),
        reason=str(error)[:200] or type(error).__name__,
    )


def _integer(value: str, name: str) -> int:
    text = value.strip().lstrip("+")
    if not text.lstrip("-").isdigit() or len(text) > 12:
        raise RuleError(
            QT_TRANSLATE_NOOP("recurrence", "recurrence rule {part}={value} is not a whole number"),
            part=name,
            value=value[:20],
        )
    return int(text)


def check_year(moment: datetime | date, what: str) -> None:
    """Refuse a date outside :data:`EARLIEST_YEAR`–:data:`LATEST_YEAR` (:class:`RuleError`)."""
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "recurrence", "{what} is in the year {year}, outside the allowed years {low}–{high}"
            ),
            what=what,
            year=moment.year,
            low=EARLIEST_YEAR,
            high=LATEST_YEAR,
        )


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
            local = datetime.combine(day, time(23, 59, 59))
        elif value.endswith("Z"):
            return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        else:
            local = datetime.strptime(value, "%Y%m%dT%H%M%S")
        if not 2 <= local.year <= datetime.max.year - 1:
            return (datetime.min if local.year < 2 else datetime.max).replace(tzinfo=UTC)
        return local.replace(tzinfo=zone).astimezone(UTC)
    except (ValueError, OverflowError) as error:
        raise RuleError(
            QT_TRANSLATE_NOOP("recurrence", "recurrence rule UNTIL {value} is not a date"),
            value=repr(value[:40]),
        ) from error


def format_until(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def normalise_rule(rule: str, zone_name: str) -> str:
    """The rule with UNTIL in UTC (``…Z``), as RFC 5545 wants for a zoned start.

    Raises :class:`RuleError` for unknown parts, a missing FREQ, a bad UNTIL, or
    a rule past the limits (:func:`check_limits`, an UNTIL outside 1900–2200).
    """
    parts = rule_parts(rule)
    check_limits(parts)
    if "UNTIL" in parts:
        until = _parse_until(parts["UNTIL"], zone_named(zone_name))
        check_year(until, "the repeat end (UNTIL)")
        parts["UNTIL"] = format_until(until)
    normalised = _join(parts)
    try:
        rrulestr(normalised, dtstart=datetime(2000, 1, 1, tzinfo=UTC))
    except (ValueError, TypeError, KeyError, OverflowError) as error:
        raise _unreadable(normalised, error) from error
    return normalised


# --- bounded expansion ------------------------------------------------------------------


def _clamp(moment: datetime) -> datetime:
    return min(max(moment, _FIRST_MOMENT), _LAST_MOMENT)


def _minus(moment: datetime, length: timedelta) -> datetime:
    """*moment* - *length*, stopping at the earliest moment expansion knows."""
    try:
        return _clamp(moment - length)
    except OverflowError:
        return _FIRST_MOMENT if length > timedelta(0) else _LAST_MOMENT


class _Series:
    """One series' rule ready to expand from any moment, with bounded work.

    The rule is rebuilt for each start with the defaults dateutil would take
    from the first start (month, day, weekday, time of day) written out, so
    expansion can begin at the period before the window (same phase of
    INTERVAL) instead of walking from the first occurrence. A rule with a COUNT
    is walked from the start (at most :data:`MAX_COUNT` occurrences).
    """

    def __init__(self, rule: str, first_start: datetime, zone_name: str) -> None:
        parts = rule_parts(rule)
        _check_frequency(parts)
        _check_times(parts)
        self.zone = zone_named(zone_name)
        if not _FIRST_MOMENT < first_start < _LAST_MOMENT - timedelta(days=366):
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "recurrence", "a series starting in the year {year} cannot be expanded"
                ),
                year=first_start.year,
            )
        self.first_local = first_start.astimezone(self.zone).replace(tzinfo=None)
        self.interval = _integer(parts.get("INTERVAL", "1"), "INTERVAL")
        if self.interval < 1:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "recurrence", "INTERVAL={value} is outside the allowed range {low}–{high}"
                ),
                value=self.interval,
                low=1,
                high=MAX_INTERVAL,
            )
        self.until: datetime | None = None
        if "UNTIL" in parts:
            self.until = max(_parse_until(parts.pop("UNTIL"), self.zone), _FIRST_MOMENT)
        self.count: int | None = None
        if "COUNT" in parts:
            self.count = min(max(_integer(parts.pop("COUNT"), "COUNT"), 0), MAX_COUNT)
        self.freq = parts["FREQ"]
        self.wkst = WEEKDAYS.index(parts["WKST"]) if parts.get("WKST") in WEEKDAYS else 0
        self.parts = _explicit(parts, self.first_local)
        #: No occurrence starts after this moment (learnt when an expansion ran out).
        self.ends_by: datetime | None = None
        #: The rule's days at 00:00 (see :func:`_pattern_days`) and its time of day, when
        #: the days do not depend on the time (no COUNT, no BYSETPOS over a partial week).
        self.pattern: str | None = None
        self.clock = timedelta(0)
        self.earliest_day = self.first_local
        self.group: tuple[object, ...] = ()
        if self.count is None and not (self.freq == "WEEKLY" and "BYSETPOS" in self.parts):
            self._learn_pattern()
        try:
            self._rule(self.first_local)
        except (ValueError, TypeError, KeyError, OverflowError) as error:
            raise _unreadable(rule, error) from error

    def _learn_pattern(self) -> None:
        clock = [self.parts[name] for name in ("BYHOUR", "BYMINUTE", "BYSECOND")]
        if not all(v.isdigit() and len(v) <= 2 for v in clock):
            return
        hour, minute, second = (int(v) for v in clock)
        if hour > 23 or minute > 59 or second > 59:
            return
        self.clock = timedelta(hours=hour, minutes=minute, seconds=second)
        self.pattern = _join({**self.parts, "BYHOUR": "0", "BYMINUTE": "0", "BYSECOND": "0"})
        # dateutil drops the first start's microseconds before comparing with it.
        self.earliest_day = self.first_local.replace(microsecond=0) - self.clock
        # With an INTERVAL of 1 every period is in phase: the first start does not matter.
        phase = None if self.interval == 1 else self.first_local
        self.group = (self.pattern, self.clock, self.zone, phase)

    def window_starts(
        self, low: datetime, high: datetime, after_low: bool = False
    ) -> Sequence[datetime] | None:
        """Generated starts (UTC) in ``[low, high)`` (``(low, high)`` if *after_low*), or
        ``None`` when only :meth:`starts` can tell.

        Every series sharing a rule and its INTERVAL phase shares the days it falls on,
        whatever its time of day, zone or end: those days are worked out once per
        window (:func:`_pattern_days`). Series that also share the time and zone share
        the starts, unless their first start or end falls inside the window.
        """
        if self.pattern is None or not _PATTERN_FIRST < low < high < _PATTERN_LAST:
            return None
        if high - low > _PATTERN_SPAN:
            return None
        key = (self.group, low, high, after_low)
        shared = _WINDOWS.get(key)
        if shared is None:
            shared = self._window(low, high, after_low)
            if len(_WINDOWS) >= _WINDOWS_KEPT:
                _WINDOWS.clear()
            _WINDOWS[key] = shared
        first_day, starts, days, moments = shared
        before_first = first_day is not None and first_day < self.earliest_day
        after_until = self.until is not None and bool(starts) and starts[-1] > self.until
        if not before_first and not after_until:
            return starts
        since = max(bisect_left(days, self.earliest_day), bisect_left(moments, starts[0]))
        until = bisect_right(moments, starts[-1])
        if self.until is not None:
            until = min(until, bisect_right(moments, self.until))
        return moments[since:until]

    def _window(self, low: datetime, high: datetime, after_low: bool) -> _Window:
        """The group's starts in the window whatever the first start and end, with the days."""
        # Local days lie within a day and a half of UTC ones, whatever the zone.
        first_day = datetime.combine(low.date(), time()) - timedelta(days=2)
        last_day = datetime.combine(high.date(), time()) + timedelta(days=2)
        begin = self._period_start(first_day, phase_only=True)
        assert self.pattern is not None
        days, moments = _pattern_moments(self.pattern, begin, last_day, self.clock, self.zone)
        since = (bisect_right if after_low else bisect_left)(moments, low)
        until = bisect_left(moments, high)
        return (days[since] if since < until else None, moments[since:until], days, moments)

    def _rule(self, start: datetime) -> rrule:
        parts = dict(self.parts)
        if self.count is not None:
            parts["COUNT"] = str(self.count)
        elif self.until is not None and self.until < _LAST_MOMENT - timedelta(days=2):
            # A day of margin against daylight-saving folds; the exact end is checked after.
            local = (self.until + timedelta(days=1)).astimezone(self.zone).replace(tzinfo=None)
            parts["UNTIL"] = (local + _SHIFT).strftime("%Y%m%dT%H%M%S")
        return _build(_join(parts), start + _SHIFT)

    def _period_start(self, target: datetime, phase_only: bool = False) -> datetime:
        """The start of the last period at or before *target* in the series' INTERVAL phase.

        Never before the first start, unless *phase_only* (a midnight, maybe before it).
        """
        first = self.first_local
        if not phase_only and (target <= first or self.count is not None):
            return first
        step = self.interval
        if self.freq == "YEARLY":
            periods = (target.year - first.year) // step
            begins = datetime(first.year + periods * step, 1, 1)
        elif self.freq == "MONTHLY":
            months = (target.year * 12 + target.month) - (first.year * 12 + first.month)
            index = first.year * 12 + first.month - 1 + (months // step) * step
            begins = datetime(index // 12, index % 12 + 1, 1)
        elif self.freq == "WEEKLY":
            week = first.date() - timedelta(days=(first.weekday() - self.wkst) % 7)
            weeks = (target.date() - week).days // 7
            begins = datetime.combine(week + timedelta(weeks=(weeks // step) * step), time())
        else:
            days = (target.date() - first.date()).days
            begins = datetime.combine(first.date() + timedelta(days=(days // step) * step), time())
        return begins if phase_only else max(begins, first)

    def starts(self, after: datetime, inclusive: bool = True) -> Iterator[datetime]:
        """Generated starts (UTC) from *after* on, ascending, never past :data:`HORIZON_YEAR`."""
        after = _clamp(after)
        if self.ends_by is not None and after > self.ends_by:
            return
        local = (after - timedelta(days=1)).astimezone(self.zone).replace(tzinfo=None)
        begin = self._period_start(max(local, self.first_local))
        last: datetime | None = None
        try:
            for shifted in self._rule(begin):
                moment = (shifted - _SHIFT).replace(tzinfo=self.zone).astimezone(UTC)
                if self.until is not None and moment > self.until:
                    break
                last = moment
                if moment > after or (inclusive and moment == after):
                    yield moment
        except (ValueError, OverflowError) as error:
            raise _unreadable(_join(self.parts), error) from error
        # The rule ran out (its count, its end or the horizon): nothing comes later.
        self.ends_by = last or after


def _explicit(parts: dict[str, str], first: datetime) -> dict[str, str]:
    """*parts* with the defaults dateutil takes from the first start written out."""
    found = dict(parts)
    freq = found["FREQ"]
    if not any(k in found for k in ("BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY")):
        if freq == "YEARLY":
            found.setdefault("BYMONTH", str(first.month))
            found["BYMONTHDAY"] = str(first.day)
        elif freq == "MONTHLY":
            found["BYMONTHDAY"] = str(first.day)
        elif freq == "WEEKLY":
            found["BYDAY"] = WEEKDAYS[first.weekday()]
    found.setdefault("BYHOUR", str(first.hour))
    found.setdefault("BYMINUTE", str(first.minute))
    found.setdefault("BYSECOND", str(first.second))
    return found


@lru_cache(maxsize=1024)
def _pattern_days(pattern: str, begin: datetime, last: datetime) -> tuple[datetime, ...]:
    """The days (naive, 00:00) a rule with no end and time 00:00 gives from *begin* to *last*."""
    text = f"{pattern};UNTIL={(last + _SHIFT).strftime('%Y%m%dT%H%M%S')}"
    rule = rrulestr(text, dtstart=begin + _SHIFT, cache=False)
    return tuple(day - _SHIFT for day in _limited(iter(rule)))


@lru_cache(maxsize=4096)
def _pattern_moments(
    pattern: str, begin: datetime, last: datetime, clock: timedelta, zone: ZoneInfo
) -> tuple[tuple[datetime, ...], tuple[datetime, ...]]:
    """The rule's days from *begin* to *last*, and the UTC moments *clock* on them is in *zone*.

    Both ascending: occurrences are at least a day apart, more than any change of
    offset, so the UTC moments keep the order of the local times.
    """
    days = _pattern_days(pattern, begin, last)
    return days, tuple((day + clock).replace(tzinfo=zone).astimezone(UTC) for day in days)


@lru_cache(maxsize=8192)
def _build(text: str, start: datetime) -> rrule:
    result = rrulestr(text, dtstart=start, cache=False)
    assert isinstance(result, rrule)
    return result


@lru_cache(maxsize=32_768)
def _series(rule: str, first_start: datetime, zone_name: str) -> _Series:
    return _Series(rule, first_start.astimezone(UTC), zone_name)


def _limited(moments: Iterator[datetime], limit: int = MAX_OCCURRENCES) -> Iterator[datetime]:
    for index, moment in enumerate(moments):
        if index >= limit:
            return
        yield moment


def series_length(first_start: datetime, first_end: datetime) -> timedelta:
    """How long each occurrence lasts: a stored end years away (only by hand) is cut."""
    return min(max(first_end - first_start, timedelta(0)), LONGEST)


def overlapping_starts(
    rule: str,
    first_start: datetime,
    first_end: datetime,
    zone_name: str,
    window_start: datetime,
    window_end: datetime,
) -> Sequence[datetime]:
    """The generated starts (UTC) whose occurrence overlaps ``[window_start, window_end)``.

    What :func:`expand` gives for a series without exceptions, without building an
    :class:`Occurrence` for each (a month of a big book holds tens of thousands).
    Raises :class:`RuleError` for a rule that cannot be expanded.
    """
    series = _series(rule, first_start, zone_name)
    duration = series_length(first_start, first_end)
    # An occurrence that started before the window may still overlap it.
    lookback = _minus(window_start, duration)
    # Those after the look-back end after the window starts (it is never clamped there).
    shared = series.window_starts(lookback, window_end, after_low=True)
    if shared is not None:
        return shared
    found = []
    for original in _limited(series.starts(lookback)):
        if original >= window_end:
            break
        if original + duration > window_start:
            found.append(original)
    return found


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
    not generate are extra occurrences. Sorted by start; at most
    :data:`MAX_OCCURRENCES` generated ones. Raises :class:`RuleError` for a rule
    that cannot be expanded.
    """
    overrides = overrides or {}
    series = _series(rule, first_start, zone_name)
    duration = series_length(first_start, first_end)
    found: dict[datetime, Occurrence] = {}
    generated = overlapping_starts(
        rule, first_start, first_end, zone_name, window_start, window_end
    )
    for original in generated:
        if original not in overrides:
            found[original] = Occurrence(original, original, original + duration)
    for original, override in overrides.items():
        if override.cancelled or override.starts_at is None or override.ends_at is None:
            continue
        if original in found:
            continue
        if override.ends_at > window_start and override.starts_at < window_end:
            if not _generates(series, original) and override.starts_at == original:
                moved = False  # an extra date (RDATE), not a move
            else:
                moved = override.starts_at != original or override.ends_at != original + duration
            found[original] = Occurrence(original, override.starts_at, override.ends_at, moved)
    return sorted(found.values(), key=lambda o: (o.starts_at, o.original_start))


def _generates(series: _Series, moment: datetime) -> bool:
    return next(series.starts(moment), None) == moment


def generates(rule: str, first_start: datetime, zone_name: str, moment: datetime) -> bool:
    """Whether the series' rule produces an occurrence starting at *moment*."""
    return _generates(_series(rule, first_start, zone_name), moment.astimezone(UTC))


def generated_among(
    rule: str, first_start: datetime, zone_name: str, moments: Collection[datetime]
) -> set[datetime]:
    """Which of *moments* (UTC) the series' rule produces, in one walk over their span.

    Many single :func:`generates` calls each walk from their own moment; for the
    exceptions of a series (up to thousands) one walk is bounded by the span instead.
    """
    wanted = {m.astimezone(UTC) for m in moments}
    if not wanted:
        return set()
    series = _series(rule, first_start, zone_name)
    last = max(wanted)
    found: set[datetime] = set()
    for moment in series.starts(min(wanted)):
        if moment > last:
            break
        if moment in wanted:
            found.add(moment)
    return found


def iter_starts(rule: str, first_start: datetime, zone_name: str) -> Iterator[datetime]:
    """Every start the rule generates, in UTC, from the first (at most :data:`MAX_OCCURRENCES`)."""
    series = _series(rule, first_start, zone_name)
    yield from _limited(series.starts(first_start.astimezone(UTC)))


def last_start(rule: str, first_start: datetime, zone_name: str) -> datetime | None:
    """The last generated start of a bounded series; ``None`` when it never ends."""
    parts = rule_parts(rule)
    if "UNTIL" not in parts and "COUNT" not in parts:
        return None
    found = None
    for found in iter_starts(rule, first_start, zone_name):  # noqa: B007 — we want the last
        pass
    return found


def first_start_problem(rule: str, first_start: datetime, zone_name: str) -> RuleError | None:
    """Why the series would never happen (its rule produces no date), or ``None``."""
    if next(iter_starts(rule, first_start, zone_name), None) is not None:
        return None
    return RuleError(
        QT_TRANSLATE_NOOP(
            "recurrence", "the repeat rule produces no date between its start and {year}"
        ),
        year=HORIZON_YEAR,
    )


def next_occurrence(
    rule: str,
    first_start: datetime,
    zone_name: str,
    after: datetime,
    cancelled: Collection[datetime] = (),
) -> datetime | None:
    """The first occurrence (UTC) of the series strictly after *after*, skipping *cancelled*.

    *first_start* and *after* are aware datetimes; *cancelled* holds the UTC starts of
    occurrences removed from the series (EXDATE). ``None`` when the series has ended,
    or when the next :data:`MAX_OCCURRENCES` occurrences are all cancelled.
    """
    series = _series(rule, first_start, zone_name)
    for occurrence in _limited(series.starts(after.astimezone(UTC), inclusive=False)):
        if occurrence not in cancelled:
            return occurrence
    return None


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
        if not 1 <= self.interval <= MAX_INTERVAL:
            raise RuleError(
                QT_TRANSLATE_NOOP("recurrence", "the interval must be between {low} and {high}"),
                low=1,
                high=MAX_INTERVAL,
            )
        if self.until is not None and self.count is not None:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "recurrence", "a series ends on a date or after a count, not both"
                )
            )
        if self.count is not None and not 1 <= self.count <= MAX_COUNT:
            raise RuleError(
                QT_TRANSLATE_NOOP("recurrence", "the count must be between {low} and {high}"),
                low=1,
                high=MAX_COUNT,
            )
        if self.until is not None:
            check_year(self.until, "the repeat end")
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
            zone = zone_named(zone_name)
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
