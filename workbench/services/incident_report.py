"""Incidents gathered for a report: one incident, or an account's or a period's.

The record is what the PDF prints — timeline, root cause, resolution, lessons —
with no ORM object in it. ``include_internal=False`` makes the version to send to
the client: only the timeline lines that were communications with the client,
and only the fields the client may read (see :func:`load_incident_report`).

Queries are bounded: incidents by id, or by account and ``reported_at`` range
(``ix_incidents_account_reported``); their details by incident id in chunks that
stay under SQLite's bound-parameter limit.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from workbench.domain.enums import (
    CompensationForm,
    IncidentCategory,
    IncidentStatus,
    Severity,
    Team,
    TimelineActor,
)
from workbench.store.batches import IN_LIST_SIZE, in_chunks
from workbench.store.database import Store
from workbench.store.models import (
    Account,
    Colleague,
    Compensation,
    Contact,
    Incident,
    IncidentEvent,
    IncidentStatusChange,
    IncidentTeam,
)

#: Ids per ``IN (...)`` list (a name of its own so a test can make it small).
CHUNK = IN_LIST_SIZE


@dataclass(frozen=True)
class ReportEvent:
    """One line of an incident's timeline."""

    occurred_at: datetime
    actor: TimelineActor
    #: The colleague's or the contact's name; ``None`` when neither is recorded.
    who: str | None
    description: str
    client_communication: bool


@dataclass(frozen=True)
class ReportCompensation:
    form: CompensationForm
    amount: Decimal
    #: The account's currency.
    currency: str
    granted_on: date
    #: Internal remark; ``None`` in the client's version.
    note: str | None


@dataclass(frozen=True)
class ReportStatusChange:
    status: IncidentStatus
    changed_at: datetime


@dataclass(frozen=True)
class ReportIncident:
    incident_id: int
    account_id: int
    account_name: str
    currency: str
    #: The account's IANA time zone, to show times as the client reads them.
    time_zone: str
    title: str
    category: IncidentCategory
    severity: Severity
    status: IncidentStatus
    reported_at: datetime
    acknowledged_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    client_impact: str | None
    description: str | None
    root_cause: str | None
    resolution: str | None
    #: Internal: ``None`` in the client's version.
    lessons_learned: str | None
    #: Internal: the colleague who owns the incident; ``None`` in the client's version.
    owner: str | None
    #: Internal: empty in the client's version.
    teams: tuple[Team, ...]
    compensations: tuple[ReportCompensation, ...]
    events: tuple[ReportEvent, ...]
    status_history: tuple[ReportStatusChange, ...]


@dataclass(frozen=True)
class IncidentReport:
    """The incidents to print, oldest reported first, and the scope they were chosen by."""

    incidents: tuple[ReportIncident, ...]
    #: The account asked for (``None`` for explicit ids or a period across accounts).
    account_id: int | None
    account_name: str | None
    #: First and last day, inclusive, UTC; ``None`` when not chosen by period.
    period: tuple[date, date] | None
    include_internal: bool

    @property
    def single(self) -> ReportIncident | None:
        """The incident when the report is about exactly one."""
        return self.incidents[0] if len(self.incidents) == 1 else None

    def by_severity(self) -> tuple[tuple[Severity, int], ...]:
        """How many incidents of each severity, most severe first, zeros left out."""
        counts = Counter(incident.severity for incident in self.incidents)
        return tuple((s, counts[s]) for s in sorted(Severity) if counts[s])

    def by_status(self) -> tuple[tuple[IncidentStatus, int], ...]:
        """How many incidents are in each status, in workflow order, zeros left out."""
        counts = Counter(incident.status for incident in self.incidents)
        return tuple((s, counts[s]) for s in IncidentStatus if counts[s])


def load_incident_report(
    source: Store | Session,
    *,
    incident_ids: Sequence[int] | None = None,
    account_id: int | None = None,
    period: tuple[date, date] | None = None,
    include_internal: bool = True,
) -> IncidentReport:
    """The incidents with *incident_ids*, or those of *account_id* reported within *period*.

    *period* is a first and last day, both included, in UTC; either *account_id* or
    *period* (or both) may narrow the choice, but one of the three must be given.
    Ids and account/period do not combine: ids win. Raises :class:`LookupError`
    naming ids or an account that do not exist, :class:`ValueError` for no scope
    or a period that ends before it starts.

    ``include_internal=False`` is the client's version: only timeline lines marked
    as client communication, and no lessons learned, owner, teams or compensation
    notes. Root cause, resolution and compensations stay: the client is owed them.
    """
    if isinstance(source, Session):
        return _load(source, incident_ids, account_id, period, include_internal)
    with source.session() as session:
        return _load(session, incident_ids, account_id, period, include_internal)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), UTC)


def _contact_name(first: str | None, last: str | None) -> str | None:
    name = " ".join(part.strip() for part in (first or "", last or "") if part.strip())
    return name or None


