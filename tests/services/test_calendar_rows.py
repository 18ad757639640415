"""Occurrences read by position carry each meeting's own fields, and the focus list's
first meetings are the upcoming list's first, with its length."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from workbench.domain.enums import MeetingKind, MeetingMode
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


def test_soonest_among_many_starting_at_once_and_moved_ones_is_the_upcoming_lists_start(
    sample_store: Store,
) -> None:
    """The focus list works out first when each occurrence starts, then reads in full only
    the meetings of the first ones: meetings starting at the same moment (their titles
    settle the order, against their ids), an occurrence moved into the week from outside
    it, one moved out of it and one cancelled must come out as the full expansion has them."""
    at = NOW + timedelta(hours=3)
    with sample_store.transaction() as session:
        account_id = session.scalars(select(Account.id).order_by(Account.id)).first()
        assert account_id is not None

        def meeting(title: str, starts: datetime, rrule: str | None = None) -> Meeting:
            made = Meeting(
                account_id=account_id,
                title=title,
                kind=MeetingKind.REVIEW,
                mode=MeetingMode.IN_PERSON,
                starts_at=starts,
                ends_at=starts + timedelta(minutes=30),
                time_zone="Europe/Madrid",
                rrule=rrule,
            )
            session.add(made)
            return made

        # Titles against ids: the later a meeting is made, the earlier its title sorts.
        for letter in "ZYXWVUTSRQ":
            meeting(f"{letter} at once", at)
            meeting(f"{letter} daily at once", at - timedelta(days=20), "FREQ=DAILY")
        weekly = meeting("Weekly, moved", NOW - timedelta(days=13, hours=-1), "FREQ=WEEKLY")
        session.flush()
        session.add_all(
            [
                # The occurrence of the coming week moved out of it, a later one moved in,
                # and one cancelled among those starting at once.
                MeetingException(
                    meeting_id=weekly.id,
                    original_start=weekly.starts_at + timedelta(days=14),
                    starts_at=NOW + timedelta(days=30),
                    ends_at=NOW + timedelta(days=30, minutes=30),
                ),
                MeetingException(
                    meeting_id=weekly.id,
                    original_start=weekly.starts_at + timedelta(days=28),
                    starts_at=at,
                    ends_at=at + timedelta(minutes=30),
                    title="A moved into the week",
                ),
            ]
        )
        daily = session.scalars(select(Meeting).where(Meeting.title == "Q daily at once")).one()
        session.add(MeetingException(meeting_id=daily.id, original_start=at, cancelled=True))
    with sample_store.session() as session:
        listed = upcoming(session, NOW, 7)
        assert sum(o.starts_at == at for o in listed) == 20  # 10 + 9 daily + 1 moved in
        first = next(i for i, o in enumerate(listed) if o.starts_at == at)
        assert first < 15, "limits below 40 end among those starting at once"
        for limit in range(1, 40):
            assert soonest(session, NOW, 7, limit) == (listed[:limit], len(listed))
        assert soonest(session, NOW, 7, 0) == ([], len(listed))
