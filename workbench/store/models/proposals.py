"""Proposals and their versions: sections, line items, phased plan and ROI inputs.

A proposal is the lasting thing the client knows ("the 2027 renewal offer");
each version is a full, frozen-once-sent copy of its content.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.domain.enums import ProposalStatus, SectionKind
from workbench.store.models.base import (
    Base,
    Recorded,
    RecordedSince0008,
    enum_column,
    fk,
    money_column,
    not_blank,
    percent_column,
    quantity_column,
)
from workbench.store.types import scaled

_HUNDRED_PERCENT = scaled(100, 4)


class Proposal(Recorded, Base):
    __tablename__ = "proposals"
    __table_args__ = (not_blank("title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"), index=True)
    opportunity_id: Mapped[int | None] = mapped_column(
        fk("opportunities.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(sa.String(300))

    versions: Mapped[list[ProposalVersion]] = relationship(
        passive_deletes=True, order_by="ProposalVersion.number"
    )


class ProposalVersion(Recorded, Base):
    """v1, v2…: a sent version is read-only; changing it starts the next version."""

    __tablename__ = "proposal_versions"
    __table_args__ = (
        sa.UniqueConstraint("proposal_id", "number"),
        sa.CheckConstraint("number >= 1", name="number_positive"),
        sa.CheckConstraint("length(currency) = 3", name="currency_iso"),
        sa.CheckConstraint("(status = 'draft') = (sent_at IS NULL)", name="sent_at_unless_draft"),
        sa.CheckConstraint(
            "(status IN ('accepted', 'rejected', 'expired')) = (decided_at IS NOT NULL)",
            name="decided_at_when_decided",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(fk("proposals.id"))
    number: Mapped[int]
    status: Mapped[ProposalStatus] = enum_column(
        ProposalStatus, "status", default=ProposalStatus.DRAFT
    )
    currency: Mapped[str] = mapped_column(sa.String(3))
    valid_until: Mapped[date | None]
    sent_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]

    sections: Mapped[list[ProposalSection]] = relationship(
        passive_deletes=True, order_by="ProposalSection.position"
    )
    line_items: Mapped[list[ProposalLineItem]] = relationship(
        passive_deletes=True, order_by="ProposalLineItem.position"
    )
    phases: Mapped[list[ProposalPhase]] = relationship(
        passive_deletes=True, order_by="ProposalPhase.position"
    )
    roi: Mapped[ProposalRoi | None] = relationship(passive_deletes=True)


class ProposalSection(RecordedSince0008, Base):
    __tablename__ = "proposal_sections"
    __table_args__ = (sa.UniqueConstraint("version_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(fk("proposal_versions.id"))
    position: Mapped[int]
    kind: Mapped[SectionKind] = enum_column(SectionKind, "kind")
    title: Mapped[str] = mapped_column(sa.String(300))
    #: Rich text restricted to the editor's supported HTML subset.
    body_html: Mapped[str] = mapped_column(sa.Text, default="")


class ProposalLineItem(RecordedSince0008, Base):
    """A priced line: from the catalog (``product_id``) or free text."""

    __tablename__ = "proposal_line_items"
    __table_args__ = (
        sa.UniqueConstraint("version_id", "position"),
        not_blank("description"),
        sa.CheckConstraint("quantity > 0", name="quantity_positive"),
        sa.CheckConstraint("unit_price >= 0", name="price_not_negative"),
        sa.CheckConstraint(f"discount_pct BETWEEN 0 AND {_HUNDRED_PERCENT}", name="discount_range"),
        sa.CheckConstraint(f"tax_pct BETWEEN 0 AND {_HUNDRED_PERCENT}", name="tax_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(fk("proposal_versions.id"))
    position: Mapped[int]
    product_id: Mapped[int | None] = mapped_column(fk("products.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(sa.String(500))
    quantity: Mapped[Decimal] = quantity_column()
    unit: Mapped[str] = mapped_column(sa.String(30), default="unit")
    unit_price: Mapped[Decimal] = money_column()
    discount_pct: Mapped[Decimal] = percent_column(default=Decimal(0))
    tax_pct: Mapped[Decimal] = percent_column(default=Decimal(0))
    #: Optional lines can be dropped to fit the client's budget ("reduce scope").
    optional: Mapped[bool] = mapped_column(default=False)


class ProposalPhase(RecordedSince0008, Base):
    """One stage of a phased implementation plan."""

    __tablename__ = "proposal_phases"
    __table_args__ = (
        sa.UniqueConstraint("version_id", "position"),
        not_blank("name"),
        sa.CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
        sa.CheckConstraint("amount >= 0", name="amount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(fk("proposal_versions.id"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(sa.String(200))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    deliverables: Mapped[str | None] = mapped_column(sa.Text)
    amount: Mapped[Decimal] = money_column()


class ProposalRoi(RecordedSince0008, Base):
    """Inputs of the ROI analysis that justifies a proposal's price."""

    __tablename__ = "proposal_roi"
    __table_args__ = (
        sa.CheckConstraint("investment >= 0", name="investment_not_negative"),
        sa.CheckConstraint("annual_benefit >= 0", name="benefit_not_negative"),
        sa.CheckConstraint("horizon_years BETWEEN 1 AND 50", name="horizon_range"),
        # A discount rate of -100 % or less makes every discount factor meaningless.
        sa.CheckConstraint(f"discount_rate_pct > -{_HUNDRED_PERCENT}", name="rate_above_minus_100"),
    )

    version_id: Mapped[int] = mapped_column(fk("proposal_versions.id"), primary_key=True)
    #: ``None`` means "the proposal total".
    investment: Mapped[Decimal | None] = money_column()
    annual_benefit: Mapped[Decimal] = money_column()
    horizon_years: Mapped[int]
    discount_rate_pct: Mapped[Decimal] = percent_column()
