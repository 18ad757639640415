"""The one-pass health history gives exactly the scores of one computation per account.

:func:`health.scores_at` reads every signal for all months at once and reuses factors
across accounts; the reference here is the straightforward path: the signals of one
moment (:func:`health.load_signals`) and :func:`health_score` for each account.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from workbench.domain.enums import AccountStatus, InteractionKind, RenewalStatus
from workbench.domain.health import HealthScore, health_score
from workbench.services import health
from workbench.services.progress import Cancelled, Progress
from workbench.services.sample_portfolio import generate_sample_portfolio
from workbench.store.database import Store, open_store
from workbench.store.models import (
    Account,
    Contract,
    HealthSnapshot,
    Interaction,
    RevenueRecord,
    SurveyResponse,
)

NOW = datetime(2026, 11, 26, 8, 30, 15, 123456, tzinfo=UTC)
PAST = health.months_before(202611, health.HISTORY_MONTHS)


def reference(session: object, as_of: datetime, live: bool) -> dict[int, HealthScore]:
    """One moment's scores, account by account, the plain way."""
    accounts = health.tracked_accounts(session)  # type: ignore[arg-type]
    signals = health.load_signals(session, as_of, live=live)  # type: ignore[arg-type]
    return {
        account_id: health_score(signals.inputs(account_id, status, as_of))
        for account_id, status in accounts.items()
    }


def moments() -> list[health.Moment]:
    past = [health.Moment(m, health.month_end(m), live=False) for m in PAST]
    return [*past, health.Moment(202611, NOW, live=True)]


def add_edge_cases(store: Store) -> dict[str, int]:
    """Accounts at the edges: no interactions, no revenue, signals exactly on a month's
    last moment; and a month (May 2026) without a single survey response."""
    with store.transaction() as session:
        tracked = sorted(health.tracked_accounts(session))
        silent, no_revenue, edges, tie = tracked[0], tracked[1], tracked[2], tracked[3]
        session.execute(delete(Interaction).where(Interaction.account_id == silent))
        session.execute(delete(RevenueRecord).where(RevenueRecord.account_id == no_revenue))
        session.execute(
            delete(SurveyResponse).where(
                SurveyResponse.responded_on >= date(2026, 5, 1),
                SurveyResponse.responded_on < date(2026, 6, 1),
            )
        )
        june = health.month_end(202605)  # 2026-06-01 00:00 UTC, May's last moment
        session.add_all(
            [
                # Exactly at the month's end: counts for May; a microsecond later does not.
                Interaction(
                    account_id=edges, kind=InteractionKind.CALL, occurred_at=june, summary="edge"
                ),
                Interaction(
                    account_id=tie,
                    kind=InteractionKind.CALL,
                    occurred_at=june + timedelta(microseconds=1),
                    summary="just after",
                ),
                # Surveys on a window's first excluded and last included day.
                SurveyResponse(account_id=edges, responded_on=june.date(), score=10),
                SurveyResponse(
                    account_id=edges, responded_on=june.date() - timedelta(days=365), score=0
                ),
                # A contract ending on the day a month ends, and two ending the same day.
                Contract(
                    account_id=edges,
                    title="Ends at the month's end",
                    starts_on=date(2025, 6, 1),
                    ends_on=june.date(),
                    annual_value=Decimal(1000),
                    currency="EUR",
                    renewal_status=RenewalStatus.NOT_DUE,
                ),
                *(
                    Contract(
                        account_id=tie,
                        title=f"Same end {status}",
                        starts_on=date(2025, 1, 1),
                        ends_on=date(2026, 3, 15),
                        annual_value=Decimal(1000),
                        currency="EUR",
                        renewal_status=status,
                    )
                    for status in (RenewalStatus.RENEWED, RenewalStatus.IN_NEGOTIATION)
                ),
            ]
        )
    return {"silent": silent, "no_revenue": no_revenue, "edges": edges, "tie": tie}


@pytest.fixture(scope="module", params=[1, 2, 3])
def portfolio(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, dict[str, int]]]:
    path: Path = tmp_path_factory.mktemp("portfolio") / "health.sqlite"
    store = open_store(path)
    with store.engine.begin() as connection:
        generate_sample_portfolio(
            connection, accounts=250, seed=request.param, as_of=date(2026, 11, 26)
        )
    edges = add_edge_cases(store)
    yield store, edges
    store.close()


def test_one_pass_gives_the_scores_of_each_moment_computed_alone(
    portfolio: tuple[Store, dict[str, int]],
) -> None:
    store, edges = portfolio
    with store.session() as session:
        fast = health.scores_at(session, moments())
        assert list(fast) == [*PAST, 202611]
        for moment in moments():
            expected = reference(session, moment.as_of, moment.live)
            assert fast[moment.month] == expected, moment.month
    # The edges are really there: no contact, no revenue trend, the month's last moment.
    silent = fast[202605][edges["silent"]]
    assert "last_contact" not in {f.key for f in silent.factors}
    assert "revenue_trend" not in {f.key for f in fast[202611][edges["no_revenue"]].factors}
    contact = next(f for f in fast[202605][edges["edges"]].factors if f.key == "last_contact")
    assert dict(contact.params)["days"] == 0


