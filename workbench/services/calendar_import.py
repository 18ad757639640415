"""Meetings in from .ics files (Outlook, Exchange, Google, Apple, Thunderbird…).

:func:`read_ics` reads a file without touching the database;
:func:`match_accounts` tells which account each event belongs to (by the
attendees' and organizer's e-mail addresses), so the window can ask the user
about the rest; :func:`import_ics` writes everything in one transaction.

A meeting is identified by its iCalendar UID: importing a file again (or an
export of ours) updates the meetings it created instead of duplicating them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from workbench.domain.enums import AttendeeRole, ChangeSource
from workbench.domain.recurrence import generated_among
from workbench.domain.validation import QT_TRANSLATE_NOOP, Problem
from workbench.io.ics_events import (
    DEFAULT_LENGTH,
    IcsCalendar,
    IcsEvent,
    IcsRefused,
    ics_problem,
    read_ics,
)
from workbench.services.changes import ChangeSet
from workbench.services.progress import Progress
from workbench.store.batches import in_chunks
from workbench.store.database import Store
from workbench.store.models import (
    Account,
    Colleague,
    Contact,
    Meeting,
    MeetingAttendee,
    MeetingException,
)

__all__ = [
    "IcsCalendar",
    "IcsEvent",
    "IcsRefused",
    "ImportReport",
    "import_ics",
    "match_accounts",
    "read_ics",
]

#: The rule a one-off event gets when the file adds dates to it (Google writes
#: birthdays this way): a series of one, whose extra dates are RDATE exceptions.
SERIES_OF_ONE = "FREQ=DAILY;COUNT=1"


#: What an import of a calendar file changes (it may add or update any of them).
CHANGES = ChangeSet.of("meetings", "meeting_attendees", "meeting_exceptions")


@dataclass
class ImportReport:
    """What an import did, for the window and the command line."""

    created: int = 0
    updated: int = 0
    skipped: int = 0
    #: Occurrence exceptions written (cancelled, moved, changed or extra dates).
    exceptions: int = 0
    notes: list[Problem] = field(default_factory=list)
    zones: list[Problem] = field(default_factory=list)
    #: Attendee addresses that are neither a contact of the meeting's account nor a colleague.
    unknown_addresses: list[str] = field(default_factory=list)
    meeting_ids: list[int] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report in English, one line per fact."""
        lines = [
            f"created {self.created}, updated {self.updated}, skipped {self.skipped} "
            f"({self.exceptions} occurrence exceptions)"
        ]
        lines += [f"zone: {p.text()}" for p in self.zones]
        lines += [f"note: {p.text()}" for p in self.notes]
        if self.unknown_addresses:
            lines.append("not stored (unknown addresses): " + ", ".join(self.unknown_addresses))
        return lines


# --- which account ----------------------------------------------------------------------


def match_accounts(store: Store, calendar: IcsCalendar) -> dict[str, int | None]:
    """The account of every meeting the file would create or update, by UID (``None``: unknown).

    A meeting already imported keeps its account; a changed occurrence whose
    series is in the database goes with that series; the others go by e-mail.
    """
    with store.session() as session:
        return _match_accounts(session, calendar)


def _match_accounts(session: Session, calendar: IcsCalendar) -> dict[str, int | None]:
    events = calendar.events + calendar.orphans()
    addresses = sorted({a for e in events for a in e.addresses})
    colleagues = {
        email.lower()
        for email in session.scalars(select(Colleague.email).where(Colleague.email.is_not(None)))
        if email
    }
    own_domains = {email.rsplit("@", 1)[1] for email in colleagues if "@" in email}
    contact_accounts: dict[str, set[int]] = {}
    for chunk in in_chunks(addresses):
        for email, account_id in session.execute(
            select(Contact.email, Contact.account_id).where(
                Contact.email.collate("NOCASE").in_(chunk)  # ix_contacts_email_nocase
            )
        ):
            contact_accounts.setdefault(str(email).lower(), set()).add(account_id)
    domain_accounts: dict[str, set[int]] = {}
    for domain, account_id in session.execute(
        select(func.lower(Account.email_domain), Account.id).where(
            Account.email_domain.is_not(None)
        )
    ):
        domain_accounts.setdefault(domain.strip().lstrip("@"), set()).add(account_id)
    in_database = _existing_accounts(session, calendar)
    found: dict[str, int | None] = {}
    for event in events:
        if event.uid in in_database:
            found[event.uid] = in_database[event.uid]
            continue
        by_contact = Counter(
            a for email in event.addresses for a in contact_accounts.get(email, ())
        )
        by_domain = Counter(
            a
            for email in event.addresses
            if email not in colleagues and email.rsplit("@", 1)[1] not in own_domains
            for a in _domain_matches(email.rsplit("@", 1)[1], domain_accounts)
        )
        found[event.uid] = _most_named(by_contact) or _most_named(by_domain)
    return found


