"""Importing .ics files: every file of the corpus, zones, accounts, updates and refusals."""

from __future__ import annotations

from datetime import time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import select

from tests.io.ics_helpers import (
    CORPUS,
    add_account,
    add_colleague,
    add_contact,
    corpus_file,
    reference_starts,
    row_counts,
    stored_starts,
    utc,
)
from workbench.domain.enums import AttendeeRole, MeetingKind, MeetingMode
from workbench.io.ics_text import prepare
from workbench.services.calendar_import import IcsRefused, import_ics, match_accounts, read_ics
from workbench.services.progress import Cancelled, Progress
from workbench.store.database import Store
from workbench.store.models import Meeting, MeetingAttendee, MeetingException

ZONE = "Europe/Madrid"

#: What each corpus file must give: meetings created, or a refusal and a phrase of its reason.
EXPECTED: dict[str, int | str] = {
    "apple_ical2_daily_count_exdate.ics": 1,
    "apple_ical3_weekly_until_allday.ics": 1,
    "apple_ios_structured_location.ics": 1,
    "broken_blank_line_mid.ics": "holds no events",
    "broken_double_semicolon_param.ics": "DTSTART cannot be read",
    "broken_mixed_date_datetime_nonascii.ics": 1,
    "broken_rrule_typo_untl.ics": "unknown recurrence rule part 'UNTL'",
    "broken_stray_line.ics": "not valid iCalendar",
    "broken_truncated_no_end.ics": "END:VCALENDAR is missing",
    "broken_utf8_bom_empty.ics": "holds no events",
    "caldav_weekly_count_two_exdates.ics": 1,
    "exchange2010_blank_tzid_attendees.ics": 1,
    "exchange2010_eastern_standard_time.ics": 1,
    "exchange2010_gmt_standard_time_biweekly_overrides.ics": 2,
    "exchange2010_w_europe_tz_daily_exdate.ics": 1,
    "exchange_cdo_request_attendees.ics": 1,
    "google_birthday_recurrence_id_allday.ics": 4,
    "google_broken_empty_exdate.ics": 1,
    "google_community_calendar_export.ics": 58,
    "google_monthly_last_friday_moved.ics": 1,
    "mozilla_argentina_holidays_spanish.ics": 11,
    "outlook11_sydney_weekday_daily.ics": 1,
    "outlook12_cyrillic_tzid.ics": 1,
    "outlook12_kuala_lumpur_weekly_tabfold.ics": 1,
    "outlook12_long_folded_html_desc.ics": 1,
    "thunderbird_daily_until_moved_instances.ics": 2,
    "thunderbird_x_tzinfo_daily_until.ics": 1,
    "windows_display_tzid_brasilia_nonascii.ics": 1,
    "windows_tzid_trailing_colon_weekly_until.ics": 1,
    "zimbra_monthly_byday_rdate_exdate_attendees.ics": 1,
}


