"""Meetings through the services: series, single occurrences, validation, undo state."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from workbench.domain.enums import MeetingKind, MeetingMode
from workbench.domain.validation import ValidationError
from workbench.services import meetings
from workbench.services.calendar import occurrences_between, upcoming
from workbench.services.meetings import MeetingDraft
from workbench.store.database import Store
from workbench.store.models import Account, Colleague, Contact, Meeting, MeetingException

MADRID = ZoneInfo("Europe/Madrid")
NOVEMBER = (datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))


def _account_with_people(store: Store) -> tuple[int, list[int], int]:
    with store.session() as session:
        account_id = session.scalars(select(Account.id).order_by(Account.id)).first()
        contacts = list(session.scalars(select(Contact.id).where(Contact.account_id == account_id)))
        colleague = session.scalars(select(Colleague.id)).first()
    assert account_id and contacts and colleague
    return account_id, contacts, colleague


def _weekly_draft(account_id: int, contacts: list[int], colleague: int) -> MeetingDraft:
    return MeetingDraft(
        account_id=account_id,
        title="Weekly delivery review",
        kind=MeetingKind.REVIEW,
        mode=MeetingMode.VIRTUAL,
        link="https://meet.example.com/abc",
        starts_local=datetime(2026, 11, 2, 9, 0),
        ends_local=datetime(2026, 11, 2, 9, 45),
        time_zone="Europe/Madrid",
        rule="FREQ=WEEKLY;BYDAY=MO;COUNT=6",
        agenda="Open orders",
        contact_ids=tuple(contacts[:2]),
        colleague_ids=(colleague,),
    )


def _occurrences(store: Store, meeting_id: int) -> list:
    with store.session() as session:
        return [v for v in occurrences_between(session, *NOVEMBER) if v.meeting_id == meeting_id]


def test_a_series_is_stored_as_one_rule_and_expanded_in_its_zone(sample_store: Store) -> None:
    account_id, contacts, colleague = _account_with_people(sample_store)
    with sample_store.transaction() as session:
        meeting_id, _ = meetings.create_meeting(
            session, _weekly_draft(account_id, contacts, colleague)
        )
    found = _occurrences(sample_store, meeting_id)
    assert [v.starts_at.astimezone(MADRID).day for v in found] == [2, 9, 16, 23, 30]
    assert {v.starts_at.astimezone(MADRID).hour for v in found} == {9}
    assert all(v.recurring and v.title == "Weekly delivery review" for v in found)
    with sample_store.session() as session:
        detail = meetings.load_meeting(session, meeting_id)
    assert detail.draft.contact_ids == tuple(sorted(contacts[:2]))
    assert detail.draft.colleague_ids == (colleague,)
    assert detail.draft.starts_local == datetime(2026, 11, 2, 9, 0)


def test_editing_one_occurrence_leaves_the_series_alone(sample_store: Store) -> None:
    account_id, contacts, colleague = _account_with_people(sample_store)
    with sample_store.transaction() as session:
        meeting_id, _ = meetings.create_meeting(
            session, _weekly_draft(account_id, contacts, colleague)
        )
    third = _occurrences(sample_store, meeting_id)[2]
    with sample_store.session() as session:
        detail = meetings.load_meeting(session, meeting_id, third.original_start)
    assert detail.occurrence is not None
    moved = replace(
        detail.occurrence,
        title="Delivery review (moved)",
        starts_local=datetime(2026, 11, 17, 12, 0),
        ends_local=datetime(2026, 11, 17, 13, 0),
        minutes="Agreed a partial delivery.",
    )
    with sample_store.transaction() as session:
        meetings.update_occurrence(session, meeting_id, third.original_start, moved)
    found = _occurrences(sample_store, meeting_id)
    assert len(found) == 5
    changed = [v for v in found if v.moved]
    assert len(changed) == 1 and changed[0].title == "Delivery review (moved)"
    assert changed[0].starts_at.astimezone(MADRID) == datetime(2026, 11, 17, 12, tzinfo=MADRID)
    assert changed[0].has_minutes
    assert [v.title for v in found if not v.moved] == ["Weekly delivery review"] * 4
    with sample_store.session() as session:
        again = meetings.load_meeting(session, meeting_id, third.original_start)
    assert again.occurrence and again.occurrence.minutes == "Agreed a partial delivery."


def test_cancelling_one_occurrence_then_the_whole_series(sample_store: Store) -> None:
    account_id, contacts, colleague = _account_with_people(sample_store)
    with sample_store.transaction() as session:
        meeting_id, _ = meetings.create_meeting(
            session, _weekly_draft(account_id, contacts, colleague)
        )
    second = _occurrences(sample_store, meeting_id)[1]
    with sample_store.transaction() as session:
        meetings.cancel_occurrence(session, meeting_id, second.original_start)
    assert second.original_start not in {
        v.original_start for v in _occurrences(sample_store, meeting_id)
    }
    with sample_store.transaction() as session:
        meetings.restore_occurrence(session, meeting_id, second.original_start)
    assert len(_occurrences(sample_store, meeting_id)) == 5
    with sample_store.transaction() as session:
        snapshot, _ = meetings.delete_meeting(session, meeting_id)
    assert _occurrences(sample_store, meeting_id) == []
    with sample_store.transaction() as session:
        meetings.restore_meeting(session, snapshot)
    assert len(_occurrences(sample_store, meeting_id)) == 5


def test_changing_the_series_time_drops_exceptions_the_new_rule_does_not_generate(
    sample_store: Store,
) -> None:
    account_id, contacts, colleague = _account_with_people(sample_store)
    draft = _weekly_draft(account_id, contacts, colleague)
    with sample_store.transaction() as session:
        meeting_id, _ = meetings.create_meeting(session, draft)
    second = _occurrences(sample_store, meeting_id)[1]
    with sample_store.transaction() as session:
        meetings.cancel_occurrence(session, meeting_id, second.original_start)
        meetings.update_meeting(session, meeting_id, replace(draft, title="Renamed review"))
    with sample_store.session() as session:
        kept = session.scalar(
            select(func.count())
            .select_from(MeetingException)
            .where(MeetingException.meeting_id == meeting_id)
        )
    assert kept == 1  # a rename keeps the cancelled occurrence
    later = replace(
        draft, starts_local=datetime(2026, 11, 2, 11), ends_local=datetime(2026, 11, 2, 12)
    )
    with sample_store.transaction() as session:
        meetings.update_meeting(session, meeting_id, later)
    with sample_store.session() as session:
        kept = session.scalar(
            select(func.count())
            .select_from(MeetingException)
            .where(MeetingException.meeting_id == meeting_id)
        )
    assert kept == 0
    assert {
        v.starts_at.astimezone(MADRID).hour for v in _occurrences(sample_store, meeting_id)
    } == {11}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": "  "}, "title"),
        ({"ends_local": datetime(2026, 11, 2, 8, 0)}, "ends_at"),
        ({"time_zone": "Europe/Atlantis"}, "time_zone"),
        ({"link": "meet.example.com"}, "link"),
        ({"rule": "FREQ=WEEKLY;UNTL=20270101"}, "rule"),
        ({"rule": "FREQ=SECONDLY"}, "rule"),
        ({"rule": "FREQ=DAILY;INTERVAL=0"}, "rule"),
        ({"rule": "FREQ=DAILY;COUNT=100000000"}, "rule"),
        ({"rule": "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"}, "rule"),
        (
            {"starts_local": datetime(1, 1, 1, 9, 0), "ends_local": datetime(1, 1, 1, 10, 0)},
            "starts_at",
        ),
        ({"ends_local": datetime(2300, 1, 1, 10, 0)}, "ends_at"),
        ({"account_id": None}, "account_id"),
    ],
)
def test_invalid_meetings_are_refused_and_nothing_is_written(
    sample_store: Store, change: dict, field: str
) -> None:
    account_id, contacts, colleague = _account_with_people(sample_store)
    draft = replace(_weekly_draft(account_id, contacts, colleague), **change)
    with sample_store.session() as session:
        before = session.scalar(select(func.count()).select_from(Meeting))
    with pytest.raises(ValidationError) as refused, sample_store.transaction() as session:
        meetings.create_meeting(session, draft)
    assert field in {p.field for p in refused.value.problems}
    with sample_store.session() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == before


def test_attendees_must_be_contacts_of_the_meetings_account(sample_store: Store) -> None:
    account_id, contacts, colleague = _account_with_people(sample_store)
    with sample_store.session() as session:
        stranger = session.scalars(
            select(Contact.id).where(Contact.account_id != account_id)
        ).first()
    draft = replace(_weekly_draft(account_id, contacts, colleague), contact_ids=(stranger,))
    with pytest.raises(ValidationError) as refused, sample_store.transaction() as session:
        meetings.create_meeting(session, draft)
    assert [p.field for p in refused.value.problems] == ["attendees"]


def test_state_puts_a_meeting_back_exactly(sample_store: Store) -> None:
    account_id, contacts, colleague = _account_with_people(sample_store)
    draft = _weekly_draft(account_id, contacts, colleague)
    with sample_store.transaction() as session:
        meeting_id, _ = meetings.create_meeting(session, draft)
    second = _occurrences(sample_store, meeting_id)[1]
    with sample_store.transaction() as session:
        meetings.cancel_occurrence(session, meeting_id, second.original_start)
        before = meetings.meeting_state(session, meeting_id)
    with sample_store.transaction() as session:
        meetings.update_meeting(
            session, meeting_id, replace(draft, title="Other", contact_ids=(), rule=None)
        )
    with sample_store.transaction() as session:
        meetings.put_meeting_state(session, before)
    with sample_store.session() as session:
        assert meetings.meeting_state(session, meeting_id) == before


def test_upcoming_lists_the_next_seven_days_in_order(sample_store: Store) -> None:
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    with sample_store.session() as session:
        found = upcoming(session, now)
    assert found, "the sample portfolio has meetings every week"
    timed = [v for v in found if not v.all_day]
    assert all(now - timedelta(hours=4) <= v.starts_at < now + timedelta(days=7) for v in timed)
    # The sample's two-day client visit began yesterday: listed while it lasts.
    assert all(v.ends_at > now for v in found)
    assert [v.starts_at for v in found] == sorted(v.starts_at for v in found)


def test_a_meeting_outside_the_years_names_the_limit(sample_store: Store) -> None:
    account_id, contacts, colleague = _account_with_people(sample_store)
    draft = replace(
        _weekly_draft(account_id, contacts, colleague),
        starts_local=datetime(2301, 1, 1, 9, 0),
        ends_local=datetime(2301, 1, 1, 10, 0),
    )
    with sample_store.session() as session:
        problems = meetings.draft_problems(session, draft)
    assert [p.text() for p in problems if p.field == "starts_at"] == [
        "A meeting must fall within the years 1900–2200."
    ]
