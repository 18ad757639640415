"""Occurrences read by position carry each meeting's own fields, and the focus list's
first meetings are the upcoming list's first, with its length."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from workbench.services.calendar import HeldSeries, occurrences_between, soonest, upcoming
from workbench.store.database import Store
from workbench.store.models import Account, Meeting, MeetingException

NOW = datetime(2026, 11, 26, 8, tzinfo=UTC)


def test_every_field_of_an_occurrence_is_its_meetings_or_its_exceptions(
    sample_store: Store,
) -> None:
    start, end = NOW - timedelta(days=31), NOW + timedelta(days=31)
    with sample_store.transaction() as session:
        series = session.scalars(
            select(Meeting).where(Meeting.rrule.is_not(None)).order_by(Meeting.id)
        ).first()
        assert series is not None
        series.location, series.link, series.minutes = "Room 4", "https://example.com/m", "Notes"
        first = next(
            o
            for o in occurrences_between(session, start, end, account_ids=[series.account_id])
            if o.meeting_id == series.id
        )
        session.add(
            MeetingException(
                meeting_id=series.id,
                original_start=first.original_start,
                starts_at=first.starts_at + timedelta(hours=1),
                ends_at=first.ends_at + timedelta(hours=1),
                title="Moved review",
                location="Room 9",
            )
        )
    with sample_store.session() as session:
        meetings = {m.id: m for m in session.scalars(select(Meeting))}
        accounts = {a.id: a for a in session.scalars(select(Account))}
        exceptions = {
            (e.meeting_id, e.original_start): e for e in session.scalars(select(MeetingException))
        }
        for found in (
            occurrences_between(session, start, end),
            occurrences_between(session, start, end, held=HeldSeries()),
        ):
            assert len({o.recurring for o in found}) == 2, "series and one-off meetings"
            for o in found:
                meeting, account = (
                    meetings[o.meeting_id],
                    accounts[meetings[o.meeting_id].account_id],
                )
                exception = exceptions.get((o.meeting_id, o.original_start))
                title = (exception and exception.title) or meeting.title
                location = (exception and exception.location) or meeting.location
                minutes = exception.minutes if exception else meeting.minutes
                assert (
                    o.title,
                    o.location,
                    o.has_minutes,
                    o.account_id,
                    o.account_name,
                    o.account_zone,
                    o.kind,
                    o.mode,
                    o.link,
                    o.time_zone,
                    o.recurring,
                    o.all_day,
                ) == (
                    title,
                    location,
                    bool(minutes),
                    account.id,
                    account.name,
                    account.time_zone,
                    meeting.kind,
                    meeting.mode,
                    meeting.link,
                    meeting.time_zone,
                    meeting.rrule is not None,
                    meeting.all_day,
                )
            moved = next(o for o in found if o.key == first.key)
            assert (moved.title, moved.location, moved.moved) == ("Moved review", "Room 9", True)
            shared = next(o for o in found if o.meeting_id == series.id and o.key != first.key)
            assert (shared.location, shared.link, shared.has_minutes) == (
                "Room 4",
                "https://example.com/m",
                True,
            )


def test_soonest_is_the_start_of_the_upcoming_list_and_counts_all_of_it(
    sample_store: Store,
) -> None:
    with sample_store.session() as session:
        listed = upcoming(session, NOW, 7)
        assert len(listed) > 5
        for limit in (1, 5, len(listed) + 3):
            for held in (None, HeldSeries()):
                assert soonest(session, NOW, 7, limit, held) == (listed[:limit], len(listed))
