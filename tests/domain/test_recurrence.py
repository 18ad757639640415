from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from workbench.domain.recurrence import (
    Frequency,
    MonthlyBy,
    Override,
    Pattern,
    RuleError,
    expand,
    generates,
    last_start,
    next_occurrence,
    normalise_rule,
)


def test_weekly_meeting_keeps_local_time_across_daylight_saving() -> None:
    # Mondays 09:00 Madrid: 07:00 UTC in summer, 08:00 UTC after the October change.
    first = datetime(2026, 10, 19, 7, tzinfo=UTC)
    after = datetime(2026, 10, 27, tzinfo=UTC)
    assert next_occurrence("FREQ=WEEKLY;BYDAY=MO", first, "Europe/Madrid", after) == datetime(
        2026, 11, 2, 8, tzinfo=UTC
    )


def test_cancelled_occurrences_are_skipped_and_ended_series_give_none() -> None:
    first = datetime(2026, 1, 6, 9, tzinfo=UTC)  # Tuesdays 09:00 London (winter = UTC)
    after = datetime(2026, 1, 10, tzinfo=UTC)
    cancelled = {datetime(2026, 1, 13, 9, tzinfo=UTC)}
    rule = "FREQ=WEEKLY;BYDAY=TU;COUNT=3"
    assert next_occurrence(rule, first, "Europe/London", after, cancelled) == datetime(
        2026, 1, 20, 9, tzinfo=UTC
    )
    assert next_occurrence(rule, first, "Europe/London", datetime(2026, 1, 21, tzinfo=UTC)) is None


def test_monthly_first_weekday_rule() -> None:
    first = datetime(2026, 2, 3, 15, tzinfo=UTC)  # first Tuesday, 10:00 New York
    after = datetime(2026, 3, 4, tzinfo=UTC)
    assert next_occurrence("FREQ=MONTHLY;BYDAY=1TU", first, "America/New_York", after) == datetime(
        2026,
        4,
        7,
        14,
        tzinfo=UTC,  # EDT from 8 March: 10:00 is 14:00 UTC
    )


# --- expansion over a window -------------------------------------------------------------

