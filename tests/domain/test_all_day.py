"""Whole days stored as midnights: their days survive daylight-saving changes and zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from workbench.domain import all_day


def test_bounds_are_midnights_in_the_events_zone() -> None:
    starts, ends = all_day.bounds(date(2026, 3, 28), 2, "Europe/Madrid")
    assert starts == datetime(2026, 3, 27, 23, tzinfo=UTC)  # CET, UTC+1
    assert ends == datetime(2026, 3, 29, 22, tzinfo=UTC)  # CEST from the 29th, UTC+2
    assert all_day.span(starts, ends, "Europe/Madrid") == (date(2026, 3, 28), 2)


def test_an_occurrence_expanded_across_a_clock_change_still_covers_one_day() -> None:
    """A yearly series keeps its first length in UTC: 24 h, though 29 March lasts 23 h."""
    starts = all_day.midnight(date(2026, 3, 29), "Europe/Madrid")
    ends = starts + timedelta(hours=24)
    assert all_day.days_of(starts, ends, "Europe/Madrid") == [date(2026, 3, 29)]
    assert all_day.last_day(starts, ends, "Europe/Madrid") == date(2026, 3, 29)


def test_the_days_are_read_in_the_events_zone_not_the_viewers() -> None:
    starts, ends = all_day.bounds(date(2026, 12, 8), 3, "Asia/Tokyo")
    assert starts.date() == date(2026, 12, 7)  # in UTC it began the evening before
    assert all_day.days_of(starts, ends, "Asia/Tokyo") == [
        date(2026, 12, 8),
        date(2026, 12, 9),
        date(2026, 12, 10),
    ]


def test_an_empty_or_inverted_span_still_covers_its_first_day() -> None:
    starts = all_day.midnight(date(2026, 1, 5), "UTC")
    assert all_day.span(starts, starts, "UTC") == (date(2026, 1, 5), 1)
    assert all_day.bounds(date(2026, 1, 5), 0, "UTC")[1] - starts == timedelta(days=1)
