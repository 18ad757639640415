"""Editing meetings: one-offs, whole series, and single occurrences of a series.

Edits go either to the whole series (the meeting row) or to one occurrence (a
:class:`MeetingException` keyed by the occurrence's original start, its
RFC 5545 RECURRENCE-ID). Every function takes a ``Session`` inside the
caller's transaction; validation problems are raised before anything is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from workbench.domain import recurrence
from workbench.domain.enums import ActionStatus, AttendeeRole, MeetingKind, MeetingMode, Team
from workbench.domain.recurrence import EARLIEST_YEAR, LATEST_YEAR, RuleError
from workbench.domain.validation import (
    QT_TRANSLATE_NOOP,
    Problem,
    ValidationError,
    blank_to_none,
    meeting_problems,
)
from workbench.services import account_records
from workbench.services.changes import ChangeSet, rows_changes
from workbench.store.models import (
    Account,
    ActionItem,
    Colleague,
    Contact,
    Meeting,
    MeetingAttendee,
    MeetingException,
)
from workbench.store.snapshot import Snapshot, restore, snapshot_cascade

_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)

# --- one meeting, for the dialog ------------------------------------------------------------


@dataclass(frozen=True)
class MeetingDraft:
    """What the meeting dialog edits. Times are wall-clock times in ``time_zone``."""

    account_id: int | None
    title: str
    kind: MeetingKind = MeetingKind.REVIEW
    mode: MeetingMode = MeetingMode.IN_PERSON
    location: str | None = None
    link: str | None = None
    starts_local: datetime | None = None
    ends_local: datetime | None = None
    time_zone: str = "UTC"
    #: RRULE value, or ``None`` for a one-off meeting.
    rule: str | None = None
    agenda: str | None = None
    minutes: str | None = None
    outcome: str | None = None
    contact_ids: tuple[int, ...] = ()
    colleague_ids: tuple[int, ...] = ()
    optional_ids: frozenset[tuple[str, int]] = field(default_factory=frozenset)
    #: Whole days: the times are midnight of the first day and after the last one.
    all_day: bool = False

    def aware(self, local: datetime | None) -> datetime | None:
        if local is None:
            return None
        try:
            return local.replace(tzinfo=ZoneInfo(self.time_zone)).astimezone(UTC)
        except (ValueError, KeyError, OverflowError):
            return None


@dataclass(frozen=True)
class MeetingDetail:
    """A meeting as stored, plus the occurrence being looked at."""

    meeting_id: int
    draft: MeetingDraft
    account_name: str
    account_zone: str
    ical_uid: str
    #: For a series: the occurrence the user opened (RECURRENCE-ID), else ``None``.
    original_start: datetime | None = None
    #: That occurrence's own times, title, location and minutes when it was changed.
    occurrence: MeetingDraft | None = None
    cancelled: bool = False


def _draft_of(meeting: Meeting) -> MeetingDraft:
    zone = ZoneInfo(meeting.time_zone)
    return MeetingDraft(
        account_id=meeting.account_id,
        title=meeting.title,
        kind=meeting.kind,
        mode=meeting.mode,
        location=meeting.location,
        link=meeting.link,
        starts_local=meeting.starts_at.astimezone(zone).replace(tzinfo=None),
        ends_local=meeting.ends_at.astimezone(zone).replace(tzinfo=None),
        time_zone=meeting.time_zone,
        rule=meeting.rrule,
        agenda=meeting.agenda,
        minutes=meeting.minutes,
        outcome=meeting.outcome,
        contact_ids=tuple(sorted(a.contact_id for a in meeting.attendees if a.contact_id)),
        colleague_ids=tuple(sorted(a.colleague_id for a in meeting.attendees if a.colleague_id)),
        optional_ids=frozenset(
            ("contact", a.contact_id) if a.contact_id else ("colleague", a.colleague_id or 0)
            for a in meeting.attendees
            if a.role is AttendeeRole.OPTIONAL
        ),
        all_day=meeting.all_day,
    )


def load_meeting(
    session: Session, meeting_id: int, original_start: datetime | None = None
) -> MeetingDetail:
    meeting = session.get_one(Meeting, meeting_id)
    account = session.get_one(Account, meeting.account_id)
    draft = _draft_of(meeting)
    detail = MeetingDetail(meeting_id, draft, account.name, account.time_zone, meeting.ical_uid)
    if meeting.rrule is None or original_start is None:
        return detail
    exception = _exception(session, meeting_id, original_start)
    duration = meeting.ends_at - meeting.starts_at
    zone = ZoneInfo(meeting.time_zone)
    starts = exception.starts_at if exception and exception.starts_at else original_start
    ends = exception.ends_at if exception and exception.ends_at else original_start + duration
    occurrence = replace(
        draft,
        title=(exception.title if exception and exception.title else draft.title),
        location=(exception.location if exception and exception.location else draft.location),
        minutes=(exception.minutes if exception else None),
        starts_local=starts.astimezone(zone).replace(tzinfo=None),
        ends_local=ends.astimezone(zone).replace(tzinfo=None),
        rule=None,
    )
    return replace(
        detail,
        original_start=original_start,
        occurrence=occurrence,
        cancelled=bool(exception and exception.cancelled),
    )


def _exception(session: Session, meeting_id: int, original: datetime) -> MeetingException | None:
    return session.scalar(
        select(MeetingException).where(
            MeetingException.meeting_id == meeting_id,
            MeetingException.original_start == original,
        )
    )


# --- validation --------------------------------------------------------------------------


def draft_problems(session: Session, draft: MeetingDraft) -> list[Problem]:
    """Every reason the draft cannot be saved, field by field."""
    problems = meeting_problems(
        title=draft.title,
        starts_at=draft.starts_local,
        ends_at=draft.ends_local,
        time_zone=draft.time_zone,
    )
    if draft.starts_local is None:
        problems.append(Problem("starts_at", QT_TRANSLATE_NOOP("validation", "Required.")))
    if draft.account_id is None or session.get(Account, draft.account_id) is None:
        problems.append(
            Problem("account_id", QT_TRANSLATE_NOOP("validation", "Choose the client account."))
        )
    elif draft.contact_ids:
        theirs = set(
            session.scalars(
                select(Contact.id).where(
                    Contact.id.in_(draft.contact_ids), Contact.account_id == draft.account_id
                )
            )
        )
        strangers = sorted(set(draft.contact_ids) - theirs)
        if strangers:
            problems.append(
                Problem(
                    "attendees",
                    QT_TRANSLATE_NOOP(
                        "validation",
                        "{count} attendee(s) are not contacts of this account; "
                        "remove them or choose their account.",
                    ),
                    {"count": len(strangers)},
                )
            )
    if draft.colleague_ids:
        known = set(
            session.scalars(select(Colleague.id).where(Colleague.id.in_(draft.colleague_ids)))
        )
        if set(draft.colleague_ids) - known:
            problems.append(
                Problem(
                    "attendees",
                    QT_TRANSLATE_NOOP("validation", "Some colleagues no longer exist."),
                )
            )
    if draft.link and not _URL.match(draft.link.strip()):
        problems.append(
            Problem(
                "link",
                QT_TRANSLATE_NOOP("validation", "A meeting link starts with https:// or http://."),
            )
        )
    for name, moment in (("starts_at", draft.starts_local), ("ends_at", draft.ends_local)):
        if moment is not None and not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
            problems.append(
                Problem(
                    name,
                    QT_TRANSLATE_NOOP(
                        "validation", "A meeting must fall within the years {low}–{high}."
                    ),
                    {"low": EARLIEST_YEAR, "high": LATEST_YEAR},
                )
            )
    if draft.rule and not any(p.field in ("time_zone", "starts_at") for p in problems):
        starts = draft.aware(draft.starts_local)
        try:
            rule = recurrence.normalise_rule(draft.rule, draft.time_zone)
            never = starts and recurrence.first_start_problem(rule, starts, draft.time_zone)
            if never:
                raise never
        except RuleError as error:
            problems.append(
                Problem(
                    "rule",
                    QT_TRANSLATE_NOOP("validation", "The repetition cannot be used: {reason}"),
                    {"reason": str(error)},
                )
            )
    return problems


def _check(session: Session, draft: MeetingDraft) -> None:
    problems = draft_problems(session, draft)
    if problems:
        raise ValidationError(problems)


def _apply(session: Session, meeting: Meeting, draft: MeetingDraft) -> None:
    starts, ends = draft.aware(draft.starts_local), draft.aware(draft.ends_local)
    assert starts is not None and ends is not None and draft.account_id is not None
    timing_changed = meeting.id is not None and (
        meeting.rrule != draft.rule
        or meeting.starts_at != starts
        or meeting.time_zone != draft.time_zone
        or meeting.all_day != draft.all_day
    )
    meeting.account_id = draft.account_id
    meeting.title = draft.title.strip()
    meeting.kind = draft.kind
    meeting.mode = draft.mode
    meeting.location = blank_to_none(draft.location)
    meeting.link = blank_to_none(draft.link)
    meeting.starts_at, meeting.ends_at = starts, ends
    meeting.time_zone = draft.time_zone
    meeting.all_day = draft.all_day
    meeting.rrule = recurrence.normalise_rule(draft.rule, draft.time_zone) if draft.rule else None
    meeting.agenda = blank_to_none(draft.agenda)
    meeting.minutes = blank_to_none(draft.minutes)
    meeting.outcome = blank_to_none(draft.outcome)
    session.flush()
    session.execute(delete(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting.id))
    for kind, ids in (("contact", draft.contact_ids), ("colleague", draft.colleague_ids)):
        for person in ids:
            role = (
                AttendeeRole.OPTIONAL
                if (kind, person) in draft.optional_ids
                else AttendeeRole.REQUIRED
            )
            session.add(
                MeetingAttendee(
                    meeting_id=meeting.id,
                    contact_id=person if kind == "contact" else None,
                    colleague_id=person if kind == "colleague" else None,
                    role=role,
                )
            )
    if timing_changed:
        _drop_orphan_exceptions(session, meeting)
    session.flush()


def _drop_orphan_exceptions(session: Session, meeting: Meeting) -> None:
    """After the series' timing changed, forget exceptions of occurrences that no longer exist.

    A cancelled or moved occurrence is identified by the start the old rule gave it;
    when the rule or its first start changes, those starts mean nothing any more —
    unless the new rule still generates them.
    """
    exceptions = session.scalars(
        select(MeetingException).where(MeetingException.meeting_id == meeting.id)
    ).all()
    kept = (
        recurrence.generated_among(
            meeting.rrule,
            meeting.starts_at,
            meeting.time_zone,
            [e.original_start for e in exceptions],
        )
        if meeting.rrule is not None
        else set()
    )
    for exception in exceptions:
        if exception.original_start not in kept:
            session.delete(exception)


_MEETING_TABLES = ("meetings", "meeting_attendees", "meeting_exceptions")


def _changes(*accounts: int | None) -> ChangeSet:
    """A meeting's rows, and the accounts whose next meeting they may move."""
    return ChangeSet.of(*_MEETING_TABLES, accounts=tuple(a for a in accounts if a))


