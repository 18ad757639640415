"""What the iCalendar tests share: the corpus, a client account, and both expansions.

Ours expands what the database holds (:func:`workbench.domain.recurrence.expand`);
``recurring_ical_events`` expands the file itself, independently.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from workbench.domain.enums import AccountStatus, Sector, Team, Tier
from workbench.domain.recurrence import Override, expand
from workbench.store.database import Store
from workbench.store.models import (
    Account,
    Colleague,
    Contact,
    Meeting,
    MeetingAttendee,
    MeetingException,
)

#: The shared test-data corpus, beside the repository (see its SOURCES.md).
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "ics"


def corpus_file(name: str) -> bytes:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"the iCalendar corpus is not at {CORPUS.resolve()}")
    return path.read_bytes()


def add_account(
    store: Store, name: str = "Acme", *, domain: str | None = None, zone: str = "Europe/Madrid"
) -> int:
    with store.transaction() as session:
        account = Account(
            name=name,
            sector=Sector.OTHER,
            tier=Tier.KEY,
            status=AccountStatus.ACTIVE,
            country="ES",
            time_zone=zone,
            currency="EUR",
            email_domain=domain,
        )
        session.add(account)
        session.flush()
        return account.id


def add_contact(store: Store, account_id: int, email: str) -> int:
    with store.transaction() as session:
        contact = Contact(account_id=account_id, first_name="Sam", last_name="Peter", email=email)
        session.add(contact)
        session.flush()
        return contact.id


def add_colleague(store: Store, email: str, *, me: bool = False) -> int:
    with store.transaction() as session:
        colleague = Colleague(name="Bruce", email=email, team=Team.SALES, is_me=me)
        session.add(colleague)
        session.flush()
        return colleague.id


def row_counts(store: Store) -> dict[str, int]:
    with store.session() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Meeting, MeetingException, MeetingAttendee)
        }


def stored_starts(store: Store, start: datetime, end: datetime) -> list[datetime]:
    """Every occurrence start (UTC) our expansion gives for the stored meetings."""
    found: list[datetime] = []
    with store.session() as session:
        meetings = session.scalars(select(Meeting).options(selectinload(Meeting.exceptions)))
        for meeting in meetings:
            if meeting.rrule is None:
                if meeting.ends_at > start and meeting.starts_at < end:
                    found.append(meeting.starts_at)
                continue
            overrides = {
                e.original_start: Override(e.cancelled, e.starts_at, e.ends_at)
                for e in meeting.exceptions
            }
            found += [
                o.starts_at
                for o in expand(
                    meeting.rrule,
                    meeting.starts_at,
                    meeting.ends_at,
                    meeting.time_zone,
                    start,
                    end,
                    overrides,
                )
            ]
    return sorted(found)


def reference_starts(
    calendar: icalendar.Calendar, start: datetime, end: datetime, floating_zone: str
) -> list[datetime]:
    """Occurrence starts (UTC) as recurring_ical_events expands them.

    An all-day event's date starts at midnight in *floating_zone*, the zone an import
    gives whole days.
    """
    found = []
    for event in recurring_ical_events.of(calendar).between(start, end):
        value = event["DTSTART"].dt
        if not isinstance(value, datetime):
            value = datetime.combine(value, time(0))
        if value.tzinfo is None:
            value = value.replace(tzinfo=ZoneInfo(floating_zone))
        found.append(value.astimezone(UTC))
    return sorted(found)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)
