"""What the client thinks and what we promised: surveys, agreed KPIs, health history."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from workbench.domain.enums import KpiDirection, KpiFrequency
from workbench.store.models.base import (
    Base,
    Recorded,
    RecordedSince0008,
    enum_column,
    fk,
    not_blank,
    quantity_column,
)


class SurveyResponse(RecordedSince0008, Base):
    """One answer to "how likely are you to recommend us?" (0–10), the input of NPS."""

    __tablename__ = "survey_responses"
    __table_args__ = (
        sa.CheckConstraint("score BETWEEN 0 AND 10", name="score_range"),
        sa.Index("ix_survey_responses_account_day", "account_id", "responded_on"),
        # Covers the portfolio's NPS of a period and the health score's NPS of each account:
        # no row lookups (migration 0010).
        sa.Index("ix_survey_responses_day_score_account", "responded_on", "score", "account_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"))
    # Indexed: deleting a contact (or undoing an import of 100,000) looks its rows up.
    contact_id: Mapped[int | None] = mapped_column(
        fk("contacts.id", ondelete="SET NULL"), index=True
    )
    responded_on: Mapped[date]
    score: Mapped[int]
    comment: Mapped[str | None] = mapped_column(sa.Text)


class AgreedKpi(Recorded, Base):
    """A KPI agreed with the client, e.g. "on-time delivery ≥ 98 %"."""

    __tablename__ = "agreed_kpis"
    __table_args__ = (not_blank("name"), sa.UniqueConstraint("account_id", "name"))

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"))
    name: Mapped[str] = mapped_column(sa.String(200))
    unit: Mapped[str] = mapped_column(sa.String(30), default="")
    direction: Mapped[KpiDirection] = enum_column(KpiDirection, "direction")
    target: Mapped[Decimal] = quantity_column()
    frequency: Mapped[KpiFrequency] = enum_column(KpiFrequency, "frequency")
    active: Mapped[bool] = mapped_column(default=True)


class KpiMeasurement(RecordedSince0008, Base):
    __tablename__ = "kpi_measurements"
    __table_args__ = (
        sa.UniqueConstraint("kpi_id", "measured_on"),
        # Covers the agreed-KPI compliance of a period read KPI by KPI (KPI, day, value):
        # each KPI's days are one seek, and no measurement row is looked up.
        sa.Index("ix_kpi_measurements_kpi_day_value", "kpi_id", "measured_on", "value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_id: Mapped[int] = mapped_column(fk("agreed_kpis.id"))
    measured_on: Mapped[date]
    value: Mapped[Decimal] = quantity_column()
    note: Mapped[str | None] = mapped_column(sa.Text)


class HealthSnapshot(Base):
    """An account's health score as computed at the end of a month, so drops can be seen."""

    __tablename__ = "health_snapshots"
    __table_args__ = (
        sa.UniqueConstraint("account_id", "month"),
        sa.CheckConstraint("score BETWEEN 0 AND 100", name="score_range"),
        sa.CheckConstraint("month % 100 BETWEEN 1 AND 12", name="month_key"),
        # The health chart counts each month's bands from the index alone.
        sa.Index("ix_health_snapshots_month_score", "month", "score"),
        # The focus list's drops read a month in account order, the month before beside it.
        sa.Index("ix_health_snapshots_month_account_score", "month", "account_id", "score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"))
    #: ``year * 100 + month``, e.g. 202611.
    month: Mapped[int]
    score: Mapped[int]
    #: Each factor's contribution, as JSON, so the history can explain itself.
    factors_json: Mapped[str] = mapped_column(sa.Text, default="{}")