def create_meeting(session: Session, draft: MeetingDraft) -> tuple[int, ChangeSet]:
    _check(session, draft)
    meeting = Meeting()
    session.add(meeting)
    _apply(session, meeting, draft)
    return meeting.id, _changes(draft.account_id)


def update_meeting(
    session: Session, meeting_id: int, draft: MeetingDraft
) -> tuple[None, ChangeSet]:
    """Change a one-off meeting, or a whole series."""
    _check(session, draft)
    meeting = session.get_one(Meeting, meeting_id)
    before = meeting.account_id
    _apply(session, meeting, draft)
    return None, _changes(before, draft.account_id)


def update_occurrence(
    session: Session, meeting_id: int, original_start: datetime, draft: MeetingDraft
) -> tuple[None, ChangeSet]:
    """Change one occurrence of a series: its times, title, location and minutes."""
    meeting = session.get_one(Meeting, meeting_id)
    problems = [
        p
        for p in draft_problems(session, replace(draft, rule=None))
        if p.field in {"title", "ends_at", "starts_at", "time_zone"}
    ]
    if problems:
        raise ValidationError(problems)
    exception = _exception(session, meeting_id, original_start) or MeetingException(
        meeting_id=meeting_id, original_start=original_start
    )
    exception.cancelled = False
    exception.starts_at = draft.aware(draft.starts_local)
    exception.ends_at = draft.aware(draft.ends_local)
    exception.title = draft.title.strip() if draft.title.strip() != meeting.title else None
    location = blank_to_none(draft.location)
    exception.location = location if location != meeting.location else None
    exception.minutes = blank_to_none(draft.minutes)
    session.add(exception)
    session.flush()
    return None, _changes(meeting.account_id)