def test_the_stored_history_explains_each_score_as_the_plain_computation(
    portfolio: tuple[Store, dict[str, int]],
) -> None:
    store, _ = portfolio
    with store.transaction() as session:
        session.execute(delete(HealthSnapshot))
        current = health.refresh_history(session, NOW)
    with store.session() as session:
        stored = {
            (account_id, month): (score, text)
            for account_id, month, score, text in session.execute(
                select(
                    HealthSnapshot.account_id,
                    HealthSnapshot.month,
                    HealthSnapshot.score,
                    HealthSnapshot.factors_json,
                )
            )
        }
        expected = {}
        for moment in moments():
            for account_id, score in reference(session, moment.as_of, moment.live).items():
                if score.score is not None:
                    expected[account_id, moment.month] = (score.score, health.factors_json(score))
        assert current == reference(session, NOW, True)
    assert stored == expected
    assert all(json.loads(text) for _, text in stored.values())


def test_a_recompute_after_a_change_rewrites_only_this_month(
    portfolio: tuple[Store, dict[str, int]],
) -> None:
    store, edges = portfolio
    with store.transaction() as session:
        health.refresh_history(session, NOW)
        before = dict(
            session.execute(
                select(HealthSnapshot.month, HealthSnapshot.factors_json).where(
                    HealthSnapshot.account_id == edges["silent"]
                )
            ).all()
        )
        session.add(
            Interaction(
                account_id=edges["silent"],
                kind=InteractionKind.VISIT,
                occurred_at=NOW - timedelta(days=2),
                summary="visit",
            )
        )
    with store.transaction() as session:
        health.refresh_history(session, NOW)
        after = dict(
            session.execute(
                select(HealthSnapshot.month, HealthSnapshot.factors_json).where(
                    HealthSnapshot.account_id == edges["silent"]
                )
            ).all()
        )
        assert after == {**before, 202611: after[202611]}
        assert json.loads(after[202611])["last_contact"]["params"] == {"days": "2"}


def test_cancelling_the_first_fill_keeps_nothing(portfolio: tuple[Store, dict[str, int]]) -> None:
    store, _ = portfolio
    with store.transaction() as session:
        session.execute(delete(HealthSnapshot))
    seen: list[tuple[int, int]] = []
    progress = Progress()

    def cancel_midway(done: int, total: int, _message: str) -> None:
        seen.append((done, total))
        if done >= 3:
            progress.cancel()

    progress.on_progress = cancel_midway
    with pytest.raises(Cancelled), store.transaction() as session:
        health.refresh_history(session, NOW, progress=progress)
    with store.session() as session:
        assert health.stored_months(session) == set()
    assert seen[0][1] == health.SCORING_STEPS + 1


def test_a_recompute_drops_accounts_no_longer_tracked_and_adds_new_customers(
    portfolio: tuple[Store, dict[str, int]],
) -> None:
    store, edges = portfolio
    with store.transaction() as session:
        health.refresh_history(session, NOW)
        lost = edges["tie"]
        prospect = session.scalar(
            select(Account.id).where(Account.status == AccountStatus.PROSPECT).limit(1)
        )
        assert prospect is not None
        session.execute(
            update(Account).where(Account.id == lost).values(status=AccountStatus.CHURNED)
        )
        session.execute(
            update(Account).where(Account.id == prospect).values(status=AccountStatus.ACTIVE)
        )
    with store.transaction() as session:
        current = health.refresh_history(session, NOW)
        this_month = set(
            session.scalars(select(HealthSnapshot.account_id).where(HealthSnapshot.month == 202611))
        )
        last_month = set(
            session.scalars(select(HealthSnapshot.account_id).where(HealthSnapshot.month == 202610))
        )
    assert lost not in this_month and lost in last_month  # the past is kept
    assert prospect in this_month and prospect not in last_month
    assert this_month == {a for a, s in current.items() if s.score is not None}
    with store.session() as session:
        expected = reference(session, NOW, True)
        stored = dict(
            session.execute(
                select(HealthSnapshot.account_id, HealthSnapshot.factors_json).where(
                    HealthSnapshot.month == 202611
                )
            ).all()
        )
    assert stored == {a: health.factors_json(s) for a, s in expected.items() if s.score is not None}
    with store.transaction() as session:  # back as it was, for the other tests
        session.execute(
            update(Account).where(Account.id == lost).values(status=AccountStatus.ACTIVE)
        )
        session.execute(
            update(Account).where(Account.id == prospect).values(status=AccountStatus.PROSPECT)
        )
