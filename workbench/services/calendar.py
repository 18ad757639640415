"""What the calendar views show: meeting occurrences in a window of time.

Views ask for the occurrences in a window (:func:`occurrences_between`); a
series is expanded there from its RFC 5545 rule, with its cancelled and moved
occurrences applied. The edits live in :mod:`workbench.services.meetings`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain import recurrence
from workbench.domain.enums import MeetingKind, MeetingMode
from workbench.domain.recurrence import Occurrence, Override, RuleError
from workbench.store.batches import in_chunks
from workbench.store.models import (
    Account,
    Meeting,
    MeetingException,
)

_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


# --- what the views show ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OccurrenceView:
    """One meeting, or one occurrence of a series, ready to draw (times in UTC)."""

    meeting_id: int
    #: The start the rule generated (RECURRENCE-ID); equals ``starts_at`` for one-offs.
    original_start: datetime
    starts_at: datetime
    ends_at: datetime
    title: str
    account_id: int
    account_name: str
    account_zone: str
    kind: MeetingKind
    mode: MeetingMode
    location: str | None
    link: str | None
    time_zone: str
    recurring: bool
    moved: bool = False
    has_minutes: bool = False
    #: A whole-day event: its days are read in ``time_zone`` (see ``domain.all_day``).
    all_day: bool = False

    @property
    def key(self) -> tuple[int, datetime]:
        return (self.meeting_id, self.original_start)


def _meeting_columns() -> tuple[Any, ...]:
    return (
        Meeting.id,
        Meeting.account_id,
        Meeting.title,
        Meeting.kind,
        Meeting.mode,
        Meeting.location,
        Meeting.link,
        Meeting.starts_at,
        Meeting.ends_at,
        Meeting.time_zone,
        Meeting.rrule,
        Meeting.minutes,
        Meeting.all_day,
        Account.name.label("account_name"),
        Account.time_zone.label("account_zone"),
    )


def _view(row: Any, occurrence: Occurrence | None = None, exception: Any = None) -> OccurrenceView:
    starts = occurrence.starts_at if occurrence else row.starts_at
    return OccurrenceView(
        meeting_id=row.id,
        original_start=occurrence.original_start if occurrence else row.starts_at,
        starts_at=starts,
        ends_at=occurrence.ends_at if occurrence else row.ends_at,
        title=(exception.title if exception is not None and exception.title else row.title),
        account_id=row.account_id,
        account_name=row.account_name,
        account_zone=row.account_zone,
        kind=row.kind,
        mode=row.mode,
        location=(
            exception.location if exception is not None and exception.location else row.location
        ),
        link=row.link,
        time_zone=row.time_zone,
        recurring=row.rrule is not None,
        moved=occurrence.moved if occurrence else False,
        has_minutes=bool(exception.minutes if exception is not None else row.minutes),
        all_day=bool(row.all_day),
    )


def occurrences_between(
    session: Session,
    start: datetime,
    end: datetime,
    *,
    account_ids: Iterable[int] | None = None,
) -> list[OccurrenceView]:
    """Every meeting occurrence overlapping ``[start, end)``, sorted by start.

    One-off meetings come from the ``starts_at`` index; series are the ones
    that began before *end*, expanded here with their exceptions.
    """
    base = select(*_meeting_columns()).join(Account, Account.id == Meeting.account_id)
    if account_ids is not None:
        base = base.where(Meeting.account_id.in_(list(account_ids)))
    # A one-off meeting longer than a week is unusual; the look-back keeps the index useful.
    singles = session.execute(
        base.where(
            Meeting.rrule.is_(None),
            Meeting.starts_at < end,
            Meeting.starts_at >= _plus(start, timedelta(days=-7)),
            Meeting.ends_at > start,
        )
    ).all()
    views = [_view(row) for row in singles]
    series = session.execute(base.where(Meeting.rrule.is_not(None), Meeting.starts_at < end)).all()
    exceptions = _exceptions_of(session, [row.id for row in series])
    for row in series:
        mine = exceptions.get(row.id, {})
        overrides = {original: _override(e) for original, e in mine.items()}
        try:
            occurrences = recurrence.expand(
                row.rrule, row.starts_at, row.ends_at, row.time_zone, start, end, overrides
            )
        except RuleError:
            continue  # an unreadable rule (only possible by editing the file by hand)
        views += [_view(row, o, mine.get(o.original_start)) for o in occurrences]
    views.sort(key=lambda v: (v.starts_at, v.title, v.meeting_id))
    return views


def find_occurrence(
    session: Session, meeting_id: int, original_start: datetime
) -> OccurrenceView | None:
    """The occurrence of *meeting_id* generated for *original_start* (moved up to a month)."""
    account_id = session.scalar(select(Meeting.account_id).where(Meeting.id == meeting_id))
    if account_id is None:
        return None
    month = timedelta(days=31)
    found = occurrences_between(
        session,
        _plus(original_start, -month),
        _plus(original_start, month),
        account_ids=[account_id],
    )
    return next(
        (o for o in found if o.meeting_id == meeting_id and o.original_start == original_start),
        None,
    )


def _plus(moment: datetime, length: timedelta) -> datetime:
    """*moment* + *length*, stopping at the ends of time (a stored year 1 or 9999)."""
    try:
        return moment + length
    except OverflowError:
        return (datetime.min if length < timedelta(0) else datetime.max).replace(tzinfo=UTC)


def _override(exception: Any) -> Override:
    return Override(exception.cancelled, exception.starts_at, exception.ends_at)


def _exceptions_of(session: Session, meeting_ids: list[int]) -> dict[int, dict[datetime, Any]]:
    found: dict[int, dict[datetime, Any]] = defaultdict(dict)
    for chunk in in_chunks(meeting_ids):
        rows = session.execute(
            select(
                MeetingException.meeting_id,
                MeetingException.original_start,
                MeetingException.cancelled,
                MeetingException.starts_at,
                MeetingException.ends_at,
                MeetingException.title,
                MeetingException.location,
                MeetingException.minutes,
            ).where(MeetingException.meeting_id.in_(chunk))
        ).all()
        for row in rows:
            found[row.meeting_id][row.original_start] = row
    return found


def upcoming(
    session: Session, now: datetime, days: int = 7, account_ids: Iterable[int] | None = None
) -> list[OccurrenceView]:
    """Meetings that have not ended yet and start within the next *days* days."""
    found = occurrences_between(session, now, now + timedelta(days=days), account_ids=account_ids)
    return [v for v in found if v.starts_at >= now - (v.ends_at - v.starts_at)]