def cancel_occurrence(
    session: Session, meeting_id: int, original_start: datetime
) -> tuple[None, ChangeSet]:
    """Remove one occurrence from its series (RFC 5545 EXDATE); the rest stays."""
    exception = _exception(session, meeting_id, original_start) or MeetingException(
        meeting_id=meeting_id, original_start=original_start
    )
    exception.cancelled = True
    exception.starts_at = exception.ends_at = None
    session.add(exception)
    session.flush()
    return None, _changes(session.get_one(Meeting, meeting_id).account_id)


def restore_occurrence(
    session: Session, meeting_id: int, original_start: datetime
) -> tuple[None, ChangeSet]:
    """Put a cancelled occurrence back as the rule generates it."""
    exception = _exception(session, meeting_id, original_start)
    if exception is not None:
        session.delete(exception)
        session.flush()
    return None, _changes(session.get_one(Meeting, meeting_id).account_id)


def delete_meeting(session: Session, meeting_id: int) -> tuple[Snapshot, ChangeSet]:
    """Delete a meeting or a whole series; the snapshot restores it (undo)."""
    snapshot = snapshot_cascade(session.connection(), Meeting.__table__, [meeting_id])  # type: ignore[arg-type]
    meeting = session.get_one(Meeting, meeting_id)
    account_id = meeting.account_id
    session.delete(meeting)
    session.flush()
    return snapshot, _changes(account_id) | rows_changes(snapshot.rows, snapshot.cleared)


