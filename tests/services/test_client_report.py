"""The client report gathers one account's quarter: its KPIs, trend, health and open items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from workbench.domain.enums import (
    AccountStatus,
    ActionStatus,
    IncidentCategory,
    IncidentStatus,
    KpiDirection,
    KpiFrequency,
    MeetingKind,
    MeetingMode,
    RenewalStatus,
    Sector,
    Severity,
    Team,
    Tier,
)
from workbench.domain.period import Quarter, last_complete_quarter, parse_quarter
from workbench.services.client_report import (
    AccountNotFound,
    NextStep,
    StepKind,
    UpcomingMeeting,
    client_report,
    next_steps,
)
from workbench.services.kpi import kpi_set
from workbench.services.portfolio import load_portfolio
from workbench.services.prep_brief import OpenAction, OpenIncident, RenewalDue
from workbench.services.progress import Progress
from workbench.store.database import Store
from workbench.store.models import (
    Account,
    ActionItem,
    AgreedKpi,
    Colleague,
    Contract,
    Incident,
    KpiMeasurement,
    Meeting,
    RevenueRecord,
    SurveyResponse,
)

NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)
Q3 = Quarter(2026, 3)


@dataclass(frozen=True)
class Ebro:
    account: int
    other: int


def _add(session, *rows):  # type: ignore[no-untyped-def]
    session.add_all(rows)
    session.flush()
    return rows[0].id


@pytest.fixture
def ebro(store: Store) -> Ebro:
    """One account with a known quarter, and a neighbour whose items must not leak in."""
    with store.transaction() as s:
        values = dict(
            sector=Sector.LOGISTICS,
            tier=Tier.KEY,
            status=AccountStatus.ACTIVE,
            country="ES",
            time_zone="Europe/Madrid",
            currency="EUR",
            client_since=date(2020, 1, 1),
        )
        elena = _add(s, Colleague(name="Elena Vidal", team=Team.ACCOUNT_MANAGEMENT))
        account = _add(s, Account(name="Transportes Ebro S.A.", owner_id=elena, **values))
        other = _add(s, Account(name="Otra Cuenta S.L.", **values))
        for period, revenue, cost in ((20253, 80, 40), (20262, 200, 150), (20263, 250, 175)):
            s.add(
                RevenueRecord(
                    account_id=account,
                    period=period,
                    revenue=Decimal(revenue),
                    cost=Decimal(cost),
                )
            )
        s.add(RevenueRecord(account_id=other, period=20263, revenue=Decimal(999)))
        for score in (10, 9, 7, 3):  # NPS 25 in Q3
            s.add(SurveyResponse(account_id=account, responded_on=date(2026, 8, 1), score=score))
        s.add(SurveyResponse(account_id=other, responded_on=date(2026, 8, 1), score=0))
        on_time = _add(
            s,
            AgreedKpi(
                account_id=account,
                name="On-time delivery",
                unit="%",
                direction=KpiDirection.AT_LEAST,
                target=Decimal(95),
                frequency=KpiFrequency.MONTHLY,
            ),
        )
        response = _add(
            s,
            AgreedKpi(
                account_id=account,
                name="Response time",
                unit="h",
                direction=KpiDirection.AT_MOST,
                target=Decimal(4),
                frequency=KpiFrequency.MONTHLY,
            ),
        )
        s.add_all(
            [
                KpiMeasurement(kpi_id=on_time, measured_on=date(2026, 7, 1), value=Decimal(97)),
                KpiMeasurement(kpi_id=on_time, measured_on=date(2026, 8, 1), value=Decimal(90)),
                KpiMeasurement(kpi_id=on_time, measured_on=date(2026, 9, 1), value=Decimal(99)),
                KpiMeasurement(kpi_id=response, measured_on=date(2026, 9, 10), value=Decimal(3)),
                # After the quarter: not in its compliance.
                KpiMeasurement(kpi_id=response, measured_on=date(2026, 10, 10), value=Decimal(9)),
            ]
        )
        incident = dict(category=IncidentCategory.DELIVERY_DELAY)
        s.add_all(
            [
                Incident(
                    account_id=account,
                    title="Late pallets",
                    severity=Severity.CRITICAL,
                    status=IncidentStatus.ACKNOWLEDGED,
                    reported_at=NOW - timedelta(days=10, hours=3),
                    acknowledged_at=NOW - timedelta(days=10),
                    **incident,
                ),
                Incident(
                    account_id=account,
                    title="Wrong labels",
                    severity=Severity.LOW,
                    status=IncidentStatus.OPEN,
                    reported_at=NOW - timedelta(days=3),
                    **incident,
                ),
                Incident(
                    account_id=account,
                    title="Solved long ago",
                    severity=Severity.HIGH,
                    status=IncidentStatus.RESOLVED,
                    reported_at=NOW - timedelta(days=40),
                    resolved_at=NOW - timedelta(days=30),
                    **incident,
                ),
                Incident(
                    account_id=other,
                    title="Not this account",
                    severity=Severity.CRITICAL,
                    status=IncidentStatus.OPEN,
                    reported_at=NOW - timedelta(days=2),
                    **incident,
                ),
            ]
        )
        s.add_all(
            [
                ActionItem(
                    account_id=account,
                    title="Send the KPI report",
                    owner_colleague_id=elena,
                    due_on=date(2026, 11, 20),
                ),
                ActionItem(
                    account_id=account,
                    title="Confirm dates with operations",
                    owner_team=Team.OPERATIONS,
                    due_on=date(2026, 12, 10),
                    status=ActionStatus.IN_PROGRESS,
                ),
                ActionItem(
                    account_id=account,
                    title="Done already",
                    owner_team=Team.SALES,
                    due_on=date(2026, 11, 1),
                    status=ActionStatus.DONE,
                    completed_at=NOW - timedelta(days=20),
                ),
                ActionItem(account_id=other, title="Not this account", owner_team=Team.SALES),
            ]
        )
        s.add_all(
            [
                Contract(
                    account_id=account,
                    title="Framework agreement",
                    starts_on=date(2024, 3, 1),
                    ends_on=date(2027, 2, 28),
                    annual_value=Decimal(1000),
                    currency="EUR",
                    notice_days=60,
                    renewal_status=RenewalStatus.IN_NEGOTIATION,
                ),
                Contract(
                    account_id=account,
                    title="Warehouse add-on",
                    starts_on=date(2025, 1, 1),
                    ends_on=date(2027, 12, 31),
                    annual_value=Decimal(500),
                    currency="EUR",
                    renewal_status=RenewalStatus.NOT_DUE,
                ),
            ]
        )
        s.add_all(
            [
                Meeting(
                    account_id=account,
                    title="Quarterly review",
                    kind=MeetingKind.QBR,
                    mode=MeetingMode.VIRTUAL,
                    starts_at=datetime(2026, 12, 3, 9, tzinfo=UTC),
                    ends_at=datetime(2026, 12, 3, 10, tzinfo=UTC),
                    time_zone="Europe/Madrid",
                ),
                Meeting(
                    account_id=account,
                    title="Too far ahead",
                    kind=MeetingKind.REVIEW,
                    mode=MeetingMode.VIRTUAL,
                    starts_at=datetime(2027, 2, 3, 9, tzinfo=UTC),
                    ends_at=datetime(2027, 2, 3, 10, tzinfo=UTC),
                    time_zone="Europe/Madrid",
                ),
            ]
        )
    return Ebro(account, other)


def test_the_quarter_and_its_trend_are_the_kpi_engines_figures(store: Store, ebro: Ebro) -> None:
    with store.session() as session:
        report = client_report(session, ebro.account, Q3, now=NOW)
        expected = kpi_set(session, Q3, now=NOW, account_id=ebro.account)
        previous = kpi_set(session, Q3.previous(), now=NOW, account_id=ebro.account)
    assert report.kpis.values() == expected.values()
    assert report.previous.values() == previous.values()
    assert report.kpis.revenue == Decimal(250) and report.previous.revenue == Decimal(200)
    assert report.kpis.growth_qoq == Decimal("0.25")
    assert report.kpis.nps is not None and report.kpis.nps.score == Decimal(25)
    assert [k.period for k in report.trend] == [Q3.shifted(i) for i in range(-7, 1)]
    # Quarters without revenue are undefined, not zero.
    assert report.trend[-3].revenue is None and report.trend[-5].revenue == Decimal(80)


def test_account_facts_and_who_prepared_it(store: Store, ebro: Ebro) -> None:
    with store.session() as session:
        report = client_report(session, ebro.account, Q3, now=NOW)
    account = report.account
    assert (account.name, account.sector, account.tier, account.currency) == (
        "Transportes Ebro S.A.",
        Sector.LOGISTICS,
        Tier.KEY,
        "EUR",
    )
    assert account.owner == "Elena Vidal"
    # Nobody is marked as "me": the account's owner prepared it.
    assert report.prepared_by == "Elena Vidal"


def test_each_agreed_kpi_counts_only_the_quarters_measurements(store: Store, ebro: Ebro) -> None:
    with store.session() as session:
        report = client_report(session, ebro.account, Q3, now=NOW)
    by_name = {k.name: (k.met, k.measured, k.share) for k in report.agreed_kpis}
    assert by_name == {
        "On-time delivery": (2, 3, Decimal(2) / Decimal(3)),
        "Response time": (1, 1, Decimal(1)),
    }
    # Pooled, they are the quarter's agreed-KPI compliance.
    assert (report.kpis.kpi_met, report.kpis.kpi_measured) == (3, 4)
    charts = report.charts()
    assert [p.revenue for p in charts.revenue] == [k.revenue for k in report.trend]
    assert [k.name for k in charts.kpis] == ["On-time delivery", "Response time"]


def test_open_items_are_the_accounts_own_and_still_open(store: Store, ebro: Ebro) -> None:
    with store.session() as session:
        report = client_report(session, ebro.account, Q3, now=NOW)
    assert [i.title for i in report.incidents] == ["Late pallets", "Wrong labels"]
    assert [(a.title, a.overdue) for a in report.actions] == [
        ("Send the KPI report", True),
        ("Confirm dates with operations", False),
    ]
    assert [m.title for m in report.meetings] == ["Quarterly review"]
    assert [r.title for r in report.renewals] == ["Framework agreement"]
    assert report.next_renewal is not None
    assert (report.next_renewal.title, report.next_renewal.notice_by) == (
        "Framework agreement",
        date(2026, 12, 30),
    )


def test_next_steps_put_overdue_actions_first_then_renewals_meetings_and_critical_incidents(
    store: Store, ebro: Ebro
) -> None:
    with store.session() as session:
        report = client_report(session, ebro.account, Q3, now=NOW)
    assert report.next_steps == (
        NextStep(StepKind.OVERDUE_ACTION, "Send the KPI report", date(2026, 11, 20), "Elena Vidal"),
        NextStep(StepKind.RENEWAL, "Framework agreement", date(2026, 12, 30)),
        NextStep(StepKind.MEETING, "Quarterly review", date(2026, 12, 3)),
        NextStep(StepKind.CRITICAL_INCIDENT, "Late pallets", date(2026, 11, 16)),
    )


def test_settled_renewals_and_minor_incidents_are_not_next_steps() -> None:
    renewal = RenewalDue(
        1,
        "Renewed",
        date(2027, 1, 31),
        66,
        date(2026, 12, 1),
        Decimal(1),
        "EUR",
        RenewalStatus.RENEWED,
    )
    incident = OpenIncident(
        1, "Minor", Severity.HIGH, IncidentStatus.OPEN, IncidentCategory.QUALITY, NOW, 0
    )
    action = OpenAction(
        1, "Not due yet", None, Team.SALES, date(2026, 12, 1), ActionStatus.OPEN, False
    )
    assert next_steps((action,), (renewal,), (), (incident,)) == ()


def test_a_meeting_step_falls_on_the_accounts_day() -> None:
    late = UpcomingMeeting(
        "Late call", datetime(2026, 12, 3, 23, 30, tzinfo=UTC), NOW, "America/New_York"
    )
    (step,) = next_steps((), (), (late,), (), "Europe/Madrid")
    assert step.on == date(2026, 12, 4)


def test_the_health_is_the_portfolios_score(store: Store, ebro: Ebro) -> None:
    with store.session() as session:
        report = client_report(session, ebro.account, Q3, now=NOW)
        (row,) = load_portfolio(session, now=NOW, only=[ebro.account])
    assert report.health == row.health
    assert report.health.score is not None and report.health.factors


def test_an_unknown_account_is_refused(store: Store, ebro: Ebro) -> None:
    with store.session() as session, pytest.raises(AccountNotFound):
        client_report(session, ebro.other + 100, Q3, now=NOW)


def test_gathering_reports_progress_and_can_be_cancelled(store: Store, ebro: Ebro) -> None:
    seen: list[tuple[int, int]] = []
    with store.session() as session:
        client_report(
            session,
            ebro.account,
            Q3,
            now=NOW,
            progress=Progress(lambda d, t, _: seen.append((d, t))),
        )
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    from workbench.services.progress import Cancelled

    cancelled = Progress()
    cancelled.cancel()
    with store.session() as session, pytest.raises(Cancelled):
        client_report(session, ebro.account, Q3, now=NOW, progress=cancelled)


def test_gathering_runs_a_bounded_number_of_queries(sample_store: Store) -> None:
    """The same number of statements for any account: nothing is read per other account."""
    counts = []
    with sample_store.session() as session:
        ids = session.scalars(select(Account.id).order_by(Account.id)).all()
        for account_id in (ids[0], ids[len(ids) // 2], ids[-1]):
            statements: list[str] = []

            def count(*args: object, _into: list[str] = statements) -> None:
                _into.append("")

            engine = session.get_bind()
            event.listen(engine, "before_cursor_execute", count)
            try:
                client_report(session, account_id, Q3, now=NOW)
            finally:
                event.remove(engine, "before_cursor_execute", count)
            counts.append(len(statements))
    assert max(counts) <= 140
    assert max(counts) - min(counts) <= 4


@pytest.mark.parametrize(
    ("text", "quarter"),
    [("2026-Q3", Quarter(2026, 3)), ("2026q1", Quarter(2026, 1)), (" 2025 Q4 ", Quarter(2025, 4))],
)
def test_a_quarter_is_read_as_year_and_quarter(text: str, quarter: Quarter) -> None:
    assert parse_quarter(text) == quarter


@pytest.mark.parametrize("text", ["2026-Q5", "2026-Q0", "Q3 2026", "2026-3", "", "26-Q3"])
def test_anything_else_is_not_a_quarter(text: str) -> None:
    with pytest.raises(ValueError, match="quarter"):
        parse_quarter(text)


def test_the_default_quarter_is_the_last_complete_one() -> None:
    assert last_complete_quarter(date(2026, 11, 26)) == Q3
    assert last_complete_quarter(date(2026, 1, 1)) == Quarter(2025, 4)
