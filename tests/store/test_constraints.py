"""The database refuses what the domain forbids, says why, and keeps what it had."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from workbench.domain.enums import (
    AccountStatus,
    IncidentCategory,
    OpportunityKind,
    OpportunityStage,
    Sector,
    Severity,
    Team,
    Tier,
)
from workbench.store.database import Store
from workbench.store.errors import describe_integrity_error
from workbench.store.models import (
    Account,
    ActionItem,
    Colleague,
    Contact,
    Incident,
    Meeting,
    MeetingAttendee,
    Opportunity,
    ProposalLineItem,
    RevenueRecord,
    SurveyResponse,
)

NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)


def account(**overrides: Any) -> Account:
    values: dict[str, Any] = dict(
        name="Transportes Ebro S.A.",
        sector=Sector.LOGISTICS,
        tier=Tier.KEY,
        status=AccountStatus.ACTIVE,
        country="ES",
        time_zone="Europe/Madrid",
        currency="EUR",
    )
    values.update(overrides)
    return Account(**values)


@pytest.fixture
def account_id(store: Store) -> int:
    with store.transaction() as session:
        row = account()
        session.add(row)
        session.flush()
        return row.id


def count(store: Store, model: type) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


BAD_ROWS: dict[str, tuple[Callable[[int], object], str]] = {
    "survey score 11": (
        lambda a: SurveyResponse(account_id=a, responded_on=date(2026, 1, 1), score=11),
        "Score is out of its allowed range.",
    ),
    "survey score -1": (
        lambda a: SurveyResponse(account_id=a, responded_on=date(2026, 1, 1), score=-1),
        "Score is out of its allowed range.",
    ),
    "severity 5": (
        lambda a: Incident(
            account_id=a,
            title="Late",
            category=IncidentCategory.DELIVERY_DELAY,
            severity=5,
            reported_at=NOW,
        ),
        "Severity is out of its allowed range.",
    ),
    "acknowledged before reported": (
        lambda a: Incident(
            account_id=a,
            title="Late",
            category=IncidentCategory.QUALITY,
            severity=Severity.HIGH,
            reported_at=NOW,
            acknowledged_at=NOW - timedelta(hours=1),
        ),
        "A value breaks the rule 'ack_after_report'.",
    ),
    "negative revenue": (
        lambda a: RevenueRecord(account_id=a, period=20261, revenue=Decimal(-1), cost=Decimal(0)),
        "Amounts must not be negative.",
    ),
    "quarter 5": (
        lambda a: RevenueRecord(account_id=a, period=20265, revenue=Decimal(1), cost=Decimal(0)),
        "A value breaks the rule 'period_quarter_key'.",
    ),
    "probability 120": (
        lambda a: Opportunity(
            account_id=a,
            name="Upsell",
            kind=OpportunityKind.UPSELL,
            stage=OpportunityStage.PROPOSAL,
            amount=Decimal(10),
            currency="EUR",
            probability=120,
        ),
        "Probability is out of its allowed range.",
    ),
    "meeting ending before it starts": (
        lambda a: Meeting(
            account_id=a,
            title="QBR",
            kind="qbr",
            mode="virtual",
            starts_at=NOW,
            ends_at=NOW - timedelta(minutes=30),
            time_zone="Europe/Madrid",
        ),
        "The end must come after the start.",
    ),
    "blank contact name": (
        lambda a: Contact(account_id=a, first_name=" ", last_name=""),
        "Name must not be empty.",
    ),
    "action item without owner": (
        lambda a: ActionItem(account_id=a, title="Call back"),
        "A value breaks the rule 'has_owner'.",
    ),
    "discount over 100 %": (
        lambda a: ProposalLineItem(
            version_id=None,
            position=0,
            description="x",
            quantity=Decimal(1),
            unit_price=Decimal(1),
            discount_pct=Decimal(150),
        ),
        "",  # NOT NULL version_id or the CHECK, whichever SQLite meets first
    ),
    "unknown sector": (
        lambda a: account(name="Other", sector="mining"),
        "",
    ),
    "lower-case currency": (
        lambda a: account(name="Other", currency="eur"),
        "Currency must be an ISO code.",
    ),
    "contact of a missing account": (
        lambda a: Contact(account_id=a + 999, first_name="Ana", last_name="Ruiz"),
        "The record refers to something that does not exist (or is still referred to).",
    ),
}


@pytest.mark.parametrize("case", list(BAD_ROWS))
def test_bad_values_are_refused_with_a_clear_message_and_nothing_is_written(
    store: Store, account_id: int, case: str
) -> None:
    make, expected = BAD_ROWS[case]
    before = {model: count(store, model) for model in (Account, Contact, Incident, SurveyResponse)}
    good = SurveyResponse(account_id=account_id, responded_on=date(2026, 1, 2), score=9)
    with (
        pytest.raises((IntegrityError, StatementError, LookupError)) as caught,
        store.transaction() as session,
    ):
        session.add(good)
        session.add(make(account_id))
    if expected:
        assert isinstance(caught.value, IntegrityError)
        assert describe_integrity_error(caught.value) == expected
    # The good row added in the same transaction was rolled back with the bad one.
    assert {model: count(store, model) for model in before} == before


def test_second_primary_contact_is_refused(store: Store, account_id: int) -> None:
    with store.transaction() as session:
        session.add(
            Contact(account_id=account_id, first_name="Ana", last_name="Ruiz", is_primary=True)
        )
    with pytest.raises(IntegrityError), store.transaction() as session:
        session.add(
            Contact(account_id=account_id, first_name="Luis", last_name="Gil", is_primary=True)
        )
    assert count(store, Contact) == 1


def test_attendee_is_either_a_contact_or_a_colleague(store: Store, account_id: int) -> None:
    with store.transaction() as session:
        me = Colleague(name="Elena", team=Team.ACCOUNT_MANAGEMENT)
        contact = Contact(account_id=account_id, first_name="Ana", last_name="Ruiz")
        meeting = Meeting(
            account_id=account_id,
            title="Review",
            kind="review",
            mode="virtual",
            starts_at=NOW,
            ends_at=NOW + timedelta(hours=1),
            time_zone="Europe/Madrid",
        )
        session.add_all([me, contact, meeting])
        session.flush()
        ids = (meeting.id, contact.id, me.id)
    with pytest.raises(IntegrityError) as caught, store.transaction() as session:
        session.add(MeetingAttendee(meeting_id=ids[0], contact_id=ids[1], colleague_id=ids[2]))
    assert "contact_xor_colleague" in describe_integrity_error(caught.value)


def test_money_is_exact_and_floats_are_refused(store: Store, account_id: int) -> None:
    with store.transaction() as session:
        session.add(
            RevenueRecord(
                account_id=account_id,
                period=20261,
                revenue=Decimal("1234567890.1234"),
                cost=Decimal("0.1"),
            )
        )
    with store.session() as session:
        row = session.scalars(select(RevenueRecord)).one()
        assert row.revenue == Decimal("1234567890.1234")
        assert row.cost + Decimal("0.2") == Decimal("0.3")
        # SUM in SQL stays exact: integers underneath, typed back to Decimal.
        assert session.scalar(select(func.sum(RevenueRecord.cost))) == Decimal("0.1")
        assert session.scalar(text("SELECT sum(cost) FROM revenue_records")) == 1000
    with (
        pytest.raises(StatementError, match="exact decimal expected"),
        store.transaction() as session,
    ):
        session.add(
            RevenueRecord(account_id=account_id, period=20262, revenue=0.1, cost=Decimal(0))
        )
    with (
        pytest.raises(StatementError, match="more than 4 decimal places"),
        store.transaction() as session,
    ):
        session.add(
            RevenueRecord(
                account_id=account_id, period=20262, revenue=Decimal("0.00001"), cost=Decimal(0)
            )
        )
    assert count(store, RevenueRecord) == 1


def _late(account_id: int, reported_at: datetime, severity: Severity) -> Incident:
    return Incident(
        account_id=account_id,
        title="Late",
        category=IncidentCategory.DELIVERY_DELAY,
        severity=severity,
        reported_at=reported_at,
    )


def test_times_are_stored_in_utc_and_naive_times_are_refused(store: Store, account_id: int) -> None:
    from zoneinfo import ZoneInfo

    madrid_ten = datetime(2026, 7, 1, 10, tzinfo=ZoneInfo("Europe/Madrid"))
    with store.transaction() as session:
        session.add(_late(account_id, madrid_ten, Severity.CRITICAL))
    with store.session() as session:
        incident = session.scalars(select(Incident)).one()
        assert incident.reported_at == madrid_ten
        assert incident.reported_at.tzinfo is UTC and incident.reported_at.hour == 8
        assert incident.severity is Severity.CRITICAL
    with pytest.raises(StatementError, match="naive datetime"), store.transaction() as session:
        session.add(_late(account_id, datetime(2026, 7, 1, 10), Severity.LOW))
    assert count(store, Incident) == 1


@pytest.mark.parametrize(
    ("stored", "read"),
    [
        ("2026-07-01 08:00:00.000000", datetime(2026, 7, 1, 8, tzinfo=UTC)),  # as written
        ("2026-07-01 08:00:00", datetime(2026, 7, 1, 8, tzinfo=UTC)),
        # Text with an offset of its own (raw SQL) reads as it always has: the clock time
        # taken as UTC.
        ("2026-07-01 08:00:00+02:00", datetime(2026, 7, 1, 8, tzinfo=UTC)),
        ("2026-07-01", datetime(2026, 7, 1, tzinfo=UTC)),  # a date alone, at midnight UTC
    ],
)
def test_stored_times_read_back_in_utc_whatever_their_text(
    store: Store, account_id: int, stored: str, read: datetime
) -> None:
    with store.transaction() as session:
        session.add(_late(account_id, datetime(2026, 1, 1, tzinfo=UTC), Severity.HIGH))
    with store.transaction() as session:
        session.execute(text("UPDATE incidents SET reported_at = :t"), {"t": stored})
    with store.session() as session:
        found = session.scalars(select(Incident.reported_at)).one()
    assert found == read and found.tzinfo is UTC


def test_deleting_an_account_takes_its_records_and_unlinks_subsidiaries(
    store: Store, account_id: int
) -> None:
    with store.transaction() as session:
        child = account(name="Ebro Portugal", parent_id=account_id)
        session.add(child)
        session.add(Contact(account_id=account_id, first_name="Ana", last_name="Ruiz"))
        session.add(SurveyResponse(account_id=account_id, responded_on=date(2026, 1, 1), score=9))
    with store.transaction() as session:
        session.delete(session.get(Account, account_id))
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
        assert session.scalar(select(func.count()).select_from(SurveyResponse)) == 0
        assert session.scalars(select(Account.parent_id)).one() is None