def restore_meeting(session: Session, snapshot: Snapshot) -> tuple[None, ChangeSet]:
    restore(session.connection(), snapshot)
    (meeting,) = snapshot.rows["meetings"]
    return None, _changes(meeting["account_id"]) | rows_changes(snapshot.rows, snapshot.cleared)


# --- whole-meeting state, for undo of edits --------------------------------------------------


@dataclass(frozen=True)
class MeetingState:
    """Every row that describes one meeting, to put it back exactly as it was."""

    meeting: dict[str, Any]
    attendees: tuple[dict[str, Any], ...]
    exceptions: tuple[dict[str, Any], ...]


def _rows(session: Session, table: Any, where: Any) -> tuple[dict[str, Any], ...]:
    return tuple(dict(r) for r in session.execute(select(table).where(where)).mappings())


def meeting_state(session: Session, meeting_id: int) -> MeetingState:
    meetings, attendees, exceptions = (
        Meeting.__table__,
        MeetingAttendee.__table__,
        MeetingException.__table__,
    )
    (meeting,) = _rows(session, meetings, meetings.c.id == meeting_id)
    return MeetingState(
        meeting,
        _rows(session, attendees, attendees.c.meeting_id == meeting_id),
        _rows(session, exceptions, exceptions.c.meeting_id == meeting_id),
    )


