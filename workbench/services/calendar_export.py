"""Meetings out to an .ics file that Outlook, Google and Apple calendars read.

Each meeting is a VEVENT in its own zone (with a VTIMEZONE for each zone
used), its UID the meeting's ``ical_uid`` so importing the file again, here or
elsewhere, updates instead of duplicating. A series carries its RRULE; its
cancelled occurrences are EXDATEs, its extra dates RDATEs, and every moved or
retitled occurrence a VEVENT of its own with a RECURRENCE-ID. Minutes and
outcomes are private notes and stay out.

An all-day event is written with dates (``DTSTART;VALUE=DATE``, the DTEND the
day after its last, exclusive as RFC 5545 says), and so are its EXDATE, RDATE,
RECURRENCE-ID and its rule's UNTIL, read in the meeting's own zone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vCalAddress, vRecur
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench.domain import all_day as whole_days
from workbench.domain.enums import AttendeeRole, MeetingKind
from workbench.domain.recurrence import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    Override,
    RuleError,
    expand,
    first_start_problem,
    generated_among,
    normalise_rule,
)
from workbench.domain.text import xml_safe
from workbench.store.batches import in_chunks
from workbench.store.database import Store
from workbench.store.models import (
    Colleague,
    Contact,
    Meeting,
    MeetingAttendee,
    MeetingException,
)

PRODID = "-//Account Workbench//EN"
CATEGORY = {
    MeetingKind.REVIEW: "Review",
    MeetingKind.QBR: "QBR",
    MeetingKind.NEGOTIATION: "Negotiation",
    MeetingKind.CRISIS: "Crisis",
    MeetingKind.OTHER: "Other",
}
_UNTIL = re.compile(r"UNTIL=(\d{8}T\d{6}Z)")


@dataclass(frozen=True, slots=True)
class IcsExport:
    """The file's bytes and what it holds."""

    data: bytes
    meetings: int
    #: Occurrence exceptions written (EXDATE, RDATE or a RECURRENCE-ID event).
    exceptions: int
    #: Meetings left out: their dates or repeat rule are past the limits an import accepts
    #: (only possible in a database written by an older version or by hand).
    skipped: int = 0


