"""The incident log (Registro de crisis): list, detail, editing, status, timeline, money.

Every function takes a ``Session`` inside the caller's transaction; problems are
raised as :class:`ValidationError` before anything is written. The list filters,
sorts and pages in SQL, so a table of tens of thousands of incidents is never
loaded whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Select, delete, false, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.domain.enums import (
    ActionStatus,
    CompensationForm,
    IncidentCategory,
    IncidentStatus,
    Severity,
    Team,
    TimelineActor,
)
from workbench.domain.incidents import (
    UNRESOLVED,
    WORKFLOW,
    IncidentTimes,
    ReportingPeriod,
    ResponseCompliance,
    ResponseTargets,
    TargetKind,
    Verdict,
    is_reopening,
    response_compliance,
    transition_problems,
    verdict,
)
from workbench.domain.kpi import margin, profit
from workbench.domain.period import Quarter
from workbench.domain.validation import (
    QT_TRANSLATE_NOOP,
    Problem,
    ValidationError,
    blank_to_none,
    check_not_negative,
    check_order,
    check_present,
    check_required,
    check_scale,
    incident_problems,
)
from workbench.services.changes import ChangeSet
from workbench.store.errors import integrity_problem
from workbench.store.models import (
    Account,
    ActionItem,
    Colleague,
    Compensation,
    Contact,
    Incident,
    IncidentEvent,
    IncidentStatusChange,
    IncidentTeam,
    RevenueRecord,
)

#: The tables a change to an incident writes to (a playbook response adds action items).
WRITES = (
    "incidents",
    "incident_events",
    "incident_status_changes",
    "compensations",
    "action_items",
)


def changed(account_id: int | None) -> ChangeSet:
    """What a change to an incident of *account_id* changed: naming the account lets the
    Portfolio refresh just that row and its detail."""
    return ChangeSet.of(*WRITES, accounts=(account_id,) if account_id else ())


_Query = TypeVar("_Query", bound=Select)

#: The column holding the latest time each stage was reached (mitigating has none).
_STAGE_COLUMN = {
    IncidentStatus.ACKNOWLEDGED: "acknowledged_at",
    IncidentStatus.RESOLVED: "resolved_at",
    IncidentStatus.CLOSED: "closed_at",
}

# --- the list ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IncidentFilter:
    """What the incident list shows; empty collections mean "any"."""

    statuses: frozenset[IncidentStatus] = frozenset()
    severities: frozenset[Severity] = frozenset()
    categories: frozenset[IncidentCategory] = frozenset()
    account_id: int | None = None
    #: Only incidents that still need work (open, acknowledged, mitigating).
    open_only: bool = False
    #: Matched case-insensitively against the title and the account name.
    text: str = ""


@dataclass(frozen=True)
class IncidentRow:
    incident_id: int
    title: str
    account_id: int
    account_name: str
    category: IncidentCategory
    severity: Severity
    status: IncidentStatus
    reported_at: datetime
    #: ``now − reported_at``: how long ago the client reported it.
    age: timedelta
    time_to_acknowledge: timedelta | None
    time_to_resolve: timedelta | None
    #: Acknowledged late, or still not acknowledged past the target.
    breached_acknowledge: bool
    #: Resolved late, or still not resolved past the target.
    breached_resolve: bool
    owner_name: str | None
    teams: tuple[Team, ...]

    @property
    def breached(self) -> bool:
        return self.breached_acknowledge or self.breached_resolve


def _filtered(query: _Query, filt: IncidentFilter) -> _Query:
    statuses = set(filt.statuses)
    if filt.open_only:
        statuses = (statuses & UNRESOLVED) if statuses else set(UNRESOLVED)
        if not statuses:
            return query.where(false())  # open only, but no open status was asked for
    if statuses:
        query = query.where(Incident.status.in_(sorted(statuses)))
    if filt.severities:
        query = query.where(Incident.severity.in_(sorted(filt.severities)))
    if filt.categories:
        query = query.where(Incident.category.in_(sorted(filt.categories)))
    if filt.account_id is not None:
        query = query.where(Incident.account_id == filt.account_id)
    if filt.text.strip():
        pattern = f"%{filt.text.strip()}%"
        query = query.where(or_(Incident.title.ilike(pattern), Account.name.ilike(pattern)))
    return query


def count_incidents(session: Session, filt: IncidentFilter) -> int:
    """How many incidents the filter matches (for the pager and the tab's badge)."""
    query = select(func.count()).select_from(Incident)
    if filt.text.strip():  # only the text search needs the account's name
        query = query.join(Account, Account.id == Incident.account_id)
    return session.scalar(_filtered(query, filt)) or 0


def list_incidents(
    session: Session,
    filt: IncidentFilter,
    *,
    now: datetime,
    targets: ResponseTargets,
    offset: int = 0,
    limit: int = 200,
) -> list[IncidentRow]:
    """One page of matching incidents, most severe first, then oldest first.

    Breaches are computed from each row's own times against *targets* at *now*.
    Two queries per page: the rows, then the teams of the page's incidents.
    """
    query = (
        select(
            Incident.id,
            Incident.title,
            Incident.account_id,
            Account.name.label("account_name"),
            Account.time_zone,
            Incident.category,
            Incident.severity,
            Incident.status,
            Incident.reported_at,
            Incident.acknowledged_at,
            Incident.resolved_at,
            Incident.closed_at,
            Colleague.name.label("owner_name"),
        )
        .join(Account, Account.id == Incident.account_id)
        .outerjoin(Colleague, Colleague.id == Incident.owner_id)
        .order_by(Incident.severity, Incident.reported_at, Incident.id)
        .offset(offset)
        .limit(limit)
    )
    rows = session.execute(_filtered(query, filt)).all()
    teams = _teams(session, [row.id for row in rows])
    result = []
    for row in rows:
        times = IncidentTimes(
            row.severity,
            row.reported_at,
            row.acknowledged_at,
            row.resolved_at,
            row.time_zone,
            row.closed_at,
        )
        acknowledged, resolved = (
            times.reached(TargetKind.ACKNOWLEDGE),
            times.reached(TargetKind.RESOLVE),
        )
        result.append(
            IncidentRow(
                incident_id=row.id,
                title=row.title,
                account_id=row.account_id,
                account_name=row.account_name,
                category=row.category,
                severity=row.severity,
                status=row.status,
                reported_at=row.reported_at,
                age=max(now - row.reported_at, timedelta(0)),
                time_to_acknowledge=acknowledged - row.reported_at if acknowledged else None,
                time_to_resolve=resolved - row.reported_at if resolved else None,
                breached_acknowledge=verdict(times, TargetKind.ACKNOWLEDGE, targets, now)
                is Verdict.BREACHED,
                breached_resolve=verdict(times, TargetKind.RESOLVE, targets, now)
                is Verdict.BREACHED,
                owner_name=row.owner_name,
                teams=teams.get(row.id, ()),
            )
        )
    return result


def _teams(session: Session, incident_ids: list[int]) -> dict[int, tuple[Team, ...]]:
    found: dict[int, list[Team]] = {}
    if incident_ids:
        query = (
            select(IncidentTeam.incident_id, IncidentTeam.team)
            .where(IncidentTeam.incident_id.in_(incident_ids))
            .order_by(IncidentTeam.incident_id, IncidentTeam.team)
        )
        for incident_id, team in session.execute(query):
            found.setdefault(incident_id, []).append(team)
    return {key: tuple(value) for key, value in found.items()}


# --- one incident -----------------------------------------------------------------------


@dataclass(frozen=True)
class IncidentDraft:
    """What the incident dialog edits (the status moves only through :func:`change_status`)."""

    account_id: int | None
    title: str
    category: IncidentCategory
    severity: Severity
    #: Aware; when the client reported the problem.
    reported_at: datetime | None
    description: str | None = None
    owner_id: int | None = None
    client_impact: str | None = None
    root_cause: str | None = None
    resolution: str | None = None
    lessons_learned: str | None = None
    teams: frozenset[Team] = field(default_factory=frozenset)


@dataclass(frozen=True)
class StatusChangeRecord:
    status: IncidentStatus
    changed_at: datetime


@dataclass(frozen=True)
class EventRecord:
    event_id: int
    occurred_at: datetime
    actor: TimelineActor
    colleague_id: int | None
    contact_id: int | None
    #: The colleague's or the contact's name, when one is named.
    who: str | None
    description: str
    client_communication: bool


@dataclass(frozen=True)
class CompensationRecord:
    compensation_id: int
    form: CompensationForm
    amount: Decimal
    granted_on: date
    note: str | None


@dataclass(frozen=True)
class LinkedActionItem:
    action_item_id: int
    title: str
    owner_team: Team | None
    owner_name: str | None
    due_on: date | None
    status: ActionStatus


@dataclass(frozen=True)
class IncidentDetail:
    incident_id: int
    draft: IncidentDraft
    account_name: str
    account_zone: str
    currency: str
    status: IncidentStatus
    acknowledged_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    playbook_response: str | None
    owner_name: str | None
    #: Every status change, oldest first.
    history: tuple[StatusChangeRecord, ...]
    #: The timeline, newest first.
    events: tuple[EventRecord, ...]
    compensations: tuple[CompensationRecord, ...]
    action_items: tuple[LinkedActionItem, ...]


def load_incident(session: Session, incident_id: int) -> IncidentDetail:
    """The incident, for its detail; :class:`LookupError` when it no longer exists."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise LookupError(f"no incident {incident_id}")
    account = session.get_one(Account, incident.account_id)
    owner = session.get(Colleague, incident.owner_id) if incident.owner_id else None
    events = session.execute(
        select(IncidentEvent, Colleague.name, Contact.first_name, Contact.last_name)
        .outerjoin(Colleague, Colleague.id == IncidentEvent.colleague_id)
        .outerjoin(Contact, Contact.id == IncidentEvent.contact_id)
        .where(IncidentEvent.incident_id == incident_id)
        .order_by(IncidentEvent.occurred_at.desc(), IncidentEvent.id.desc())
    ).all()
    compensations = session.scalars(
        select(Compensation)
        .where(Compensation.incident_id == incident_id)
        .order_by(Compensation.granted_on, Compensation.id)
    ).all()
    items = session.execute(
        select(ActionItem, Colleague.name)
        .outerjoin(Colleague, Colleague.id == ActionItem.owner_colleague_id)
        .where(ActionItem.incident_id == incident_id)
        .order_by(ActionItem.due_on, ActionItem.id)
    ).all()
    return IncidentDetail(
        incident_id=incident.id,
        draft=_draft_of(incident),
        account_name=account.name,
        account_zone=account.time_zone,
        currency=account.currency,
        status=incident.status,
        acknowledged_at=incident.acknowledged_at,
        resolved_at=incident.resolved_at,
        closed_at=incident.closed_at,
        playbook_response=incident.playbook_response,
        owner_name=owner.name if owner else None,
        history=tuple(
            StatusChangeRecord(change.status, change.changed_at)
            for change in sorted(incident.status_changes, key=lambda c: (c.changed_at, c.id))
        ),
        events=tuple(
            EventRecord(
                event.id,
                event.occurred_at,
                event.actor,
                event.colleague_id,
                event.contact_id,
                colleague or (" ".join(filter(None, (first, last))) or None),
                event.description,
                event.client_communication,
            )
            for event, colleague, first, last in events
        ),
        compensations=tuple(
            CompensationRecord(c.id, c.form, c.amount, c.granted_on, c.note) for c in compensations
        ),
        action_items=tuple(
            LinkedActionItem(item.id, item.title, item.owner_team, name, item.due_on, item.status)
            for item, name in items
        ),
    )


def _draft_of(incident: Incident) -> IncidentDraft:
    return IncidentDraft(
        account_id=incident.account_id,
        title=incident.title,
        category=incident.category,
        severity=incident.severity,
        reported_at=incident.reported_at,
        description=incident.description,
        owner_id=incident.owner_id,
        client_impact=incident.client_impact,
        root_cause=incident.root_cause,
        resolution=incident.resolution,
        lessons_learned=incident.lessons_learned,
        teams=frozenset(team.team for team in incident.teams),
    )


def incident_draft_problems(
    session: Session, draft: IncidentDraft, incident_id: int | None = None
) -> list[Problem]:
    """Every reason *draft* cannot be saved (as a new incident, or over *incident_id*)."""
    stored = session.get(Incident, incident_id) if incident_id is not None else None
    problems = incident_problems(
        title=draft.title,
        severity=draft.severity,
        reported_at=draft.reported_at,
        acknowledged_at=stored.acknowledged_at if stored else None,
        resolved_at=stored.resolved_at if stored else None,
    )
    check_present(problems, "reported_at", draft.reported_at)
    if draft.reported_at is not None and draft.reported_at.tzinfo is None:
        problems.append(
            Problem("reported_at", QT_TRANSLATE_NOOP("validation", "Give the time with its zone."))
        )
    elif stored is not None:
        check_order(problems, "closed_at", draft.reported_at, stored.closed_at)
    if draft.account_id is None or session.get(Account, draft.account_id) is None:
        problems.append(
            Problem("account_id", QT_TRANSLATE_NOOP("validation", "Choose the client account."))
        )
    if draft.owner_id is not None and session.get(Colleague, draft.owner_id) is None:
        problems.append(
            Problem("owner_id", QT_TRANSLATE_NOOP("validation", "That colleague no longer exists."))
        )
    return problems


def _write(session: Session, incident: Incident, draft: IncidentDraft) -> None:
    assert draft.account_id is not None and draft.reported_at is not None
    incident.account_id = draft.account_id
    incident.title = draft.title.strip()
    incident.category = draft.category
    incident.severity = draft.severity
    incident.reported_at = draft.reported_at
    incident.description = blank_to_none(draft.description)
    incident.owner_id = draft.owner_id
    incident.client_impact = blank_to_none(draft.client_impact)
    incident.root_cause = blank_to_none(draft.root_cause)
    incident.resolution = blank_to_none(draft.resolution)
    incident.lessons_learned = blank_to_none(draft.lessons_learned)
    session.flush()
    session.execute(
        delete(IncidentTeam).where(
            IncidentTeam.incident_id == incident.id, IncidentTeam.team.not_in(draft.teams)
        )
    )
    present = set(
        session.scalars(select(IncidentTeam.team).where(IncidentTeam.incident_id == incident.id))
    )
    session.add_all(
        IncidentTeam(incident_id=incident.id, team=team) for team in sorted(draft.teams - present)
    )
    session.flush()
    session.expire(incident, ["teams"])


def _save(session: Session, incident: Incident, draft: IncidentDraft) -> None:
    try:
        with session.begin_nested():
            _write(session, incident, draft)
    except IntegrityError as error:
        raise ValidationError([integrity_problem(error)]) from error


def create_incident(session: Session, draft: IncidentDraft) -> tuple[int, ChangeSet]:
    """A new open incident, its "open" status change at the reported time; returns its id."""
    problems = incident_draft_problems(session, draft)
    if problems:
        raise ValidationError(problems)
    assert draft.reported_at is not None
    incident = Incident(status=IncidentStatus.OPEN)
    try:
        with session.begin_nested():
            session.add(incident)
            _write(session, incident, draft)
            session.add(
                IncidentStatusChange(
                    incident_id=incident.id,
                    status=IncidentStatus.OPEN,
                    changed_at=draft.reported_at,
                )
            )
            session.flush()
    except IntegrityError as error:
        raise ValidationError([integrity_problem(error)]) from error
    return incident.id, changed(incident.account_id)


def update_incident(
    session: Session, incident_id: int, draft: IncidentDraft
) -> tuple[None, ChangeSet]:
    """Store *draft* over the incident; nothing is written when it is refused."""
    incident = session.get_one(Incident, incident_id)
    problems = incident_draft_problems(session, draft, incident_id)
    if problems:
        raise ValidationError(problems)
    _save(session, incident, draft)
    return None, changed(incident.account_id)


# --- status -----------------------------------------------------------------------------


def change_status(
    session: Session, incident_id: int, target: IncidentStatus, at: datetime
) -> tuple[None, ChangeSet]:
    """Move the incident to *target* at *at*, as the workflow allows.

    Moving forward stamps every stage passed — skipped ones included (resolving an
    open incident acknowledges it) — with *at*, so the ``*_at`` columns hold the
    latest time each stage was reached. Reopening clears ``resolved_at`` and
    ``closed_at`` (and re-stamps ``acknowledged_at`` when reopened as acknowledged).
    Every move is recorded as an :class:`IncidentStatusChange`.
    """
    incident = session.get_one(Incident, incident_id)
    problems = transition_problems(incident.status, target)
    if at.tzinfo is None:
        problems.append(
            Problem("changed_at", QT_TRANSLATE_NOOP("validation", "Give the time with its zone."))
        )
    else:
        last = session.scalar(
            select(func.max(IncidentStatusChange.changed_at)).where(
                IncidentStatusChange.incident_id == incident_id
            )
        )
        earliest = max(filter(None, (incident.reported_at, last)))
        if at < earliest:
            problems.append(
                Problem(
                    "changed_at",
                    QT_TRANSLATE_NOOP(
                        "validation",
                        "A status change cannot be earlier than the report or the last change "
                        "({earliest:%Y-%m-%d %H:%M} UTC).",
                    ),
                    {"earliest": earliest},
                )
            )
    if problems:
        raise ValidationError(problems)
    current = incident.status
    if is_reopening(current, target):
        incident.resolved_at = incident.closed_at = None
        if target is IncidentStatus.ACKNOWLEDGED:
            incident.acknowledged_at = at
    else:
        for stage in WORKFLOW[WORKFLOW.index(current) + 1 : WORKFLOW.index(target) + 1]:
            if stage in _STAGE_COLUMN:
                setattr(incident, _STAGE_COLUMN[stage], at)
    incident.status = target
    session.add(IncidentStatusChange(incident_id=incident_id, status=target, changed_at=at))
    session.flush()
    session.expire(incident, ["status_changes"])
    return None, changed(incident.account_id)


# --- timeline and compensations -----------------------------------------------------------


def add_event(
    session: Session,
    incident_id: int,
    actor: TimelineActor,
    description: str,
    at: datetime,
    colleague_id: int | None = None,
    contact_id: int | None = None,
    client_communication: bool = False,
) -> tuple[int, ChangeSet]:
    """A line on the incident's timeline: who did or said what, and when; returns its id."""
    incident = session.get_one(Incident, incident_id)
    problems: list[Problem] = []
    check_required(problems, "description", description)
    if at.tzinfo is None:
        problems.append(
            Problem("occurred_at", QT_TRANSLATE_NOOP("validation", "Give the time with its zone."))
        )
    if colleague_id is not None and session.get(Colleague, colleague_id) is None:
        problems.append(
            Problem(
                "colleague_id", QT_TRANSLATE_NOOP("validation", "That colleague no longer exists.")
            )
        )
    if contact_id is not None:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.account_id != incident.account_id:
            problems.append(
                Problem(
                    "contact_id",
                    QT_TRANSLATE_NOOP("validation", "Choose a contact of the incident's account."),
                )
            )
    if problems:
        raise ValidationError(problems)
    event = IncidentEvent(
        incident_id=incident_id,
        occurred_at=at,
        actor=actor,
        colleague_id=colleague_id,
        contact_id=contact_id,
        description=description.strip(),
        client_communication=client_communication,
    )
    session.add(event)
    session.flush()
    return event.id, changed(incident.account_id)


def add_compensation(
    session: Session,
    incident_id: int,
    form: CompensationForm,
    amount: Decimal,
    granted_on: date,
    note: str | None = None,
) -> tuple[int, ChangeSet]:
    """What we gave the client for the incident, in the account's currency; returns its id."""
    incident = session.get_one(Incident, incident_id)
    problems: list[Problem] = []
    check_present(problems, "amount", amount)
    if amount is not None and not isinstance(amount, Decimal | int):
        problems.append(Problem("amount", QT_TRANSLATE_NOOP("validation", "Give an exact amount.")))
    else:
        check_not_negative(problems, "amount", amount)
        check_scale(problems, "amount", Decimal(amount) if amount is not None else None)
    if problems:
        raise ValidationError(problems)
    compensation = Compensation(
        incident_id=incident_id,
        form=form,
        amount=Decimal(amount),
        granted_on=granted_on,
        note=blank_to_none(note),
    )
    try:
        with session.begin_nested():
            session.add(compensation)
            session.flush()
    except IntegrityError as error:
        raise ValidationError([integrity_problem(error)]) from error
    return compensation.id, changed(incident.account_id)


# --- KPIs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profitability:
    """revenue − cost − compensations granted, in the account's currency."""

    currency: str
    revenue: Decimal
    cost: Decimal
    compensations: Decimal
    profit: Decimal
    #: profit / revenue × 100; ``None`` when there is no revenue.
    margin_pct: Decimal | None


def account_profitability(
    session: Session, account_id: int, first_period: Quarter, last_period: Quarter
) -> Profitability:
    """SPEC's profitability over the quarters *first_period* … *last_period* (inclusive).

    Revenue and cost are the account's revenue records of those quarters;
    compensations are those granted (``granted_on``) on a day of those quarters.
    """
    account = session.get_one(Account, account_id)
    revenue, cost = session.execute(
        select(
            func.sum(RevenueRecord.revenue),
            func.sum(RevenueRecord.cost),
        ).where(
            RevenueRecord.account_id == account_id,
            RevenueRecord.period.between(first_period.key, last_period.key),
        )
    ).one()
    granted = session.scalar(
        select(func.sum(Compensation.amount))
        .join(Incident, Incident.id == Compensation.incident_id)
        .where(
            Incident.account_id == account_id,
            Compensation.granted_on >= first_period.first_day,
            Compensation.granted_on < last_period.shifted(1).first_day,
        )
    )
    # SUM() of the scaled integers is exact, and comes back as Decimal (NULL with no rows).
    revenue_total, cost_total, granted_total = (
        value or Decimal(0) for value in (revenue, cost, granted)
    )
    earned = profit(revenue_total, cost_total, granted_total)
    share = margin(earned, revenue_total)
    return Profitability(
        account.currency,
        revenue_total,
        cost_total,
        granted_total,
        earned,
        None if share is None else share * 100,
    )


def compliance_for(
    session: Session,
    *,
    period_start: datetime,
    period_end: datetime,
    now: datetime,
    targets: ResponseTargets,
    account_id: int | None = None,
    accounts: Any = None,
) -> ResponseCompliance:
    """Response-time compliance of the incidents reported in ``[period_start, period_end)``
    (optionally of one account, or of the *accounts* a subquery of ids names) — see
    :func:`workbench.domain.incidents.response_compliance`. Reads only those incidents'
    times, a row at a time."""
    query = (
        select(
            Incident.severity,
            Incident.reported_at,
            Incident.acknowledged_at,
            Incident.resolved_at,
            Account.time_zone,
            Incident.closed_at,
        )
        .join(Account, Account.id == Incident.account_id)
        .where(
            Incident.reported_at >= period_start,
            Incident.reported_at < period_end,
            Incident.reported_at <= now,
        )
    )
    if account_id is not None:
        query = query.where(Incident.account_id == account_id)
    if accounts is not None:
        query = query.where(Incident.account_id.in_(accounts))
    return response_compliance(
        (IncidentTimes(*row) for row in session.execute(query)),
        now,
        targets,
        ReportingPeriod(period_start, period_end),
    )
