"""Exporting meetings to .ics: other calendars read the same occurrences, and we read them back."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import func, select

from tests.io.ics_helpers import add_account, reference_starts, row_counts, stored_starts, utc
from workbench.domain.enums import MeetingKind, MeetingMode
from workbench.services.calendar_export import export_ics, export_meetings
from workbench.services.calendar_import import import_ics
from workbench.store.database import Store
from workbench.store.models import Meeting, MeetingException


def _series(
    store: Store, account_id: int, zone: str, first_local: datetime, rule: str, title: str
) -> int:
    """A one-hour series with a cancelled, a moved, a retitled occurrence and an extra date."""
    starts = first_local.replace(tzinfo=ZoneInfo(zone)).astimezone(ZoneInfo("UTC"))
    hour = timedelta(hours=1)
    week = timedelta(weeks=1)
    with store.transaction() as session:
        meeting = Meeting(
            account_id=account_id,
            title=title,
            kind=MeetingKind.QBR,
            mode=MeetingMode.VIRTUAL,
            link="https://meet.example/qbr",
            starts_at=starts,
            ends_at=starts + hour,
            time_zone=zone,
            rrule=rule,
            agenda="1. Results\n2. Next steps",
        )
        session.add(meeting)
        session.flush()
        # Week 2 cancelled, week 3 an hour later, week 5 retitled, an extra Saturday.
        third = (first_local + 2 * week).replace(tzinfo=ZoneInfo(zone)).astimezone(ZoneInfo("UTC"))
        fifth = (first_local + 4 * week).replace(tzinfo=ZoneInfo(zone)).astimezone(ZoneInfo("UTC"))
        second = (first_local + week).replace(tzinfo=ZoneInfo(zone)).astimezone(ZoneInfo("UTC"))
        extra = starts + timedelta(days=5)
        session.add_all(
            [
                MeetingException(meeting_id=meeting.id, original_start=second, cancelled=True),
                MeetingException(
                    meeting_id=meeting.id,
                    original_start=third,
                    starts_at=third + hour,
                    ends_at=third + 2 * hour,
                ),
                MeetingException(
                    meeting_id=meeting.id,
                    original_start=fifth,
                    starts_at=fifth,
                    ends_at=fifth + hour,
                    title="QBR with the CFO",
                    location="Board room",
                ),
                MeetingException(
                    meeting_id=meeting.id,
                    original_start=extra,
                    starts_at=extra,
                    ends_at=extra + hour,
                ),
            ]
        )
        return meeting.id


@pytest.fixture
def dst_store(store: Store) -> Store:
    """Weekly series across the spring change in Madrid and in New York (different dates)."""
    madrid = add_account(store, "Madrid client", domain="madrid.example")
    york = add_account(store, "York client", domain="york.example", zone="America/New_York")
    _series(
        store,
        madrid,
        "Europe/Madrid",
        datetime(2026, 3, 2, 9),
        "FREQ=WEEKLY;BYDAY=MO;COUNT=10",
        "Madrid weekly",
    )
    _series(
        store,
        york,
        "America/New_York",
        datetime(2026, 2, 24, 9),
        "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260505T000000Z",
        "New York weekly",
    )
    return store


WINDOW = (utc(2026, 1, 1), utc(2026, 7, 1))


def test_other_calendars_expand_the_export_like_we_do_across_dst(dst_store: Store) -> None:
    calendar = icalendar.Calendar.from_ical(export_ics(dst_store))
    ours = stored_starts(dst_store, *WINDOW)
    assert reference_starts(calendar, *WINDOW, floating_zone="UTC") == ours
    # 09:00 local on both sides of each change: the UTC hour moves.
    assert utc(2026, 3, 23, 8) in ours and utc(2026, 3, 30, 7) in ours  # Madrid, 29 March
    assert utc(2026, 2, 24, 14) in ours and utc(2026, 3, 17, 13) in ours  # New York, 8 March


def test_the_export_is_a_publishable_calendar_with_its_zones(dst_store: Store) -> None:
    data = export_ics(dst_store)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert b"\n" not in data.replace(b"\r\n", b"")
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == "-//Account Workbench//EN"
    assert (str(calendar["VERSION"]), str(calendar["METHOD"])) == ("2.0", "PUBLISH")
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert sorted(tz.tz_name for tz in calendar.timezones) == ["America/New_York", "Europe/Madrid"]
    assert calendar.get_missing_tzids() == set()
    masters = [e for e in calendar.events if "RECURRENCE-ID" not in e]
    assert {e["DTSTART"].params["TZID"] for e in masters} == {"Europe/Madrid", "America/New_York"}
    overrides = [e for e in calendar.events if "RECURRENCE-ID" in e]
    assert sorted(str(e["SUMMARY"]) for e in overrides) == [
        "Madrid weekly",
        "New York weekly",
        "QBR with the CFO",
        "QBR with the CFO",
    ]
    madrid = next(e for e in masters if str(e["SUMMARY"]) == "Madrid weekly")
    assert {"EXDATE", "RDATE", "RRULE", "URL", "CATEGORIES", "DESCRIPTION"} <= set(madrid)


def test_export_then_import_changes_nothing(dst_store: Store) -> None:
    exported = export_meetings(dst_store)
    assert (exported.meetings, exported.exceptions) == (2, 8)
    counts, before = row_counts(dst_store), stored_starts(dst_store, *WINDOW)
    report = import_ics(dst_store, exported.data, default_zone="Asia/Tokyo")
    assert (report.created, report.updated) == (0, 2)
    assert row_counts(dst_store) == counts
    assert stored_starts(dst_store, *WINDOW) == before
    with dst_store.session() as session:
        kinds = set(session.scalars(select(Meeting.kind)))
        retitled = session.scalars(
            select(MeetingException).where(MeetingException.title.is_not(None))
        ).all()
    assert kinds == {MeetingKind.QBR}
    assert {(e.title, e.location) for e in retitled} == {("QBR with the CFO", "Board room")}


def test_sample_portfolio_round_trips_without_duplicates(sample_store: Store) -> None:
    with sample_store.session() as session:
        meetings = session.scalar(select(func.count()).select_from(Meeting))
    window = (utc(2026, 1, 1), utc(2027, 6, 1))
    counts, before = row_counts(sample_store), stored_starts(sample_store, *window)
    report = import_ics(sample_store, export_ics(sample_store), default_zone="UTC")
    assert (report.created, report.updated) == (0, meetings)
    assert row_counts(sample_store) == counts
    assert stored_starts(sample_store, *window) == before


def test_a_date_range_selects_meetings_starting_in_it_and_whole_series(store: Store) -> None:
    account_id = add_account(store)
    series = _series(
        store,
        account_id,
        "Europe/Madrid",
        datetime(2026, 3, 2, 9),
        "FREQ=WEEKLY;COUNT=10",
        "Weekly",
    )
    with store.transaction() as session:
        for day in (1, 20):
            session.add(
                Meeting(
                    account_id=account_id,
                    title=f"One-off {day}",
                    kind=MeetingKind.OTHER,
                    mode=MeetingMode.IN_PERSON,
                    starts_at=utc(2026, 6, day, 9),
                    ends_at=utc(2026, 6, day, 10),
                    time_zone="UTC",
                )
            )
    june = export_meetings(store, start=utc(2026, 6, 10), end=utc(2026, 7, 1))
    assert june.meetings == 1 and b"SUMMARY:One-off 20" in june.data
    assert b"DTSTART:20260620T090000Z" in june.data  # a UTC meeting needs no VTIMEZONE
    assert b"BEGIN:VTIMEZONE" not in june.data
    april = icalendar.Calendar.from_ical(
        export_ics(store, start=utc(2026, 4, 1), end=utc(2026, 4, 8))
    )
    assert [str(e["SUMMARY"]) for e in april.events if "RECURRENCE-ID" not in e] == ["Weekly"]
    only = export_meetings(store, meeting_ids=[series], account_id=account_id)
    assert only.meetings == 1


def test_nothing_to_export_is_still_a_valid_calendar(store: Store) -> None:
    exported = export_meetings(store)
    assert exported.meetings == 0
    assert icalendar.Calendar.from_ical(exported.data).events == []


def test_stored_control_characters_do_not_reach_the_ics_file(sample_store) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text as sql

    from workbench.services.calendar_export import export_meetings

    with sample_store.engine.begin() as connection:
        connection.execute(
            sql("UPDATE meetings SET title = :title, location = :location"),
            {"title": "Revisión\x1b[31m mensual\x07", "location": "Sala\x00 2"},
        )
    exported = export_meetings(sample_store)
    controls = {chr(c) for c in range(32)} - {"\t", "\r", "\n"}
    assert not controls & set(exported.data.decode("utf-8"))
    from icalendar import Calendar

    summaries = {str(e["SUMMARY"]) for e in Calendar.from_ical(exported.data).walk("VEVENT")}
    assert "Revisión\\x1B[31m mensual\\x07" in summaries
