"""Incident workflow and response-time targets — plain rules on plain data.

The status workflow is open → acknowledged → mitigating → resolved → closed.
An incident may move forward one step or skip ahead (open → resolved), and a
resolved or closed incident may be reopened as open or acknowledged. Nothing
else moves backwards, and no move goes to the status the incident already has.

Response-time compliance follows SPEC.md §KPIs: incidents acknowledged (resp.
resolved) within their severity's target / incidents subject to the target in
the period; an incident still waiting past its target counts as a breach.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from workbench.domain.enums import IncidentStatus, Severity
from workbench.domain.validation import QT_TRANSLATE_NOOP, Problem
from workbench.domain.zones import zone_named

# --- the status workflow ----------------------------------------------------------------

#: The statuses in the order an incident normally goes through them.
WORKFLOW: tuple[IncidentStatus, ...] = (
    IncidentStatus.OPEN,
    IncidentStatus.ACKNOWLEDGED,
    IncidentStatus.MITIGATING,
    IncidentStatus.RESOLVED,
    IncidentStatus.CLOSED,
)
#: Statuses from which an incident can be reopened, and the statuses it reopens to.
REOPENABLE = frozenset({IncidentStatus.RESOLVED, IncidentStatus.CLOSED})
REOPENED_AS = frozenset({IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED})
#: Statuses in which the incident still needs work (the "open" filter).
UNRESOLVED = frozenset(
    {IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED, IncidentStatus.MITIGATING}
)


def is_forward(current: IncidentStatus, target: IncidentStatus) -> bool:
    return WORKFLOW.index(target) > WORKFLOW.index(current)


def is_reopening(current: IncidentStatus, target: IncidentStatus) -> bool:
    """A resolved or closed incident goes back to open or acknowledged."""
    return current in REOPENABLE and target in REOPENED_AS


def allowed_targets(current: IncidentStatus) -> tuple[IncidentStatus, ...]:
    """Every status the incident may move to next, in workflow order."""
    return tuple(
        status
        for status in WORKFLOW
        if is_forward(current, status) or is_reopening(current, status)
    )


def transition_problems(current: IncidentStatus, target: IncidentStatus) -> list[Problem]:
    """Why *current* → *target* is refused (an empty list when the move is allowed)."""
    if target is current:
        return [
            Problem(
                "status",
                QT_TRANSLATE_NOOP("validation", "The incident is already {status}."),
                {"status": target},
            )
        ]
    if is_forward(current, target) or is_reopening(current, target):
        return []
    if current in REOPENABLE:
        return [
            Problem(
                "status",
                QT_TRANSLATE_NOOP(
                    "validation",
                    "A {current} incident can only be reopened as open or acknowledged, "
                    "not {target}.",
                ),
                {"current": current, "target": target},
            )
        ]
    return [
        Problem(
            "status",
            QT_TRANSLATE_NOOP(
                "validation",
                "An incident cannot go back from {current} to {target}; "
                "only a resolved or closed incident can be reopened.",
            ),
            {"current": current, "target": target},
        )
    ]


# --- response-time targets --------------------------------------------------------------


class TargetKind(StrEnum):
    """The two response-time targets of an incident."""

    ACKNOWLEDGE = "acknowledge"
    RESOLVE = "resolve"


class DurationUnit(StrEnum):
    HOURS = "hours"
    #: Calendar days: the same wall-clock time *n* days later in the zone.
    DAYS = "days"
    #: Monday to Friday in the zone (see :meth:`ResponseTime.deadline`).
    BUSINESS_DAYS = "business_days"


@dataclass(frozen=True, slots=True)
class ResponseTime:
    """A target duration: a whole number of hours, calendar days or business days."""

    amount: int
    unit: DurationUnit

    def __post_init__(self) -> None:
        if self.amount < 0:
            raise ValueError(f"a response time cannot be negative: {self.amount}")

    def deadline(self, start: datetime, zone: ZoneInfo) -> datetime:
        """When the target expires for something that started at aware *start*.

        * Hours are elapsed time (a DST change does not stretch them).
        * Calendar days keep the wall-clock time in *zone*, n days later.
        * Business days skip Saturday and Sunday in *zone*: each business day
          moves the wall-clock time to the next weekday (Friday 15:00 + 1 →
          Monday 15:00). Something that starts on a weekend starts the clock at
          00:00 on the following Monday (Saturday 10:00 + 1 → Tuesday 00:00,
          i.e. by the end of Monday).

        The result is in UTC: Python compares and subtracts two datetimes of the *same*
        zone by wall clock, which would be wrong across a DST change.
        """
        if start.tzinfo is None:
            raise ValueError("the start of a response time must be an aware datetime")
        if self.unit is DurationUnit.HOURS:
            return start.astimezone(UTC) + timedelta(hours=self.amount)
        local = start.astimezone(zone).replace(tzinfo=None)
        if self.unit is DurationUnit.DAYS:
            return _aware(local + timedelta(days=self.amount), zone)
        if local.weekday() >= 5:
            local = datetime.combine(_next_weekday(local.date()), time())
        day = local.date()
        for _ in range(self.amount):
            day = _next_weekday(day)
        return _aware(datetime.combine(day, local.time()), zone)


def _next_weekday(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _aware(local: datetime, zone: ZoneInfo) -> datetime:
    # A wall time skipped by a DST change resolves as zoneinfo does (fold=0): an hour later.
    return local.replace(tzinfo=zone).astimezone(UTC)


def hours(amount: int) -> ResponseTime:
    return ResponseTime(amount, DurationUnit.HOURS)


def days(amount: int) -> ResponseTime:
    return ResponseTime(amount, DurationUnit.DAYS)


def business_days(amount: int) -> ResponseTime:
    return ResponseTime(amount, DurationUnit.BUSINESS_DAYS)


@dataclass(frozen=True, slots=True)
class ResponseTarget:
    """The targets for one severity: acknowledge within, resolve within."""

    acknowledge: ResponseTime
    resolve: ResponseTime

    def within(self, kind: TargetKind) -> ResponseTime:
        return self.acknowledge if kind is TargetKind.ACKNOWLEDGE else self.resolve

    def deadline(self, reported_at: datetime, zone: ZoneInfo, kind: TargetKind) -> datetime:
        """When an incident reported at *reported_at* must be acknowledged (or resolved)."""
        return self.within(kind).deadline(reported_at, zone)


def _default_targets() -> Mapping[Severity, ResponseTarget]:
    return {
        Severity.CRITICAL: ResponseTarget(hours(1), hours(24)),
        Severity.HIGH: ResponseTarget(hours(4), days(3)),
        Severity.MEDIUM: ResponseTarget(business_days(1), days(10)),
        Severity.LOW: ResponseTarget(business_days(2), days(30)),
    }


@dataclass(frozen=True)
class ResponseTargets:
    """Response-time targets per severity; the defaults are the product's defaults."""

    by_severity: Mapping[Severity, ResponseTarget] = field(default_factory=_default_targets)

    def __post_init__(self) -> None:
        missing = set(Severity) - set(self.by_severity)
        if missing:
            raise ValueError(f"no response target for severities {sorted(missing)}")

    def for_severity(self, severity: Severity) -> ResponseTarget:
        return self.by_severity[severity]

    def deadline(
        self, severity: Severity, reported_at: datetime, zone: ZoneInfo, kind: TargetKind
    ) -> datetime:
        return self.for_severity(severity).deadline(reported_at, zone, kind)


