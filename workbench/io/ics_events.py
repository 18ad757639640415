"""The meetings an .ics file holds, read into plain values (no database).

:func:`read_ics` turns a file into an :class:`IcsCalendar`: timed events with
UTC times and an IANA zone, their RRULE/EXDATE/RDATE, and the changed
occurrences (RECURRENCE-ID) beside them. A file is either readable as a whole
or refused as a whole (:class:`IcsRefused`, with one message saying why).
All-day events (VALUE=DATE: holidays, birthdays, a visit day) come in as whole
days, from midnight to midnight in the importing user's zone (see
:mod:`workbench.domain.all_day`); their dates are read as written, never shifted.

Messages are :class:`~workbench.domain.validation.Problem` templates in the
``ics`` translation context; ``field`` names the iCalendar property concerned.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Component, Timezone
from icalendar.prop import vBroken

from workbench.domain import all_day as whole_days
from workbench.domain.enums import MeetingKind, MeetingMode
from workbench.domain.recurrence import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    MAX_COUNT,
    RuleError,
    first_start_problem,
    normalise_rule,
)
from workbench.domain.validation import QT_TRANSLATE_NOOP, Problem, ValidationError, is_time_zone
from workbench.io.ics_text import IcsText, is_complete, prepare, zone_rule_problem
from workbench.io.windows_zones import ZoneSource, clean_tzid, iana_zone

UNTITLED = QT_TRANSLATE_NOOP("ics", "Untitled meeting")
#: Length the file gives a meeting that states neither an end nor a duration.
DEFAULT_LENGTH = timedelta(hours=1)

#: Properties whose unreadable value makes the event unreadable.
_TIMING = frozenset({"DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RDATE", "RECURRENCE-ID"})
_BROKEN_LINE = re.compile(r"'([A-Za-z0-9-]+)[;:]")
_URL = re.compile(r"https?://[^\s<>\"'\\]+", re.IGNORECASE)
#: A date list some producers write with a stray "Z" (Google: ``RDATE:20131210Z``).
_LOOSE_DATES = re.compile(r"\d{8}Z?(?:,\d{8}Z?)*")
#: An UNTIL with a time, which an all-day series reads as the date it names.
_TIMED_UNTIL = re.compile(r"(UNTIL=)(\d{8})T\d{6}Z?", re.IGNORECASE)
#: Hosts of online-meeting links that a DESCRIPTION may hold among other links.
_MEETING_HOSTS = re.compile(
    r"https?://(?:[\w-]+\.)*(?:teams\.microsoft\.com|teams\.live\.com|zoom\.us|"
    r"meet\.google\.com|webex\.com|gotomeeting\.com|gotomeet\.me|livemeeting\.com|"
    r"whereby\.com|bluejeans\.com|chime\.aws|meet\.jit\.si|join\.skype\.com|lync\.com)\b",
    re.IGNORECASE,
)
_KINDS = (
    (MeetingKind.QBR, re.compile(r"\bqbr\b|business review", re.IGNORECASE)),
    (MeetingKind.NEGOTIATION, re.compile(r"negotiat|negociaci", re.IGNORECASE)),
    (MeetingKind.CRISIS, re.compile(r"crisis|escalat|incident", re.IGNORECASE)),
    (MeetingKind.REVIEW, re.compile(r"review|revisi[oó]n", re.IGNORECASE)),
)


def ics_problem(field: str, message: str, **params: object) -> Problem:
    """A message of the ``ics`` context; *message* is a ``QT_TRANSLATE_NOOP`` literal."""
    return Problem(field, message, params, context="ics")


class IcsRefused(ValidationError):
    """The file cannot be imported as a whole; nothing was written."""

    def __init__(self, problem: Problem) -> None:
        super().__init__([problem])

    @property
    def problem(self) -> Problem:
        return self.problems[0]

    def __str__(self) -> str:
        return self.problem.text()


@dataclass(frozen=True, slots=True)
class IcsAttendee:
    email: str
    name: str | None = None
    optional: bool = False


@dataclass(frozen=True, slots=True)
class IcsEvent:
    """One timed VEVENT. Times are UTC; ``time_zone`` is the IANA zone of DTSTART.

    For a changed occurrence ``recurrence_id`` is the original start it
    replaces, and ``ends_at`` is ``None`` when it keeps the series' length.
    """

    uid: str
    line: int
    summary: str | None
    starts_at: datetime
    ends_at: datetime | None
    time_zone: str
    rule: str | None = None
    recurrence_id: datetime | None = None
    cancelled: bool = False
    exdates: tuple[datetime, ...] = ()
    #: Extra dates (RDATE): start and, for a PERIOD, its end.
    rdates: tuple[tuple[datetime, datetime | None], ...] = ()
    agenda: str | None = None
    location: str | None = None
    link: str | None = None
    mode: MeetingMode = MeetingMode.IN_PERSON
    kind: MeetingKind = MeetingKind.OTHER
    organizer: str | None = None
    attendees: tuple[IcsAttendee, ...] = ()
    #: Whole days (VALUE=DATE): the times are midnights in ``time_zone``.
    all_day: bool = False

    @property
    def title(self) -> str:
        return self.summary or UNTITLED

    @property
    def addresses(self) -> list[str]:
        """Organizer and attendee e-mail addresses, lower case, without repeats."""
        emails = [self.organizer] if self.organizer else []
        emails += [a.email for a in self.attendees]
        return list(dict.fromkeys(emails))


@dataclass
class IcsCalendar:
    """What a file holds, ready to import."""

    #: Series and one-off meetings, in file order.
    events: list[IcsEvent] = field(default_factory=list)
    #: Changed or cancelled occurrences (RECURRENCE-ID), in file order.
    overrides: list[IcsEvent] = field(default_factory=list)
    #: Skipped events and assumptions made, event by event.
    notes: list[Problem] = field(default_factory=list)
    #: How time zones were read ("'W. Europe Standard Time' read as Europe/Berlin").
    zones: list[Problem] = field(default_factory=list)
    skipped: int = 0

    def overrides_of(self, uid: str) -> list[IcsEvent]:
        return [o for o in self.overrides if o.uid == uid]

    def orphans(self) -> list[IcsEvent]:
        """Changed occurrences whose series is not in the file."""
        masters = {e.uid for e in self.events}
        return [o for o in self.overrides if o.uid not in masters]


class _Skip(Exception):
    """An event that cannot be imported (cancelled, …); the note says why."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem


