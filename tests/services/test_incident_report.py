"""The incident report record: the right incidents, every field, and the client's version."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from workbench.domain.enums import CompensationForm, IncidentStatus, TimelineActor
from workbench.services import incident_report
from workbench.services.incident_report import load_incident_report
from workbench.store.database import Store
from workbench.store.models import (
    Account,
    Colleague,
    Compensation,
    Contact,
    Incident,
    IncidentEvent,
)

ROOT_CAUSE = "A carrier strike held the pallets in Valencia for three days."
INTERNAL_NOTE = "Ops forgot to re-book the backup carrier."


def enrich_incident(store: Store) -> int:
    """A sample incident with every field filled and one internal timeline line; its id."""
    with store.transaction() as session:
        incident = session.scalars(
            select(Incident).where(Incident.closed_at.is_not(None)).order_by(Incident.id)
        ).first()
        assert incident is not None
        incident.description = "Order 4471 arrived five days late."
        incident.client_impact = "Two stores ran out of stock over a weekend."
        incident.root_cause = ROOT_CAUSE
        incident.resolution = "Shipped the rest by air; new carrier on the route."
        incident.lessons_learned = "Keep a second carrier booked for strike season."
        colleague = session.scalars(select(Colleague).order_by(Colleague.id)).first()
        assert colleague is not None
        session.add(
            IncidentEvent(
                incident_id=incident.id,
                occurred_at=incident.reported_at + timedelta(hours=1),
                actor=TimelineActor.COLLEAGUE,
                colleague_id=colleague.id,
                description=INTERNAL_NOTE,
                client_communication=False,
            )
        )
        session.add(
            Compensation(
                incident_id=incident.id,
                form=CompensationForm.CREDIT_NOTE,
                amount=Decimal("1250.00"),
                granted_on=incident.reported_at.date() + timedelta(days=3),
                note="Approved by finance.",
            )
        )
        return incident.id


def test_one_incident_with_every_field(sample_store: Store) -> None:
    incident_id = enrich_incident(sample_store)
    report = load_incident_report(sample_store, incident_ids=[incident_id])
    assert report.single is not None
    item = report.single
    with sample_store.session() as session:
        incident = session.get_one(Incident, incident_id)
        account = session.get_one(Account, incident.account_id)
        contacts = {
            f"{c.first_name} {c.last_name}".strip()
            for c in session.scalars(select(Contact).where(Contact.account_id == account.id))
        }
    assert (item.incident_id, item.title, item.account_name) == (
        incident_id,
        incident.title,
        account.name,
    )
    assert (item.category, item.severity, item.status) == (
        incident.category,
        incident.severity,
        incident.status,
    )
    assert item.reported_at == incident.reported_at and item.reported_at.tzinfo is not None
    assert item.closed_at == incident.closed_at
    assert item.root_cause == ROOT_CAUSE
    assert item.lessons_learned and item.client_impact and item.resolution and item.description
    assert item.teams and item.owner
    assert item.time_zone == account.time_zone
    assert item.status_history[0].status is IncidentStatus.OPEN
    assert [e.occurred_at for e in item.events] == sorted(e.occurred_at for e in item.events)
    client_line = item.events[0]
    assert client_line.actor is TimelineActor.CLIENT and client_line.client_communication
    assert client_line.who in contacts
    internal = [e for e in item.events if not e.client_communication]
    assert [e.description for e in internal] == [INTERNAL_NOTE]
    assert internal[0].who
    credit = [c for c in item.compensations if c.form is CompensationForm.CREDIT_NOTE]
    assert credit[-1].amount == Decimal("1250.00") and credit[-1].currency == account.currency
    assert credit[-1].note == "Approved by finance."


def test_the_clients_version_keeps_only_client_communication(sample_store: Store) -> None:
    incident_id = enrich_incident(sample_store)
    report = load_incident_report(sample_store, incident_ids=[incident_id], include_internal=False)
    item = report.incidents[0]
    assert not report.include_internal
    assert item.events and all(e.client_communication for e in item.events)
    assert INTERNAL_NOTE not in [e.description for e in item.events]
    assert item.lessons_learned is None and item.owner is None and item.teams == ()
    assert all(c.note is None for c in item.compensations)
    # What the client is owed stays.
    assert item.root_cause == ROOT_CAUSE and item.resolution and item.compensations


def test_an_account_and_period_selects_only_those(sample_store: Store) -> None:
    with sample_store.session() as session:
        account_id, reported = session.execute(
            select(Incident.account_id, Incident.reported_at).order_by(Incident.id).limit(1)
        ).one()
        every = session.execute(select(Incident.id, Incident.account_id, Incident.reported_at))
        rows = list(every)
    first = reported.date() - timedelta(days=30)
    last = reported.date() + timedelta(days=30)
    report = load_incident_report(sample_store, account_id=account_id, period=(first, last))
    expected = {
        i
        for i, account, at in rows
        if account == account_id and first <= at.astimezone(UTC).date() <= last
    }
    assert {item.incident_id for item in report.incidents} == expected
    assert report.account_name and report.period == (first, last)
    assert all(item.account_id == account_id for item in report.incidents)
    times = [item.reported_at for item in report.incidents]
    assert times == sorted(times)
    assert sum(n for _, n in report.by_severity()) == len(report.incidents)
    assert sum(n for _, n in report.by_status()) == len(report.incidents)


def test_a_period_across_accounts(sample_store: Store) -> None:
    period = (date(2026, 6, 1), date(2026, 8, 31))
    report = load_incident_report(sample_store, period=period)
    start, end = datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 9, 1, tzinfo=UTC)
    with sample_store.session() as session:
        count = session.scalar(
            select(func.count())
            .select_from(Incident)
            .where(Incident.reported_at >= start, Incident.reported_at < end)
        )
    assert len(report.incidents) == count and count
    assert len({item.account_id for item in report.incidents}) > 1
    assert report.account_id is None


def test_more_ids_than_one_chunk(sample_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(incident_report, "CHUNK", 7)
    with sample_store.session() as session:
        ids = list(session.scalars(select(Incident.id)))
        events = session.scalar(select(func.count()).select_from(IncidentEvent))
    report = load_incident_report(sample_store, incident_ids=ids)
    assert len(ids) > 7 and len(report.incidents) == len(ids)
    assert sum(len(item.events) for item in report.incidents) == events
    with pytest.raises(LookupError, match="999999"):
        load_incident_report(sample_store, incident_ids=[ids[0], 999_999])


def test_a_scope_is_required(sample_store: Store) -> None:
    with pytest.raises(ValueError):
        load_incident_report(sample_store)
    with pytest.raises(ValueError):
        load_incident_report(sample_store, period=(date(2026, 2, 1), date(2026, 1, 1)))
    with pytest.raises(LookupError):
        load_incident_report(sample_store, account_id=999_999)
