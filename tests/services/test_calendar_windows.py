"""The occurrences of a window: only the exceptions near it are read, and held series agree.

The reference expands every series over the window with all its exceptions
(what the calendar did before it read only the exceptions that can touch the
window); :mod:`tests.domain.test_recurrence_windows` checks that expansion
against dateutil walked from the first start.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from workbench.domain import recurrence
from workbench.domain.recurrence import Override
from workbench.services.calendar import HeldSeries, occurrences_between
from workbench.store.database import Store
from workbench.store.models import Account, Meeting, MeetingException

MONTHS = [
    (datetime(2026, m, 1, tzinfo=UTC), datetime(2026 + m // 12, m % 12 + 1, 1, tzinfo=UTC))
    for m in range(1, 13)
]


def _keys(found: list) -> list[tuple]:
    return [
        (o.meeting_id, o.original_start, o.starts_at, o.ends_at, o.title, o.moved) for o in found
    ]


def _reference(store: Store, start: datetime, end: datetime) -> list[tuple]:
    with store.session() as session:
        rows = session.execute(select(Meeting)).scalars().all()
        exceptions = session.execute(select(MeetingException)).scalars().all()
        expected = []
        for row in rows:
            if row.rrule is None:
                if row.starts_at < end and row.ends_at > start:
                    expected.append(
                        (row.id, row.starts_at, row.starts_at, row.ends_at, row.title, False)
                    )
                continue
            mine = {e.original_start: e for e in exceptions if e.meeting_id == row.id}
            overrides = {k: Override(e.cancelled, e.starts_at, e.ends_at) for k, e in mine.items()}
            for o in recurrence.expand(
                row.rrule, row.starts_at, row.ends_at, row.time_zone, start, end, overrides
            ):
                exception = mine.get(o.original_start)
                title = (exception.title if exception else None) or row.title
                expected.append((row.id, o.original_start, o.starts_at, o.ends_at, title, o.moved))
    return sorted(expected, key=lambda k: (k[2], k[4], k[0]))


def _add_exceptions(store: Store) -> list[datetime]:
    """Cancelled, moved within and across month ends (both ways), and an extra date.

    Gives the middle of each changed occurrence, where a window may start.
    """
    middles: list[datetime] = []
    with store.transaction() as session:
        series = (
            session.execute(select(Meeting).where(Meeting.rrule.is_not(None)).order_by(Meeting.id))
            .scalars()
            .all()
        )
        assert len(series) >= 6, "the sample has series"
        for index, meeting in enumerate(series[:12]):
            starts = list(
                recurrence.iter_starts(meeting.rrule, meeting.starts_at, meeting.time_zone)
            )
            starts = [s for s in starts if s.year == 2026][:40]
            if len(starts) < 4:
                continue
            length = meeting.ends_at - meeting.starts_at
            session.query(MeetingException).filter_by(meeting_id=meeting.id).delete()
            picked = starts[index % 3 :: 4][:4]
            for number, original in enumerate(picked):
                shift = [timedelta(days=20), timedelta(days=-20), timedelta(hours=2), None][number]
                exception = MeetingException(meeting_id=meeting.id, original_start=original)
                middles.append(original + length / 2)
                if shift is None:
                    exception.cancelled = True
                else:
                    exception.starts_at = original + shift
                    exception.ends_at = original + shift + length
                    exception.title = f"Moved {number}"
                session.add(exception)
            extra = starts[1] + timedelta(days=3, hours=5)
            session.add(
                MeetingException(
                    meeting_id=meeting.id,
                    original_start=extra,
                    starts_at=extra,
                    ends_at=extra + length,
                    title="Extra date",
                )
            )
    return middles


def test_each_month_holds_exactly_the_straightforward_occurrences(sample_store: Store) -> None:
    middles = _add_exceptions(sample_store)
    held = HeldSeries()
    # Whole months, and windows starting halfway through a changed occurrence.
    for start, end in MONTHS + [(m, m + timedelta(days=9)) for m in middles]:
        expected = _reference(sample_store, start, end)
        with sample_store.session() as session:
            assert _keys(occurrences_between(session, start, end)) == expected
            assert _keys(occurrences_between(session, start, end, held=held)) == expected


def test_held_series_serve_each_account_filter_apart(sample_store: Store) -> None:
    held = HeldSeries()
    start, end = MONTHS[10]
    with sample_store.session() as session:
        account = session.scalars(
            select(Meeting.account_id).where(Meeting.rrule.is_not(None))
        ).first()
        assert account is not None
        everyone = occurrences_between(session, start, end, held=held)
        theirs = occurrences_between(session, start, end, account_ids=[account], held=held)
        assert theirs == [o for o in everyone if o.account_id == account]
        assert occurrences_between(session, start, end, held=held) == everyone


def test_held_series_are_as_read_until_dropped(sample_store: Store) -> None:
    # Who keeps them drops them on a change (the calendar tab does): a fresh one reads again.
    start, end = MONTHS[10]
    held = HeldSeries()
    with sample_store.session() as session:
        before = occurrences_between(session, start, end, held=held)
    series = next(o for o in before if o.recurring)
    with sample_store.transaction() as session:
        session.execute(
            update(Meeting).where(Meeting.id == series.meeting_id).values(title="Renamed")
        )
        session.execute(update(Account).values(name="Renamed account"))
    with sample_store.session() as session:
        stale = occurrences_between(session, start, end, held=held)
        fresh = occurrences_between(session, start, end, held=HeldSeries())
        direct = occurrences_between(session, start, end)
    assert fresh == direct
    assert {o.title for o in fresh if o.meeting_id == series.meeting_id} == {"Renamed"}
    assert {o.title for o in stale if o.meeting_id == series.meeting_id} == {series.title}
