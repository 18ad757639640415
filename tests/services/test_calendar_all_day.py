"""All-day events: the corpus's calendars of holidays and birthdays come in as whole days,
go out as VALUE=DATE and back again, and survive the schema change, backups and archives."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from alembic import command
from sqlalchemy import select

from tests.conftest import AS_OF
from tests.io.ics_helpers import add_account, corpus_file, row_counts
from workbench.domain import all_day
from workbench.domain.enums import MeetingKind, MeetingMode
from workbench.services.archive import restore_archive, write_archive
from workbench.services.backup import restore_backup
from workbench.services.calendar import OccurrenceView, occurrences_between
from workbench.services.calendar_export import export_ics
from workbench.services.calendar_import import IcsRefused, import_ics
from workbench.store.database import Store, open_store
from workbench.store.engine import create_database_engine
from workbench.store.migrate import alembic_config, current_revision
from workbench.store.models import Meeting, MeetingException

ZONE = "Europe/Madrid"


def _days(store: Store, first: date, last: date) -> list[tuple[date, int, str]]:
    """(first day, number of days, title) of every all-day occurrence, as the views get them."""
    start, end = all_day.midnight(first, ZONE), all_day.midnight(last, ZONE)
    with store.session() as session:
        found: list[OccurrenceView] = occurrences_between(session, start, end)
    return sorted(
        (*all_day.span(o.starts_at, o.ends_at, o.time_zone), o.title) for o in found if o.all_day
    )


def _ics(body: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        f"BEGIN:VEVENT\r\n{body}END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


# --- the corpus --------------------------------------------------------------------------


def test_argentinian_holidays_are_eleven_single_days(store: Store) -> None:
    data = corpus_file("mozilla_argentina_holidays_spanish.ics")
    report = import_ics(store, data, default_zone=ZONE, account_id=add_account(store))
    assert report.created == 11
    days = _days(store, date(2005, 1, 1), date(2006, 1, 1))
    assert [(d, n) for d, n, _ in days] == [
        (date(2005, m, d), 1)
        for m, d in [
            (1, 1), (3, 25), (4, 2), (5, 1), (5, 25), (6, 20),
            (7, 9), (8, 15), (10, 10), (12, 8), (12, 25),
        ]
    ]  # fmt: skip
    assert days[0][2] == "Año Nuevo"


def test_a_weekly_three_day_series_ends_on_its_until_date(store: Store) -> None:
    data = corpus_file("apple_ical3_weekly_until_allday.ics")
    import_ics(store, data, default_zone=ZONE, account_id=add_account(store))
    # DTSTART 31 Aug 2006, DTEND 3 Sep (exclusive): Thu–Sat, weekly until 30 Sep.
    assert _days(store, date(2006, 8, 1), date(2006, 11, 1)) == [
        (date(2006, 8, 31) + timedelta(weeks=n), 3, "Recurring-2") for n in range(5)
    ]


def test_birthdays_with_loose_extra_dates_and_orphan_changes(store: Store) -> None:
    """Google's RDATE:20131210Z (a date with a stray Z) is read as that date; the three
    changed occurrences have another UID, whose series is absent: meetings of their own."""
    data = corpus_file("google_birthday_recurrence_id_allday.ics")
    report = import_ics(store, data, default_zone=ZONE, account_id=add_account(store))
    assert report.created == 4
    days = _days(store, date(2012, 1, 1), date(2015, 1, 1))
    assert [(d, n) for d, n, _ in days] == [
        (date(year, 12, 10), 1) for year in (2012, 2012, 2013, 2013, 2014, 2014)
    ]


def test_a_daily_series_skips_its_excluded_date_and_an_empty_exdate_is_ignored(
    store: Store,
) -> None:
    data = corpus_file("google_broken_empty_exdate.ics")
    report = import_ics(store, data, default_zone=ZONE, account_id=add_account(store))
    # Both events lack a UID and a title and start the same day: one UID, the second skipped.
    assert (report.created, report.skipped) == (1, 1)
    assert any("empty EXDATE was ignored" in n.text() for n in report.notes)
    # UNTIL=20080323T235959Z on a date series means the 23rd; EXDATE the 11th.
    expected = [date(2008, 3, 3) + timedelta(days=n) for n in range(21)]
    expected.remove(date(2008, 3, 11))
    assert [d for d, _, _ in _days(store, date(2008, 3, 1), date(2008, 4, 1))] == expected


def test_a_date_start_with_a_time_end_is_read_as_whole_days(store: Store) -> None:
    data = corpus_file("broken_mixed_date_datetime_nonascii.ics")
    report = import_ics(store, data, default_zone=ZONE, account_id=add_account(store))
    assert report.created == 1
    assert any("read as an all-day event until 2023-08-17" in n.text() for n in report.notes)
    assert _days(store, date(2023, 7, 1), date(2023, 9, 1)) == [(date(2023, 7, 24), 24, "Congés")]


def test_all_day_dates_do_not_depend_on_the_importing_zone(tmp_path: Path) -> None:
    data = corpus_file("mozilla_argentina_holidays_spanish.ics")
    seen = []
    for zone in ("Pacific/Auckland", "America/Los_Angeles"):
        store = open_store(tmp_path / f"{zone.replace('/', '-')}.sqlite")
        import_ics(store, data, default_zone=zone, account_id=add_account(store, zone=zone))
        with store.session() as session:
            meetings = session.scalars(select(Meeting).order_by(Meeting.starts_at)).all()
            seen.append([all_day.span(m.starts_at, m.ends_at, m.time_zone) for m in meetings])
        store.close()
    assert seen[0] == seen[1]


def test_importing_an_all_day_event_again_from_another_zone_keeps_its_stored_days(
    store: Store,
) -> None:
    """Dates carry no zone: the book's event keeps its own zone, so its start does not move
    (re-read in the importer's zone, a Madrid holiday slid to 01:00 the same day)."""
    data = _ics(
        "UID:visit-1\r\nSUMMARY:Client visit\r\nDTSTART;VALUE=DATE:20261125\r\n"
        "DTEND;VALUE=DATE:20261127\r\n"
    )
    import_ics(store, data, default_zone=ZONE, account_id=add_account(store))
    with store.session() as session:
        before = session.execute(
            select(Meeting.starts_at, Meeting.ends_at, Meeting.time_zone)
        ).one()
    report = import_ics(store, export_ics(store), default_zone="UTC")
    assert (report.created, report.updated) == (0, 1)
    with store.session() as session:
        after = session.execute(select(Meeting.starts_at, Meeting.ends_at, Meeting.time_zone)).one()
    assert after == before and before[2] == ZONE


# --- bad input ---------------------------------------------------------------------------


def test_an_all_day_end_before_its_start_refuses_the_file_and_stores_nothing(
    store: Store,
) -> None:
    account_id = add_account(store)
    good = (
        "UID:good\r\nSUMMARY:Fair\r\nDTSTART;VALUE=DATE:20260310\r\nDTEND;VALUE=DATE:20260311\r\n"
    )
    bad = "UID:bad\r\nSUMMARY:Visit\r\nDTSTART;VALUE=DATE:20260310\r\nDTEND;VALUE=DATE:20260308\r\n"
    data = _ics(good + "END:VEVENT\r\nBEGIN:VEVENT\r\n" + bad)
    before = row_counts(store)
    with pytest.raises(IcsRefused) as refused:
        import_ics(store, data, default_zone=ZONE, account_id=account_id)
    assert str(refused.value) == (
        "All-day event “Visit” (line 10) ends on 2026-03-08, before it starts on "
        "2026-03-10; nothing was imported."
    )
    assert row_counts(store) == before


def test_an_all_day_event_ending_the_day_it_starts_lasts_one_day(store: Store) -> None:
    data = _ics(
        "UID:x\r\nSUMMARY:Fair\r\nDTSTART;VALUE=DATE:20260310\r\nDTEND;VALUE=DATE:20260310\r\n"
    )
    report = import_ics(store, data, default_zone=ZONE, account_id=add_account(store))
    assert any("one day assumed" in n.text() for n in report.notes)
    assert _days(store, date(2026, 3, 1), date(2026, 4, 1)) == [(date(2026, 3, 10), 1, "Fair")]


# --- export and back ---------------------------------------------------------------------


def _birthday_series(store: Store, account_id: int) -> int:
    """A yearly birthday from 2024 for five years: 2025 moved a day later, 2026 cancelled."""
    starts, ends = all_day.bounds(date(2024, 3, 31), 1, ZONE)
    with store.transaction() as session:
        meeting = Meeting(
            account_id=account_id,
            title="Ana's birthday",
            kind=MeetingKind.OTHER,
            mode=MeetingMode.IN_PERSON,
            starts_at=starts,
            ends_at=ends,
            time_zone=ZONE,
            rrule="FREQ=YEARLY;COUNT=5",
            all_day=True,
        )
        session.add(meeting)
        session.flush()
        moved_from = all_day.midnight(date(2025, 3, 31), ZONE)
        moved = all_day.bounds(date(2025, 4, 1), 1, ZONE)
        session.add_all(
            [
                MeetingException(
                    meeting_id=meeting.id,
                    original_start=moved_from,
                    starts_at=moved[0],
                    ends_at=moved[1],
                ),
                MeetingException(
                    meeting_id=meeting.id,
                    original_start=all_day.midnight(date(2026, 3, 31), ZONE),
                    cancelled=True,
                ),
            ]
        )
        visit = all_day.bounds(date(2026, 10, 28), 3, ZONE)  # a three-day client visit
        session.add(
            Meeting(
                account_id=account_id,
                title="Client visit",
                kind=MeetingKind.REVIEW,
                mode=MeetingMode.IN_PERSON,
                starts_at=visit[0],
                ends_at=visit[1],
                time_zone=ZONE,
                all_day=True,
            )
        )
        return meeting.id


def test_export_writes_dates_with_an_exclusive_end(store: Store) -> None:
    _birthday_series(store, add_account(store))
    text = export_ics(store).decode()
    assert "DTSTART;VALUE=DATE:20240331\r\n" in text
    assert "DTEND;VALUE=DATE:20240401\r\n" in text
    assert "DTSTART;VALUE=DATE:20261028\r\nDTEND;VALUE=DATE:20261031\r\n" in text
    assert "EXDATE;VALUE=DATE:20260331\r\n" in text
    assert "RECURRENCE-ID;VALUE=DATE:20250331\r\n" in text
    assert "BEGIN:VTIMEZONE" not in text  # dates need no zone


def test_a_recurring_all_day_series_expands_as_an_independent_expander_sees_it(
    store: Store,
) -> None:
    _birthday_series(store, add_account(store))
    calendar = icalendar.Calendar.from_ical(export_ics(store))
    theirs = sorted(
        (e["DTSTART"].dt, (e["DTEND"].dt - e["DTSTART"].dt).days, str(e["SUMMARY"]))
        for e in recurring_ical_events.of(calendar).between(date(2020, 1, 1), date(2035, 1, 1))
    )
    assert all(type(d) is date for d, _, _ in theirs)
    ours = _days(store, date(2020, 1, 1), date(2035, 1, 1))
    assert ours == theirs
    assert [d for d, _, t in ours if t == "Ana's birthday"] == [
        date(2024, 3, 31),
        date(2025, 4, 1),
        date(2027, 3, 31),
        date(2028, 3, 31),
    ]


def test_export_then_import_gives_the_same_days(store: Store, tmp_path: Path) -> None:
    _birthday_series(store, add_account(store))
    data = export_ics(store)
    other = open_store(tmp_path / "other.sqlite")
    report = import_ics(other, data, default_zone=ZONE, account_id=add_account(other))
    assert (report.created, report.exceptions) == (2, 2)
    window = (date(2020, 1, 1), date(2035, 1, 1))
    assert _days(other, *window) == _days(store, *window)
    with other.session() as session:
        assert all(session.scalars(select(Meeting.all_day)))
    # …and once more: the second file is the first, but for its time stamps.
    again = export_ics(other).decode().splitlines()
    assert [x for x in again if not x.startswith("DTSTAMP")] == [
        x for x in data.decode().splitlines() if not x.startswith("DTSTAMP")
    ]
    other.close()


def test_an_all_day_series_with_an_until_keeps_its_last_day(store: Store, tmp_path: Path) -> None:
    import_ics(
        store,
        corpus_file("apple_ical3_weekly_until_allday.ics"),
        default_zone=ZONE,
        account_id=add_account(store),
    )
    data = export_ics(store)
    assert "UNTIL=20060930" in data.decode()
    other = open_store(tmp_path / "other.sqlite")
    import_ics(other, data, default_zone=ZONE, account_id=add_account(other))
    window = (date(2006, 8, 1), date(2006, 12, 1))
    assert _days(other, *window) == _days(store, *window)
    other.close()


# --- schema 0005, backups and archives ----------------------------------------------------


def _database_at_0005(path: Path) -> None:
    """A database as the previous version wrote it: meetings, no all-day flag."""
    store = open_store(path)
    account_id = add_account(store)
    for day in (3, 4):
        starts = datetime(2026, 3, day, 9).astimezone()
        with store.transaction() as session:
            session.add(
                Meeting(
                    account_id=account_id,
                    title=f"Review {day}",
                    kind=MeetingKind.REVIEW,
                    mode=MeetingMode.IN_PERSON,
                    starts_at=starts,
                    ends_at=starts + timedelta(hours=1),
                    time_zone=ZONE,
                )
            )
    store.close()
    engine = create_database_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    assert current_revision(engine) == "0005"
    engine.dispose()
    with closing(sqlite3.connect(path)) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(meetings)")]
    assert "all_day" not in columns


def _meetings(path: Path) -> list[tuple[str, bool]]:
    store = open_store(path)
    with store.session() as session:
        found = [
            (m.title, m.all_day) for m in session.scalars(select(Meeting).order_by(Meeting.id))
        ]
    store.close()
    return found


def test_a_0005_database_keeps_every_meeting_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _database_at_0005(path)
    assert _meetings(path) == [("Review 3", False), ("Review 4", False)]


def test_a_0005_backup_and_archive_restore(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    _database_at_0005(old)
    archive = tmp_path / "old.zip"
    write_archive(old, archive)
    target = tmp_path / "restored-from-backup.sqlite"
    open_store(target).close()
    restore_backup(old, target)
    assert _meetings(target) == [("Review 3", False), ("Review 4", False)]
    target = tmp_path / "restored-from-archive.sqlite"
    restore_archive(archive, target)
    assert _meetings(target) == [("Review 3", False), ("Review 4", False)]


def test_the_all_day_flag_goes_through_backup_and_archive(store: Store, tmp_path: Path) -> None:
    _birthday_series(store, add_account(store))
    store.close()
    archive = tmp_path / "now.zip"
    write_archive(store.path, archive)
    restored = tmp_path / "from-archive.sqlite"
    restore_archive(archive, restored)
    assert _meetings(restored) == [("Ana's birthday", True), ("Client visit", True)]
    backed_up = tmp_path / "from-backup.sqlite"
    open_store(backed_up).close()
    restore_backup(store.path, backed_up)
    assert _meetings(backed_up) == [("Ana's birthday", True), ("Client visit", True)]


def test_the_sample_portfolio_shows_visit_days_and_holidays(sample_store: Store) -> None:
    with sample_store.session() as session:
        events = session.scalars(select(Meeting).where(Meeting.all_day)).all()
        spans = [all_day.span(m.starts_at, m.ends_at, m.time_zone) for m in events if not m.rrule]
        assert all(m.starts_at.astimezone(ZoneInfo(m.time_zone)).hour == 0 for m in events)
        yearly = sorted(m.title for m in events if m.rrule)
    # A visit of several days in the week the sample is anchored to, and some after it.
    assert any(first <= AS_OF < first + timedelta(days=n) and n > 1 for first, n in spans)
    assert len(spans) == 3
    assert yearly == ["Boxing Day", "Día de la Constitución", "Thanksgiving Day"]