def read_ics(
    data: bytes, *, default_zone: str, all_day_zones: Mapping[str, str] | None = None
) -> IcsCalendar:
    """Read an .ics file; raises :class:`IcsRefused` when it cannot be imported as a whole.

    Floating times (no zone) are read in *default_zone*, an IANA name. An all-day event
    whose UID is in *all_day_zones* (the book's all-day events and their zones) keeps that
    zone: its dates name the same days, and its stored start does not move.
    """
    if not is_time_zone(default_zone):
        raise ValueError(f"unknown time zone {default_zone!r}")
    text = prepare(data)
    components = _parse(text)
    reader = _EventReader(_definitions(components), default_zone, all_day_zones or {})
    calendar = IcsCalendar()
    seen: set[str] = set()
    cancelled = 0
    skips: list[Problem] = []
    events = [e for c in components for e in c.walk("VEVENT")]
    if not events:
        raise IcsRefused(
            ics_problem("VEVENT", QT_TRANSLATE_NOOP("ics", "The file holds no events."))
        )
    calendar.notes = reader.notes
    for index, component in enumerate(events):
        line = text.event_lines[index] if index < len(text.event_lines) else 0
        try:
            event = reader.event(component, line)
        except _Skip as skip:
            skips.append(skip.problem)
            calendar.skipped += 1
            calendar.notes.append(skip.problem)
            cancelled += skip.problem.field == "STATUS"
            continue
        except IcsRefused:
            raise
        except Exception as error:  # a value icalendar accepted but cannot convert
            raise IcsRefused(
                ics_problem(
                    "VEVENT",
                    QT_TRANSLATE_NOOP("ics", "Event at line {line} cannot be read: {reason}"),
                    line=line,
                    reason=str(error) or type(error).__name__,
                )
            ) from error
        if event.recurrence_id is not None:
            calendar.overrides.append(event)
        elif event.uid in seen:
            calendar.skipped += 1
            calendar.notes.append(
                ics_problem(
                    "UID",
                    QT_TRANSLATE_NOOP(
                        "ics",
                        "Event “{title}” (line {line}) skipped: an earlier event has the same UID.",
                    ),
                    title=event.title,
                    line=line,
                )
            )
        else:
            seen.add(event.uid)
            calendar.events.append(event)
    calendar.zones = reader.zone_notes(text)
    if not calendar.events and not calendar.overrides:
        if cancelled == calendar.skipped:
            raise IcsRefused(
                ics_problem(
                    "STATUS",
                    QT_TRANSLATE_NOOP(
                        "ics",
                        "None of the file's {count} events can be imported: they are all "
                        "cancelled, so nothing was imported.",
                    ),
                    count=calendar.skipped,
                )
            )
        # Every event was skipped: the first one's reason says why.
        raise IcsRefused(skips[0])
    return calendar


