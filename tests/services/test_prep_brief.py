"""The meeting prep brief: every section holds the meeting's account's open items, exactly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from workbench.domain.enums import (
    AccountStatus,
    ActionStatus,
    AttendeeRole,
    DecisionRole,
    IncidentCategory,
    IncidentStatus,
    KpiDirection,
    KpiFrequency,
    MeetingKind,
    MeetingMode,
    OpportunityKind,
    OpportunityStage,
    ProposalStatus,
    RenewalStatus,
    Sector,
    Severity,
    Team,
    Tier,
)
from workbench.domain.incidents import UNRESOLVED
from workbench.domain.period import Quarter
from workbench.services.portfolio import load_portfolio
from workbench.services.prep_brief import PrepBrief, load_prep_brief
from workbench.store.database import Store
from workbench.store.models import (
    Account,
    ActionItem,
    AgreedKpi,
    Colleague,
    Contact,
    Contract,
    Incident,
    KpiMeasurement,
    Meeting,
    MeetingAttendee,
    MeetingException,
    Opportunity,
    Proposal,
    ProposalLineItem,
    ProposalVersion,
    RevenueRecord,
    SurveyResponse,
)

NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)
TODAY = NOW.date()


# --- the sample portfolio ------------------------------------------------------------------


def upcoming_one_offs(store: Store) -> list[int]:
    with store.session() as session:
        return list(
            session.scalars(
                select(Meeting.id)
                .where(Meeting.rrule.is_(None), Meeting.starts_at > NOW)
                .order_by(Meeting.id)
            )
        )


def test_every_section_holds_only_the_accounts_open_items(sample_store: Store) -> None:
    meeting_ids = upcoming_one_offs(sample_store)
    assert len(meeting_ids) >= 30
    with sample_store.session() as session:
        for meeting_id in meeting_ids:
            brief = load_prep_brief(session, meeting_id, as_of=NOW)
            account = brief.account_id
            open_incidents = set(
                session.scalars(
                    select(Incident.id).where(
                        Incident.account_id == account, Incident.status.in_(UNRESOLVED)
                    )
                )
            )
            open_actions = set(
                session.scalars(
                    select(ActionItem.id).where(
                        ActionItem.account_id == account,
                        ActionItem.status.in_((ActionStatus.OPEN, ActionStatus.IN_PROGRESS)),
                    )
                )
            )
            open_opportunities = set(
                session.scalars(
                    select(Opportunity.id).where(
                        Opportunity.account_id == account,
                        Opportunity.stage.not_in(
                            (OpportunityStage.CLOSED_WON, OpportunityStage.CLOSED_LOST)
                        ),
                    )
                )
            )
            assert {i.id for i in brief.incidents} == open_incidents
            assert {a.id for a in brief.actions} == open_actions
            assert {o.id for o in brief.opportunities} == open_opportunities
            assert all(
                session.get_one(Proposal, p.id).account_id == account for p in brief.proposals
            )
            assert all(
                p.status in (ProposalStatus.DRAFT, ProposalStatus.SENT) for p in brief.proposals
            )
            assert all(
                session.get_one(Contract, r.id).account_id == account and 0 <= r.days_left <= 180
                for r in brief.renewals
            )
            assert all(
                a.overdue == (a.due_on is not None and a.due_on < TODAY) for a in brief.actions
            )


def test_sample_brief_has_every_section_filled_somewhere(sample_store: Store) -> None:
    briefs = [load_prep_brief(sample_store, m, as_of=NOW) for m in upcoming_one_offs(sample_store)]
    for section in ("incidents", "actions", "renewals", "opportunities", "proposals"):
        assert any(getattr(b, section) for b in briefs), section
    assert all(b.meeting.attendees for b in briefs)
    assert all(b.kpis.trend and len(b.kpis.trend) == 4 for b in briefs)


def test_sample_brief_takes_the_latest_earlier_minutes_and_the_portfolio_figures(
    sample_store: Store,
) -> None:
    meeting_id = upcoming_one_offs(sample_store)[0]
    brief = load_prep_brief(sample_store, meeting_id, as_of=NOW)
    with sample_store.session() as session:
        earlier = session.execute(
            select(Meeting.id, Meeting.starts_at, Meeting.minutes).where(
                Meeting.account_id == brief.account_id,
                Meeting.starts_at < brief.meeting.starts_at,
                Meeting.minutes.is_not(None),
            )
        ).all()
        (row,) = load_portfolio(session, now=NOW, only=[brief.account_id])
    latest = max(earlier, key=lambda m: m.starts_at)
    assert brief.previous_minutes is not None
    assert brief.previous_minutes.meeting_id == latest.id
    assert brief.previous_minutes.minutes == latest.minutes
    assert brief.kpis.health == row.health and brief.kpis.nps == row.nps
    assert brief.kpis.annual_revenue == row.annual_revenue


# --- a small account with hand-computed figures ------------------------------------------


@dataclass
class Ebro:
    account: int
    other: int
    meeting: int
    series: int
    elena: int


def _add(session, *rows):  # type: ignore[no-untyped-def]
    session.add_all(rows)
    session.flush()
    return rows[0].id


def madrid(day: date, hour: int) -> datetime:
    """Hour in Madrid in November/December (UTC+1), as UTC."""
    return datetime(day.year, day.month, day.day, hour - 1, tzinfo=UTC)


@pytest.fixture
def ebro(store: Store) -> Ebro:
    with store.transaction() as s:
        account_values = dict(
            sector=Sector.LOGISTICS,
            tier=Tier.KEY,
            status=AccountStatus.ACTIVE,
            country="ES",
            time_zone="Europe/Madrid",
            currency="EUR",
        )
        account = _add(s, Account(name="Transportes Ebro S.A.", **account_values))
        other = _add(s, Account(name="Otra Cuenta S.L.", **account_values))
        elena = _add(s, Colleague(name="Elena Vidal", team=Team.ACCOUNT_MANAGEMENT, is_me=True))
        lucia = _add(
            s,
            Contact(
                account_id=account,
                first_name="Lucía",
                last_name="Navarro",
                job_title="CFO",
                decision_role=DecisionRole.ECONOMIC_BUYER,
            ),
        )
        # Revenue: 2025 Q3 … 2026 Q3 (the last complete quarter on 2026-11-26).
        for period, amount in ((20253, 80), (20254, 90), (20261, 100), (20262, 200), (20263, 250)):
            s.add(RevenueRecord(account_id=account, period=period, revenue=Decimal(amount)))
        s.add(RevenueRecord(account_id=other, period=20263, revenue=Decimal(999)))
        for score in (10, 9, 7, 3):
            s.add(SurveyResponse(account_id=account, responded_on=date(2026, 6, 1), score=score))
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
                KpiMeasurement(kpi_id=on_time, measured_on=date(2026, 10, 1), value=Decimal(97)),
                KpiMeasurement(kpi_id=on_time, measured_on=date(2026, 11, 1), value=Decimal(90)),
                KpiMeasurement(kpi_id=response, measured_on=date(2026, 11, 10), value=Decimal(3)),
            ]
        )
        incident = dict(category=IncidentCategory.DELIVERY_DELAY, title="Late pallets")
        s.add_all(
            [
                Incident(
                    account_id=account,
                    severity=Severity.CRITICAL,
                    status=IncidentStatus.ACKNOWLEDGED,
                    reported_at=NOW - timedelta(days=10, hours=3),
                    acknowledged_at=NOW - timedelta(days=10),
                    **incident,
                ),
                Incident(
                    account_id=account,
                    severity=Severity.LOW,
                    status=IncidentStatus.RESOLVED,
                    reported_at=NOW - timedelta(days=40),
                    resolved_at=NOW - timedelta(days=30),
                    **incident,
                ),
                Incident(
                    account_id=other,
                    severity=Severity.HIGH,
                    status=IncidentStatus.OPEN,
                    reported_at=NOW - timedelta(days=2),
                    **incident,
                ),
            ]
        )
        done = dict(status=ActionStatus.DONE, completed_at=NOW - timedelta(days=1))
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
                ActionItem(account_id=account, title="Book a visit", owner_team=Team.SALES),
                ActionItem(account_id=account, title="Done already", owner_team=Team.SALES, **done),
                ActionItem(
                    account_id=account,
                    title="Dropped",
                    owner_team=Team.SALES,
                    status=ActionStatus.CANCELLED,
                ),
                ActionItem(account_id=other, title="Not this account", owner_team=Team.SALES),
            ]
        )

        def meeting(account_id: int, title: str, day: date, **extra: object) -> Meeting:
            return Meeting(
                account_id=account_id,
                title=title,
                kind=MeetingKind.QBR,
                mode=MeetingMode.VIRTUAL,
                starts_at=madrid(day, 10),
                ends_at=madrid(day, 11),
                time_zone="Europe/Madrid",
                **extra,
            )

        s.add_all(
            [
                meeting(account, "Old QBR", date(2026, 10, 1), minutes="Old minutes"),
                meeting(
                    account,
                    "Newer QBR",
                    date(2026, 11, 2),
                    minutes="Newer minutes",
                    outcome="Agreed to pilot",
                ),
                meeting(account, "Blank minutes", date(2026, 11, 10), minutes="  \n"),
                meeting(account, "Later QBR", date(2026, 12, 15), minutes="Not yet"),
                meeting(other, "Other account", date(2026, 11, 20), minutes="Someone else's"),
            ]
        )
        brief_meeting = _add(
            s,
            meeting(
                account,
                "December review",
                date(2026, 12, 1),
                location="Zaragoza",
                link="https://meet.example/ebro",
                agenda="1. Delays\n2. Renewal",
            ),
        )
        s.add_all(
            [
                MeetingAttendee(meeting_id=brief_meeting, contact_id=lucia),
                MeetingAttendee(
                    meeting_id=brief_meeting, colleague_id=elena, role=AttendeeRole.OPTIONAL
                ),
            ]
        )
        series = _add(
            s,
            meeting(account, "Weekly review", date(2026, 11, 2), rrule="FREQ=WEEKLY;BYDAY=MO"),
        )
        s.add_all(
            [
                MeetingException(
                    meeting_id=series,
                    original_start=madrid(date(2026, 11, 16), 10),
                    starts_at=madrid(date(2026, 11, 16), 10),
                    ends_at=madrid(date(2026, 11, 16), 11),
                    minutes="Occurrence minutes",
                ),
                MeetingException(
                    meeting_id=series,
                    original_start=madrid(date(2026, 11, 23), 10),
                    starts_at=datetime(2026, 11, 24, 10, tzinfo=UTC),
                    ends_at=datetime(2026, 11, 24, 11, tzinfo=UTC),
                    title="Moved review",
                ),
            ]
        )
        contract = dict(currency="EUR", annual_value=Decimal(120_000), starts_on=date(2025, 1, 1))
        s.add_all(
            [
                Contract(
                    account_id=account,
                    title="Framework 2025",
                    ends_on=date(2027, 3, 31),
                    notice_days=90,
                    renewal_status=RenewalStatus.IN_NEGOTIATION,
                    **contract,
                ),
                Contract(
                    account_id=account, title="Far away", ends_on=date(2027, 8, 1), **contract
                ),
                Contract(account_id=account, title="Ended", ends_on=date(2026, 10, 1), **contract),
                Contract(account_id=other, title="Theirs", ends_on=date(2027, 1, 1), **contract),
            ]
        )
        opportunity = dict(kind=OpportunityKind.UPSELL, currency="EUR", amount=Decimal(50_000))
        s.add_all(
            [
                Opportunity(
                    account_id=account,
                    name="Cold chain",
                    stage=OpportunityStage.NEGOTIATION,
                    probability=60,
                    expected_close=date(2027, 1, 15),
                    **opportunity,
                ),
                Opportunity(
                    account_id=account,
                    name="Won",
                    stage=OpportunityStage.CLOSED_WON,
                    probability=100,
                    **opportunity,
                ),
                Opportunity(
                    account_id=other,
                    name="Theirs",
                    stage=OpportunityStage.PROPOSAL,
                    probability=40,
                    **opportunity,
                ),
            ]
        )
        sent = dict(status=ProposalStatus.SENT, sent_at=NOW - timedelta(days=30))
        current = _add(s, Proposal(account_id=account, title="Cold chain offer"))
        s.add(ProposalVersion(proposal_id=current, number=1, currency="EUR", **sent))
        draft = _add(
            s,
            ProposalVersion(
                proposal_id=current, number=2, currency="EUR", valid_until=date(2026, 12, 31)
            ),
        )
        s.add_all(
            [
                ProposalLineItem(
                    version_id=draft,
                    position=0,
                    description="Reefer trucks",
                    quantity=Decimal(2),
                    unit_price=Decimal(100),
                    discount_pct=Decimal(10),
                    tax_pct=Decimal(21),
                ),
                ProposalLineItem(
                    version_id=draft,
                    position=1,
                    description="Monitoring",
                    quantity=Decimal(3),
                    unit_price=Decimal("33.33"),
                ),
                ProposalLineItem(
                    version_id=draft,
                    position=2,
                    description="Optional training",
                    quantity=Decimal(1),
                    unit_price=Decimal(50),
                    optional=True,
                ),
            ]
        )
        stale = _add(s, Proposal(account_id=account, title="Stale offer"))
        stale_version = _add(
            s,
            ProposalVersion(
                proposal_id=stale, number=1, currency="EUR", valid_until=date(2026, 11, 1), **sent
            ),
        )
        s.add(
            ProposalLineItem(
                version_id=stale_version,
                position=0,
                description="Audit",
                quantity=Decimal(1),
                unit_price=Decimal(1000),
            )
        )
        accepted = _add(s, Proposal(account_id=account, title="Accepted offer"))
        s.add(
            ProposalVersion(
                proposal_id=accepted,
                number=1,
                currency="EUR",
                status=ProposalStatus.ACCEPTED,
                sent_at=NOW - timedelta(days=60),
                decided_at=NOW - timedelta(days=50),
            )
        )
        theirs = _add(s, Proposal(account_id=other, title="Their offer"))
        s.add(ProposalVersion(proposal_id=theirs, number=1, currency="EUR"))
    return Ebro(account, other, brief_meeting, series, elena)


@pytest.fixture
def brief(store: Store, ebro: Ebro) -> PrepBrief:
    return load_prep_brief(store, ebro.meeting, as_of=NOW)


def test_meeting_section_names_times_zones_and_attendees(brief: PrepBrief) -> None:
    meeting = brief.meeting
    assert brief.account_name == "Transportes Ebro S.A."
    assert (meeting.title, meeting.location, meeting.link) == (
        "December review",
        "Zaragoza",
        "https://meet.example/ebro",
    )
    assert meeting.starts_at == datetime(2026, 12, 1, 9, tzinfo=UTC)
    assert meeting.ends_at == datetime(2026, 12, 1, 10, tzinfo=UTC)
    assert (meeting.time_zone, meeting.account_time_zone) == ("Europe/Madrid", "Europe/Madrid")
    assert meeting.agenda == "1. Delays\n2. Renewal" and not meeting.recurring
    lucia, elena = meeting.attendees
    assert (lucia.name, lucia.company, lucia.job_title, lucia.internal, lucia.optional) == (
        "Lucía Navarro",
        "Transportes Ebro S.A.",
        "CFO",
        False,
        False,
    )
    assert lucia.decision_role is DecisionRole.ECONOMIC_BUYER
    assert (elena.name, elena.internal, elena.optional, elena.team) == (
        "Elena Vidal",
        True,
        True,
        Team.ACCOUNT_MANAGEMENT,
    )


def test_kpis_follow_the_definitions(brief: PrepBrief) -> None:
    kpis = brief.kpis
    assert kpis.currency == "EUR"
    assert kpis.annual_revenue == Decimal(640)  # 2025 Q4 … 2026 Q3
    assert kpis.growth_quarter == Quarter(2026, 3)
    assert kpis.growth_qoq == Decimal("0.25")  # (250 − 200) / 200
    assert kpis.growth_yoy == Decimal("2.125")  # (250 − 80) / 80
    assert kpis.nps is not None and (kpis.nps.score, kpis.nps.responses) == (25, 4)
    assert kpis.kpi_compliance == Decimal(2) / Decimal(3)  # 97 ≥ 95 and 3 ≤ 4 met; 90 missed
    assert [(k.name, k.met, k.measured) for k in kpis.agreed_kpis] == [
        ("On-time delivery", 1, 2),
        ("Response time", 1, 1),
    ]
    assert [(p.quarter.label, p.revenue) for p in kpis.trend] == [
        ("2025 Q4", Decimal(90)),
        ("2026 Q1", Decimal(100)),
        ("2026 Q2", Decimal(200)),
        ("2026 Q3", Decimal(250)),
    ]
    assert kpis.trend[0].growth_yoy is None  # no revenue recorded for 2024 Q4
    assert kpis.trend[2].nps is not None and kpis.trend[2].nps.score == 25
    assert kpis.health.score is not None and kpis.health.band is not None
    assert {f.key for f in kpis.health.factors} >= {"nps", "revenue_trend", "incidents"}


def test_open_incidents_and_action_items_only(brief: PrepBrief, ebro: Ebro) -> None:
    (incident,) = brief.incidents
    assert (incident.title, incident.severity, incident.status, incident.age_days) == (
        "Late pallets",
        Severity.CRITICAL,
        IncidentStatus.ACKNOWLEDGED,
        10,
    )
    assert [(a.title, a.owner, a.owner_team, a.overdue) for a in brief.actions] == [
        ("Send the KPI report", "Elena Vidal", None, True),
        ("Confirm dates with operations", None, Team.OPERATIONS, False),
        ("Book a visit", None, Team.SALES, False),  # no due date: last, never overdue
    ]


def test_previous_minutes_are_the_latest_before_the_meeting_with_text(brief: PrepBrief) -> None:
    minutes = brief.previous_minutes
    assert minutes is not None
    # The series' 16 November occurrence has minutes too, and is later than "Newer QBR".
    assert (minutes.title, minutes.minutes) == ("Weekly review", "Occurrence minutes")
    assert minutes.starts_at == datetime(2026, 11, 16, 9, tzinfo=UTC)


def test_previous_minutes_of_a_one_off_meeting(store: Store, ebro: Ebro) -> None:
    with store.transaction() as session:
        session.execute(MeetingException.__table__.delete())
    minutes = load_prep_brief(store, ebro.meeting, as_of=NOW).previous_minutes
    assert minutes is not None
    assert (minutes.title, minutes.minutes, minutes.outcome) == (
        "Newer QBR",
        "Newer minutes",
        "Agreed to pilot",
    )


def test_a_moved_occurrence_shows_its_new_time_and_title(store: Store, ebro: Ebro) -> None:
    brief = load_prep_brief(
        store, ebro.series, as_of=NOW, occurrence_start=datetime(2026, 11, 23, 9, tzinfo=UTC)
    )
    assert brief.meeting.recurring
    assert brief.meeting.title == "Moved review"
    assert brief.meeting.starts_at == datetime(2026, 11, 24, 10, tzinfo=UTC)
    assert brief.meeting.ends_at == datetime(2026, 11, 24, 11, tzinfo=UTC)
    assert brief.previous_minutes is not None
    assert brief.previous_minutes.minutes == "Occurrence minutes"
    plain = load_prep_brief(
        store, ebro.series, as_of=NOW, occurrence_start=datetime(2026, 12, 7, 9, tzinfo=UTC)
    )
    assert (plain.meeting.title, plain.meeting.starts_at) == (
        "Weekly review",
        datetime(2026, 12, 7, 9, tzinfo=UTC),
    )
    assert plain.meeting.ends_at - plain.meeting.starts_at == timedelta(hours=1)


def test_renewals_opportunities_and_proposals(brief: PrepBrief) -> None:
    (renewal,) = brief.renewals
    assert (renewal.title, renewal.ends_on, renewal.days_left, renewal.notice_by) == (
        "Framework 2025",
        date(2027, 3, 31),
        125,
        date(2026, 12, 31),
    )
    assert renewal.renewal_status is RenewalStatus.IN_NEGOTIATION
    assert renewal.annual_value == Decimal(120_000)
    (opportunity,) = brief.opportunities
    assert (opportunity.name, opportunity.stage, opportunity.probability) == (
        "Cold chain",
        OpportunityStage.NEGOTIATION,
        60,
    )
    assert opportunity.amount == Decimal(50_000) and opportunity.expected_close == date(2027, 1, 15)
    stale, current = brief.proposals  # by validity date
    # 2 × 100 − 10 % + 21 % tax = 217.80; 3 × 33.33 = 99.99; the optional line stays out.
    assert (current.title, current.version, current.status, current.total, current.lapsed) == (
        "Cold chain offer",
        2,
        ProposalStatus.DRAFT,
        Decimal("317.79"),
        False,
    )
    assert (stale.title, stale.status, stale.total, stale.lapsed) == (
        "Stale offer",
        ProposalStatus.SENT,
        Decimal("1000.00"),
        True,
    )


def test_a_date_means_the_start_of_that_day_and_naive_times_are_refused(
    store: Store, ebro: Ebro
) -> None:
    assert load_prep_brief(store, ebro.meeting, as_of=TODAY).as_of == datetime(
        2026, 11, 26, tzinfo=UTC
    )
    with pytest.raises(ValueError, match="aware"):
        load_prep_brief(store, ebro.meeting, as_of=datetime(2026, 11, 26, 9))
    with pytest.raises(LookupError):
        load_prep_brief(store, 999_999, as_of=NOW)