def _incident_query() -> Select[Incident, str, str, str, str]:
    owner = aliased(Colleague)
    return (
        select(Incident, Account.name, Account.currency, Account.time_zone, owner.name)
        .join(Account, Account.id == Incident.account_id)
        .outerjoin(owner, owner.id == Incident.owner_id)
    )


def _load(
    session: Session,
    incident_ids: Sequence[int] | None,
    account_id: int | None,
    period: tuple[date, date] | None,
    include_internal: bool,
) -> IncidentReport:
    account_name: str | None = None
    if incident_ids is not None:
        wanted = list(dict.fromkeys(incident_ids))
        rows = [
            row
            for chunk in in_chunks(wanted, CHUNK)
            for row in session.execute(_incident_query().where(Incident.id.in_(chunk)))
        ]
        missing = set(wanted) - {row[0].id for row in rows}
        if missing:
            raise LookupError(f"no incident has the id {', '.join(map(str, sorted(missing)))}")
        account_id = period = None
    else:
        if account_id is None and period is None:
            raise ValueError("choose incidents by id, by account or by period")
        query = _incident_query()
        if account_id is not None:
            account_name = session.scalar(select(Account.name).where(Account.id == account_id))
            if account_name is None:
                raise LookupError(f"no account has the id {account_id}")
            query = query.where(Incident.account_id == account_id)
        if period is not None:
            first_day, last_day = period
            if last_day < first_day:
                raise ValueError("the period ends before it starts")
            query = query.where(
                Incident.reported_at >= _day_start(first_day),
                Incident.reported_at < _day_start(last_day + timedelta(days=1)),
            )
        rows = list(session.execute(query))
    rows.sort(key=lambda row: (row[0].reported_at, row[0].id))
    ids = [row[0].id for row in rows]

    history: dict[int, list[ReportStatusChange]] = defaultdict(list)
    teams: dict[int, list[Team]] = defaultdict(list)
    events: dict[int, list[ReportEvent]] = defaultdict(list)
    compensations: dict[int, list[ReportCompensation]] = defaultdict(list)
    currencies = {row[0].id: row[2] for row in rows}
    for chunk in in_chunks(ids, CHUNK):
        for change in session.scalars(
            select(IncidentStatusChange)
            .where(IncidentStatusChange.incident_id.in_(chunk))
            .order_by(IncidentStatusChange.changed_at, IncidentStatusChange.id)
        ):
            history[change.incident_id].append(ReportStatusChange(change.status, change.changed_at))
        if include_internal:
            for team in session.scalars(
                select(IncidentTeam).where(IncidentTeam.incident_id.in_(chunk))
            ):
                teams[team.incident_id].append(team.team)
        event_query = (
            select(IncidentEvent, Colleague.name, Contact.first_name, Contact.last_name)
            .outerjoin(Colleague, Colleague.id == IncidentEvent.colleague_id)
            .outerjoin(Contact, Contact.id == IncidentEvent.contact_id)
            .where(IncidentEvent.incident_id.in_(chunk))
            .order_by(IncidentEvent.occurred_at, IncidentEvent.id)
        )
        if not include_internal:
            event_query = event_query.where(IncidentEvent.client_communication.is_(True))
        for event, colleague, first, last in session.execute(event_query):
            events[event.incident_id].append(
                ReportEvent(
                    occurred_at=event.occurred_at,
                    actor=event.actor,
                    who=colleague or _contact_name(first, last),
                    description=event.description,
                    client_communication=event.client_communication,
                )
            )
        for compensation in session.scalars(
            select(Compensation)
            .where(Compensation.incident_id.in_(chunk))
            .order_by(Compensation.granted_on, Compensation.id)
        ):
            compensations[compensation.incident_id].append(
                ReportCompensation(
                    form=compensation.form,
                    amount=compensation.amount,
                    currency=currencies[compensation.incident_id],
                    granted_on=compensation.granted_on,
                    note=compensation.note if include_internal else None,
                )
            )

    incidents = []
    for incident, name, currency, zone, owner in rows:
        key = incident.id
        incidents.append(
            ReportIncident(
                incident_id=key,
                account_id=incident.account_id,
                account_name=name,
                currency=currency,
                time_zone=zone,
                title=incident.title,
                category=incident.category,
                severity=incident.severity,
                status=incident.status,
                reported_at=incident.reported_at,
                acknowledged_at=incident.acknowledged_at,
                resolved_at=incident.resolved_at,
                closed_at=incident.closed_at,
                client_impact=incident.client_impact,
                description=incident.description,
                root_cause=incident.root_cause,
                resolution=incident.resolution,
                lessons_learned=incident.lessons_learned if include_internal else None,
                owner=owner if include_internal else None,
                teams=tuple(sorted(teams[key], key=list(Team).index)),
                compensations=tuple(compensations[key]),
                events=tuple(events[key]),
                status_history=tuple(history[key]),
            )
        )
    return IncidentReport(
        incidents=tuple(incidents),
        account_id=account_id,
        account_name=account_name,
        period=period,
        include_internal=include_internal,
    )
