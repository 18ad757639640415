"""Health scores as of a moment, their monthly history and the accounts whose band dropped."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from workbench.domain.enums import (
    AccountStatus,
    IncidentCategory,
    IncidentStatus,
    Sector,
    Severity,
    Tier,
)
from workbench.domain.health import Band
from workbench.services import health
from workbench.services.portfolio import load_portfolio
from workbench.store.database import Store
from workbench.store.models import Account, HealthSnapshot, Incident

NOW = datetime(2026, 11, 26, 8, tzinfo=UTC)


def test_month_arithmetic() -> None:
    assert health.month_key(date(2026, 1, 31)) == 202601
    assert health.months_before(202602, 3) == [202511, 202512, 202601]
    assert health.month_end(202612) == datetime(2027, 1, 1, tzinfo=UTC)


def test_refresh_fills_twelve_months_and_rewrites_only_the_current(sample_store: Store) -> None:
    with sample_store.transaction() as session:
        current = health.refresh_history(session, NOW)
    with sample_store.session() as session:
        months = sorted(health.stored_months(session))
        assert months == [*health.months_before(202611, 12), 202611]
        stored = dict(
            session.execute(
                select(HealthSnapshot.account_id, HealthSnapshot.score).where(
                    HealthSnapshot.month == 202611
                )
            ).all()
        )
        # The current month is what the Portfolio shows, for the customers only.
        shown = {r.id: r.health.score for r in load_portfolio(session, now=NOW)}
        tracked = health.tracked_accounts(session)
        assert stored == {a: shown[a] for a in tracked if shown[a] is not None}
        assert stored == {a: s.score for a, s in current.items() if s.score is not None}
        factors = json.loads(session.scalars(select(HealthSnapshot.factors_json).limit(1)).one())
        assert factors and all("contribution" in f and "weight" in f for f in factors.values())
        past = session.scalar(select(func.count()).where(HealthSnapshot.month == 202605))
    assert past
    # Refreshing again keeps the past and rewrites the current month only.
    with sample_store.transaction() as session:
        session.execute(
            HealthSnapshot.__table__.update().where(HealthSnapshot.month == 202605).values(score=1)
        )
        health.refresh_history(session, NOW)
    with sample_store.session() as session:
        assert (
            session.scalar(
                select(func.min(HealthSnapshot.score)).where(HealthSnapshot.month == 202605)
            )
            == 1
        )


def test_a_past_month_sees_the_incidents_open_then(store: Store) -> None:
    with store.transaction() as session:
        account = Account(
            name="Acme",
            sector=Sector.LOGISTICS,
            tier=Tier.KEY,
            status=AccountStatus.ACTIVE,
            country="ES",
            time_zone="Europe/Madrid",
            currency="EUR",
            client_since=date(2020, 1, 1),
        )
        session.add(account)
        session.flush()
        session.add(
            Incident(
                account_id=account.id,
                title="Outage",
                category=IncidentCategory.DELIVERY_DELAY,
                severity=Severity.CRITICAL,
                status=IncidentStatus.RESOLVED,
                reported_at=datetime(2026, 9, 20, tzinfo=UTC),
                resolved_at=datetime(2026, 10, 10, tzinfo=UTC),
            )
        )
        session.flush()
        september = health.compute_health(session, health.month_end(202609), live=False)
        october = health.compute_health(session, health.month_end(202610), live=False)
        today = health.compute_health(session, NOW)
    # Only the incident factor has data: one open critical incident = 100 - 40.
    assert september[account.id].score == 60
    assert october[account.id].score == 100
    assert today[account.id].score == 100


def test_band_drops_compare_this_month_with_the_last(store: Store) -> None:
    with store.transaction() as session:
        ids = []
        for name in ("Falls", "Steady", "Rises", "New"):
            account = Account(
                name=name,
                sector=Sector.FINANCE,
                tier=Tier.KEY,
                status=AccountStatus.ACTIVE,
                country="ES",
                time_zone="Europe/Madrid",
                currency="EUR",
            )
            session.add(account)
            session.flush()
            ids.append(account.id)
        falls, steady, rises, new = ids
        for account_id, before, now in ((falls, 85, 55), (steady, 70, 62), (rises, 30, 90)):
            session.add(HealthSnapshot(account_id=account_id, month=202610, score=before))
            session.add(HealthSnapshot(account_id=account_id, month=202611, score=now))
        session.add(HealthSnapshot(account_id=new, month=202611, score=10))
        session.flush()
        drops = health.band_drops(session, NOW)
    assert [(d.account_id, d.before, d.now) for d in drops] == [(falls, Band.HEALTHY, Band.AT_RISK)]


def test_prospects_and_lost_accounts_have_no_history(sample_store: Store) -> None:
    with sample_store.transaction() as session:
        scores = health.compute_health(session, NOW + timedelta(days=1))
        statuses = dict(session.execute(select(Account.id, Account.status)).all())
    assert scores
    assert {statuses[a] for a in scores} <= {AccountStatus.ACTIVE, AccountStatus.AT_RISK}