def _parse(text: IcsText) -> list[Calendar]:
    if not text.text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise IcsRefused(
            ics_problem(
                "VCALENDAR",
                QT_TRANSLATE_NOOP(
                    "ics", "This is not an iCalendar file: it does not start with BEGIN:VCALENDAR."
                ),
            )
        )
    if not is_complete(text.text):
        raise IcsRefused(
            ics_problem(
                "VCALENDAR",
                QT_TRANSLATE_NOOP(
                    "ics", "The file is cut short: END:VCALENDAR is missing at its end."
                ),
            )
        )
    zone_problem = zone_rule_problem(text.text)
    if zone_problem is not None:
        raise IcsRefused(zone_problem)
    try:
        return list(Calendar.from_ical(text.text, multiple=True))
    except Exception as error:  # icalendar raises ValueError, KeyError, IndexError…
        raise IcsRefused(
            ics_problem(
                "VCALENDAR",
                QT_TRANSLATE_NOOP("ics", "The file is not valid iCalendar: {reason}"),
                reason=str(error) or type(error).__name__,
            )
        ) from error


def _definitions(calendars: list[Calendar]) -> dict[str, Timezone]:
    """The file's VTIMEZONE components by cleaned TZID."""
    found: dict[str, Timezone] = {}
    for calendar in calendars:
        for zone in calendar.walk("VTIMEZONE"):
            tzid = zone.get("TZID")
            if tzid and isinstance(zone, Timezone):
                found.setdefault(clean_tzid(str(tzid)), zone)
    return found


def _summary(component: Component) -> str | None:
    """SUMMARY on one line, white space collapsed (Outlook pads it with hundreds of spaces)."""
    text = _text(component, "SUMMARY")
    return " ".join(text.split())[:300] if text else None


