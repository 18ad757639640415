"""The focus list on a database built so that each kind of entry has one hit and one near miss."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from workbench.domain.enums import (
    AccountStatus,
    ActionStatus,
    IncidentCategory,
    IncidentStatus,
    InteractionKind,
    MeetingKind,
    MeetingMode,
    RenewalStatus,
    Sector,
    Severity,
    Team,
    Tier,
)
from workbench.domain.health import Band
from workbench.services.focus import FocusKind, Target, TargetTab, focus_list
from workbench.store.database import Store
from workbench.store.models import (
    Account,
    ActionItem,
    Colleague,
    Contract,
    HealthSnapshot,
    Incident,
    Interaction,
    Meeting,
)

NOW = datetime(2026, 11, 26, 8, tzinfo=UTC)
TODAY = NOW.date()


def _account(session: Session, name: str, contacted_days_ago: int | None = 3) -> int:
    account = Account(
        name=name,
        sector=Sector.FINANCE,
        tier=Tier.KEY,
        status=AccountStatus.ACTIVE,
        country="ES",
        time_zone="Europe/Madrid",
        currency="EUR",
        client_since=date(2020, 1, 1),
    )
    session.add(account)
    session.flush()
    if contacted_days_ago is not None:
        session.add(
            Interaction(
                account_id=account.id,
                kind=InteractionKind.CALL,
                occurred_at=NOW - timedelta(days=contacted_days_ago),
                summary="Call",
            )
        )
    return account.id


def test_each_kind_finds_its_record_and_leaves_the_near_miss(store: Store) -> None:
    with store.transaction() as session:
        a = _account(session, "Alpha")
        quiet = _account(session, "Quiet", contacted_days_ago=60)
        never = _account(session, "Never called", contacted_days_ago=None)
        _account(session, "Recent", contacted_days_ago=44)
        for title, due, status in (
            ("Send the KPI report", TODAY - timedelta(days=3), ActionStatus.OPEN),
            ("Due today", TODAY, ActionStatus.OPEN),
            ("Done late", TODAY - timedelta(days=9), ActionStatus.DONE),
        ):
            session.add(
                ActionItem(
                    account_id=a,
                    title=title,
                    due_on=due,
                    status=status,
                    owner_team=Team.ACCOUNT_MANAGEMENT,
                    completed_at=NOW if status is ActionStatus.DONE else None,
                )
            )
        for title, severity, status in (
            ("Plant stopped", Severity.CRITICAL, IncidentStatus.ACKNOWLEDGED),
            ("Resolved critical", Severity.CRITICAL, IncidentStatus.RESOLVED),
            ("Open high", Severity.HIGH, IncidentStatus.OPEN),
        ):
            session.add(
                Incident(
                    account_id=a,
                    title=title,
                    category=IncidentCategory.DELIVERY_DELAY,
                    severity=severity,
                    status=status,
                    reported_at=NOW - timedelta(days=2),
                )
            )
        for title, starts in (
            ("QBR", NOW + timedelta(days=2)),
            ("Too far", NOW + timedelta(days=8)),
            ("Yesterday", NOW - timedelta(days=1)),
        ):
            session.add(
                Meeting(
                    account_id=a,
                    title=title,
                    kind=MeetingKind.QBR,
                    mode=MeetingMode.VIRTUAL,
                    starts_at=starts,
                    ends_at=starts + timedelta(hours=1),
                    time_zone="Europe/Madrid",
                )
            )
        for title, ends, status in (
            ("Framework 2024", TODAY + timedelta(days=40), RenewalStatus.IN_NEGOTIATION),
            ("Renewed already", TODAY + timedelta(days=20), RenewalStatus.RENEWED),
            ("Far away", TODAY + timedelta(days=120), RenewalStatus.NOT_DUE),
        ):
            session.add(
                Contract(
                    account_id=a,
                    title=title,
                    starts_on=date(2024, 1, 1),
                    ends_on=ends,
                    annual_value=Decimal(1000),
                    currency="EUR",
                    renewal_status=status,
                )
            )
        session.add(HealthSnapshot(account_id=quiet, month=202610, score=82))
        session.add(HealthSnapshot(account_id=quiet, month=202611, score=58))
        session.add(HealthSnapshot(account_id=a, month=202610, score=75))
        session.add(HealthSnapshot(account_id=a, month=202611, score=61))
        session.flush()
        found = focus_list(session, NOW, quiet_days=45)

    def titles(kind: FocusKind) -> list[str]:
        return [item.title for item in found.of(kind)]

    assert titles(FocusKind.OVERDUE_ACTION) == ["Send the KPI report"]
    assert found.of(FocusKind.OVERDUE_ACTION)[0].detail == (("days", 3),)
    assert titles(FocusKind.CRITICAL_INCIDENT) == ["Plant stopped"]
    assert found.of(FocusKind.CRITICAL_INCIDENT)[0].target.tab is TargetTab.INCIDENTS
    assert titles(FocusKind.MEETING) == ["QBR"]
    meeting = found.of(FocusKind.MEETING)[0]
    assert meeting.target.tab is TargetTab.CALENDAR and meeting.target.occurrence is not None
    assert titles(FocusKind.RENEWAL) == ["Framework 2024"]
    # Longest silence first: never contacted, then 60 days; 44 days is not quiet yet.
    assert titles(FocusKind.QUIET_ACCOUNT) == ["Never called", "Quiet"]
    drops = found.of(FocusKind.HEALTH_DROP)
    assert [(d.account_id, dict(d.detail)["to_band"]) for d in drops] == [(quiet, Band.AT_RISK)]
    assert found.of(FocusKind.RENEWAL)[0].target == Target(TargetTab.PORTFOLIO, a)
    assert found.totals == {
        FocusKind.OVERDUE_ACTION: 1,
        FocusKind.MY_ACTION: 0,  # nobody is "me" in this book
        FocusKind.CRITICAL_INCIDENT: 1,
        FocusKind.MEETING: 1,
        FocusKind.RENEWAL: 1,
        FocusKind.HEALTH_DROP: 1,
        FocusKind.QUIET_ACCOUNT: 2,
    }
    assert never in [i.account_id for i in found.of(FocusKind.QUIET_ACCOUNT)]


def test_with_me_known_the_actions_are_mine_and_those_owed_on_my_accounts(
    store: Store,
) -> None:
    with store.transaction() as session:
        me = Colleague(name="Elena Vidal", team=Team.ACCOUNT_MANAGEMENT, is_me=True)
        marta = Colleague(name="Marta Sanz", team=Team.ACCOUNT_MANAGEMENT)
        pablo = Colleague(name="Pablo Núñez", team=Team.OPERATIONS)
        session.add_all([me, marta, pablo])
        session.flush()
        mine, hers = _account(session, "Mine"), _account(session, "Hers")
        session.get_one(Account, mine).owner_id = me.id
        session.get_one(Account, hers).owner_id = marta.id
        for title, account, owner, days, status in (
            ("I owe it late", hers, me.id, -2, ActionStatus.OPEN),
            ("Pablo owes me", mine, pablo.id, -1, ActionStatus.IN_PROGRESS),
            ("Pablo owes Marta", hers, pablo.id, -5, ActionStatus.OPEN),
            ("Marta's own", hers, marta.id, -4, ActionStatus.OPEN),
            ("Mine today", hers, me.id, 0, ActionStatus.OPEN),
            ("Mine in a week", mine, me.id, 7, ActionStatus.OPEN),
            ("Mine in 8 days", mine, me.id, 8, ActionStatus.OPEN),
            ("Mine done", mine, me.id, 1, ActionStatus.DONE),
            ("Pablo's this week", mine, pablo.id, 2, ActionStatus.OPEN),
        ):
            session.add(
                ActionItem(
                    account_id=account,
                    title=title,
                    owner_colleague_id=owner,
                    due_on=TODAY + timedelta(days=days),
                    status=status,
                    completed_at=NOW if status is ActionStatus.DONE else None,
                )
            )
        session.flush()
        found = focus_list(session, NOW)

    assert [i.title for i in found.of(FocusKind.OVERDUE_ACTION)] == [
        "I owe it late",
        "Pablo owes me",
    ]
    due = found.of(FocusKind.MY_ACTION)
    assert [(i.title, dict(i.detail)["days"]) for i in due] == [
        ("Mine today", 0),
        ("Mine in a week", 7),
    ]
    assert due[0].target == Target(TargetTab.PORTFOLIO, hers)
    assert found.totals[FocusKind.OVERDUE_ACTION] == 2 and found.totals[FocusKind.MY_ACTION] == 2


def test_an_empty_book_has_an_empty_focus_list(store: Store) -> None:
    with store.session() as session:
        found = focus_list(session, NOW)
    assert found.items == () and set(found.totals.values()) == {0}


def test_an_all_day_event_is_listed_as_its_day_not_as_a_midnight(store: Store) -> None:
    from workbench.domain import all_day
    from workbench.ui.dashboard.focus_view import entry_text

    with store.transaction() as session:
        a = _account(session, "Visited")
        starts, ends = all_day.bounds(TODAY + timedelta(days=2), 1, "Europe/Madrid")
        session.add(
            Meeting(
                account_id=a,
                title="Client visit day",
                kind=MeetingKind.QBR,
                mode=MeetingMode.IN_PERSON,
                starts_at=starts,  # 23:00 UTC the day before: shown as a time, it read "23:00"
                ends_at=ends,
                time_zone="Europe/Madrid",
                all_day=True,
            )
        )
    with store.session() as session:
        (visit,) = focus_list(session, NOW).of(FocusKind.MEETING)
    assert visit.when == TODAY + timedelta(days=2)
    assert "All day" in entry_text(visit) and "23:00" not in entry_text(visit)
