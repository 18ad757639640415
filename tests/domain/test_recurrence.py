from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr

from workbench.domain.recurrence import (
    HORIZON_YEAR,
    MAX_COUNT,
    MAX_OCCURRENCES,
    WEEKDAYS,
    Frequency,
    MonthlyBy,
    Override,
    Pattern,
    RuleError,
    expand,
    first_start_problem,
    generated_among,
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


# --- limits: no rule can make expansion run away -------------------------------------------


@pytest.mark.parametrize("frequency", ["SECONDLY", "MINUTELY", "HOURLY"])
def test_rules_repeating_more_often_than_daily_are_refused(frequency: str) -> None:
    with pytest.raises(RuleError, match=f"at most daily, not {frequency}"):
        normalise_rule(f"FREQ={frequency}", "Europe/Madrid")


@pytest.mark.parametrize(
    ("rule", "limit"),
    [
        ("FREQ=DAILY;INTERVAL=0", "1–999"),
        ("FREQ=DAILY;INTERVAL=-3", "1–999"),
        ("FREQ=WEEKLY;INTERVAL=1000", "1–999"),
        ("FREQ=DAILY;COUNT=100000000", "1–1000"),
        ("FREQ=DAILY;COUNT=0", "1–1000"),
        ("FREQ=DAILY;UNTIL=99991231T000000Z", "1900–2200"),
        ("FREQ=DAILY;UNTIL=00010101", "1900–2200"),
        ("FREQ=DAILY;BYHOUR=9,10", "one value"),
        ("FREQ=DAILY;COUNT=1e9", "whole number"),
    ],
)
def test_rules_past_a_limit_are_refused_naming_it(rule: str, limit: str) -> None:
    with pytest.raises(RuleError, match=limit):
        normalise_rule(rule, "Europe/Madrid")


def test_rule_refusals_are_translatable_templates() -> None:
    with pytest.raises(RuleError) as refused:
        normalise_rule("FREQ=DAILY;COUNT=5000", "UTC")
    assert refused.value.context == "recurrence"
    assert "{high}" in refused.value.template and refused.value.values["high"] == 1000


def test_a_rule_that_never_produces_a_date_is_reported() -> None:
    first = datetime(2026, 1, 5, 9, tzinfo=UTC)
    assert first_start_problem("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", first, "UTC") is not None
    assert first_start_problem("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", first, "UTC") is None


WHOLE_TIME = (datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC))


@pytest.mark.parametrize(
    ("rule", "most"),
    [
        ("FREQ=DAILY;COUNT=100000000", MAX_COUNT),
        ("FREQ=DAILY;UNTIL=99991231T000000Z", MAX_OCCURRENCES),
        ("FREQ=DAILY", MAX_OCCURRENCES),
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", 0),
        ("FREQ=MONTHLY;BYSETPOS=40;BYDAY=MO", 0),
        ("FREQ=YEARLY;INTERVAL=999999999999", 1),
    ],
)
def test_a_stored_rule_past_the_limits_still_expands_boundedly(rule: str, most: int) -> None:
    # Rules an older version or raw SQL may have stored: expansion is cut, never endless.
    first = datetime(2026, 1, 5, 9, tzinfo=UTC)
    found = expand(rule, first, first + timedelta(hours=1), "UTC", *WHOLE_TIME)
    assert len(found) == most
    assert all(o.starts_at.year <= HORIZON_YEAR for o in found)
    march = datetime(2026, 3, 1, tzinfo=UTC)
    assert len(expand(rule, first, first, "UTC", march, march + timedelta(days=31))) <= 31 * 24
    next_occurrence(rule, first, "Europe/Madrid", march)
    assert generates(rule, first, "Europe/Madrid", first) == (most > 0)


@pytest.mark.parametrize(
    ("rule", "first"),
    [
        ("FREQ=SECONDLY", datetime(2026, 1, 5, 9, tzinfo=UTC)),
        ("FREQ=MINUTELY;COUNT=100000000", datetime(2026, 1, 5, 9, tzinfo=UTC)),
        ("FREQ=DAILY;INTERVAL=0", datetime(2026, 1, 5, 9, tzinfo=UTC)),
        ("FREQ=DAILY;BYHOUR=9,10", datetime(2026, 1, 5, 9, tzinfo=UTC)),
        ("FREQ=DAILY", datetime(1, 1, 1, 9, tzinfo=UTC)),
        ("FREQ=DAILY", datetime(9999, 1, 1, 9, tzinfo=UTC)),
    ],
)
def test_a_stored_rule_that_cannot_be_expanded_is_a_rule_error(rule: str, first: datetime) -> None:
    march = datetime(2026, 3, 1, tzinfo=UTC)
    with pytest.raises(RuleError):
        expand(rule, first, first, "Europe/Madrid", march, march + timedelta(days=31))
    with pytest.raises(RuleError):
        next_occurrence(rule, first, "Europe/Madrid", march)