YEAR = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def _local(zone: str, *args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def _starts(rule: str, first: datetime, zone: str, overrides=None, window=YEAR) -> list[datetime]:
    found = expand(rule, first, first + timedelta(hours=1), zone, *window, overrides)
    return [o.starts_at for o in found]


def test_weekly_on_two_days_with_count() -> None:
    first = _local("Europe/Madrid", 2026, 3, 2, 9)  # a Monday
    starts = _starts("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5", first, "Europe/Madrid")
    madrid = [s.astimezone(ZoneInfo("Europe/Madrid")) for s in starts]
    assert [d.date() for d in madrid] == [
        date(2026, 3, 2),
        date(2026, 3, 5),
        date(2026, 3, 9),
        date(2026, 3, 12),
        date(2026, 3, 16),
    ]
    assert {d.hour for d in madrid} == {9}


def test_every_other_week_until_a_date() -> None:
    first = _local("Europe/Madrid", 2026, 1, 7, 10)  # Wednesday
    rule = normalise_rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20260304", "Europe/Madrid")
    assert rule.endswith("UNTIL=20260304T225959Z")  # the whole local day of 4 March
    starts = _starts(rule, first, "Europe/Madrid")
    assert [s.date() for s in starts] == [
        date(2026, 1, 7),
        date(2026, 1, 21),
        date(2026, 2, 4),
        date(2026, 2, 18),
        date(2026, 3, 4),
    ]
    assert last_start(rule, first, "Europe/Madrid") == starts[-1]


def test_monthly_on_the_last_friday() -> None:
    first = _local("Europe/Berlin", 2026, 1, 30, 16)
    starts = _starts("FREQ=MONTHLY;BYDAY=-1FR;COUNT=4", first, "Europe/Berlin")
    assert [s.astimezone(ZoneInfo("Europe/Berlin")).date() for s in starts] == [
        date(2026, 1, 30),
        date(2026, 2, 27),
        date(2026, 3, 27),
        date(2026, 4, 24),
    ]


@pytest.mark.parametrize(
    ("zone", "week", "summer_utc_hour", "winter_utc_hour"),
    [
        # Europe changes on the last Sunday of October (25 Oct 2026).
        ("Europe/Madrid", (2026, 10, 19), 7, 8),
        # The United States change a week later, on 1 November 2026.
        ("America/New_York", (2026, 10, 26), 13, 14),
    ],
)
def test_daily_meeting_keeps_nine_oclock_through_the_daylight_saving_week(
    zone: str, week: tuple[int, int, int], summer_utc_hour: int, winter_utc_hour: int
) -> None:
    first = _local(zone, *week, 9)
    found = expand(
        "FREQ=DAILY;COUNT=10",
        first,
        first + timedelta(minutes=45),
        zone,
        *YEAR,
    )
    local = [o.starts_at.astimezone(ZoneInfo(zone)) for o in found]
    assert {d.hour for d in local} == {9}
    assert len(found) == 10
    utc_hours = [o.starts_at.hour for o in found]
    assert utc_hours[0] == summer_utc_hour and utc_hours[-1] == winter_utc_hour
    assert all(o.ends_at - o.starts_at == timedelta(minutes=45) for o in found)


def test_exdate_removes_and_an_override_moves_one_occurrence() -> None:
    zone = "Europe/Madrid"
    first = _local(zone, 2026, 11, 2, 9)
    cancelled = _local(zone, 2026, 11, 9, 9)
    moved_from = _local(zone, 2026, 11, 16, 9)
    moved_to = _local(zone, 2026, 11, 17, 12)
    overrides = {
        cancelled: Override(cancelled=True),
        moved_from: Override(False, moved_to, moved_to + timedelta(hours=2)),
    }
    found = expand("FREQ=WEEKLY;COUNT=4", first, first + timedelta(hours=1), zone, *YEAR, overrides)
    assert [o.starts_at for o in found] == [first, moved_to, _local(zone, 2026, 11, 23, 9)]
    moved = found[1]
    assert moved.moved and moved.original_start == moved_from
    assert moved.ends_at - moved.starts_at == timedelta(hours=2)


def test_an_occurrence_moved_into_the_window_is_found_and_one_moved_out_is_not() -> None:
    zone = "UTC"
    first = datetime(2026, 1, 5, 9, tzinfo=UTC)
    original = datetime(2026, 1, 12, 9, tzinfo=UTC)
    new_start = datetime(2026, 2, 3, 10, tzinfo=UTC)
    overrides = {original: Override(False, new_start, new_start + timedelta(hours=1))}
    january = (datetime(2026, 1, 10, tzinfo=UTC), datetime(2026, 1, 15, tzinfo=UTC))
    february = (datetime(2026, 2, 3, tzinfo=UTC), datetime(2026, 2, 4, tzinfo=UTC))
    assert _starts("FREQ=WEEKLY", first, zone, overrides, january) == []
    assert _starts("FREQ=WEEKLY", first, zone, overrides, february) == [new_start]


def test_extra_dates_are_occurrences_too() -> None:
    first = datetime(2026, 1, 6, 9, tzinfo=UTC)
    extra = datetime(2026, 1, 8, 15, tzinfo=UTC)
    found = expand(
        "FREQ=WEEKLY;COUNT=2",
        first,
        first + timedelta(hours=1),
        "UTC",
        *YEAR,
        {extra: Override(False, extra, extra + timedelta(hours=1))},
    )
    assert [o.starts_at for o in found] == [first, extra, datetime(2026, 1, 13, 9, tzinfo=UTC)]
    assert not found[1].moved
    assert not generates("FREQ=WEEKLY;COUNT=2", first, "UTC", extra)


def test_a_meeting_that_began_before_the_window_still_overlaps_it() -> None:
    first = datetime(2026, 1, 5, 23, tzinfo=UTC)
    found = expand(
        "FREQ=DAILY;COUNT=3",
        first,
        first + timedelta(hours=2),
        "UTC",
        datetime(2026, 1, 6, 0, 30, tzinfo=UTC),
        datetime(2026, 1, 6, 12, tzinfo=UTC),
    )
    assert [o.starts_at for o in found] == [first]


@pytest.mark.parametrize(
    ("rule", "phrase"),
    [
        ("FREQ=WEEKLY;UNTL=20191023", "UNTL"),
        ("BYDAY=MO", "FREQ"),
        ("FREQ=WEEKLY;COUNT=2;UNTIL=20260101", "both"),
        ("FREQ=WEEKLY;UNTIL=tomorrow", "UNTIL"),
        ("FREQ=WEEKLY;BYDAY=XX", "cannot be read"),
    ],
)
def test_unreadable_rules_are_refused_with_the_part_named(rule: str, phrase: str) -> None:
    with pytest.raises(RuleError, match=phrase):
        normalise_rule(rule, "Europe/Madrid")


def test_patterns_round_trip_through_rules() -> None:
    zone = ZoneInfo("Europe/Madrid")
    first = datetime(2026, 11, 27, 10, tzinfo=zone)  # the last Friday of November
    cases = [
        Pattern(Frequency.WEEKLY, 2, (0, 3), until=date(2027, 3, 1)),
        Pattern(Frequency.MONTHLY, 1, (), MonthlyBy.WEEKDAY, count=6),
        Pattern(Frequency.MONTHLY, 3, (), MonthlyBy.DATE),
    ]
    for pattern in cases:
        rule = pattern.to_rule(first)
        assert Pattern.from_rule(rule, "Europe/Madrid") == pattern
    assert "BYDAY=-1FR" in cases[1].to_rule(first)
    assert Pattern.from_rule("FREQ=DAILY;BYHOUR=9", "UTC") is None
