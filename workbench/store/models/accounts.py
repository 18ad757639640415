"""Accounts, their people (client contacts and our colleagues) and market notes."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.domain.enums import (
    AccountStatus,
    Channel,
    DecisionRole,
    MarketNoteKind,
    Sector,
    Team,
    Tier,
)
from workbench.store.models.base import (
    Base,
    Recorded,
    RecordedSince0008,
    case_blind,
    enum_column,
    fk,
    not_blank,
)


class Colleague(RecordedSince0008, Base):
    """Someone on our side: the account manager, or a person in an internal team. A junior
    has a mentor (another colleague) who guides them: the director's views show the
    junior's accounts under the mentor."""

    __tablename__ = "colleagues"
    __table_args__ = (not_blank("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    email: Mapped[str | None] = mapped_column(sa.String(320), unique=True)
    team: Mapped[Team] = enum_column(Team, "team")
    is_me: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    #: Added by 0015, after the columns of 0008 (``sort_order``: the same order as there).
    mentor_id: Mapped[int | None] = mapped_column(
        fk("colleagues.id", ondelete="SET NULL"), sort_order=300
    )


class Account(Recorded, Base):
    """A client company (or a subsidiary of one, through ``parent_id``)."""

    __tablename__ = "accounts"
    __table_args__ = (
        not_blank("name"),
        sa.CheckConstraint("length(country) = 2 AND country = upper(country)", name="country_iso"),
        sa.CheckConstraint(
            "length(currency) = 3 AND currency = upper(currency)", name="currency_iso"
        ),
        sa.CheckConstraint("length(time_zone) > 0", name="time_zone_not_blank"),
        sa.CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        sa.Index("ix_accounts_name_nocase", case_blind("name")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    parent_id: Mapped[int | None] = mapped_column(
        fk("accounts.id", ondelete="SET NULL"), index=True
    )
    sector: Mapped[Sector] = enum_column(Sector, "sector", index=True)
    tier: Mapped[Tier] = enum_column(Tier, "tier", index=True)
    status: Mapped[AccountStatus] = enum_column(AccountStatus, "status", index=True)
    country: Mapped[str] = mapped_column(sa.String(2), index=True)
    time_zone: Mapped[str] = mapped_column(sa.String(64))
    currency: Mapped[str] = mapped_column(sa.String(3))
    owner_id: Mapped[int | None] = mapped_column(
        fk("colleagues.id", ondelete="SET NULL"), index=True
    )
    website: Mapped[str | None] = mapped_column(sa.String(300))
    email_domain: Mapped[str | None] = mapped_column(sa.String(253), index=True)
    #: Id in the system the account came from (e.g. an 18-character Salesforce id).
    external_id: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    client_since: Mapped[date | None]
    churned_on: Mapped[date | None]
    description: Mapped[str | None] = mapped_column(sa.Text)
    archived_at: Mapped[datetime | None]
    #: When a lost customer came back; a customer again from then (``churned_on`` kept).
    # Added by migration 0003, which appends it after the timestamps.
    won_back_on: Mapped[date | None] = mapped_column(sort_order=100)

    parent: Mapped[Account | None] = relationship(remote_side=[id])
    owner: Mapped[Colleague | None] = relationship()
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="account", passive_deletes=True, order_by="Contact.last_name"
    )


class AccountShare(Recorded, Base):
    """A colleague the account is shared with, beside its owner: an account manager who
    works it too, or the assistant it is assigned to. On a team, they see the account and
    everything under it (``server/scope.py``); its owner or a director shares it."""

    __tablename__ = "account_shares"
    __table_args__ = (sa.UniqueConstraint("account_id", "colleague_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"))
    colleague_id: Mapped[int] = mapped_column(fk("colleagues.id"), index=True)


class Contact(Recorded, Base):
    """A person at the client."""

    __tablename__ = "contacts"
    __table_args__ = (
        sa.CheckConstraint(
            "length(trim(first_name)) + length(trim(last_name)) > 0", name="name_not_blank"
        ),
        sa.Index("ix_contacts_email_nocase", case_blind("email")),
        # At most one primary contact per account.
        sa.Index(
            "uq_contacts_one_primary",
            "account_id",
            unique=True,
            sqlite_where=sa.text("is_primary = 1"),
            postgresql_where=sa.text("is_primary"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"), index=True)
    first_name: Mapped[str] = mapped_column(sa.String(100), default="")
    last_name: Mapped[str] = mapped_column(sa.String(100), default="")
    email: Mapped[str | None] = mapped_column(sa.String(320))
    phone: Mapped[str | None] = mapped_column(sa.String(50))
    job_title: Mapped[str | None] = mapped_column(sa.String(200))
    decision_role: Mapped[DecisionRole | None] = enum_column(DecisionRole, "decision_role")
    preferred_channel: Mapped[Channel | None] = enum_column(Channel, "preferred_channel")
    #: ISO 639-1 language code, e.g. "es".
    language: Mapped[str | None] = mapped_column(sa.String(8))
    is_primary: Mapped[bool] = mapped_column(default=False)
    external_id: Mapped[str | None] = mapped_column(sa.String(64), unique=True)

    account: Mapped[Account] = relationship(back_populates="contacts")


class MarketNote(Recorded, Base):
    """What a competitor is doing at the account, or a market trend that matters to it."""

    __tablename__ = "market_notes"
    __table_args__ = (not_blank("title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"), index=True)
    kind: Mapped[MarketNoteKind] = enum_column(MarketNoteKind, "kind")
    competitor: Mapped[str | None] = mapped_column(sa.String(200))
    title: Mapped[str] = mapped_column(sa.String(300))
    body: Mapped[str | None] = mapped_column(sa.Text)
    noted_on: Mapped[date]
