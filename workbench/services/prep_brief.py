"""The meeting prep brief: what to know about the account before walking into a meeting.

:func:`load_prep_brief` gathers one account's figures (reused from the portfolio
and the account charts, not recomputed), its open incidents, open action items,
the minutes of the previous meeting, renewals due, open opportunities and open
proposals, as one tree of frozen records. Every query is bounded by the account
(or the meeting) on an indexed column; nothing loads a whole table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from workbench.domain.enums import (
    ActionStatus,
    AttendeeRole,
    DecisionRole,
    IncidentCategory,
    IncidentStatus,
    OpportunityKind,
    OpportunityStage,
    ProposalStatus,
    RenewalStatus,
    Severity,
    Team,
)
from workbench.domain.health import HealthScore
from workbench.domain.incidents import UNRESOLVED
from workbench.domain.kpi import Nps, compliance, revenue_growth
from workbench.domain.period import Quarter
from workbench.domain.pricing import PricedLine, proposal_total
from workbench.services.account_charts import AccountCharts, KpiCompliance, account_charts
from workbench.services.portfolio import load_portfolio
from workbench.services.progress import Progress
from workbench.store.database import Store
from workbench.store.models import (
    Account,
    ActionItem,
    Colleague,
    Contact,
    Contract,
    Incident,
    Meeting,
    MeetingAttendee,
    MeetingException,
    Opportunity,
    Proposal,
    ProposalLineItem,
    ProposalVersion,
)

#: Contracts ending within this many days are "renewals due".
RENEWAL_HORIZON_DAYS = 180
#: Quarters in the brief's trend table (each with growth on the quarter and on the year).
TREND_QUARTERS = 4
OPEN_ACTION = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
CLOSED_STAGES = (OpportunityStage.CLOSED_WON, OpportunityStage.CLOSED_LOST)
OPEN_PROPOSAL = (ProposalStatus.DRAFT, ProposalStatus.SENT)


@dataclass(frozen=True)
class BriefAttendee:
    """A client contact (``internal`` false) or one of our colleagues."""

    name: str
    internal: bool
    optional: bool
    #: The contact's company; ``None`` for our colleagues.
    company: str | None = None
    job_title: str | None = None
    decision_role: DecisionRole | None = None
    team: Team | None = None


@dataclass(frozen=True)
class BriefMeeting:
    id: int
    title: str
    #: Start and end in UTC, of the occurrence the brief is for.
    starts_at: datetime
    ends_at: datetime
    #: The zone the meeting was planned in, and the account's own zone.
    time_zone: str
    account_time_zone: str
    location: str | None
    link: str | None
    agenda: str | None
    recurring: bool
    attendees: tuple[BriefAttendee, ...]


@dataclass(frozen=True)
class QuarterFigures:
    quarter: Quarter
    revenue: Decimal | None
    growth_qoq: Decimal | None
    growth_yoy: Decimal | None
    nps: Nps | None


@dataclass(frozen=True)
class AccountKpis:
    currency: str
    #: Revenue of the last four complete quarters.
    annual_revenue: Decimal | None
    #: The last complete quarter, on the one before and on the same quarter a year before.
    growth_quarter: Quarter
    growth_qoq: Decimal | None
    growth_yoy: Decimal | None
    #: NPS over the last twelve months.
    nps: Nps | None
    #: Share of agreed-KPI measurements on target in the last 90 days, all KPIs pooled.
    kpi_compliance: Decimal | None
    agreed_kpis: tuple[KpiCompliance, ...]
    health: HealthScore
    #: Oldest first, ending with the last complete quarter.
    trend: tuple[QuarterFigures, ...]


@dataclass(frozen=True)
class OpenIncident:
    id: int
    title: str
    severity: Severity
    status: IncidentStatus
    category: IncidentCategory
    reported_at: datetime
    age_days: int


@dataclass(frozen=True)
class OpenAction:
    id: int
    title: str
    #: The colleague who owns it, or else the team.
    owner: str | None
    owner_team: Team | None
    due_on: date | None
    status: ActionStatus
    overdue: bool


@dataclass(frozen=True)
class PreviousMinutes:
    meeting_id: int
    title: str
    starts_at: datetime
    time_zone: str
    minutes: str
    outcome: str | None


@dataclass(frozen=True)
class RenewalDue:
    id: int
    title: str
    ends_on: date
    days_left: int
    #: Last day to give notice (end date minus the notice period).
    notice_by: date
    annual_value: Decimal
    currency: str
    renewal_status: RenewalStatus


@dataclass(frozen=True)
class OpenOpportunity:
    id: int
    name: str
    kind: OpportunityKind
    stage: OpportunityStage
    amount: Decimal
    currency: str
    probability: int
    expected_close: date | None


@dataclass(frozen=True)
class OpenProposal:
    id: int
    title: str
    version: int
    status: ProposalStatus
    #: Committed lines with tax, rounded to the currency (see ``domain.pricing``).
    total: Decimal
    currency: str
    valid_until: date | None
    #: Its validity ended before the brief's date while still open.
    lapsed: bool


@dataclass(frozen=True)
class PrepBrief:
    as_of: datetime
    account_id: int
    account_name: str
    meeting: BriefMeeting
    kpis: AccountKpis
    incidents: tuple[OpenIncident, ...]
    actions: tuple[OpenAction, ...]
    previous_minutes: PreviousMinutes | None
    renewals: tuple[RenewalDue, ...]
    opportunities: tuple[OpenOpportunity, ...]
    proposals: tuple[OpenProposal, ...]


def load_prep_brief(
    source: Store | Session,
    meeting_id: int,
    *,
    as_of: datetime | date,
    occurrence_start: datetime | None = None,
    progress: Progress | None = None,
) -> PrepBrief:
    """The brief for a meeting, with the account's figures as of *as_of*.

    For a recurring meeting, *occurrence_start* is the occurrence's RECURRENCE-ID
    (the UTC start the rule generates); a moved or retitled occurrence shows its
    new time and title. Without it, the brief is for the series' first occurrence.
    A plain date for *as_of* means the start of that day, UTC. Raises
    :class:`LookupError` if the meeting does not exist.
    """
    now = _moment(as_of)
    if isinstance(source, Session):
        return _load(source, meeting_id, now, occurrence_start, progress or Progress())
    with source.session() as session:
        return _load(session, meeting_id, now, occurrence_start, progress or Progress())


def _moment(as_of: datetime | date) -> datetime:
    if not isinstance(as_of, datetime):
        return datetime.combine(as_of, time(0), UTC)
    if as_of.tzinfo is None:
        raise ValueError("as_of must be an aware datetime (or a date)")
    return as_of.astimezone(UTC)


def _load(
    session: Session,
    meeting_id: int,
    now: datetime,
    occurrence_start: datetime | None,
    progress: Progress,
) -> PrepBrief:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise LookupError(f"no meeting with id {meeting_id}")
    account = session.get_one(Account, meeting.account_id)
    steps = 8
    brief_meeting = _meeting(session, meeting, account, occurrence_start)
    progress.advance(1, steps, "meeting")
    kpis = _kpis(session, account.id, now)
    progress.advance(3, steps, "kpis")
    incidents = open_incidents(session, account.id, now)
    actions = open_actions(session, account.id, now.date())
    progress.advance(5, steps, "incidents")
    minutes = _previous_minutes(session, account.id, brief_meeting.starts_at)
    renewals = renewals_due(session, account.id, now.date())
    progress.advance(6, steps, "renewals")
    opportunities = _opportunities(session, account.id)
    proposals = _proposals(session, account.id, now.date())
    progress.advance(steps, steps, "")
    return PrepBrief(
        as_of=now,
        account_id=account.id,
        account_name=account.name,
        meeting=brief_meeting,
        kpis=kpis,
        incidents=incidents,
        actions=actions,
        previous_minutes=minutes,
        renewals=renewals,
        opportunities=opportunities,
        proposals=proposals,
    )


# --- the meeting -----------------------------------------------------------------------


def _meeting(
    session: Session, meeting: Meeting, account: Account, occurrence_start: datetime | None
) -> BriefMeeting:
    starts, ends = meeting.starts_at, meeting.ends_at
    title, location = meeting.title, meeting.location
    if meeting.rrule is not None and occurrence_start is not None:
        original = occurrence_start.astimezone(UTC)
        starts, ends = original, original + (meeting.ends_at - meeting.starts_at)
        override = session.scalar(
            select(MeetingException).where(
                MeetingException.meeting_id == meeting.id,
                MeetingException.original_start == original,
            )
        )
        if override is not None:
            if override.starts_at is not None and override.ends_at is not None:
                starts, ends = override.starts_at, override.ends_at
            title = override.title or title
            location = override.location or location
    return BriefMeeting(
        id=meeting.id,
        title=title,
        starts_at=starts,
        ends_at=ends,
        time_zone=meeting.time_zone,
        account_time_zone=account.time_zone,
        location=location,
        link=meeting.link,
        agenda=meeting.agenda,
        recurring=meeting.rrule is not None,
        attendees=_attendees(session, meeting.id),
    )


def _attendees(session: Session, meeting_id: int) -> tuple[BriefAttendee, ...]:
    company = aliased(Account)
    rows = session.execute(
        select(
            MeetingAttendee.role,
            Contact.first_name,
            Contact.last_name,
            Contact.job_title,
            Contact.decision_role,
            company.name.label("company"),
            Colleague.name.label("colleague"),
            Colleague.team,
        )
        .outerjoin(Contact, Contact.id == MeetingAttendee.contact_id)
        .outerjoin(company, company.id == Contact.account_id)
        .outerjoin(Colleague, Colleague.id == MeetingAttendee.colleague_id)
        .where(MeetingAttendee.meeting_id == meeting_id)
    )
    attendees = []
    for row in rows:
        optional = row.role is AttendeeRole.OPTIONAL
        if row.colleague is not None:
            attendees.append(BriefAttendee(row.colleague, True, optional, team=row.team))
        else:
            attendees.append(
                BriefAttendee(
                    f"{row.first_name} {row.last_name}".strip(),
                    False,
                    optional,
                    company=row.company,
                    job_title=row.job_title,
                    decision_role=row.decision_role,
                )
            )
    # The client's people first, then ours; required before optional; by name.
    attendees.sort(key=lambda a: (a.internal, a.optional, a.name.casefold()))
    return tuple(attendees)


def _previous_minutes(
    session: Session, account_id: int, before: datetime
) -> PreviousMinutes | None:
    """Minutes of the account's latest meeting that started before *before* and has some.

    Minutes live on a meeting (for a series: on its first occurrence) or on one
    occurrence of a series (its exception row), so both are searched.
    """
    meeting = session.execute(
        select(
            Meeting.id,
            Meeting.title,
            Meeting.starts_at,
            Meeting.time_zone,
            Meeting.minutes,
            Meeting.outcome,
        )
        .where(
            Meeting.account_id == account_id,
            Meeting.starts_at < before,
            _has_text(Meeting.minutes),
        )
        .order_by(Meeting.starts_at.desc())
        .limit(1)
    ).first()
    # A kept occurrence always has its own times (a CHECK on the table says so).
    started = MeetingException.starts_at
    occurrence = session.execute(
        select(
            Meeting.id,
            func.coalesce(MeetingException.title, Meeting.title),
            started,
            Meeting.time_zone,
            MeetingException.minutes,
        )
        .join(Meeting, Meeting.id == MeetingException.meeting_id)
        .where(
            Meeting.account_id == account_id,
            ~MeetingException.cancelled,
            started < before,
            _has_text(MeetingException.minutes),
        )
        .order_by(started.desc())
        .limit(1)
    ).first()
    found = []
    if meeting is not None:
        found.append(
            PreviousMinutes(
                meeting.id,
                meeting.title,
                meeting.starts_at,
                meeting.time_zone,
                meeting.minutes or "",
                meeting.outcome,
            )
        )
    if occurrence is not None:
        meeting_id, title, starts, zone, minutes = occurrence
        if starts is not None:
            found.append(PreviousMinutes(meeting_id, title, starts, zone, minutes or "", None))
    return max(found, key=lambda minutes: minutes.starts_at, default=None)


def _has_text(column: Any) -> Any:
    """More than white space (SQLite's one-argument trim() removes spaces only)."""
    return func.length(func.trim(func.coalesce(column, ""), " \t\r\n")) > 0


# --- the account -----------------------------------------------------------------------


def _kpis(session: Session, account_id: int, now: datetime) -> AccountKpis:
    (row,) = load_portfolio(session, now=now, only=[account_id])
    charts = account_charts(session, account_id, now.date())
    trend = _trend(charts)
    measured = sum(k.measured for k in charts.kpis)
    return AccountKpis(
        currency=row.currency,
        annual_revenue=row.annual_revenue,
        growth_quarter=row.growth_quarter,
        growth_qoq=row.growth,
        growth_yoy=trend[-1].growth_yoy,
        nps=row.nps,
        kpi_compliance=compliance(sum(k.met for k in charts.kpis), measured),
        agreed_kpis=charts.kpis,
        health=row.health,
        trend=trend,
    )


def _trend(charts: AccountCharts) -> tuple[QuarterFigures, ...]:
    """The last quarters of the charts' series, with growth on the year from the same series."""
    points, scores = charts.revenue, charts.nps
    first = len(points) - TREND_QUARTERS
    return tuple(
        QuarterFigures(
            quarter=points[i].quarter,
            revenue=points[i].revenue,
            growth_qoq=points[i].growth,
            growth_yoy=revenue_growth(points[i].revenue, points[i - 4].revenue) if i >= 4 else None,
            nps=scores[i].nps,
        )
        for i in range(max(first, 0), len(points))
    )


def open_incidents(session: Session, account_id: int, now: datetime) -> tuple[OpenIncident, ...]:
    statement = (
        select(Incident)
        .where(Incident.account_id == account_id, Incident.status.in_(UNRESOLVED))
        .order_by(Incident.severity, Incident.reported_at)
    )
    return tuple(
        OpenIncident(
            id=incident.id,
            title=incident.title,
            severity=Severity(incident.severity),
            status=incident.status,
            category=incident.category,
            reported_at=incident.reported_at,
            age_days=max(0, (now - incident.reported_at).days),
        )
        for incident in session.scalars(statement)
    )


def open_actions(session: Session, account_id: int, today: date) -> tuple[OpenAction, ...]:
    statement = (
        select(ActionItem, Colleague.name)
        .outerjoin(Colleague, Colleague.id == ActionItem.owner_colleague_id)
        .where(ActionItem.account_id == account_id, ActionItem.status.in_(OPEN_ACTION))
        .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
    )
    return tuple(
        OpenAction(
            id=item.id,
            title=item.title,
            owner=owner,
            owner_team=item.owner_team,
            due_on=item.due_on,
            status=item.status,
            overdue=item.due_on is not None and item.due_on < today,
        )
        for item, owner in session.execute(statement)
    )


def renewals_due(session: Session, account_id: int, today: date) -> tuple[RenewalDue, ...]:
    statement = (
        select(Contract)
        .where(
            Contract.account_id == account_id,
            Contract.ends_on.between(today, today + timedelta(days=RENEWAL_HORIZON_DAYS)),
        )
        .order_by(Contract.ends_on)
    )
    return tuple(
        RenewalDue(
            id=contract.id,
            title=contract.title,
            ends_on=contract.ends_on,
            days_left=(contract.ends_on - today).days,
            notice_by=contract.ends_on - timedelta(days=contract.notice_days),
            annual_value=contract.annual_value,
            currency=contract.currency,
            renewal_status=contract.renewal_status,
        )
        for contract in session.scalars(statement)
    )


def _opportunities(session: Session, account_id: int) -> tuple[OpenOpportunity, ...]:
    statement = (
        select(Opportunity)
        .where(Opportunity.account_id == account_id, Opportunity.stage.not_in(CLOSED_STAGES))
        .order_by(Opportunity.expected_close.is_(None), Opportunity.expected_close)
    )
    return tuple(
        OpenOpportunity(
            id=opportunity.id,
            name=opportunity.name,
            kind=opportunity.kind,
            stage=opportunity.stage,
            amount=opportunity.amount,
            currency=opportunity.currency,
            probability=opportunity.probability,
            expected_close=opportunity.expected_close,
        )
        for opportunity in session.scalars(statement)
    )


def _proposals(session: Session, account_id: int, today: date) -> tuple[OpenProposal, ...]:
    """Proposals whose latest version is still a draft or sent, with that version's total."""
    latest = (
        select(ProposalVersion.proposal_id, func.max(ProposalVersion.number).label("number"))
        .join(Proposal, Proposal.id == ProposalVersion.proposal_id)
        .where(Proposal.account_id == account_id)
        .group_by(ProposalVersion.proposal_id)
        .subquery()
    )
    versions = session.execute(
        select(Proposal.id, Proposal.title, ProposalVersion)
        .join(ProposalVersion, ProposalVersion.proposal_id == Proposal.id)
        .join(
            latest,
            (latest.c.proposal_id == ProposalVersion.proposal_id)
            & (latest.c.number == ProposalVersion.number),
        )
        .where(ProposalVersion.status.in_(OPEN_PROPOSAL))
        .order_by(ProposalVersion.valid_until.is_(None), ProposalVersion.valid_until)
    ).all()
    lines: dict[int, list[PricedLine]] = {version.id: [] for _, _, version in versions}
    for item in session.scalars(
        select(ProposalLineItem).where(ProposalLineItem.version_id.in_(list(lines)))
    ):
        lines[item.version_id].append(
            PricedLine(
                item.quantity, item.unit_price, item.discount_pct, item.tax_pct, item.optional
            )
        )
    return tuple(
        OpenProposal(
            id=proposal_id,
            title=title,
            version=version.number,
            status=version.status,
            total=proposal_total(lines[version.id], version.currency),
            currency=version.currency,
            valid_until=version.valid_until,
            lapsed=version.valid_until is not None and version.valid_until < today,
        )
        for proposal_id, title, version in versions
    )
