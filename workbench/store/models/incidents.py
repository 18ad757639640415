"""Crises: incidents with their status history, timeline, teams and compensations."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.domain.enums import (
    CompensationForm,
    IncidentCategory,
    IncidentStatus,
    Severity,
    Team,
    TimelineActor,
)
from workbench.store.models.base import (
    Base,
    Recorded,
    RecordedSince0008,
    enum_column,
    fk,
    money_column,
    not_blank,
)
from workbench.store.types import IntEnumType


class Incident(Recorded, Base):
    """A problem the client feels. ``*_at`` hold the latest time each stage was reached."""

    __tablename__ = "incidents"
    __table_args__ = (
        not_blank("title"),
        sa.CheckConstraint("severity BETWEEN 1 AND 4", name="severity_range"),
        sa.CheckConstraint(
            "acknowledged_at IS NULL OR acknowledged_at >= reported_at", name="ack_after_report"
        ),
        sa.CheckConstraint(
            "resolved_at IS NULL OR resolved_at >= reported_at", name="resolved_after_report"
        ),
        sa.CheckConstraint(
            "closed_at IS NULL OR closed_at >= reported_at", name="closed_after_report"
        ),
        sa.Index("ix_incidents_status_severity", "status", "severity"),
        sa.Index("ix_incidents_account_reported", "account_id", "reported_at"),
        # The incident table's order (most severe, then oldest): a page is read off the index.
        sa.Index("ix_incidents_severity_reported", "severity", "reported_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"))
    title: Mapped[str] = mapped_column(sa.String(300))
    description: Mapped[str | None] = mapped_column(sa.Text)
    category: Mapped[IncidentCategory] = enum_column(IncidentCategory, "category")
    severity: Mapped[Severity] = mapped_column(IntEnumType(Severity))
    status: Mapped[IncidentStatus] = enum_column(
        IncidentStatus, "status", default=IncidentStatus.OPEN
    )
    owner_id: Mapped[int | None] = mapped_column(
        fk("colleagues.id", ondelete="SET NULL"), index=True
    )
    reported_at: Mapped[datetime]
    acknowledged_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    client_impact: Mapped[str | None] = mapped_column(sa.Text)
    root_cause: Mapped[str | None] = mapped_column(sa.Text)
    resolution: Mapped[str | None] = mapped_column(sa.Text)
    lessons_learned: Mapped[str | None] = mapped_column(sa.Text)
    #: Key of the playbook response chosen (e.g. "delivery_delay.prioritise").
    playbook_response: Mapped[str | None] = mapped_column(sa.String(100))
    external_id: Mapped[str | None] = mapped_column(sa.String(64), unique=True)

    status_changes: Mapped[list[IncidentStatusChange]] = relationship(
        passive_deletes=True, order_by="IncidentStatusChange.changed_at"
    )
    teams: Mapped[list[IncidentTeam]] = relationship(passive_deletes=True)


class IncidentStatusChange(RecordedSince0008, Base):
    """Every transition, reopenings included, so response times can be audited."""

    __tablename__ = "incident_status_changes"
    __table_args__ = (sa.Index("ix_incident_status_changes_incident", "incident_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(fk("incidents.id"))
    status: Mapped[IncidentStatus] = enum_column(IncidentStatus, "status")
    changed_at: Mapped[datetime]


class IncidentTeam(RecordedSince0008, Base):
    """An internal team involved in handling an incident."""

    __tablename__ = "incident_teams"

    incident_id: Mapped[int] = mapped_column(fk("incidents.id"), primary_key=True)
    team: Mapped[Team] = enum_column(Team, "team", primary_key=True, index=True)


class IncidentEvent(RecordedSince0008, Base):
    """A line of the incident's timeline: who did or said what, and when."""

    __tablename__ = "incident_events"
    __table_args__ = (
        not_blank("description"),
        sa.Index("ix_incident_events_incident", "incident_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(fk("incidents.id"))
    occurred_at: Mapped[datetime]
    actor: Mapped[TimelineActor] = enum_column(TimelineActor, "actor")
    colleague_id: Mapped[int | None] = mapped_column(fk("colleagues.id", ondelete="SET NULL"))
    # Indexed: deleting a contact (or undoing an import of 100,000) looks its rows up.
    contact_id: Mapped[int | None] = mapped_column(
        fk("contacts.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(sa.Text)
    #: True when this line is a communication with the client.
    client_communication: Mapped[bool] = mapped_column(default=False)


class Compensation(RecordedSince0008, Base):
    """What we gave the client to make up for an incident, in the account's currency."""

    __tablename__ = "compensations"
    __table_args__ = (
        sa.CheckConstraint("amount >= 0", name="amount_not_negative"),
        sa.Index("ix_compensations_granted_on", "granted_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(fk("incidents.id"), index=True)
    form: Mapped[CompensationForm] = enum_column(CompensationForm, "form")
    amount: Mapped[Decimal] = money_column()
    granted_on: Mapped[date]
    note: Mapped[str | None] = mapped_column(sa.Text)