def test_a_stored_end_years_away_does_not_overflow() -> None:
    first = datetime(2026, 1, 5, 9, tzinfo=UTC)
    end = datetime.max.replace(tzinfo=UTC)
    march = datetime(2026, 3, 1, tzinfo=UTC)
    found = expand("FREQ=WEEKLY", first, end, "UTC", march, march + timedelta(days=7))
    assert found  # each occurrence is cut to a year, so weeks before still overlap


def test_expansion_from_the_window_matches_dateutil_from_the_first_start() -> None:
    # Expansion starts at the period before the window; it must give what walking
    # every occurrence from the first start gives, interval phase and DST included.
    rng = random.Random(5545)
    zones = ["Europe/Madrid", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"]
    for _ in range(120):
        frequency = rng.choice(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"])
        parts = [f"FREQ={frequency}", f"INTERVAL={rng.randint(1, 7)}"]
        if frequency in ("DAILY", "WEEKLY") and rng.random() < 0.5:
            parts.append("BYDAY=" + ",".join(rng.sample(list(WEEKDAYS), rng.randint(1, 3))))
        elif frequency in ("MONTHLY", "YEARLY") and rng.random() < 0.5:
            parts.append(f"BYDAY={rng.choice(['1', '2', '-1'])}{rng.choice(['MO', 'FR'])}")
        elif frequency in ("MONTHLY", "YEARLY") and rng.random() < 0.5:
            parts.append(f"BYMONTHDAY={rng.choice([1, 15, 31, -1, 29])}")
        if rng.random() < 0.2:
            parts.append(f"WKST={rng.choice(['MO', 'SU', 'WE'])}")
        if rng.random() < 0.3:
            parts.append(f"COUNT={rng.randint(1, 60)}")
        elif rng.random() < 0.4:
            parts.append(f"UNTIL={rng.randint(2026, 2030)}{rng.randint(1, 12):02}15T120000Z")
        zone = rng.choice(zones)
        rule = normalise_rule(";".join(parts), zone)
        first = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(minutes=15 * rng.randint(0, 86_400))
        length = timedelta(minutes=rng.choice([30, 60, 26 * 60]))
        start = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=rng.randint(0, 2000))
        end = start + timedelta(days=rng.randint(1, 120))
        local = ZoneInfo(zone)
        walked = rrulestr(rule, dtstart=first.astimezone(local))
        expected = [
            moment.astimezone(UTC)
            for moment in walked.between(
                (start - length).astimezone(local), end.astimezone(local), inc=True
            )
        ]
        expected = [m for m in expected if m + length > start and m < end]
        found = expand(rule, first, first + length, zone, start, end)
        assert [o.starts_at for o in found] == expected, (rule, zone, first, start)
        after = walked.after(start.astimezone(local))
        assert next_occurrence(rule, first, zone, start) == (
            after.astimezone(UTC) if after else None
        )


def test_the_editor_pattern_refuses_what_rules_refuse() -> None:
    first = datetime(2026, 1, 5, 9, tzinfo=ZoneInfo("Europe/Madrid"))
    with pytest.raises(RuleError, match="1 and 999"):
        Pattern(Frequency.WEEKLY, 1000).to_rule(first)
    with pytest.raises(RuleError, match="1 and 1000"):
        Pattern(Frequency.WEEKLY, count=1001).to_rule(first)
    with pytest.raises(RuleError, match="1900–2200"):
        Pattern(Frequency.MONTHLY, until=date(2300, 1, 1)).to_rule(first)


def test_which_of_many_moments_a_rule_produces_is_found_in_one_walk() -> None:
    first = datetime(2024, 2, 29, 9, tzinfo=UTC)  # leap days that fall on a Thursday
    rule = "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=TH"
    moments = [first + timedelta(days=d) for d in range(0, 20_000, 97)]
    moments += [datetime(2052, 2, 29, 9, tzinfo=UTC), datetime(2056, 2, 29, 9, tzinfo=UTC)]
    found = generated_among(rule, first, "UTC", moments)
    assert found == {m for m in moments if generates(rule, first, "UTC", m)}
    assert found == {first, datetime(2052, 2, 29, 9, tzinfo=UTC)}
