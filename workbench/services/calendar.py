"""What the calendar views show: meeting occurrences in a window of time.

Views ask for the occurrences in a window (:func:`occurrences_between`); a
series is expanded there from its RFC 5545 rule, with its cancelled and moved
occurrences applied. The edits live in :mod:`workbench.services.meetings`.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from workbench.domain import recurrence
from workbench.domain.enums import MeetingKind, MeetingMode
from workbench.domain.recurrence import Override, RuleError
from workbench.store.models import (
    Account,
    Meeting,
    MeetingException,
)

_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


# --- what the views show ----------------------------------------------------------------


@dataclass(slots=True, unsafe_hash=True)
class OccurrenceView:
    """One meeting, or one occurrence of a series, ready to draw (times in UTC).

    Read-only by convention: not ``frozen``, because a month of a big book builds
    tens of thousands and a frozen dataclass takes six times as long to build.
    """

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
        # Whether minutes were taken, without reading them (they can run to pages).
        (func.coalesce(func.length(Meeting.minutes), 0) > 0).label("has_minutes"),
        Meeting.all_day,
        Account.name.label("account_name"),
        Account.time_zone.label("account_zone"),
    )


#: Where each of :func:`_meeting_columns` sits in a row. Rows are read by position: a
#: Row's attribute look-up costs ten times as much, and a week reads 9,000 series.
_AT = {column.key: index for index, column in enumerate(_meeting_columns())}
_SHARED = itemgetter(
    *(
        _AT[name]
        for name in (
            "title",
            "account_id",
            "account_name",
            "account_zone",
            "kind",
            "mode",
            "location",
            "link",
            "time_zone",
        )
    )
)
_ID, _STARTS, _ENDS, _ZONE, _RRULE = (
    _AT[name] for name in ("id", "starts_at", "ends_at", "time_zone", "rrule")
)
_HAS_MINUTES, _ALL_DAY = _AT["has_minutes"], _AT["all_day"]


def _tail(row: Any, exception: Any = None) -> tuple[Any, ...]:
    """The fields after the times, the same for every occurrence of *row* (but *exception*'s)."""
    shared = _SHARED(row)
    if exception is not None:
        title = exception.title or shared[0]
        location = exception.location or shared[6]
        shared = (title, *shared[1:6], location, *shared[7:])
        has_minutes = bool(exception.minutes)
    else:
        has_minutes = bool(row[_HAS_MINUTES])
    return (*shared, row[_RRULE] is not None, False, has_minutes, bool(row[_ALL_DAY]))


def _moved(tail: tuple[Any, ...]) -> tuple[Any, ...]:
    return (*tail[:10], True, *tail[11:])


#: The order views list occurrences in: by start, then title, then meeting.
_ORDER = attrgetter("starts_at", "title", "meeting_id")

#: A series as expanded: its id, rule, first start and end, zone, the length of each
#: occurrence, the fields after the times, and its row.
_SeriesEntry = tuple[int, str, datetime, datetime, str, timedelta, tuple[Any, ...], Any]


def _entries(rows: Iterable[Any]) -> list[_SeriesEntry]:
    return [
        (
            row[_ID],
            row[_RRULE],
            row[_STARTS],
            row[_ENDS],
            row[_ZONE],
            recurrence.series_length(row[_STARTS], row[_ENDS]),
            _tail(row),
            row,
        )
        for row in rows
    ]


def _series(session: Session, base: Any) -> list[_SeriesEntry]:
    """Every series *base* selects. All of them, whatever the window: a scan of the table
    in its own order reads them in half the time the ``starts_at`` index takes to pick
    them among the one-off meetings (26 against 53 ms at the stress size)."""
    return _entries(session.connection().execute(base.where(Meeting.rrule.is_not(None))).all())


#: A series by its times alone: id, rule, first start and end, zone, occurrence length.
_SeriesTimes = tuple[int, str, datetime, datetime, str, timedelta]


def _series_times(session: Session) -> list[_SeriesTimes]:
    """Every series' times, read as :func:`_series` reads whole ones (a scan of the table)."""
    rows = session.connection().execute(
        select(Meeting.id, Meeting.rrule, Meeting.starts_at, Meeting.ends_at, Meeting.time_zone)
        .join(Account, Account.id == Meeting.account_id)
        .where(Meeting.rrule.is_not(None))
    )
    return [
        (id_, rule, starts, ends, zone, recurrence.series_length(starts, ends))
        for id_, rule, starts, ends, zone in rows
        if rule is not None  # as the query says; for the type checker
    ]


class HeldSeries:
    """The recurring meetings as last read, so moving between periods reads only the new
    period's one-off meetings and exceptions (the series are most of a big calendar).

    Whoever keeps one must drop it when meetings, their exceptions or accounts change:
    the calendar tab replaces its own on every change it hears of. Filled on first use,
    per account filter; a worker may fill it while the UI thread replaces it.
    """

    #: The tables whose change makes what is held stale (series rows carry account names).
    READS = ("meetings", "meeting_exceptions", "meeting_attendees", "accounts")

    def __init__(self) -> None:
        self._by_filter: dict[tuple[int, ...] | None, list[_SeriesEntry]] = {}
        self._times: list[_SeriesTimes] | None = None

    def entries(self, session: Session, base: Any, accounts: tuple[int, ...] | None) -> list[Any]:
        found = self._by_filter.get(accounts)
        if found is None:
            found = self._by_filter[accounts] = _series(session, base)
        return found

    def times(self, session: Session) -> list[_SeriesTimes]:
        """Every series' times alone (:func:`_series_times`), what the focus list needs."""
        if self._times is None:
            self._times = _series_times(session)
        return self._times


#: What the Calendar tab shows: the occurrences, and a meeting's action items in its detail.
SHOWN_READS = (*HeldSeries.READS, "action_items")


def occurrences_between(
    session: Session,
    start: datetime,
    end: datetime,
    *,
    account_ids: Iterable[int] | None = None,
    held: HeldSeries | None = None,
) -> list[OccurrenceView]:
    """Every meeting occurrence overlapping ``[start, end)``, sorted by start.

    One-off meetings come from the ``starts_at`` index; series are the ones
    that began before *end* (from *held* when given), expanded here with the
    exceptions that can touch the window (generated in it, or moved into it).
    """
    views = _occurrences(session, start, end, account_ids, held)
    views.sort(key=_ORDER)
    return views


def _occurrences(
    session: Session,
    start: datetime,
    end: datetime,
    account_ids: Iterable[int] | None,
    held: HeldSeries | None,
    meeting_ids: Iterable[int] | None = None,
) -> list[OccurrenceView]:
    """What :func:`occurrences_between` lists, in no order (of *meeting_ids* only, when
    given: *held* holds every series, so it is not used then)."""
    assert meeting_ids is None or held is None
    accounts = None if account_ids is None else tuple(sorted(set(account_ids)))
    # In UTC, as every stored and generated moment: comparing other zones costs much more.
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    base = select(*_meeting_columns()).join(Account, Account.id == Meeting.account_id)
    if accounts is not None:
        base = base.where(Meeting.account_id.in_(accounts))
    if meeting_ids is not None:
        base = base.where(Meeting.id.in_(sorted(meeting_ids)))
    # Core rows: the ORM's row handling costs more than reading them.
    read = session.connection().execute
    singles = read(base.where(*_single_in(start, end))).all()
    views = [
        OccurrenceView(row[_ID], row[_STARTS], row[_STARTS], row[_ENDS], *_tail(row))
        for row in singles
    ]
    series = _series(session, base) if held is None else held.entries(session, base, accounts)
    # An exception of an occurrence generated in the window has its original start at most
    # the longest series' length before it: most series last an hour, not a year.
    longest = max((entry[5] for entry in series), default=timedelta(0))
    exceptions = _exceptions_touching(session, start, end, accounts, longest)
    for meeting_id, rule, first_start, first_end, zone, length, tail, row in series:
        if first_start >= end:
            continue
        mine = _near(exceptions.get(meeting_id), start, end, length)
        try:
            if mine is None:
                # Most series: no exception near the window, one shared tail for all.
                views += [
                    OccurrenceView(meeting_id, original, original, original + length, *tail)
                    for original in recurrence.overlapping_starts(
                        rule, first_start, first_end, zone, start, end
                    )
                ]
                continue
            overrides = {original: _override(e) for original, e in mine.items()}
            occurrences = recurrence.expand(
                rule, first_start, first_end, zone, start, end, overrides
            )
        except RuleError:
            continue  # an unreadable rule (only possible by editing the file by hand)
        for o in occurrences:
            tail = _tail(row, mine.get(o.original_start))
            views.append(
                OccurrenceView(
                    meeting_id,
                    o.original_start,
                    o.starts_at,
                    o.ends_at,
                    *(_moved(tail) if o.moved else tail),
                )
            )
    return views


def _single_in(start: datetime, end: datetime) -> tuple[Any, ...]:
    """The conditions of a one-off meeting overlapping ``[start, end)`` (in UTC). One longer
    than a week is unusual; the look-back keeps the ``starts_at`` index useful."""
    return (
        Meeting.rrule.is_(None),
        Meeting.starts_at < end,
        Meeting.starts_at >= _plus(start, timedelta(days=-7)),
        Meeting.ends_at > start,
    )


def _near(
    mine: dict[datetime, Any] | None, start: datetime, end: datetime, length: timedelta
) -> dict[datetime, Any] | None:
    """Those of a series' exceptions *mine* (read for the longest series) that touch
    ``[start, end)``: an occurrence of this series' *length* generated there, or one moved
    there; ``None`` when none does (most series last an hour and leave the window alone)."""
    if mine is None:
        return None
    return {
        original: e
        for original, e in mine.items()
        if (original < end and original + length > start)
        or (e.starts_at is not None and e.starts_at < end and e.ends_at > start)
    } or None


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


def _exceptions_touching(
    session: Session,
    start: datetime,
    end: datetime,
    account_ids: Iterable[int] | None,
    longest: timedelta = recurrence.LONGEST,
) -> dict[int, dict[datetime, Any]]:
    """The exceptions that can change ``[start, end)``, by meeting and original start.

    Those of occurrences the rule generates there (an occurrence lasts at most *longest*,
    :data:`recurrence.LONGEST` unless the caller knows its series' lengths, so its original
    start is at most that before the window), and those moved into it from anywhere.
    """
    query = select(
        MeetingException.meeting_id,
        MeetingException.original_start,
        MeetingException.cancelled,
        MeetingException.starts_at,
        MeetingException.ends_at,
        MeetingException.title,
        MeetingException.location,
        MeetingException.minutes,
    ).where(
        or_(
            and_(
                MeetingException.original_start >= _plus(start, -longest),
                MeetingException.original_start < end,
            ),
            and_(MeetingException.starts_at < end, MeetingException.ends_at > start),
        )
    )
    if account_ids is not None:
        query = query.join(Meeting, Meeting.id == MeetingException.meeting_id).where(
            Meeting.account_id.in_(list(account_ids))
        )
    found: dict[int, dict[datetime, Any]] = defaultdict(dict)
    for row in session.connection().execute(query).all():
        found[row[0]][row[1]] = row  # by position: see _AT
    return found


def upcoming(
    session: Session,
    now: datetime,
    days: int = 7,
    account_ids: Iterable[int] | None = None,
    held: HeldSeries | None = None,
) -> list[OccurrenceView]:
    """Meetings that have not ended yet and start within the next *days* days."""
    found = occurrences_between(
        session, now, now + timedelta(days=days), account_ids=account_ids, held=held
    )
    return [v for v in found if _not_over(v.starts_at, v.ends_at, now)]


def soonest(
    session: Session, now: datetime, days: int, limit: int, held: HeldSeries | None = None
) -> tuple[list[OccurrenceView], int]:
    """The first *limit* of :func:`upcoming`'s meetings, and how many it lists.

    A big book's week holds 7,000 occurrences, and the Dashboard shows 25: when each
    starts is worked out from the meetings' times alone (:func:`_times`; the series' kept
    in *held* between loads), and only the meetings of the first *limit* are read in full
    and drawn. Reading every series whole cost a third of the focus list at the stress
    size.
    """
    end = now + timedelta(days=days)
    times = [t for t in _times(session, now, end, held) if _not_over(t[0], t[1], now)]
    if not times or limit < 1:
        return [], len(times)
    # Every occurrence among the first *limit* starts at most when the limit-th does; all
    # those starting by then are drawn, as titles settle the order of those starting at once.
    last = heapq.nsmallest(limit, (t[0] for t in times))[-1]
    shown = {meeting_id for starts, _ends, meeting_id in times if starts <= last}
    found = [
        v
        for v in _occurrences(session, now, end, None, None, shown)
        if _not_over(v.starts_at, v.ends_at, now)
    ]
    return heapq.nsmallest(limit, found, key=_ORDER), len(times)


def _not_over(starts: datetime, ends: datetime, now: datetime) -> bool:
    """Whether an occurrence from *starts* to *ends* is one :func:`upcoming` lists at *now*
    (what :func:`soonest` asks of times and of drawn occurrences alike)."""
    return starts >= now - (ends - starts)


def _times(
    session: Session, start: datetime, end: datetime, held: HeldSeries | None = None
) -> list[tuple[datetime, datetime, int]]:
    """When every occurrence overlapping ``[start, end)`` starts and ends, and its meeting:
    what :func:`_occurrences` lists, from five columns of each meeting, not fifteen (the
    series' from *held* when given)."""
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    found = [
        (row[1], row[2], row[0])
        for row in session.connection().execute(
            select(Meeting.id, Meeting.starts_at, Meeting.ends_at)
            .join(Account, Account.id == Meeting.account_id)
            .where(*_single_in(start, end))
        )
    ]
    series = held.times(session) if held is not None else _series_times(session)
    longest = max((entry[5] for entry in series), default=timedelta(0))
    exceptions = _exceptions_touching(session, start, end, None, longest)
    for meeting_id, rule, first_start, first_end, zone, length in series:
        if first_start >= end:
            continue
        mine = _near(exceptions.get(meeting_id), start, end, length)
        try:
            if mine is None:
                found += [
                    (original, original + length, meeting_id)
                    for original in recurrence.overlapping_starts(
                        rule, first_start, first_end, zone, start, end
                    )
                ]
            else:
                overrides = {original: _override(e) for original, e in mine.items()}
                found += [
                    (o.starts_at, o.ends_at, meeting_id)
                    for o in recurrence.expand(
                        rule, first_start, first_end, zone, start, end, overrides
                    )
                ]
        except RuleError:
            continue  # as _occurrences skips it
    return found