def _domain_matches(domain: str, accounts: dict[str, set[int]]) -> set[int]:
    """Accounts whose e-mail domain is *domain* or a parent of it (mail.acme.com → acme.com)."""
    parts = domain.split(".")
    return {a for i in range(len(parts) - 1) for a in accounts.get(".".join(parts[i:]), ())}


def _most_named(counts: Counter[int]) -> int | None:
    if not counts:
        return None
    return min(counts, key=lambda account_id: (-counts[account_id], account_id))


def _existing_accounts(session: Session, calendar: IcsCalendar) -> dict[str, int]:
    """Accounts of the meetings the file updates: a meeting stays where it is."""
    found: dict[str, int] = {}
    for chunk in in_chunks(sorted({e.uid for e in calendar.events})):
        for uid, account_id in session.execute(
            select(Meeting.ical_uid, Meeting.account_id).where(Meeting.ical_uid.in_(chunk))
        ):
            found[uid] = account_id
    for uid, meeting in _series_in_database(session, {o.uid for o in calendar.orphans()}).items():
        found[uid] = meeting.account_id
    return found


# --- the import -------------------------------------------------------------------------


def import_ics(
    store: Store,
    data: bytes,
    *,
    default_zone: str,
    account_id: int | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import the meetings of an .ics file into *account_id*, or each into its matched account.

    Raises :class:`IcsRefused` (nothing written) when the file cannot be read or
    some event matches no account and none was given; a cancel through
    *progress* (:class:`~workbench.services.progress.Cancelled`) rolls back too.
    """
    with store.session() as session:  # an all-day event already in the book keeps its days
        all_day_zones = {
            uid: zone
            for uid, zone in session.execute(
                select(Meeting.ical_uid, Meeting.time_zone).where(
                    Meeting.all_day.is_(True), Meeting.ical_uid.is_not(None)
                )
            )
        }
    calendar = read_ics(data, default_zone=default_zone, all_day_zones=all_day_zones)
    report = ImportReport(
        skipped=calendar.skipped, notes=list(calendar.notes), zones=calendar.zones
    )
    with store.transaction(ChangeSource.IMPORT) as session:
        accounts = _accounts_for(session, calendar, account_id)
        writer = _MeetingWriter(session, report)
        orphans = calendar.orphans()
        series = _series_in_database(session, {o.uid for o in orphans})
        total = len(calendar.events) + len(orphans)
        done = 0
        for event in calendar.events:
            if progress is not None:
                progress.advance(done, total, event.title)
            writer.meeting(event, accounts[event.uid], calendar.overrides_of(event.uid))
            done += 1
        for override in orphans:
            if progress is not None:
                progress.advance(done, total, override.title)
            if override.uid in series:
                writer.occurrence(series[override.uid], override)
            else:
                writer.orphan(override, accounts[override.uid])
            done += 1
        if progress is not None:
            progress.advance(total, total, "")
    report.unknown_addresses = sorted(writer.unknown)
    return report


def _accounts_for(
    session: Session, calendar: IcsCalendar, account_id: int | None
) -> dict[str, int | None]:
    uids = [e.uid for e in calendar.events + calendar.orphans()]
    if account_id is not None:
        if session.get(Account, account_id) is None:
            raise ValueError(f"no account with id {account_id}")
        return dict.fromkeys(uids, account_id)
    found = _match_accounts(session, calendar)
    unmatched = [e for e in calendar.events + calendar.orphans() if found.get(e.uid) is None]
    if unmatched:
        names = ", ".join(f"“{e.title}” (line {e.line})" for e in unmatched[:5])
        if len(unmatched) > 5:
            names += ", …"
        raise IcsRefused(
            ics_problem(
                "ATTENDEE",
                QT_TRANSLATE_NOOP(
                    "ics",
                    "No account matches the attendees of {count} event(s): {events}. "
                    "Choose the account to import them into (command line: --account).",
                ),
                count=len(unmatched),
                events=names,
            )
        )
    return found


def _series_in_database(session: Session, uids: set[str]) -> dict[str, Meeting]:
    found: dict[str, Meeting] = {}
    for chunk in in_chunks(sorted(uids)):
        for meeting in session.scalars(
            select(Meeting).where(Meeting.ical_uid.in_(chunk), Meeting.rrule.is_not(None))
        ):
            found[meeting.ical_uid] = meeting
    return found


@dataclass(frozen=True, slots=True)
class _Change:
    """What one occurrence exception will hold."""

    cancelled: bool = False
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    title: str | None = None
    location: str | None = None


class _MeetingWriter:
    """Creates or updates meetings, their exceptions and attendees inside one session."""

    def __init__(self, session: Session, report: ImportReport) -> None:
        self.session = session
        self.report = report
        self.unknown: set[str] = set()
        self._colleagues = {
            email.lower(): colleague_id
            for colleague_id, email in session.execute(
                select(Colleague.id, Colleague.email).where(Colleague.email.is_not(None))
            )
            if email
        }

    def meeting(self, event: IcsEvent, account_id: int | None, overrides: list[IcsEvent]) -> None:
        assert account_id is not None  # _accounts_for refused the file otherwise
        ends_at = event.ends_at or event.starts_at + DEFAULT_LENGTH
        rule = event.rule
        if rule is None and (event.rdates or overrides):
            rule = SERIES_OF_ONE
        meeting = self._upsert(event.uid, account_id, event, ends_at, rule)
        changes = _changes(event, ends_at, rule, overrides) if rule else {}
        self._replace_exceptions(meeting, changes)
        self._replace_attendees(meeting, event)

    def occurrence(self, meeting: Meeting, override: IcsEvent) -> None:
        """A changed occurrence of a series imported earlier: only that occurrence changes."""
        duration = meeting.ends_at - meeting.starts_at
        change = _override_change(override, duration, meeting.title, meeting.location)
        assert override.recurrence_id is not None
        old = self.session.scalar(
            select(MeetingException).where(
                MeetingException.meeting_id == meeting.id,
                MeetingException.original_start == override.recurrence_id,
            )
        )
        minutes = old.minutes if old is not None else None
        if old is not None:
            self.session.delete(old)
            self.session.flush()
        self._add_exception(meeting.id, override.recurrence_id, change, minutes)
        self.report.updated += 1
        self.report.meeting_ids.append(meeting.id)

    def orphan(self, override: IcsEvent, account_id: int | None) -> None:
        """A changed occurrence whose series is nowhere: kept as a meeting of its own."""
        assert account_id is not None and override.recurrence_id is not None
        uid = f"{override.uid}#{override.recurrence_id:%Y%m%dT%H%M%SZ}"
        ends_at = override.ends_at or override.starts_at + DEFAULT_LENGTH
        meeting = self._upsert(uid, account_id, override, ends_at, None)
        self._replace_exceptions(meeting, {})
        self._replace_attendees(meeting, override)
        self.report.notes.append(
            ics_problem(
                "RECURRENCE-ID",
                QT_TRANSLATE_NOOP(
                    "ics",
                    "Event “{title}” (line {line}) changes one occurrence of a series that is "
                    "neither in the file nor in the database; imported as a meeting of its own.",
                ),
                title=override.title,
                line=override.line,
            )
        )

    def _upsert(
        self, uid: str, account_id: int, event: IcsEvent, ends_at: datetime, rule: str | None
    ) -> Meeting:
        meeting = self.session.scalar(select(Meeting).where(Meeting.ical_uid == uid))
        if meeting is None:
            meeting = Meeting(ical_uid=uid)
            self.session.add(meeting)
            self.report.created += 1
        else:
            self.report.updated += 1
        meeting.account_id = account_id
        meeting.title = event.title
        meeting.kind = event.kind
        meeting.mode = event.mode
        meeting.location = _cut(event.location, 500)
        meeting.link = event.link
        meeting.starts_at = event.starts_at
        meeting.ends_at = ends_at
        meeting.time_zone = event.time_zone
        meeting.all_day = event.all_day
        meeting.rrule = rule
        meeting.agenda = event.agenda
        self.session.flush()
        self.report.meeting_ids.append(meeting.id)
        return meeting

    def _replace_exceptions(self, meeting: Meeting, changes: dict[datetime, _Change]) -> None:
        """The file's exceptions replace the old ones; minutes typed for an occurrence stay."""
        minutes: dict[datetime, str] = {}
        for old in self.session.scalars(
            select(MeetingException).where(MeetingException.meeting_id == meeting.id)
        ):
            if old.minutes and old.original_start not in changes and meeting.rrule:
                continue  # an occurrence with notes the file knows nothing about
            if old.minutes:
                minutes[old.original_start] = old.minutes
            self.session.delete(old)
        self.session.flush()
        for original, change in sorted(changes.items()):
            self._add_exception(meeting.id, original, change, minutes.get(original))

    def _add_exception(
        self, meeting_id: int, original: datetime, change: _Change, minutes: str | None
    ) -> None:
        self.session.add(
            MeetingException(
                meeting_id=meeting_id,
                original_start=original,
                cancelled=change.cancelled,
                starts_at=change.starts_at,
                ends_at=change.ends_at,
                title=change.title,
                location=_cut(change.location, 500),
                minutes=minutes,
            )
        )
        self.report.exceptions += 1

    def _replace_attendees(self, meeting: Meeting, event: IcsEvent) -> None:
        self.session.execute(
            delete(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting.id)
        )
        addresses = event.addresses
        contacts = {
            str(email).lower(): contact_id
            for email, contact_id in self.session.execute(
                select(Contact.email, Contact.id)
                .where(Contact.account_id == meeting.account_id)
                .where(Contact.email.collate("NOCASE").in_(addresses))
                .order_by(Contact.id.desc())
            )
        }
        optional = {a.email for a in event.attendees if a.optional}
        seen: set[tuple[str, int]] = set()
        for email in addresses:
            if email in contacts:
                key = ("contact", contacts[email])
            elif email in self._colleagues:
                key = ("colleague", self._colleagues[email])
            else:
                self.unknown.add(email)
                continue
            if key in seen:
                continue
            seen.add(key)
            self.session.add(
                MeetingAttendee(
                    meeting_id=meeting.id,
                    contact_id=key[1] if key[0] == "contact" else None,
                    colleague_id=key[1] if key[0] == "colleague" else None,
                    role=AttendeeRole.OPTIONAL if email in optional else AttendeeRole.REQUIRED,
                )
            )


def _changes(
    event: IcsEvent, ends_at: datetime, rule: str, overrides: list[IcsEvent]
) -> dict[datetime, _Change]:
    """The exceptions of a series: extra dates, changed occurrences, then cancellations.

    RFC 5545 counts DTSTART as the first occurrence even when the rule would not
    produce it; our expansion follows the rule only, so such a start is kept as
    an extra date. EXDATE wins over everything, as the RFC says.
    """
    duration = ends_at - event.starts_at
    changes: dict[datetime, _Change] = {}

    produced = generated_among(
        rule, event.starts_at, event.time_zone, [event.starts_at, *(s for s, _ in event.rdates)]
    )

    def generated(moment: datetime) -> bool:
        return moment in produced

    if not generated(event.starts_at):
        changes[event.starts_at] = _Change(starts_at=event.starts_at, ends_at=ends_at)
    for start, end in event.rdates:
        if start not in changes and not generated(start):
            changes[start] = _Change(starts_at=start, ends_at=end or start + duration)
    for override in overrides:
        assert override.recurrence_id is not None
        changes[override.recurrence_id] = _override_change(
            override, duration, event.title, event.location
        )
    for moment in event.exdates:
        changes[moment] = _Change(cancelled=True)
    return changes


def _override_change(
    override: IcsEvent, duration: timedelta, title: str, location: str | None
) -> _Change:
    """An occurrence as the file changed it; title and location only where they differ."""
    if override.cancelled:
        return _Change(cancelled=True)
    ends_at = override.ends_at or override.starts_at + duration
    return _Change(
        starts_at=override.starts_at,
        ends_at=ends_at,
        title=override.summary if override.summary and override.summary != title else None,
        location=override.location if override.location != location else None,
    )


def _cut(text: str | None, limit: int) -> str | None:
    return text if text is None or len(text) <= limit else text[: limit - 1] + "…"