def export_ics(
    store: Store,
    *,
    meeting_ids: Iterable[int] | None = None,
    account_id: int | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> bytes:
    """The .ics bytes for the chosen meetings (see :func:`export_meetings`)."""
    return export_meetings(
        store, meeting_ids=meeting_ids, account_id=account_id, start=start, end=end
    ).data


def export_meetings(
    store: Store,
    *,
    meeting_ids: Iterable[int] | None = None,
    account_id: int | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    stamp: datetime | None = None,
) -> IcsExport:
    """Export meetings, optionally only these ids, of one account, or in ``[start, end)``.

    A range selects one-off meetings starting in it and whole series with an
    occurrence in it. *stamp* is the DTSTAMP (default: now).
    """
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    with store.session() as session:
        chosen = _chosen(session, meeting_ids, account_id, start, end)
        meetings = [m for m in chosen if _exportable(m)]
        people = _People(session, meetings)
        calendar = Calendar()
        calendar.add("PRODID", PRODID)
        calendar.add("VERSION", "2.0")
        calendar.add("CALSCALE", "GREGORIAN")
        calendar.add("METHOD", "PUBLISH")
        _add_time_zones(calendar, meetings)
        exceptions = 0
        for meeting in meetings:
            exceptions += _add_meeting(calendar, meeting, people, stamp)
    return IcsExport(calendar.to_ical(), len(meetings), exceptions, len(chosen) - len(meetings))


def _exportable(meeting: Meeting) -> bool:
    """Whether the meeting is one an import accepts: dates within the years, a bounded rule."""
    moments = [meeting.starts_at, meeting.ends_at]
    moments += [e.starts_at for e in meeting.exceptions if e.starts_at is not None]
    moments += [e.original_start for e in meeting.exceptions]
    if any(not EARLIEST_YEAR <= m.year <= LATEST_YEAR for m in moments):
        return False
    if meeting.rrule is None:
        return True
    try:
        rule = normalise_rule(meeting.rrule, meeting.time_zone)
    except RuleError:
        return False
    return first_start_problem(rule, meeting.starts_at, meeting.time_zone) is None


def _add_time_zones(calendar: Calendar, meetings: list[Meeting]) -> None:
    """One VTIMEZONE per zone used, sorted so the same meetings give the same file.

    They start at the first meeting, which keeps the file small; clients carry the
    last rule on past the end.
    """
    timed = [m for m in meetings if not m.all_day]  # dates need no zone
    if not timed:
        return
    first = min(m.starts_at for m in timed).date() - timedelta(days=1)
    last = max(Timezone.DEFAULT_LAST_DATE, first + timedelta(days=3 * 366))
    for zone in sorted({m.time_zone for m in timed} - {"UTC"}):
        calendar.add_component(Timezone.from_tzid(zone, first_date=first, last_date=last))


def _chosen(
    session: Session,
    meeting_ids: Iterable[int] | None,
    account_id: int | None,
    start: datetime | None,
    end: datetime | None,
) -> list[Meeting]:
    query = select(Meeting).options(
        selectinload(Meeting.exceptions), selectinload(Meeting.attendees)
    )
    if meeting_ids is not None:
        query = query.where(Meeting.id.in_(list(meeting_ids)))
    if account_id is not None:
        query = query.where(Meeting.account_id == account_id)
    if end is not None:
        # Only a moved occurrence could start before its series; that case is checked below.
        query = query.where((Meeting.starts_at < end) | Meeting.rrule.is_not(None))
    meetings = list(session.scalars(query.order_by(Meeting.starts_at, Meeting.id)))
    if start is None and end is None:
        return meetings
    low = start or datetime.min.replace(tzinfo=UTC)
    high = end or datetime.max.replace(tzinfo=UTC)
    return [m for m in meetings if _in_range(m, low, high)]


def _in_range(meeting: Meeting, start: datetime, end: datetime) -> bool:
    if meeting.rrule is None:
        return start <= meeting.starts_at < end
    overrides = {
        e.original_start: Override(e.cancelled, e.starts_at, e.ends_at) for e in meeting.exceptions
    }
    try:
        found = expand(
            meeting.rrule,
            meeting.starts_at,
            meeting.ends_at,
            meeting.time_zone,
            start,
            end,
            overrides,
        )
    except RuleError:
        return start <= meeting.starts_at < end
    return any(start <= o.starts_at < end for o in found)


class _People:
    """E-mail addresses and names of the attendees of the exported meetings."""

    def __init__(self, session: Session, meetings: list[Meeting]) -> None:
        contact_ids = sorted({a.contact_id for m in meetings for a in m.attendees if a.contact_id})
        colleague_ids = sorted(
            {a.colleague_id for m in meetings for a in m.attendees if a.colleague_id}
        )
        self.contacts: dict[int, tuple[str | None, str]] = {}
        for chunk in in_chunks(contact_ids):
            for contact in session.scalars(select(Contact).where(Contact.id.in_(chunk))):
                name = f"{contact.first_name} {contact.last_name}".strip()
                self.contacts[contact.id] = (contact.email, name)
        self.colleagues: dict[int, tuple[str | None, str]] = {}
        for chunk in in_chunks(colleague_ids):
            for colleague in session.scalars(select(Colleague).where(Colleague.id.in_(chunk))):
                self.colleagues[colleague.id] = (colleague.email, colleague.name)

    def address(self, attendee: MeetingAttendee) -> tuple[str, str] | None:
        """E-mail and name of an attendee; ``None`` for someone without an e-mail address."""
        if attendee.contact_id is not None:
            email, name = self.contacts.get(attendee.contact_id, (None, ""))
        else:
            email, name = self.colleagues.get(attendee.colleague_id or 0, (None, ""))
        return (email, name) if email else None


def _add_meeting(calendar: Calendar, meeting: Meeting, people: _People, stamp: datetime) -> int:
    """Add the meeting's VEVENT (and one per changed occurrence); returns the exceptions written."""
    zone = ZoneInfo(meeting.time_zone)
    event = _event(meeting, stamp, zone, meeting.starts_at, meeting.ends_at)
    event.add("SUMMARY", xml_safe(meeting.title))
    if meeting.agenda:
        event.add("DESCRIPTION", xml_safe(meeting.agenda))
    if meeting.location:
        event.add("LOCATION", xml_safe(meeting.location))
    if meeting.link:
        event.add("URL", meeting.link)
    event.add("CATEGORIES", [CATEGORY[meeting.kind]])
    if meeting.all_day:
        event.add("X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE")  # Outlook's own all-day mark
    for attendee in sorted(meeting.attendees, key=lambda a: a.id):
        found = people.address(attendee)
        if found is None:
            continue
        address = vCalAddress(f"mailto:{found[0]}")
        if found[1]:
            address.params["CN"] = xml_safe(found[1])
        address.params["ROLE"] = (
            "OPT-PARTICIPANT" if attendee.role is AttendeeRole.OPTIONAL else "REQ-PARTICIPANT"
        )
        event.add("ATTENDEE", address, encode=False)
    calendar.add_component(event)
    if meeting.rrule is None:
        return 0
    event.add("RRULE", vRecur.from_ical(_rule_text(meeting)))
    duration = meeting.ends_at - meeting.starts_at
    cancelled: list[datetime | date] = []
    extra: list[datetime | date] = []
    written = 0
    produced = generated_among(
        meeting.rrule,
        meeting.starts_at,
        meeting.time_zone,
        [e.original_start for e in meeting.exceptions if not e.cancelled],
    )
    for exception in sorted(meeting.exceptions, key=lambda e: e.original_start):
        original = exception.original_start
        if exception.cancelled:
            cancelled.append(_moment(meeting, original, zone))
            written += 1
            continue
        starts = exception.starts_at or original
        ends = exception.ends_at or starts + duration
        is_extra = original not in produced
        if is_extra:
            extra.append(_moment(meeting, original, zone))
        changed = (
            starts != original
            or ends != original + duration
            or bool(exception.title)
            or bool(exception.location)
        )
        if changed:
            calendar.add_component(_occurrence(meeting, exception, stamp, zone, starts, ends))
        written += int(is_extra or changed)
    if cancelled:
        event.add("EXDATE", cancelled)
    if extra:
        event.add("RDATE", extra)
    return written


def _moment(meeting: Meeting, moment: datetime, zone: ZoneInfo) -> datetime | date:
    """A start as the file writes it: a time in the meeting's zone, or the date it falls on."""
    local = moment.astimezone(zone)
    return local.date() if meeting.all_day else local


def _rule_text(meeting: Meeting) -> str:
    """The RRULE; an all-day series ends on a date (RFC 5545: UNTIL has DTSTART's type)."""
    assert meeting.rrule is not None
    if not meeting.all_day:
        return meeting.rrule
    zone = ZoneInfo(meeting.time_zone)

    def as_date(found: re.Match[str]) -> str:
        until = datetime.strptime(found.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return f"UNTIL={until.astimezone(zone):%Y%m%d}"

    return _UNTIL.sub(as_date, meeting.rrule)


def _event(
    meeting: Meeting, stamp: datetime, zone: ZoneInfo, starts: datetime, ends: datetime
) -> Event:
    event = Event()
    event.add("UID", meeting.ical_uid)
    event.add("DTSTAMP", stamp)
    if meeting.all_day:
        first, days = whole_days.span(starts, ends, meeting.time_zone)
        event.add("DTSTART", first)
        event.add("DTEND", first + timedelta(days=days))
    else:
        event.add("DTSTART", starts.astimezone(zone))
        event.add("DTEND", ends.astimezone(zone))
    return event


def _occurrence(
    meeting: Meeting,
    exception: MeetingException,
    stamp: datetime,
    zone: ZoneInfo,
    starts: datetime,
    ends: datetime,
) -> Event:
    event = _event(meeting, stamp, zone, starts, ends)
    event.add("RECURRENCE-ID", _moment(meeting, exception.original_start, zone))
    event.add("SUMMARY", xml_safe(exception.title or meeting.title))
    location = exception.location or meeting.location
    if location:
        event.add("LOCATION", xml_safe(location))
    return event
