from __future__ import annotations

from datetime import UTC, datetime

from workbench.domain.recurrence import next_occurrence


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