class _EventReader:
    """Reads VEVENTs one by one, resolving each TZID once."""

    def __init__(
        self,
        definitions: dict[str, Timezone],
        default_zone: str,
        all_day_zones: Mapping[str, str],
    ) -> None:
        self.definitions = definitions
        self.default_zone = default_zone
        self.all_day_zones = all_day_zones
        self.notes: list[Problem] = []
        self._zones: dict[str, tuple[str, ZoneSource]] = {}
        self._floating = False

    # --- one event --------------------------------------------------------------------

    def event(self, component: Component, line: int) -> IcsEvent:
        summary = _summary(component)
        title = summary or UNTITLED
        start_prop = component.get("DTSTART")
        start_value = getattr(start_prop, "dt", None)
        end_value = getattr(component.get("DTEND"), "dt", None)
        self._check_errors(component, title, line)
        if isinstance(start_value, date) and (
            not isinstance(start_value, datetime)
            or (isinstance(end_value, date) and not isinstance(end_value, datetime))
        ):
            return self._all_day_event(component, line, summary, start_value)
        if not isinstance(start_value, datetime):
            raise IcsRefused(
                ics_problem(
                    "DTSTART",
                    QT_TRANSLATE_NOOP(
                        "ics", "Event “{title}” (line {line}): its start (DTSTART) cannot be read."
                    ),
                    title=title,
                    line=line,
                )
            )
        starts_at, zone = self.moment(start_prop, title, line)
        recurrence_id = self._recurrence_id(component, title, line)
        ends_at = self._end(component, starts_at, zone, title, line, recurrence_id is not None)
        return self._event(component, line, summary, starts_at, ends_at, zone, recurrence_id)

    def _event(
        self,
        component: Component,
        line: int,
        summary: str | None,
        starts_at: datetime,
        ends_at: datetime | None,
        zone: str,
        recurrence_id: datetime | None,
        first_day: date | None = None,
    ) -> IcsEvent:
        """The event's values once its timing is known (*first_day* for an all-day one)."""
        title = summary or UNTITLED
        is_all_day = first_day is not None
        agenda = _text(component, "DESCRIPTION")
        location = _text(component, "LOCATION")
        link = _link(location, _text(component, "URL"), agenda)
        status = (_text(component, "STATUS") or "").upper()
        if status == "CANCELLED" and recurrence_id is None:
            raise _Skip(
                ics_problem(
                    "STATUS",
                    QT_TRANSLATE_NOOP(
                        "ics", "Event “{title}” (line {line}) skipped: it is cancelled."
                    ),
                    title=title,
                    line=line,
                )
            )
        return IcsEvent(
            uid=self._uid(component, summary, first_day or starts_at),
            line=line,
            summary=summary,
            starts_at=starts_at,
            ends_at=ends_at,
            time_zone=zone,
            rule=self._rule(component, starts_at, zone, title, line, all_day=is_all_day),
            recurrence_id=recurrence_id,
            cancelled=status == "CANCELLED",
            exdates=tuple(
                s for s, _ in self._dates(component, "EXDATE", title, line, zone, is_all_day)
            ),
            rdates=tuple(self._dates(component, "RDATE", title, line, zone, is_all_day)),
            agenda=agenda,
            location=location,
            link=link,
            mode=MeetingMode.VIRTUAL if link else MeetingMode.IN_PERSON,
            kind=_category_kind(component) or kind_of(title),
            organizer=_address(component.get("ORGANIZER")),
            attendees=tuple(_attendees(component)),
            all_day=is_all_day,
        )

    # --- all-day events ---------------------------------------------------------------

    def _all_day_event(
        self, component: Component, line: int, summary: str | None, start: date
    ) -> IcsEvent:
        """An event of whole days: midnight to midnight in the user's zone, dates as written.

        A DTEND before DTSTART refuses the file; a start or end given with a time beside a
        date is read as the date it names, with a note.
        """
        title = summary or UNTITLED
        zone = self.all_day_zones.get(str(component.get("UID", "")).strip(), self.default_zone)
        first = start.date() if isinstance(start, datetime) else start
        _check_year(datetime.combine(first, time(0)), title, line)
        days = self._all_day_length(component, first, title, line)
        starts_at, ends_at = whole_days.bounds(first, days, zone)
        recurrence_id = None
        prop = component.get("RECURRENCE-ID")
        if prop is not None:
            original = prop.dt
            original = original.date() if isinstance(original, datetime) else original
            recurrence_id = whole_days.midnight(original, zone)
        return self._event(component, line, summary, starts_at, ends_at, zone, recurrence_id, first)

    def _all_day_length(self, component: Component, first: date, title: str, line: int) -> int:
        end_value = getattr(component.get("DTEND"), "dt", None)
        duration = getattr(component.get("DURATION"), "dt", None)
        if isinstance(end_value, date):
            last = end_value.date() if isinstance(end_value, datetime) else end_value
            if isinstance(end_value, datetime):
                if end_value.time() != time(0):
                    last += timedelta(days=1)  # the day it ends in is covered too
                self.notes.append(
                    ics_problem(
                        "DTEND",
                        QT_TRANSLATE_NOOP(
                            "ics",
                            "Event “{title}” (line {line}) gives a date and a time for its "
                            "start and end; read as an all-day event until {end} (exclusive).",
                        ),
                        title=title,
                        line=line,
                        end=last.isoformat(),
                    )
                )
            if last < first:
                raise IcsRefused(
                    ics_problem(
                        "DTEND",
                        QT_TRANSLATE_NOOP(
                            "ics",
                            "All-day event “{title}” (line {line}) ends on {end}, before it "
                            "starts on {start}; nothing was imported.",
                        ),
                        title=title,
                        line=line,
                        end=last.isoformat(),
                        start=first.isoformat(),
                    )
                )
            if last == first:
                self.notes.append(
                    ics_problem(
                        "DTEND",
                        QT_TRANSLATE_NOOP(
                            "ics",
                            "All-day event “{title}” (line {line}) ends the day it starts; "
                            "one day assumed.",
                        ),
                        title=title,
                        line=line,
                    )
                )
                return 1
            return (last - first).days
        if isinstance(duration, timedelta):
            return max(1, duration.days)
        return 1  # RFC 5545: a date without an end or duration lasts the day

    def _check_errors(self, component: Component, title: str, line: int) -> None:
        for name, message in getattr(component, "errors", ()):
            prop = name
            if prop is None:
                found = _BROKEN_LINE.search(message)
                prop = found.group(1) if found else None
            if prop is not None and prop.upper() in ("EXDATE", "RDATE"):
                continue  # _dates reads what it can of them, or refuses
            if prop is not None and prop.upper() in _TIMING:
                raise _unreadable(prop.upper(), title, line)

    def _uid(self, component: Component, summary: str | None, starts_at: date) -> str:
        uid = " ".join(str(component.get("UID") or "").split())
        if uid and len(uid) <= 500:
            return uid
        # No UID (or an absurdly long one): derived from what identifies the event,
        # so importing the same file again finds the same meeting.
        seed = uid or f"{summary or ''}|{starts_at.isoformat()}"
        return hashlib.sha256(seed.encode()).hexdigest()[:32] + "@ics.account-workbench"

    def _end(
        self,
        component: Component,
        starts_at: datetime,
        zone: str,
        title: str,
        line: int,
        is_override: bool,
    ) -> datetime | None:
        end_prop = component.get("DTEND")
        if end_prop is not None:
            value = end_prop.dt
            if not isinstance(value, datetime):
                raise _Skip(
                    ics_problem(
                        "DTEND",
                        QT_TRANSLATE_NOOP(
                            "ics",
                            "Event “{title}” (line {line}) skipped: it starts at a time but ends "
                            "on a date, so it is read as an all-day event.",
                        ),
                        title=title,
                        line=line,
                    )
                )
            ends_at, _ = self.moment(end_prop, title, line)
        elif (duration := getattr(component.get("DURATION"), "dt", None)) is not None:
            try:
                ends_at = _plus(starts_at, zone, duration)
            except OverflowError:
                ends_at = datetime.max.replace(tzinfo=UTC)
            _check_year(ends_at, title, line)
        elif is_override:
            return None
        else:
            self.notes.append(
                ics_problem(
                    "DTEND",
                    QT_TRANSLATE_NOOP(
                        "ics", "Event “{title}” (line {line}) has no end; one hour assumed."
                    ),
                    title=title,
                    line=line,
                )
            )
            return starts_at + DEFAULT_LENGTH
        if ends_at <= starts_at:
            if is_override:
                return None
            self.notes.append(
                ics_problem(
                    "DTEND",
                    QT_TRANSLATE_NOOP(
                        "ics",
                        "Event “{title}” (line {line}) does not end after it starts; "
                        "one hour assumed.",
                    ),
                    title=title,
                    line=line,
                )
            )
            return starts_at + DEFAULT_LENGTH
        return ends_at

    def _recurrence_id(self, component: Component, title: str, line: int) -> datetime | None:
        prop = component.get("RECURRENCE-ID")
        if prop is None:
            return None
        if not isinstance(prop.dt, datetime):
            raise _Skip(
                ics_problem(
                    "RECURRENCE-ID",
                    QT_TRANSLATE_NOOP(
                        "ics",
                        "Event “{title}” (line {line}) skipped: it changes one occurrence of a "
                        "series at a time of day but names that occurrence by a date only.",
                    ),
                    title=title,
                    line=line,
                )
            )
        return self.moment(prop, title, line)[0]

    def _rule(
        self,
        component: Component,
        starts_at: datetime,
        zone: str,
        title: str,
        line: int,
        *,
        all_day: bool = False,
    ) -> str | None:
        prop = component.get("RRULE")
        if prop is None:
            return None
        if isinstance(prop, list):
            raise IcsRefused(
                ics_problem(
                    "RRULE",
                    QT_TRANSLATE_NOOP(
                        "ics",
                        "Event “{title}” (line {line}) has more than one repeat rule (RRULE).",
                    ),
                    title=title,
                    line=line,
                )
            )
        text = prop.to_ical().decode("utf-8", errors="replace")
        if all_day:
            # A series of dates ends on a date: UNTIL=20080323T235959Z means the 23rd.
            text = _TIMED_UNTIL.sub(r"\1\2", text)
        try:
            rule = normalise_rule(text, zone)
            never = first_start_problem(rule, starts_at, zone)
            if never is not None:
                raise never
            return rule
        except RuleError as error:
            raise IcsRefused(
                ics_problem(
                    "RRULE",
                    QT_TRANSLATE_NOOP(
                        "ics", "Event “{title}” (line {line}): the repeat rule is wrong: {reason}."
                    ),
                    title=title,
                    line=line,
                    reason=str(error),
                )
            ) from error

    def _dates(
        self,
        component: Component,
        name: str,
        title: str,
        line: int,
        zone: str,
        all_day: bool = False,
    ) -> Iterator[tuple[datetime, datetime | None]]:
        """EXDATE / RDATE values in UTC; a PERIOD also gives its end.

        For an all-day event each value is the midnight of the date it names.
        """
        props = component.get(name)
        if props is None:
            return
        props = props if isinstance(props, list) else [props]
        count = sum(len(p.dts) for p in props if not isinstance(p, vBroken))
        if count > MAX_COUNT:
            raise IcsRefused(
                ics_problem(
                    name,
                    QT_TRANSLATE_NOOP(
                        "ics",
                        "Event “{title}” (line {line}) lists {count} dates in {property}; "
                        "at most {limit} can be imported.",
                    ),
                    title=title,
                    line=line,
                    count=count,
                    property=name,
                    limit=MAX_COUNT,
                )
            )
        for prop in props:
            if isinstance(prop, vBroken):
                yield from self._loose_dates(prop, name, title, line, zone, all_day)
                continue
            tzid = prop.params.get("TZID")
            for item in prop.dts:
                value = item.dt
                end: Any = None
                if isinstance(value, tuple):
                    value, end = value
                if all_day:
                    day = value.date() if isinstance(value, datetime) else value
                    _check_year(datetime.combine(day, time(0)), title, line)
                    yield whole_days.midnight(day, zone), None
                    continue
                if not isinstance(value, datetime):
                    self.notes.append(
                        ics_problem(
                            name,
                            QT_TRANSLATE_NOOP(
                                "ics",
                                "Event “{title}” (line {line}): {property} {value} is a date "
                                "without a time; ignored.",
                            ),
                            title=title,
                            line=line,
                            property=name,
                            value=value.isoformat(),
                        )
                    )
                    continue
                start, zone = self._utc(value, tzid, title, line)
                if isinstance(end, timedelta):
                    try:
                        period_end = _plus(start, zone, end)
                    except OverflowError:
                        period_end = datetime.max.replace(tzinfo=UTC)
                    _check_year(period_end, title, line)
                    yield start, period_end
                elif isinstance(end, datetime):
                    yield start, self._utc(end, tzid, title, line)[0]
                else:
                    yield start, None

    def _loose_dates(
        self, prop: vBroken, name: str, title: str, line: int, zone: str, all_day: bool
    ) -> Iterator[tuple[datetime, datetime | None]]:
        """What can be read of an EXDATE / RDATE icalendar could not: nothing, or dates."""
        text = str(prop).strip()
        if not text:
            self.notes.append(
                ics_problem(
                    name,
                    QT_TRANSLATE_NOOP(
                        "ics", "Event “{title}” (line {line}): an empty {property} was ignored."
                    ),
                    title=title,
                    line=line,
                    property=name,
                )
            )
            return
        if not (all_day and _LOOSE_DATES.fullmatch(text)):
            raise _unreadable(name, title, line)
        for value in text.split(","):
            try:
                day = datetime.strptime(value[:8], "%Y%m%d").date()
            except ValueError as error:
                raise _unreadable(name, title, line) from error
            _check_year(datetime.combine(day, time(0)), title, line)
            yield whole_days.midnight(day, zone), None

    # --- time zones ---------------------------------------------------------------------

    def moment(self, prop: Any, title: str, line: int) -> tuple[datetime, str]:
        """A DATE-TIME property in UTC, with the IANA zone it was written in."""
        return self._utc(prop.dt, prop.params.get("TZID"), title, line)

    def _utc(
        self, value: datetime, tzid: str | None, title: str, line: int
    ) -> tuple[datetime, str]:
        _check_year(value, title, line)
        if tzid is not None and clean_tzid(str(tzid)):
            local = value.replace(tzinfo=None)
            zone = self._zone(str(tzid), local, title, line)
        elif value.tzinfo is not None:
            return value.astimezone(UTC), "UTC"
        else:
            local, zone = value, self.default_zone
            self._floating = True
        return local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC), zone

    def _zone(self, tzid: str, local: datetime, title: str, line: int) -> str:
        key = clean_tzid(tzid)
        if key not in self._zones:
            match = iana_zone(key, definition=self._definition(key), on=local)
            if match is None:
                raise IcsRefused(
                    ics_problem(
                        "TZID",
                        QT_TRANSLATE_NOOP(
                            "ics",
                            "Event “{title}” (line {line}) uses the time zone “{tzid}”, which is "
                            "neither an IANA nor a Windows zone and which the file does not "
                            "describe well enough to recognise.",
                        ),
                        title=title,
                        line=line,
                        tzid=key,
                    )
                )
            self._zones[key] = (match.zone, match.source)
        return self._zones[key][0]

    def _definition(self, key: str) -> tzinfo | None:
        component = self.definitions.get(key)
        if component is None:
            return None
        try:
            zone: tzinfo = component.to_tz(lookup_tzid=False)
        except Exception:  # a VTIMEZONE icalendar cannot turn into a zone is no help
            return None
        return zone

    def zone_notes(self, text: IcsText) -> list[Problem]:
        notes = [
            ics_problem(
                "TZID",
                QT_TRANSLATE_NOOP("ics", "Time zone “{tzid}” read as {zone}."),
                tzid=tzid,
                zone=zone,
            )
            for tzid, (zone, source) in self._zones.items()
            if source is not ZoneSource.IANA or tzid != zone
        ]
        if text.blank_tzid_repaired:
            notes.append(
                ics_problem(
                    "TZID",
                    QT_TRANSLATE_NOOP(
                        "ics", "Times with an empty time zone were read as times without one."
                    ),
                )
            )
        if self._floating:
            notes.append(
                ics_problem(
                    "TZID",
                    QT_TRANSLATE_NOOP("ics", "Times without a time zone were read in {zone}."),
                    zone=self.default_zone,
                )
            )
        return notes


