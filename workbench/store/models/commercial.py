"""Money with the account: opportunities, contracts, budgets, revenue and the catalog."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from workbench.domain.enums import OpportunityKind, OpportunityStage, RenewalStatus
from workbench.store.models.base import (
    Base,
    Recorded,
    RecordedSince0008,
    enum_column,
    fk,
    money_column,
    not_blank,
    percent_column,
)
from workbench.store.types import scaled

_QUARTER_KEY = "{col} % 10 BETWEEN 1 AND 4 AND {col} BETWEEN 19001 AND 99994"


class Opportunity(Recorded, Base):
    """A chance to sell more: new business, cross-sell, upsell or a renewal."""

    __tablename__ = "opportunities"
    __table_args__ = (
        not_blank("name"),
        sa.CheckConstraint("amount >= 0", name="amount_not_negative"),
        sa.CheckConstraint("probability BETWEEN 0 AND 100", name="probability_range"),
        sa.CheckConstraint("length(currency) = 3", name="currency_iso"),
        sa.Index("ix_opportunities_stage_close", "stage", "expected_close"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(300))
    kind: Mapped[OpportunityKind] = enum_column(OpportunityKind, "kind")
    stage: Mapped[OpportunityStage] = enum_column(OpportunityStage, "stage")
    amount: Mapped[Decimal] = money_column()
    currency: Mapped[str] = mapped_column(sa.String(3))
    #: Likelihood of closing, in whole percent.
    probability: Mapped[int]
    expected_close: Mapped[date | None]
    external_id: Mapped[str | None] = mapped_column(sa.String(64), unique=True)


class Contract(Recorded, Base):
    """A signed agreement with a term; its end date drives the renewal calendar."""

    __tablename__ = "contracts"
    __table_args__ = (
        not_blank("title"),
        sa.CheckConstraint("ends_on > starts_on", name="ends_after_start"),
        sa.CheckConstraint("annual_value >= 0", name="value_not_negative"),
        sa.CheckConstraint("notice_days >= 0", name="notice_not_negative"),
        sa.CheckConstraint("length(currency) = 3", name="currency_iso"),
        sa.Index("ix_contracts_ends_on", "ends_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"), index=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    annual_value: Mapped[Decimal] = money_column()
    currency: Mapped[str] = mapped_column(sa.String(3))
    notice_days: Mapped[int] = mapped_column(default=90)
    renewal_status: Mapped[RenewalStatus] = enum_column(
        RenewalStatus, "renewal_status", default=RenewalStatus.NOT_DUE
    )
    external_id: Mapped[str | None] = mapped_column(sa.String(64), unique=True)


class AccountBudget(RecordedSince0008, Base):
    """What the client has planned to spend with us in a quarter, and how much is committed."""

    __tablename__ = "account_budgets"
    __table_args__ = (
        sa.UniqueConstraint("account_id", "period"),
        sa.CheckConstraint(_QUARTER_KEY.format(col="period"), name="period_quarter_key"),
        sa.CheckConstraint("planned >= 0 AND committed >= 0", name="amounts_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"))
    #: Quarter key ``year * 10 + quarter`` (see ``workbench.domain.period.Quarter``).
    period: Mapped[int]
    planned: Mapped[Decimal] = money_column()
    committed: Mapped[Decimal] = money_column()
    note: Mapped[str | None] = mapped_column(sa.Text)


class RevenueRecord(RecordedSince0008, Base):
    """Revenue billed to an account in a quarter and what serving it cost.

    Amounts are in the account's currency."""

    __tablename__ = "revenue_records"
    __table_args__ = (
        sa.UniqueConstraint("account_id", "period"),
        sa.CheckConstraint(_QUARTER_KEY.format(col="period"), name="period_quarter_key"),
        sa.CheckConstraint("revenue >= 0 AND cost >= 0", name="amounts_not_negative"),
        # Covers a period's sums (period, account, revenue, cost): no row lookups.
        sa.Index("ix_revenue_records_period_figures", "period", "account_id", "revenue", "cost"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"))
    period: Mapped[int]
    revenue: Mapped[Decimal] = money_column()
    cost: Mapped[Decimal] = money_column(default=Decimal(0))


class Product(Recorded, Base):
    """An item of our product/service catalog, quoted in proposals."""

    __tablename__ = "products"
    __table_args__ = (
        not_blank("name"),
        not_blank("code"),
        sa.CheckConstraint("unit_price >= 0", name="price_not_negative"),
        sa.CheckConstraint(f"tax_rate BETWEEN 0 AND {scaled(100, 4)}", name="tax_rate_range"),
        sa.CheckConstraint("length(currency) = 3", name="currency_iso"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(50), unique=True)
    name: Mapped[str] = mapped_column(sa.String(300))
    description: Mapped[str | None] = mapped_column(sa.Text)
    unit: Mapped[str] = mapped_column(sa.String(30), default="unit")
    unit_price: Mapped[Decimal] = money_column()
    currency: Mapped[str] = mapped_column(sa.String(3))
    #: Default tax in percent (four decimals).
    tax_rate: Mapped[Decimal] = percent_column(default=Decimal(0))
    retired: Mapped[bool] = mapped_column(default=False)