# --- compliance -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IncidentTimes:
    """What the response-time rules need to know about one incident (aware datetimes)."""

    severity: Severity
    reported_at: datetime
    acknowledged_at: datetime | None
    resolved_at: datetime | None
    #: The account's IANA zone, in which business days are counted.
    zone: str = "UTC"
    closed_at: datetime | None = None

    def reached(self, kind: TargetKind) -> datetime | None:
        """When the stage was reached. Resolving or closing an incident that was never
        acknowledged acknowledges it; closing one never marked resolved resolves it."""
        if kind is TargetKind.ACKNOWLEDGE:
            return self.acknowledged_at or self.resolved_at or self.closed_at
        return self.resolved_at or self.closed_at


class Verdict(StrEnum):
    """Where one incident stands against one target at a given moment."""

    MET = "met"
    BREACHED = "breached"
    #: Still waiting, and the deadline has not passed: not yet subject to the target.
    PENDING = "pending"


def verdict(
    incident: IncidentTimes, kind: TargetKind, targets: ResponseTargets, now: datetime
) -> Verdict:
    """Met if the stage was reached by the deadline; breached if it was reached late
    or is still not reached after the deadline; pending otherwise."""
    deadline = targets.deadline(
        incident.severity, incident.reported_at, zone_named(incident.zone), kind
    )
    reached = incident.reached(kind)
    if reached is not None:
        return Verdict.MET if reached <= deadline else Verdict.BREACHED
    return Verdict.BREACHED if now > deadline else Verdict.PENDING


@dataclass(frozen=True, slots=True)
class Compliance:
    """*met* of *subject* incidents responded within target."""

    met: int
    subject: int

    @property
    def breached(self) -> int:
        return self.subject - self.met

    @property
    def ratio(self) -> Decimal | None:
        """A fraction (0.75 = 75 %); undefined (``None``) when no incident is subject."""
        return None if self.subject == 0 else Decimal(self.met) / Decimal(self.subject)


@dataclass(frozen=True, slots=True)
class ReportingPeriod:
    """A half-open interval of time ``[start, end)`` (aware datetimes)."""

    start: datetime
    end: datetime

    def __contains__(self, moment: object) -> bool:
        return isinstance(moment, datetime) and self.start <= moment < self.end


@dataclass(frozen=True, slots=True)
class ResponseCompliance:
    acknowledge: Compliance
    resolve: Compliance

    def of(self, kind: TargetKind) -> Compliance:
        return self.acknowledge if kind is TargetKind.ACKNOWLEDGE else self.resolve


def response_compliance(
    incidents: Iterable[IncidentTimes],
    now: datetime,
    targets: ResponseTargets,
    period: ReportingPeriod,
) -> ResponseCompliance:
    """Response-time compliance (SPEC.md §KPIs), for acknowledging and for resolving.

    *In the period* means **reported** in ``[period.start, period.end)`` (and not after
    *now*). Of those, an incident is *subject* to a target when it reached the stage
    (acknowledged, resp. resolved — on time or late) or when it has not and *now* is
    past its deadline, which counts as a breach. One still waiting within its deadline
    is not yet subject: it is in neither the numerator nor the denominator.
    ``met`` counts the subject incidents that reached the stage by their deadline.
    """
    counts = {kind: [0, 0] for kind in TargetKind}
    for incident in incidents:
        if incident.reported_at not in period or incident.reported_at > now:
            continue
        for kind in TargetKind:
            outcome = verdict(incident, kind, targets, now)
            if outcome is Verdict.PENDING:
                continue
            counts[kind][1] += 1
            if outcome is Verdict.MET:
                counts[kind][0] += 1
    return ResponseCompliance(
        Compliance(*counts[TargetKind.ACKNOWLEDGE]), Compliance(*counts[TargetKind.RESOLVE])
    )
