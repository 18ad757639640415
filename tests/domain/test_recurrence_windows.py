"""Expanding a window through the shared days gives exactly the straightforward expansion.

The reference walks dateutil from the series' first start in its zone, over
everything up to the window, then applies the exceptions: no look-back, no
period arithmetic, no shared days. Generated rules cover every frequency,
BYDAY (with ordinals), BYMONTHDAY, BYMONTH, BYSETPOS, COUNT, UNTIL, WKST,
INTERVAL, moved, cancelled and extra occurrences, and the daylight-saving
changes of Europe/Madrid (and zones whose offsets move differently).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.domain.recurrence import (
    WEEKDAYS,
    Occurrence,
    Override,
    expand,
    normalise_rule,
    overlapping_starts,
    rule_parts,
)

ZONES = ("Europe/Madrid", "Europe/Madrid", "America/New_York", "Australia/Lord_Howe", "UTC")


def _reference(
    rule: str,
    first: datetime,
    end: datetime,
    zone_name: str,
    window: tuple[datetime, datetime],
    overrides: dict[datetime, Override],
) -> list[Occurrence]:
    zone = ZoneInfo(zone_name)
    parts = rule_parts(rule)
    until = parts.pop("UNTIL", None)
    limit = datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC) if until else None
    text = ";".join(f"{k}={v}" for k, v in parts.items())
    local_first = first.astimezone(zone).replace(tzinfo=None)
    duration = end - first
    generated = []
    for local in rrulestr(text, dtstart=local_first):
        moment = local.replace(tzinfo=zone).astimezone(UTC)
        if limit is not None and moment > limit:
            break
        if moment >= window[1]:
            break
        generated.append(moment)
    found = {
        g: Occurrence(g, g, g + duration)
        for g in generated
        if g not in overrides and g + duration > window[0]
    }
    for original, override in overrides.items():
        if override.cancelled or original in found or override.starts_at is None:
            continue
        assert override.ends_at is not None
        if override.ends_at > window[0] and override.starts_at < window[1]:
            if original not in generated and override.starts_at == original:
                moved = False
            else:
                moved = override.starts_at != original or override.ends_at != original + duration
            found[original] = Occurrence(original, override.starts_at, override.ends_at, moved)
    return sorted(found.values(), key=lambda o: (o.starts_at, o.original_start))


@st.composite
def _rules(draw: st.DrawFn) -> str:
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    parts = {"FREQ": freq}
    if draw(st.booleans()):
        parts["INTERVAL"] = str(draw(st.integers(1, 4)))
    days = draw(st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=5, unique=True))
    shape = draw(st.integers(0, 5))
    if freq in ("WEEKLY", "DAILY") and shape < 3:
        parts["BYDAY"] = ",".join(days)
    elif freq in ("MONTHLY", "YEARLY") and shape == 0:
        nth = draw(st.sampled_from(["1", "2", "3", "4", "-1", "-2"]))
        parts["BYDAY"] = nth + days[0]
    elif freq in ("MONTHLY", "YEARLY") and shape == 1:
        days_of_month = draw(st.lists(st.sampled_from([1, 2, 15, 28, 29, 30, 31, -1]), min_size=1))
        parts["BYMONTHDAY"] = ",".join(str(d) for d in sorted(set(days_of_month)))
    elif shape == 2:
        parts["BYDAY"] = ",".join(days)
    if shape == 2 or (shape == 3 and "BYDAY" in parts):
        # A second position in a set of one day (every day's, or one weekday's a week)
        # never exists: dateutil would walk such a rule day by day to the year 9999 (10 s
        # an example). Rules that never give a date are tested on their own
        # (test_recurrence.py).
        single = freq == "DAILY" or (freq == "WEEKLY" and len(days) == 1)
        parts["BYSETPOS"] = draw(
            st.sampled_from(["1", "-1", "1,-1"] if single else ["1", "-1", "2", "1,-1"])
        )
    if freq == "YEARLY" and draw(st.booleans()):
        parts["BYMONTH"] = ",".join(
            str(m) for m in sorted(set(draw(st.lists(st.integers(1, 12), min_size=1, max_size=3))))
        )
    if draw(st.booleans()):
        parts["WKST"] = draw(st.sampled_from(["MO", "SU", "WE"]))
    ending = draw(st.integers(0, 2))
    if ending == 1:
        parts["COUNT"] = str(draw(st.integers(1, 60)))
    elif ending == 2:
        until = draw(st.datetimes(datetime(2026, 1, 1), datetime(2029, 1, 1)))
        parts["UNTIL"] = until.strftime("%Y%m%dT%H%M%S") + "Z"
    return ";".join(f"{k}={v}" for k, v in parts.items())


@st.composite
def _cases(draw: st.DrawFn) -> tuple:
    zone_name = draw(st.sampled_from(ZONES))
    zone = ZoneInfo(zone_name)
    # Around the changes of 2026 and 2027, and at the hours they skip or repeat.
    day = datetime(2026, 1, 1) + timedelta(days=draw(st.integers(0, 700)))
    hour = draw(st.sampled_from([0, 1, 2, 3, 9, 12, 23]))
    minute = draw(st.sampled_from([0, 30, 45]))
    fold = draw(st.integers(0, 1))
    first = day.replace(hour=hour, minute=minute, fold=fold, tzinfo=zone).astimezone(UTC)
    length = timedelta(minutes=draw(st.sampled_from([30, 60, 90, 60 * 26, 60 * 24 * 9])))
    rule = normalise_rule(draw(_rules()), zone_name)
    window_start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(
        hours=draw(st.integers(-24 * 30, 24 * 900))
    )
    window = (window_start, window_start + timedelta(hours=draw(st.integers(1, 24 * 70))))
    # Exceptions on the occurrences near the window, and extra dates.
    near = [
        m
        for m in _reference(
            rule,
            first,
            first + length,
            zone_name,
            (window[0] - timedelta(days=40), window[1] + timedelta(days=40)),
            {},
        )
    ]
    overrides: dict[datetime, Override] = {}
    for occurrence in draw(st.lists(st.sampled_from(near), max_size=4)) if near else []:
        shift = timedelta(hours=draw(st.integers(-24 * 35, 24 * 35)))
        if draw(st.booleans()):
            overrides[occurrence.original_start] = Override(cancelled=True)
        else:
            starts = occurrence.original_start + shift
            overrides[occurrence.original_start] = Override(False, starts, starts + length)
    if draw(st.booleans()):
        extra = window[0] + timedelta(hours=draw(st.integers(-48, 24 * 30)))
        overrides.setdefault(extra, Override(False, extra, extra + length))
    return rule, first, first + length, zone_name, window, overrides


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_cases())
def test_a_window_gives_exactly_the_straightforward_expansion(case: tuple) -> None:
    rule, first, end, zone_name, window, overrides = case
    expected = _reference(rule, first, end, zone_name, window, overrides)
    assert expand(rule, first, end, zone_name, *window, overrides) == expected
    if not overrides:
        starts = overlapping_starts(rule, first, end, zone_name, *window)
        assert list(starts) == sorted(o.original_start for o in expected)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_cases(), st.integers(1, 6))
def test_consecutive_windows_agree_with_one_wide_window(case: tuple, pieces: int) -> None:
    # Moving month by month gives what one wide window gives, cut at the same edges.
    rule, first, end, zone_name, window, _overrides = case
    step = (window[1] - window[0]) / pieces
    edges = [window[0] + step * i for i in range(pieces)] + [window[1]]
    wide = expand(rule, first, end, zone_name, *window)
    for low, high in pairwise(edges):
        assert expand(rule, first, end, zone_name, low, high) == [
            o for o in wide if o.starts_at < high and o.ends_at > low
        ]


def test_an_evening_west_of_greenwich_is_found_from_the_next_utc_day() -> None:
    # 23:00 in New York is 03:00 UTC the next day: the window starts on that UTC day.
    first = datetime(2026, 3, 1, 23, tzinfo=ZoneInfo("America/New_York")).astimezone(UTC)
    window = (datetime(2026, 3, 10, 2, tzinfo=UTC), datetime(2026, 3, 10, 6, tzinfo=UTC))
    found = overlapping_starts(
        "FREQ=DAILY", first, first + timedelta(hours=1), "America/New_York", *window
    )
    assert list(found) == [datetime(2026, 3, 10, 3, tzinfo=UTC)]  # daylight time since 8 March


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _cases(),
    st.lists(st.integers(-24 * 60, 24 * 60), min_size=2, max_size=6),
    st.lists(st.one_of(st.none(), st.integers(-24 * 40, 24 * 80)), min_size=2, max_size=6),
)
def test_series_sharing_a_rule_share_a_window_only_where_their_starts_and_ends_allow(
    case: tuple, first_shifts: list[int], ends: list[int | None]
) -> None:
    # The same rule, time and zone, begun and ended at other moments, over one window.
    rule, first, end, zone_name, window, _overrides = case
    parts = rule_parts(rule)
    parts.pop("COUNT", None)
    parts.pop("UNTIL", None)
    for shift, until in zip(first_shifts, ends, strict=False):
        mine = dict(parts)
        if until is not None:
            mine["UNTIL"] = (window[0] + timedelta(hours=until)).strftime("%Y%m%dT%H%M%SZ")
        text = normalise_rule(";".join(f"{k}={v}" for k, v in mine.items()), zone_name)
        # Whole days keep the time of day (and so the group) but move the first start.
        begun = first + timedelta(days=shift // 24)
        length = end - first
        expected = _reference(text, begun, begun + length, zone_name, window, {})
        found = overlapping_starts(text, begun, begun + length, zone_name, *window)
        assert list(found) == [o.original_start for o in expected]