def put_meeting_state(session: Session, state: MeetingState) -> tuple[None, ChangeSet]:
    """Make the meeting, its attendees and its exceptions exactly *state* again."""
    meeting_id = state.meeting["id"]
    for model in (MeetingAttendee, MeetingException):
        session.execute(delete(model).where(model.meeting_id == meeting_id))
    table: Any = Meeting.__table__
    session.execute(table.update().where(table.c.id == meeting_id).values(**state.meeting))
    for model, rows in ((MeetingAttendee, state.attendees), (MeetingException, state.exceptions)):
        if rows:
            session.execute(model.__table__.insert(), list(rows))  # type: ignore[attr-defined]
    session.expire_all()
    return None, _changes(state.meeting["account_id"])


# --- choices for the dialog ----------------------------------------------------------------


def attendee_choices(session: Session, account_id: int) -> dict[str, list[tuple[int, str]]]:
    """The people who can attend: the account's contacts and our active colleagues."""
    contacts = session.execute(
        select(Contact.id, Contact.first_name, Contact.last_name, Contact.job_title)
        .where(Contact.account_id == account_id)
        .order_by(Contact.last_name, Contact.first_name)
    ).all()
    colleagues = session.execute(
        select(Colleague.id, Colleague.name, Colleague.team)
        .where(Colleague.active)
        .order_by(Colleague.name)
    ).all()
    return {
        "contact": [
            (
                c.id,
                " · ".join(p for p in (f"{c.first_name} {c.last_name}".strip(), c.job_title) if p),
            )
            for c in contacts
        ],
        "colleague": [(c.id, c.name) for c in colleagues],
    }


def account_zone(session: Session, account_id: int) -> str:
    return session.get_one(Account, account_id).time_zone


# --- minutes → action items ------------------------------------------------------------------


def add_action_item(
    session: Session, meeting_id: int, account_id: int, values: dict[str, Any]
) -> tuple[int, ChangeSet]:
    """An action item agreed in the meeting, owned by a colleague or a team, with a due date."""
    kind = account_records.KINDS["action_items"]
    item_id, changes = account_records.add_record(session, kind, account_id, values)
    session.get_one(ActionItem, item_id).meeting_id = meeting_id
    session.flush()
    return item_id, changes


@dataclass(frozen=True)
class MeetingAction:
    id: int
    title: str
    owner: str | None
    team: Team | None
    due_on: date | None
    status: ActionStatus

    def overdue(self, today: date) -> bool:
        open_ = self.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        return open_ and self.due_on is not None and self.due_on < today


def meeting_actions(session: Session, meeting_id: int) -> list[MeetingAction]:
    rows = session.execute(
        select(
            ActionItem.id,
            ActionItem.title,
            Colleague.name,
            ActionItem.owner_team,
            ActionItem.due_on,
            ActionItem.status,
        )
        .outerjoin(Colleague, Colleague.id == ActionItem.owner_colleague_id)
        .where(ActionItem.meeting_id == meeting_id)
        .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
    ).all()
    return [MeetingAction(*row) for row in rows]


@dataclass(frozen=True)
class Attendee:
    name: str
    detail: str | None
    internal: bool
    optional: bool


def meeting_attendees(session: Session, meeting_id: int) -> list[Attendee]:
    contacts = session.execute(
        select(Contact.first_name, Contact.last_name, Contact.job_title, MeetingAttendee.role)
        .join(MeetingAttendee, MeetingAttendee.contact_id == Contact.id)
        .where(MeetingAttendee.meeting_id == meeting_id)
        .order_by(Contact.last_name)
    ).all()
    colleagues = session.execute(
        select(Colleague.name, Colleague.team, MeetingAttendee.role)
        .join(MeetingAttendee, MeetingAttendee.colleague_id == Colleague.id)
        .where(MeetingAttendee.meeting_id == meeting_id)
        .order_by(Colleague.name)
    ).all()
    found = [
        Attendee(
            f"{c.first_name} {c.last_name}".strip(),
            c.job_title,
            False,
            c.role is AttendeeRole.OPTIONAL,
        )
        for c in contacts
    ]
    found += [Attendee(c.name, None, True, c.role is AttendeeRole.OPTIONAL) for c in colleagues]
    return found
