"""Response-time deadlines (hours, calendar and business days) and their compliance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from workbench.domain.enums import Severity
from workbench.domain.incidents import (
    Compliance,
    IncidentTimes,
    ReportingPeriod,
    ResponseTargets,
    TargetKind,
    business_days,
    days,
    hours,
    response_compliance,
)

MADRID = ZoneInfo("Europe/Madrid")
TOKYO = ZoneInfo("Asia/Tokyo")
ACK, RESOLVE = TargetKind.ACKNOWLEDGE, TargetKind.RESOLVE


def test_defaults_follow_the_product_targets() -> None:
    targets = ResponseTargets()
    assert targets.for_severity(Severity.CRITICAL).acknowledge == hours(1)
    assert targets.for_severity(Severity.HIGH).acknowledge == hours(4)
    assert targets.for_severity(Severity.MEDIUM).acknowledge == business_days(1)
    assert targets.for_severity(Severity.LOW).acknowledge == business_days(2)
    assert [targets.for_severity(s).resolve for s in Severity] == [
        hours(24),
        days(3),
        days(10),
        days(30),
    ]


def test_one_business_day_from_friday_afternoon_is_monday_afternoon() -> None:
    friday = datetime(2026, 11, 27, 15, 30, tzinfo=MADRID)
    deadline = business_days(1).deadline(friday, MADRID)
    assert deadline == datetime(2026, 11, 30, 15, 30, tzinfo=MADRID)
    assert deadline.weekday() == 0


def test_two_business_days_from_thursday_skip_the_weekend() -> None:
    thursday = datetime(2026, 11, 26, 9, tzinfo=MADRID)
    assert business_days(2).deadline(thursday, MADRID) == datetime(2026, 11, 30, 9, tzinfo=MADRID)


def test_a_weekend_report_starts_the_clock_on_monday_morning() -> None:
    saturday = datetime(2026, 11, 28, 10, tzinfo=MADRID)
    assert business_days(1).deadline(saturday, MADRID) == datetime(2026, 12, 1, tzinfo=MADRID)


def test_business_days_are_counted_in_the_clients_zone() -> None:
    # Friday 20:00 UTC is already Saturday 05:00 in Tokyo: the clock starts on Tokyo's Monday.
    reported = datetime(2026, 11, 27, 20, tzinfo=UTC)
    assert business_days(1).deadline(reported, TOKYO) == datetime(2026, 12, 1, tzinfo=TOKYO)
    # In Madrid it is still Friday 21:00, so one business day ends on Monday 21:00.
    assert business_days(1).deadline(reported, MADRID) == datetime(2026, 11, 30, 21, tzinfo=MADRID)


def test_calendar_days_keep_the_wall_clock_time_over_a_dst_change() -> None:
    reported = datetime(2026, 10, 23, 12, tzinfo=MADRID)  # clocks go back on 25 October
    deadline = days(3).deadline(reported, MADRID)
    assert deadline == datetime(2026, 10, 26, 12, tzinfo=MADRID)
    assert deadline - reported.astimezone(UTC) == timedelta(days=3, hours=1)


def test_hours_are_elapsed_time() -> None:
    reported = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)
    assert hours(4).deadline(reported, MADRID) == datetime(2026, 11, 28, 3, 30, tzinfo=UTC)


def test_a_naive_start_is_refused() -> None:
    with pytest.raises(ValueError):
        hours(1).deadline(datetime(2026, 11, 27, 9), MADRID)


NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
NOVEMBER = ReportingPeriod(datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))


def _critical(reported: datetime, ack: datetime | None, resolved: datetime | None) -> IncidentTimes:
    return IncidentTimes(Severity.CRITICAL, reported, ack, resolved)


def test_compliance_counts_late_and_overdue_incidents_as_breaches() -> None:
    base = datetime(2026, 11, 10, 9, tzinfo=UTC)
    incidents = [
        # acknowledged after 30 min (met), resolved after 10 h (met)
        _critical(base, base + timedelta(minutes=30), base + timedelta(hours=10)),
        # acknowledged after 2 h (breach), resolved after 30 h (breach)
        _critical(base, base + timedelta(hours=2), base + timedelta(hours=30)),
        # still open long past both targets: breach of both
        _critical(base, None, None),
        # acknowledged on time, still unresolved but reported 3 h ago: not yet subject to resolve
        _critical(NOW - timedelta(hours=3), NOW - timedelta(hours=2, minutes=30), None),
        # reported 20 minutes ago, nothing yet: subject to neither target
        _critical(NOW - timedelta(minutes=20), None, None),
        # reported in October: outside the period
        _critical(datetime(2026, 10, 30, tzinfo=UTC), None, None),
    ]
    result = response_compliance(incidents, NOW, ResponseTargets(), NOVEMBER)
    assert result.acknowledge == Compliance(met=2, subject=4)
    assert result.resolve == Compliance(met=1, subject=3)
    assert result.acknowledge.ratio == Decimal("0.5")
    assert result.resolve.breached == 2


def test_resolving_without_acknowledging_counts_as_acknowledged_then() -> None:
    base = datetime(2026, 11, 10, 9, tzinfo=UTC)
    result = response_compliance(
        [_critical(base, None, base + timedelta(minutes=50))], NOW, ResponseTargets(), NOVEMBER
    )
    assert result.acknowledge == Compliance(1, 1)


def test_business_day_targets_use_the_incidents_zone() -> None:
    friday_evening = datetime(2026, 11, 13, 17, tzinfo=UTC)  # Friday, medium: 1 business day
    acknowledged = datetime(2026, 11, 16, 16, tzinfo=UTC)  # Monday, before Monday 17:00
    incident = IncidentTimes(Severity.MEDIUM, friday_evening, acknowledged, None, "Europe/Madrid")
    result = response_compliance([incident], NOW, ResponseTargets(), NOVEMBER)
    assert result.acknowledge == Compliance(1, 1)
    assert result.resolve == Compliance(0, 0)  # 10 days not over yet


def test_compliance_is_undefined_when_nothing_is_subject() -> None:
    result = response_compliance([], NOW, ResponseTargets(), NOVEMBER)
    assert result.acknowledge == Compliance(0, 0)
    assert result.acknowledge.ratio is None