# --- values -----------------------------------------------------------------------------


def _check_year(value: datetime, title: str, line: int) -> None:
    """Refuse a time outside the years a meeting can have (a year 1 would overflow later)."""
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise IcsRefused(
            ics_problem(
                "DTSTART",
                QT_TRANSLATE_NOOP(
                    "ics",
                    "Event “{title}” (line {line}) has a time in the year {year}; only the "
                    "years {low}–{high} can be imported.",
                ),
                title=title,
                line=line,
                year=value.year,
                low=EARLIEST_YEAR,
                high=LATEST_YEAR,
            )
        )


def _plus(start: datetime, zone: str, length: timedelta) -> datetime:
    """*start* + an RFC 5545 duration: whole days in wall-clock time, the rest exactly."""
    days = timedelta(days=length.days)
    local = start.astimezone(ZoneInfo(zone)).replace(tzinfo=None) + days
    return local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC) + (length - days)


def _text(component: Component, name: str) -> str | None:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None or isinstance(value, vBroken):
        return None
    text = str(value).replace("\r\n", "\n").strip()
    return text or None


def _link(location: str | None, url: str | None, agenda: str | None) -> str | None:
    """The online-meeting link: any URL in LOCATION or URL, a known meeting host in DESCRIPTION.

    A description often links to documents too, so only conferencing hosts count there.
    """
    for text in (location, url):
        found = _URL.search(text or "")
        if found:
            return _trim_url(found.group(0))
    for found in _URL.finditer(agenda or ""):
        if _MEETING_HOSTS.match(found.group(0)):
            return _trim_url(found.group(0))
    return None