def test_every_corpus_file_has_an_expected_outcome() -> None:
    if not CORPUS.exists():
        pytest.skip(f"the iCalendar corpus is not at {CORPUS.resolve()}")
    assert sorted(p.name for p in CORPUS.glob("*.ics")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_is_imported_or_refused_as_expected(store: Store, name: str) -> None:
    data = corpus_file(name)
    account_id = add_account(store)
    earlier = _ics("UID:earlier\r\nSUMMARY:Earlier\r\nDTSTART:20260301T100000Z\r\n")
    import_ics(store, earlier, default_zone=ZONE, account_id=account_id)
    before = row_counts(store)
    expected = EXPECTED[name]
    if isinstance(expected, str):
        with pytest.raises(IcsRefused) as refused:
            import_ics(store, data, default_zone=ZONE, account_id=account_id)
        assert expected in refused.value.problem.text()
        assert row_counts(store) == before, "a refused file writes nothing"
        return
    report = import_ics(store, data, default_zone=ZONE, account_id=account_id)
    assert (report.created, report.updated) == (expected, 0)


#: Files the independent expander cannot read as they are (a broken RDATE or EXDATE that
#: icalendar refuses, a date start with a UTC end it turns into a time): checked by hand.
EXPANDED_BY_HAND = {
    "broken_mixed_date_datetime_nonascii.ics",
    "google_birthday_recurrence_id_allday.ics",
    "google_broken_empty_exdate.ics",
}


@pytest.mark.parametrize(
    "name",
    sorted(n for n, e in EXPECTED.items() if isinstance(e, int) and n not in EXPANDED_BY_HAND),
)
def test_stored_occurrences_match_recurring_ical_events(store: Store, name: str) -> None:
    """Our expansion of what was stored equals an independent expansion of the file."""
    data = corpus_file(name)
    import_ics(store, data, default_zone=ZONE, account_id=add_account(store))
    # Exchange's empty TZID makes icalendar refuse the original; compare with the repaired text.
    calendar = icalendar.Calendar.from_ical(prepare(data).text)
    with store.session() as session:
        first = min(session.scalars(select(Meeting.starts_at)))
    start, end = first - timedelta(days=1), first + timedelta(days=730)
    ours = stored_starts(store, start, end)
    theirs = reference_starts(calendar, start, end, ZONE)
    assert len(ours) == len(theirs)
    assert ours == theirs


def test_a_daily_series_keeps_its_wall_clock_time_and_cancelled_days(store: Store) -> None:
    import_ics(
        store,
        corpus_file("exchange2010_w_europe_tz_daily_exdate.ics"),
        default_zone=ZONE,
        account_id=add_account(store),
    )
    # 14:00 Berlin daily until the 29th (floating UNTIL, read in Berlin); the 27th cancelled.
    assert stored_starts(store, utc(2020, 4, 1), utc(2020, 5, 1)) == [
        utc(2020, 4, 26, 12),
        utc(2020, 4, 28, 12),
    ]


def test_moved_occurrences_and_extra_dates_become_exceptions(store: Store) -> None:
    import_ics(
        store,
        corpus_file("zimbra_monthly_byday_rdate_exdate_attendees.ics"),
        default_zone=ZONE,
        account_id=add_account(store),
    )
    with store.session() as session:
        meeting = session.scalars(select(Meeting)).one()
        exceptions = {e.original_start: e for e in meeting.exceptions}
    assert meeting.rrule == "FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU"
    assert meeting.time_zone == "America/Los_Angeles"
    assert exceptions[utc(2012, 12, 4, 18)].cancelled  # EXDATE 10:00 Los Angeles
    moved = exceptions[utc(2012, 10, 2, 17)]  # RECURRENCE-ID, moved to 15:00
    assert (moved.starts_at, moved.ends_at) == (utc(2012, 10, 2, 22), utc(2012, 10, 2, 22, 30))
    period = exceptions[utc(2023, 11, 25, 9)]  # RDATE;VALUE=PERIOD keeps its own end
    assert (period.starts_at, period.ends_at) == (utc(2023, 11, 25, 9), utc(2023, 11, 25, 12, 30))
    # The RDATE of 5 Nov, then moved to the 6th by a RECURRENCE-ID given in UTC.
    assert exceptions[utc(2012, 11, 5, 18)].starts_at == utc(2012, 11, 7, 4)


def test_an_occurrence_edit_keeps_its_own_title_and_location(store: Store) -> None:
    import_ics(
        store,
        corpus_file("thunderbird_daily_until_moved_instances.ics"),
        default_zone=ZONE,
        account_id=add_account(store),
    )
    with store.session() as session:
        edited = session.scalars(
            select(MeetingException).where(MeetingException.original_start == utc(2019, 3, 19, 3))
        ).one()
    assert (edited.title, edited.location, edited.cancelled) == (
        "test7 - edited",
        "location",
        False,
    )


def test_reimporting_a_file_updates_instead_of_duplicating(store: Store) -> None:
    account_id = add_account(store)
    data = corpus_file("google_community_calendar_export.ics")
    first = import_ics(store, data, default_zone=ZONE, account_id=account_id)
    counts = row_counts(store)
    again = import_ics(store, data, default_zone=ZONE, account_id=account_id)
    assert (again.created, again.updated) == (0, first.created)
    assert row_counts(store) == counts


def test_events_without_uid_get_the_same_uid_every_time(store: Store) -> None:
    data = corpus_file("windows_display_tzid_brasilia_nonascii.ics")
    account_id = add_account(store)
    import_ics(store, data, default_zone=ZONE, account_id=account_id)
    again = import_ics(store, data, default_zone=ZONE, account_id=account_id)
    assert (again.created, again.updated) == (0, 1)


def test_minutes_of_an_occurrence_survive_a_reimport(store: Store) -> None:
    data = corpus_file("thunderbird_x_tzinfo_daily_until.ics")
    account_id = add_account(store)
    import_ics(store, data, default_zone=ZONE, account_id=account_id)
    with store.transaction() as session:
        for exception in session.scalars(select(MeetingException)):
            exception.minutes = f"notes {exception.original_start:%d}"
    import_ics(store, data, default_zone=ZONE, account_id=account_id)
    with store.session() as session:
        assert sorted(session.scalars(select(MeetingException.minutes))) == ["notes 24", "notes 25"]


@pytest.mark.parametrize(
    ("name", "zone", "mapping"),
    [
        ("exchange2010_eastern_standard_time.ics", "America/New_York", "Eastern Standard Time"),
        ("windows_tzid_trailing_colon_weekly_until.ics", "America/Los_Angeles", "Pacific Stand"),
        ("outlook11_sydney_weekday_daily.ics", "Australia/Sydney", "Canberra, Melbourne, Sydney"),
        ("outlook12_kuala_lumpur_weekly_tabfold.ics", "Asia/Singapore", "Kuala Lumpur, Singap"),
        ("exchange_cdo_request_attendees.ics", "America/Tijuana", "Pacific Time (US & Canada)"),
        ("windows_display_tzid_brasilia_nonascii.ics", "America/Sao_Paulo", "Brasília"),
        ("outlook12_cyrillic_tzid.ics", "Asia/Yekaterinburg", "Екатеринбург"),
        ("outlook12_long_folded_html_desc.ics", "UTC", None),
        ("exchange2010_blank_tzid_attendees.ics", ZONE, None),
    ],
)
def test_windows_and_odd_zones_are_read_as_iana_zones(
    name: str, zone: str, mapping: str | None
) -> None:
    calendar = read_ics(corpus_file(name), default_zone=ZONE)
    assert {e.time_zone for e in calendar.events} == {zone}
    notes = [p.text() for p in calendar.zones]
    if mapping is not None:
        assert any(mapping in n and f"read as {zone}" in n for n in notes), notes


def test_floating_times_are_read_in_the_default_zone() -> None:
    data = corpus_file("exchange2010_blank_tzid_attendees.ics")
    madrid = read_ics(data, default_zone="Europe/Madrid").events[0]
    tokyo = read_ics(data, default_zone="Asia/Tokyo").events[0]
    assert madrid.starts_at == utc(2015, 8, 26, 7)  # 09:00 in Madrid (summer time)
    assert tokyo.starts_at == utc(2015, 8, 26, 0)


def test_missing_pieces_get_defaults_with_a_note() -> None:
    calendar = read_ics(corpus_file("outlook12_cyrillic_tzid.ics"), default_zone=ZONE)
    event = calendar.events[0]
    assert event.title == "Untitled meeting"
    assert event.ends_at == event.starts_at + timedelta(hours=1)
    assert any("has no end; one hour assumed" in p.text() for p in calendar.notes)
    apple = read_ics(corpus_file("apple_ical2_daily_count_exdate.ics"), default_zone=ZONE)
    assert apple.events[0].ends_at == apple.events[0].starts_at + timedelta(hours=1)  # DURATION


def test_all_day_events_of_a_mixed_file_come_in_as_whole_days() -> None:
    calendar = read_ics(corpus_file("google_community_calendar_export.ics"), default_zone=ZONE)
    assert calendar.skipped == 0
    whole = [e for e in calendar.events if e.all_day]
    assert len(whole) == 3
    assert all(e.starts_at.astimezone(ZoneInfo(ZONE)).time() == time(0) for e in whole)


def test_a_conference_link_makes_the_meeting_virtual() -> None:
    event = read_ics(corpus_file("outlook12_long_folded_html_desc.ics"), default_zone=ZONE).events[
        0
    ]
    assert event.mode is MeetingMode.VIRTUAL
    assert event.link is not None and event.link.startswith("https://www.livemeeting.com/cc/")
    assert event.title == "Session #6: Signature distribution overview"
    # A link to a web page in the description is not a meeting room.
    karaoke = read_ics(corpus_file("google_monthly_last_friday_moved.ics"), default_zone=ZONE)
    assert karaoke.events[0].mode is MeetingMode.IN_PERSON


def test_a_cancelled_event_is_not_a_meeting() -> None:
    text = _ics("SUMMARY:Call\r\nSTATUS:CANCELLED\r\nDTSTART:20260301T100000Z\r\n")
    with pytest.raises(IcsRefused) as refused:
        read_ics(text, default_zone=ZONE)
    assert "they are all cancelled" in refused.value.problem.text()


def test_control_characters_are_dropped_and_a_title_of_them_alone_is_untitled(
    store: Store,
) -> None:
    # Found by the .ics fuzzer: SUMMARY of a NUL alone failed the database's "not blank"
    # check (SQLite reads text up to its first NUL) instead of importing.
    text = _ics("SUMMARY:\x00\r\nLOCATION:Sala\x07 2\r\nDTSTART:20260301T100000Z\r\n")
    event = read_ics(text, default_zone=ZONE).events[0]
    assert (event.title, event.location) == ("Untitled meeting", "Sala 2")
    account = add_account(store, "Company")
    assert import_ics(store, text, default_zone=ZONE, account_id=account).created == 1
    with store.session() as session:
        assert session.scalars(select(Meeting.title)).one() == "Untitled meeting"


def test_kind_follows_the_title() -> None:
    text = _ics("SUMMARY:Q3 QBR with Acme\r\nDTSTART:20260301T100000Z\r\n")
    assert read_ics(text, default_zone=ZONE).events[0].kind is MeetingKind.QBR


def test_events_go_to_the_account_of_their_attendees_domain(store: Store) -> None:
    other = add_account(store, "Other", domain="elsewhere.com")
    company = add_account(store, "Company", domain="company.com")
    report = import_ics(
        store, corpus_file("exchange2010_blank_tzid_attendees.ics"), default_zone=ZONE
    )
    assert report.created == 1
    with store.session() as session:
        assert session.scalars(select(Meeting.account_id)).one() == company != other


def test_a_contacts_exact_address_beats_the_domain(store: Store) -> None:
    add_account(store, "Company", domain="company.com")
    reseller = add_account(store, "Reseller")
    sam = add_contact(store, reseller, "Sam@Company.com")
    data = corpus_file("exchange2010_blank_tzid_attendees.ics")
    calendar = read_ics(data, default_zone=ZONE)
    assert match_accounts(store, calendar) == {"t21ocubdt9jagerldbkak7uhcg@google.com": reseller}
    import_ics(store, data, default_zone=ZONE)
    with store.session() as session:
        attendee = session.scalars(select(MeetingAttendee)).one()
    assert (attendee.contact_id, attendee.role) == (sam, AttendeeRole.REQUIRED)


def test_our_own_domain_does_not_choose_an_account(store: Store) -> None:
    add_account(store, "Company", domain="company.com")
    add_colleague(store, "roberts@company.com", me=True)
    with pytest.raises(IcsRefused) as refused:
        import_ics(store, corpus_file("exchange2010_blank_tzid_attendees.ics"), default_zone=ZONE)
    assert "--account" in refused.value.problem.text()
    assert row_counts(store)["meetings"] == 0


def test_unmatched_events_refuse_the_file_unless_an_account_is_given(store: Store) -> None:
    data = corpus_file("thunderbird_daily_until_moved_instances.ics")
    account_id = add_account(store, domain="company.com")
    with pytest.raises(IcsRefused) as refused:
        import_ics(store, data, default_zone=ZONE)
    assert "No account matches the attendees of 2 event(s)" in refused.value.problem.text()
    assert import_ics(store, data, default_zone=ZONE, account_id=account_id).created == 2


def test_attendees_are_contacts_or_colleagues_and_the_rest_is_listed(store: Store) -> None:
    account_id = add_account(store)
    contact = add_contact(store, account_id, "sam@company.com")
    colleague = add_colleague(store, "Roberts@company.com")
    text = _ics(
        "SUMMARY:Review\r\nDTSTART:20260301T100000Z\r\n"
        "ORGANIZER:mailto:roberts@company.com\r\n"
        "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Sam:mailto:SAM@company.com\r\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:stranger@else.org\r\n"
    )
    report = import_ics(store, text, default_zone=ZONE, account_id=account_id)
    with store.session() as session:
        attendees = {
            (a.contact_id, a.colleague_id, a.role) for a in session.scalars(select(MeetingAttendee))
        }
    assert attendees == {
        (None, colleague, AttendeeRole.REQUIRED),
        (contact, None, AttendeeRole.OPTIONAL),
    }
    assert report.unknown_addresses == ["stranger@else.org"]


def test_a_start_outside_the_rule_is_kept_as_an_extra_date(store: Store) -> None:
    # RFC 5545: DTSTART is an occurrence even when the rule (Mondays) does not produce it.
    text = _ics(
        "SUMMARY:Weekly\r\nDTSTART;TZID=Europe/Madrid:20260303T100000\r\n"
        "DTEND;TZID=Europe/Madrid:20260303T110000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=2\r\n"
    )
    import_ics(store, text, default_zone=ZONE, account_id=add_account(store))
    assert stored_starts(store, utc(2026, 3, 1), utc(2026, 4, 1)) == [
        utc(2026, 3, 3, 9),
        utc(2026, 3, 9, 9),
        utc(2026, 3, 16, 9),
    ]


def test_an_occurrence_of_a_series_in_the_database_updates_that_series(store: Store) -> None:
    account_id = add_account(store)
    series = _ics(
        "UID:series-1\r\nSUMMARY:Weekly\r\nDTSTART:20260302T090000Z\r\n"
        "DTEND:20260302T100000Z\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\n"
    )
    moved = _ics(
        "UID:series-1\r\nSUMMARY:Weekly\r\nRECURRENCE-ID:20260309T090000Z\r\n"
        "DTSTART:20260310T090000Z\r\nDTEND:20260310T100000Z\r\n"
    )
    import_ics(store, series, default_zone=ZONE, account_id=account_id)
    report = import_ics(store, moved, default_zone=ZONE)  # its account comes from the series
    assert (report.created, report.updated, report.exceptions) == (0, 1, 1)
    assert utc(2026, 3, 10, 9) in stored_starts(store, utc(2026, 3, 1), utc(2026, 4, 1))


def test_an_occurrence_without_its_series_is_a_meeting_of_its_own(store: Store) -> None:
    moved = _ics(
        "UID:lost\r\nSUMMARY:Weekly\r\nRECURRENCE-ID:20260309T090000Z\r\n"
        "DTSTART:20260310T090000Z\r\nDTEND:20260310T100000Z\r\n"
    )
    account_id = add_account(store)
    report = import_ics(store, moved, default_zone=ZONE, account_id=account_id)
    assert report.created == 1
    assert any("neither in the file nor in the database" in p.text() for p in report.notes)
    again = import_ics(store, moved, default_zone=ZONE, account_id=account_id)
    assert (again.created, again.updated) == (0, 1)


def test_an_unknown_zone_without_a_definition_refuses_the_file() -> None:
    text = _ics("SUMMARY:Call\r\nDTSTART;TZID=Mars Standard Time:20260301T100000\r\n")
    with pytest.raises(IcsRefused) as refused:
        read_ics(text, default_zone=ZONE)
    assert "“Mars Standard Time”" in refused.value.problem.text()


def test_refusal_messages_are_translatable_templates() -> None:
    with pytest.raises(IcsRefused) as refused:
        read_ics(corpus_file("broken_rrule_typo_untl.ics"), default_zone=ZONE)
    problem = refused.value.problem
    assert problem.context == "ics" and problem.field == "RRULE"
    assert "{title}" in problem.message and problem.params["title"] == "blabla"
    assert problem.params["line"] == 2


def test_text_that_is_not_icalendar_is_refused_not_a_crash() -> None:
    for data in (b"", b"\x00\xff garbage", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", "Año".encode()):
        with pytest.raises(IcsRefused):
            read_ics(data, default_zone=ZONE)


def test_cancelling_an_import_leaves_nothing(store: Store) -> None:
    account_id = add_account(store)
    progress = Progress(lambda done, _total, _title: progress.cancel() if done == 3 else None)
    with pytest.raises(Cancelled):
        import_ics(
            store,
            corpus_file("google_community_calendar_export.ics"),
            default_zone=ZONE,
            account_id=account_id,
            progress=progress,
        )
    assert row_counts(store) == {"meetings": 0, "meeting_exceptions": 0, "meeting_attendees": 0}


def _ics(event_lines: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        + event_lines
        + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


# --- hostile files: refused whole, naming the limit, nothing written ------------------------


def _zone_file(rule: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "BEGIN:VTIMEZONE\r\nTZID:Hostile Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\n"
        f"RRULE:{rule}\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
        "END:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:zone@test\r\nSUMMARY:Call\r\n"
        "DTSTART;TZID=Hostile Time:20260301T100000\r\nDTEND;TZID=Hostile Time:20260301T110000\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("data", "limit"),
    [
        (_ics("SUMMARY:Tick\r\nDTSTART:20260301T100000Z\r\nRRULE:FREQ=SECONDLY\r\n"), "daily"),
        (_ics("SUMMARY:Tick\r\nDTSTART:20260301T100000Z\r\nRRULE:FREQ=MINUTELY\r\n"), "daily"),
        (_ics("SUMMARY:Tick\r\nDTSTART:20260301T100000Z\r\nRRULE:FREQ=HOURLY\r\n"), "daily"),
        (
            _ics(
                "SUMMARY:Many\r\nDTSTART:20260301T100000Z\r\nRRULE:FREQ=DAILY;COUNT=100000000\r\n"
            ),
            "1–1000",
        ),
        (
            _ics("SUMMARY:Still\r\nDTSTART:20260301T100000Z\r\nRRULE:FREQ=DAILY;INTERVAL=0\r\n"),
            "1–999",
        ),
        (
            _ics(
                "SUMMARY:Far\r\nDTSTART:20260301T100000Z\r\n"
                "RRULE:FREQ=DAILY;UNTIL=99991231T000000Z\r\n"
            ),
            "1900–2200",
        ),
        (
            _ics(
                "SUMMARY:Never\r\nDTSTART:20260301T100000Z\r\n"
                "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30\r\n"
            ),
            "produces no date",
        ),
        (_ics("SUMMARY:Old\r\nDTSTART:00010101T100000Z\r\n"), "1900–2200"),
        (_ics("SUMMARY:Old\r\nDTSTART:00010101T100000\r\n"), "1900–2200"),
        (_ics("SUMMARY:Late\r\nDTSTART:99991231T100000Z\r\n"), "1900–2200"),
        (_ics("SUMMARY:Long\r\nDTSTART:20260301T100000Z\r\nDURATION:P99999999D\r\n"), "1900"),
        (
            _ics(
                "SUMMARY:Gone\r\nDTSTART:20260301T100000Z\r\nRRULE:FREQ=DAILY\r\n"
                "EXDATE:00010101T100000Z\r\n"
            ),
            "1900–2200",
        ),
        (
            _ics(
                "SUMMARY:Gone\r\nDTSTART:20260301T100000Z\r\nRRULE:FREQ=DAILY\r\nEXDATE:"
                + ",".join(
                    f"{y}{m:02}{d:02}T100000Z"
                    for y in (2026, 2027, 2028)
                    for m in range(1, 13)
                    for d in range(1, 29)
                )
                + "\r\n"
            ),
            "at most 1000",
        ),
        (_zone_file("FREQ=SECONDLY"), "only yearly"),
        (_zone_file("FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR"), "more than 2500"),
        (_zone_file("FREQ=YEARLY;COUNT=100000000"), "1–1000"),
        (_zone_file("FREQ=YEARLY;BYHOUR=1,2;BYMONTH=10;BYDAY=-1SU"), "one value"),
    ],
)
def test_a_hostile_file_is_refused_naming_the_limit_and_nothing_is_written(
    store: Store, data: bytes, limit: str
) -> None:
    account_id = add_account(store)
    with pytest.raises(IcsRefused) as refused:
        import_ics(store, data, default_zone=ZONE, account_id=account_id)
    assert limit in refused.value.problem.text()
    assert refused.value.problem.context == "ics"
    assert row_counts(store) == {"meetings": 0, "meeting_exceptions": 0, "meeting_attendees": 0}


def test_a_time_zone_with_a_yearly_rule_from_1601_is_still_read() -> None:
    calendar = read_ics(_zone_file("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"), default_zone=ZONE)
    assert calendar.events[0].starts_at.year == 2026


def test_an_import_names_what_the_calendar_and_dashboard_read_again() -> None:
    from workbench.services.calendar import SHOWN_READS, HeldSeries
    from workbench.services.calendar_import import CHANGES

    assert CHANGES.touches(*HeldSeries.READS) and CHANGES.touches(*SHOWN_READS)
    assert {"meetings", "meeting_attendees", "meeting_exceptions"} == CHANGES.tables
