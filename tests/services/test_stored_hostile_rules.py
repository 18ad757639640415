"""A repeat rule no version accepts, already in the database, blocks no view.

Rules written by an older version or by raw SQL (every second, a hundred million
times, a zero interval, a date that never comes, a meeting in year 1) are put in
with SQL, then every service that expands series is called: each returns, the
healthy meeting beside them is still found, and nothing raises.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from tests.io.ics_helpers import add_account
from workbench.domain.enums import MeetingKind, MeetingMode
from workbench.services import calendar
from workbench.services.calendar_export import export_meetings
from workbench.services.calendar_import import import_ics
from workbench.services.focus import focus_list
from workbench.services.meetings import load_meeting
from workbench.services.portfolio import load_portfolio
from workbench.services.prep_brief import load_prep_brief
from workbench.store.database import Store
from workbench.store.models import Meeting

NOW = datetime(2026, 3, 2, 8, tzinfo=UTC)

HOSTILE_RULES = [
    "FREQ=SECONDLY",
    "FREQ=MINUTELY;COUNT=100000000",
    "FREQ=HOURLY",
    "FREQ=DAILY;COUNT=100000000",
    "FREQ=DAILY;INTERVAL=0",
    "FREQ=DAILY;INTERVAL=-1",
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=DAILY;BYHOUR="
    + ",".join(map(str, range(24)))
    + ";BYMINUTE="
    + ",".join(map(str, range(60))),
    "FREQ=DAILY;UNTIL=99991231T235959Z",
    "FREQ=DAILY;UNTIL=00010101",
    "FREQ=WEEKLY;INTERVAL=999999999999999",
    "FREQ=MONTHLY;BYSETPOS=40;BYDAY=MO",
    "FREQ=YEARLY;BYDAY=XX",
]


def _meeting(store: Store, account_id: int, title: str, starts: datetime, rule: str | None) -> int:
    with store.transaction() as session:
        meeting = Meeting(
            account_id=account_id,
            title=title,
            kind=MeetingKind.REVIEW,
            mode=MeetingMode.VIRTUAL,
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
            time_zone="Europe/Madrid",
        )
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    with store.transaction() as session:  # as raw SQL would: no check but the table's own
        session.execute(
            text("UPDATE meetings SET rrule = :rule WHERE id = :id"),
            {"rule": rule, "id": meeting_id},
        )
    return meeting_id


@pytest.mark.parametrize("rule", HOSTILE_RULES)
@pytest.mark.parametrize(
    "first", [datetime(2026, 1, 5, 9, tzinfo=UTC), datetime(1, 1, 3, 9, tzinfo=UTC)]
)
def test_every_view_survives_a_hostile_stored_rule(
    store: Store, rule: str, first: datetime
) -> None:
    hostile_account = add_account(store, "Hostile")
    healthy_account = add_account(store, "Healthy")
    hostile = _meeting(store, hostile_account, "Hostile", first, rule)
    healthy = _meeting(
        store, healthy_account, "Weekly call", datetime(2026, 1, 6, 9, tzinfo=UTC), "FREQ=WEEKLY"
    )
    with store.session() as session:
        month = calendar.occurrences_between(session, NOW, NOW + timedelta(days=31))
        assert len([v for v in month if v.meeting_id == healthy]) == 5
        assert len(month) <= 5 + 31  # one a day at most, even for raw SQL
        calendar.upcoming(session, NOW)
        calendar.find_occurrence(session, hostile, first)
        focus = focus_list(session, NOW)
        assert any(item.title == "Weekly call" for item in focus.items)
        rows = {row.name: row for row in load_portfolio(session, now=NOW)}
        assert rows["Healthy"].next_meeting == datetime(2026, 3, 3, 9, tzinfo=UTC)
        load_meeting(session, hostile, first)
    load_prep_brief(store, hostile, as_of=NOW, occurrence_start=first)
    exported = export_meetings(store)
    assert exported.meetings + exported.skipped == 2
    # What is exported can always be imported again.
    import_ics(store, exported.data, default_zone="Europe/Madrid", account_id=healthy_account)