def _trim_url(url: str) -> str:
    return url.rstrip(".,;:!?)]}>")[:1000]


def kind_of(title: str) -> MeetingKind:
    """The kind a title suggests (QBR, negotiation, crisis, review), else OTHER."""
    for kind, pattern in _KINDS:
        if pattern.search(title):
            return kind
    return MeetingKind.OTHER


def _category_kind(component: Component) -> MeetingKind | None:
    """The kind our own export wrote as a category (``CATEGORIES:QBR``), if any."""
    props = component.get("CATEGORIES")
    for prop in props if isinstance(props, list) else [props] if props is not None else []:
        for category in getattr(prop, "cats", ()):
            try:
                return MeetingKind(str(category).strip().lower())
            except ValueError:
                continue
    return None


def _address(prop: Any) -> str | None:
    if prop is None or isinstance(prop, vBroken):
        return None
    text = str(prop).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    text = text.strip().lower()
    return text if "@" in text and " " not in text else None


def _attendees(component: Component) -> Iterator[IcsAttendee]:
    props = component.get("ATTENDEE")
    if props is None:
        return
    for prop in props if isinstance(props, list) else [props]:
        email = _address(prop)
        if email is None:
            continue
        params = getattr(prop, "params", {})
        role = str(params.get("ROLE", "")).upper()
        name = str(params.get("CN", "")).strip().strip("'\"") or None
        yield IcsAttendee(email, name, role in ("OPT-PARTICIPANT", "NON-PARTICIPANT"))


def _unreadable(name: str, title: str, line: int) -> IcsRefused:
    """The file is refused: property *name* of event *title* cannot be read."""
    return IcsRefused(
        ics_problem(
            name,
            QT_TRANSLATE_NOOP("ics", "Event “{title}” (line {line}): {property} cannot be read."),
            title=title,
            line=line,
            property=name,
        )
    )
