"""The incident log: the paged list, editing, the status workflow, the timeline, money
and playbooks — on a real SQLite database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from workbench.domain.enums import (
    AccountStatus,
    ActionStatus,
    CompensationForm,
    IncidentCategory,
    IncidentStatus,
    Sector,
    Severity,
    Team,
    Tier,
    TimelineActor,
)
from workbench.domain.incidents import (
    UNRESOLVED,
    IncidentTimes,
    ReportingPeriod,
    ResponseTargets,
    response_compliance,
)
from workbench.domain.period import Quarter
from workbench.domain.validation import ValidationError
from workbench.services import incidents, playbooks
from workbench.services.incidents import IncidentDraft, IncidentFilter
from workbench.store.database import Store
from workbench.store.models import (
    Account,
    ActionItem,
    Colleague,
    Incident,
    IncidentEvent,
    IncidentStatusChange,
    RevenueRecord,
)

NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)
TARGETS = ResponseTargets()


def _first_account(store: Store) -> int:
    with store.session() as session:
        account_id = session.scalars(select(Account.id).order_by(Account.id)).first()
    assert account_id is not None
    return account_id


def _draft(account_id: int | None, **changes: object) -> IncidentDraft:
    values: dict[str, object] = dict(
        account_id=account_id,
        title="  Pallets stuck at customs ",
        category=IncidentCategory.DELIVERY_DELAY,
        severity=Severity.HIGH,
        reported_at=datetime(2026, 11, 23, 9, tzinfo=UTC),
        client_impact="Production line idle",
        teams=frozenset({Team.OPERATIONS, Team.SUPPORT}),
    )
    values.update(changes)
    return IncidentDraft(**values)  # type: ignore[arg-type]


def _create(store: Store, **changes: object) -> int:
    with store.transaction() as session:
        return incidents.create_incident(session, _draft(_first_account(store), **changes))[0]


# --- the list -----------------------------------------------------------------------------


def test_the_list_sorts_by_severity_then_oldest_first_and_pages(sample_store: Store) -> None:
    everything = IncidentFilter()
    with sample_store.session() as session:
        total = incidents.count_incidents(session, everything)
        rows = incidents.list_incidents(session, everything, now=NOW, targets=TARGETS, limit=10**6)
        first = incidents.list_incidents(session, everything, now=NOW, targets=TARGETS, limit=7)
        second = incidents.list_incidents(
            session, everything, now=NOW, targets=TARGETS, offset=7, limit=7
        )
        stored = session.scalar(select(func.count(Incident.id)))
    assert total == stored == len(rows) > 14
    keys = [(row.severity, row.reported_at, row.incident_id) for row in rows]
    assert keys == sorted(keys)
    assert [r.incident_id for r in first + second] == [r.incident_id for r in rows[:14]]
    assert all(row.teams for row in rows)  # the sample gives every incident a team
    assert all(row.age == NOW - row.reported_at for row in rows)


def test_filters_combine_in_sql(sample_store: Store) -> None:
    with sample_store.session() as session:
        open_rows = incidents.list_incidents(
            session, IncidentFilter(open_only=True), now=NOW, targets=TARGETS
        )
        critical_delays = IncidentFilter(
            severities=frozenset({Severity.CRITICAL}),
            categories=frozenset({IncidentCategory.DELIVERY_DELAY}),
        )
        delays = incidents.list_incidents(session, critical_delays, now=NOW, targets=TARGETS)
        account_id = open_rows[0].account_id
        name = open_rows[0].account_name
        of_account = incidents.list_incidents(
            session, IncidentFilter(account_id=account_id), now=NOW, targets=TARGETS
        )
        by_text = incidents.list_incidents(
            session, IncidentFilter(text=name.upper()[:8]), now=NOW, targets=TARGETS
        )
        closed_only_open = incidents.count_incidents(
            session,
            IncidentFilter(statuses=frozenset({IncidentStatus.CLOSED}), open_only=True),
        )
        expected_open = session.scalar(
            select(func.count(Incident.id)).where(Incident.status.in_(sorted(UNRESOLVED)))
        )
    assert open_rows and len(open_rows) == expected_open
    assert all(row.status in UNRESOLVED for row in open_rows)
    assert all(
        r.severity is Severity.CRITICAL and r.category is IncidentCategory.DELIVERY_DELAY
        for r in delays
    )
    assert of_account and all(row.account_id == account_id for row in of_account)
    assert any(row.account_id == account_id for row in by_text)
    assert closed_only_open == 0


def test_rows_carry_response_times_and_breaches_from_their_own_times(store: Store) -> None:
    _seed_account(store)
    reported = datetime(2026, 11, 23, 9, tzinfo=UTC)  # Monday
    late = _create(store, severity=Severity.CRITICAL, reported_at=reported)
    waiting = _create(store, severity=Severity.LOW, reported_at=NOW - timedelta(hours=1))
    with store.transaction() as session:
        incidents.change_status(
            session, late, IncidentStatus.ACKNOWLEDGED, reported + timedelta(hours=3)
        )
    with store.session() as session:
        rows = {
            r.incident_id: r
            for r in incidents.list_incidents(session, IncidentFilter(), now=NOW, targets=TARGETS)
        }
    assert rows[late].time_to_acknowledge == timedelta(hours=3)
    assert rows[late].breached_acknowledge and rows[late].breached_resolve  # 24 h passed
    assert rows[late].time_to_resolve is None
    assert not rows[waiting].breached
    assert rows[late].teams == (Team.OPERATIONS, Team.SUPPORT)
    assert rows[late].owner_name is None


# --- editing ------------------------------------------------------------------------------


def test_create_and_update_round_trip(sample_store: Store) -> None:
    incident_id = _create(sample_store)
    with sample_store.transaction() as session:
        detail = incidents.load_incident(session, incident_id)
        assert detail.draft.title == "Pallets stuck at customs"
        assert detail.status is IncidentStatus.OPEN
        assert detail.history[-1].status is IncidentStatus.OPEN
        changed = replace(
            detail.draft,
            root_cause="Missing export papers",
            teams=frozenset({Team.FINANCE}),
            severity=Severity.CRITICAL,
        )
        incidents.update_incident(session, incident_id, changed)
    with sample_store.session() as session:
        again = incidents.load_incident(session, incident_id)
    assert again.draft == changed


def test_refused_drafts_write_nothing(sample_store: Store) -> None:
    incident_id = _create(sample_store)
    with sample_store.session() as session:
        before = session.scalar(select(func.count(Incident.id)))
        stored = incidents.load_incident(session, incident_id).draft
    with pytest.raises(ValidationError) as refused, sample_store.transaction() as session:
        incidents.create_incident(session, _draft(None, title=" ", reported_at=None))
    assert {p.field for p in refused.value.problems} == {"title", "account_id", "reported_at"}
    with pytest.raises(ValidationError), sample_store.transaction() as session:
        incidents.update_incident(session, incident_id, replace(stored, title="", owner_id=-1))
    with sample_store.session() as session:
        assert session.scalar(select(func.count(Incident.id))) == before
        assert incidents.load_incident(session, incident_id).draft == stored


# --- status -------------------------------------------------------------------------------


def test_each_transition_stamps_its_stage_and_reopening_is_recorded(sample_store: Store) -> None:
    reported = datetime(2026, 11, 23, 9, tzinfo=UTC)
    incident_id = _create(sample_store, reported_at=reported)
    t = [reported + timedelta(hours=h) for h in range(1, 8)]
    steps = [
        (IncidentStatus.ACKNOWLEDGED, t[0]),
        (IncidentStatus.MITIGATING, t[1]),
        (IncidentStatus.RESOLVED, t[2]),
        (IncidentStatus.CLOSED, t[3]),
        (IncidentStatus.ACKNOWLEDGED, t[4]),  # reopened
        (IncidentStatus.CLOSED, t[5]),  # closed again, passing "resolved"
    ]
    seen = []
    for target, at in steps:
        with sample_store.transaction() as session:
            incidents.change_status(session, incident_id, target, at)
            incident = session.get_one(Incident, incident_id)
            seen.append((incident.acknowledged_at, incident.resolved_at, incident.closed_at))
    assert seen == [
        (t[0], None, None),
        (t[0], None, None),
        (t[0], t[2], None),
        (t[0], t[2], t[3]),
        (t[4], None, None),
        (t[4], t[5], t[5]),
    ]
    with sample_store.session() as session:
        history = incidents.load_incident(session, incident_id).history
    assert [(h.status, h.changed_at) for h in history] == [(IncidentStatus.OPEN, reported), *steps]


def test_skipping_ahead_stamps_the_skipped_stages(sample_store: Store) -> None:
    reported = datetime(2026, 11, 23, 9, tzinfo=UTC)
    incident_id = _create(sample_store, reported_at=reported)
    at = reported + timedelta(hours=5)
    with sample_store.transaction() as session:
        incidents.change_status(session, incident_id, IncidentStatus.RESOLVED, at)
        incident = session.get_one(Incident, incident_id)
        assert (incident.acknowledged_at, incident.resolved_at, incident.closed_at) == (
            at,
            at,
            None,
        )
        incidents.change_status(session, incident_id, IncidentStatus.OPEN, at)
        assert incident.resolved_at is None and incident.acknowledged_at == at


def test_refused_status_changes_write_nothing(sample_store: Store) -> None:
    reported = datetime(2026, 11, 23, 9, tzinfo=UTC)
    incident_id = _create(sample_store, reported_at=reported)
    with pytest.raises(ValidationError) as same, sample_store.transaction() as session:
        incidents.change_status(session, incident_id, IncidentStatus.OPEN, NOW)
    assert same.value.problems[0].text() == "The incident is already open."
    with pytest.raises(ValidationError) as early, sample_store.transaction() as session:
        incidents.change_status(
            session, incident_id, IncidentStatus.ACKNOWLEDGED, reported - timedelta(hours=1)
        )
    assert early.value.problems[0].field == "changed_at"
    with sample_store.session() as session:
        assert session.get_one(Incident, incident_id).status is IncidentStatus.OPEN
        changes = session.scalar(
            select(func.count())
            .select_from(IncidentStatusChange)
            .where(IncidentStatusChange.incident_id == incident_id)
        )
    assert changes == 1


# --- timeline and money -----------------------------------------------------------------


def test_the_timeline_lists_newest_first_with_who(sample_store: Store) -> None:
    incident_id = _create(sample_store)
    with sample_store.transaction() as session:
        me = session.scalars(select(Colleague).where(Colleague.is_me)).one()
        incidents.add_event(
            session,
            incident_id,
            TimelineActor.ACCOUNT_MANAGER,
            "Called the client",
            NOW - timedelta(hours=2),
            colleague_id=me.id,
            client_communication=True,
        )
        incidents.add_event(session, incident_id, TimelineActor.COLLEAGUE, "Truck booked", NOW)
        with pytest.raises(ValidationError):
            incidents.add_event(session, incident_id, TimelineActor.CLIENT, "  ", NOW)
        events = incidents.load_incident(session, incident_id).events
    assert [e.description for e in events] == ["Truck booked", "Called the client"]
    assert events[1].who == me.name and events[1].client_communication


def _seed_account(store: Store) -> int:
    with store.transaction() as session:
        account = Account(
            name="Laboratorios Teide",
            sector=Sector.PHARMA,
            tier=Tier.KEY,
            status=AccountStatus.ACTIVE,
            country="ES",
            time_zone="Atlantic/Canary",
            currency="EUR",
        )
        session.add(account)
        session.flush()
        for period, revenue, cost in (
            (20261, "10000.00", "6000.00"),
            (20262, "12000.00", "7000.00"),
            (20263, "9999.00", "1.00"),  # outside the quarters asked for
        ):
            session.add(
                RevenueRecord(
                    account_id=account.id,
                    period=period,
                    revenue=Decimal(revenue),
                    cost=Decimal(cost),
                )
            )
        return account.id


def test_compensations_reduce_profitability_in_the_quarter_they_are_granted(
    store: Store,
) -> None:
    account_id = _seed_account(store)
    with store.transaction() as session:
        incident_id, _changes = incidents.create_incident(session, _draft(account_id))
        incidents.add_compensation(
            session, incident_id, CompensationForm.CREDIT_NOTE, Decimal("500.25"), date(2026, 5, 15)
        )
        incidents.add_compensation(  # granted in Q3: outside
            session, incident_id, CompensationForm.FREE_SERVICE, Decimal(300), date(2026, 7, 1)
        )
        with pytest.raises(ValidationError) as negative:
            incidents.add_compensation(
                session, incident_id, CompensationForm.FREE_SERVICE, Decimal(-1), date(2026, 5, 1)
            )
        assert negative.value.problems[0].field == "amount"
        result = incidents.account_profitability(
            session, account_id, Quarter(2026, 1), Quarter(2026, 2)
        )
        detail = incidents.load_incident(session, incident_id)
    # 22,000 revenue − 13,000 cost − 500.25 compensation
    assert (result.revenue, result.cost, result.compensations) == (
        Decimal(22000),
        Decimal(13000),
        Decimal("500.25"),
    )
    assert result.profit == Decimal("8499.75")
    assert result.margin_pct is not None
    assert result.margin_pct.quantize(Decimal("0.0001")) == Decimal("38.6352")
    assert result.currency == "EUR"
    assert [c.amount for c in detail.compensations] == [Decimal("500.25"), Decimal(300)]


def test_margin_is_undefined_without_revenue(store: Store) -> None:
    account_id = _seed_account(store)
    with store.session() as session:
        result = incidents.account_profitability(
            session, account_id, Quarter(2025, 1), Quarter(2025, 4)
        )
    assert result.revenue == result.profit == 0
    assert result.margin_pct is None


def test_compliance_for_matches_the_domain_rule_on_every_incident(sample_store: Store) -> None:
    start, end = datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)
    with sample_store.session() as session:
        result = incidents.compliance_for(
            session, period_start=start, period_end=end, now=NOW, targets=TARGETS
        )
        all_times = [
            IncidentTimes(
                i.severity,
                i.reported_at,
                i.acknowledged_at,
                i.resolved_at,
                a.time_zone,
                i.closed_at,
            )
            for i, a in session.execute(
                select(Incident, Account).join(Account, Account.id == Incident.account_id)
            )
        ]
    expected = response_compliance(all_times, NOW, TARGETS, ReportingPeriod(start, end))
    assert result == expected
    assert result.acknowledge.subject > 0


# --- playbooks ----------------------------------------------------------------------------


def test_playbooks_load_in_both_languages_with_the_same_keys() -> None:
    english, spanish = playbooks.load_playbooks("en"), playbooks.load_playbooks("es")
    assert set(english) == set(spanish) == set(IncidentCategory)

    def shape(books: dict[IncidentCategory, playbooks.Playbook]) -> list[object]:
        return [
            (r.key, [(s.team, s.due_days) for s in r.steps])
            for book in books.values()
            for r in book.responses
        ]

    assert shape(english) == shape(spanish)
    delay = english[IncidentCategory.DELIVERY_DELAY]
    assert [r.key for r in delay.responses] == [
        "delivery_delay.prioritise",
        "delivery_delay.temporary_solution",
        "delivery_delay.compensate",
    ]
    assert all(len(book.responses) >= 2 for book in english.values())
    assert all(3 <= len(r.steps) <= 5 for book in english.values() for r in book.responses)
    assert (
        spanish[IncidentCategory.DELIVERY_DELAY]
        .responses[0]
        .key_lesson.startswith("La resolución rápida")
    )
    assert playbooks.load_playbooks("fr") is english


def test_choosing_a_response_creates_its_action_items(sample_store: Store) -> None:
    incident_id = _create(sample_store)
    today = date(2026, 11, 26)
    with sample_store.transaction() as session:
        ids, _changes = playbooks.apply_response(
            session, incident_id, "delivery_delay.prioritise", today=today, language="en", at=NOW
        )
        items = session.scalars(select(ActionItem).where(ActionItem.id.in_(ids))).all()
        incident = session.get_one(Incident, incident_id)
        account_id = incident.account_id
        assert incident.playbook_response == "delivery_delay.prioritise"
        event = session.scalars(
            select(IncidentEvent).where(IncidentEvent.incident_id == incident_id)
        ).one()
    response = playbooks.find_response("en", "delivery_delay.prioritise")
    assert response is not None
    assert [(i.title, i.owner_team, i.due_on) for i in sorted(items, key=lambda i: i.id)] == [
        (s.text, s.team, today + timedelta(days=s.due_days)) for s in response.steps
    ]
    assert all(
        i.account_id == account_id
        and i.incident_id == incident_id
        and i.status is ActionStatus.OPEN
        and i.owner_colleague_id is None
        for i in items
    )
    assert event.description == (
        "Response chosen: Coordinate with operations to prioritise the order"
    )
    with sample_store.session() as session:
        linked = incidents.load_incident(session, incident_id).action_items
    assert sorted(a.action_item_id for a in linked) == sorted(ids)


def test_a_named_owner_takes_every_item(sample_store: Store) -> None:
    incident_id = _create(sample_store, category=IncidentCategory.QUALITY)
    with sample_store.transaction() as session:
        me = session.scalars(select(Colleague.id).where(Colleague.is_me)).one()
        ids, _changes = playbooks.apply_response(
            session,
            incident_id,
            "quality.root_cause_fix",
            today=date(2026, 11, 26),
            language="es",
            owner_colleague_id=me,
            at=NOW,
        )
        items = session.scalars(select(ActionItem).where(ActionItem.id.in_(ids))).all()
        events = incidents.load_incident(session, incident_id).events
    assert {(i.owner_colleague_id, i.owner_team) for i in items} == {(me, None)}
    assert events[0].description.startswith("Respuesta elegida: ")


@pytest.mark.parametrize(
    ("key", "field_text"),
    [
        ("delivery_delay.nonsense", "There is no playbook response"),
        ("quality.root_cause_fix", "This response is for quality incidents"),
    ],
)
def test_unknown_or_foreign_responses_are_refused(
    sample_store: Store, key: str, field_text: str
) -> None:
    incident_id = _create(sample_store)
    with sample_store.session() as session:
        before = session.scalar(select(func.count(ActionItem.id)))
    with pytest.raises(ValidationError) as refused, sample_store.transaction() as session:
        playbooks.apply_response(session, incident_id, key, today=date(2026, 11, 26), language="en")
    assert refused.value.problems[0].text().startswith(field_text)
    with sample_store.session() as session:
        assert session.scalar(select(func.count(ActionItem.id))) == before
        assert session.get_one(Incident, incident_id).playbook_response is None


def test_every_change_to_an_incident_names_its_tables_and_account(sample_store: Store) -> None:
    """The Incidents tab reloads on these tables, the Portfolio refreshes just the account."""
    account_id = _first_account(sample_store)
    with sample_store.transaction() as session:
        incident_id, created = incidents.create_incident(session, _draft(account_id))
        stored = incidents.load_incident(session, incident_id).draft
        outcomes = [
            created,
            incidents.update_incident(session, incident_id, replace(stored, title="Late again"))[1],
            incidents.change_status(
                session, incident_id, IncidentStatus.ACKNOWLEDGED, NOW + timedelta(hours=1)
            )[1],
            incidents.add_event(session, incident_id, TimelineActor.CLIENT, "Called", NOW)[1],
            incidents.add_compensation(
                session, incident_id, CompensationForm.CREDIT_NOTE, Decimal(5), date(2026, 11, 26)
            )[1],
            playbooks.apply_response(
                session, incident_id, "delivery_delay.prioritise", today=NOW.date(), language="en"
            )[1],
        ]
    for changes in outcomes:
        assert changes.touches("incidents", "incident_events", "compensations", "action_items")
        assert set(incidents.WRITES) <= changes.tables
        assert changes.account_ids == {account_id}
