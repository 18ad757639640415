"""What happens between us and the client: interactions and the action items they produce."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from workbench.domain.enums import ActionStatus, InteractionKind, Team
from workbench.store.models.base import (
    Base,
    Recorded,
    RecordedSince0008,
    enum_column,
    fk,
    not_blank,
)


class Interaction(RecordedSince0008, Base):
    """A logged call, e-mail, visit or video call with an account."""

    __tablename__ = "interactions"
    __table_args__ = (
        not_blank("summary"),
        sa.Index("ix_interactions_account_time", "account_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"))
    contact_id: Mapped[int | None] = mapped_column(
        fk("contacts.id", ondelete="SET NULL"), index=True
    )
    colleague_id: Mapped[int | None] = mapped_column(fk("colleagues.id", ondelete="SET NULL"))
    kind: Mapped[InteractionKind] = enum_column(InteractionKind, "kind")
    occurred_at: Mapped[datetime]
    summary: Mapped[str] = mapped_column(sa.Text)


class ActionItem(Recorded, Base):
    """Something someone on our side must do for the account, by a due date.

    Owned by a colleague or, when no one person is named yet, by a whole team.
    It may come from a meeting's minutes or an incident's playbook.
    """

    __tablename__ = "action_items"
    __table_args__ = (
        not_blank("title"),
        sa.CheckConstraint(
            "owner_colleague_id IS NOT NULL OR owner_team IS NOT NULL", name="has_owner"
        ),
        sa.CheckConstraint(
            "(status = 'done') = (completed_at IS NOT NULL)", name="completed_when_done"
        ),
        sa.Index("ix_action_items_status_due", "status", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(
        fk("meetings.id", ondelete="SET NULL"), index=True
    )
    incident_id: Mapped[int | None] = mapped_column(
        fk("incidents.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(sa.String(300))
    details: Mapped[str | None] = mapped_column(sa.Text)
    owner_colleague_id: Mapped[int | None] = mapped_column(
        fk("colleagues.id", ondelete="SET NULL"), index=True
    )
    owner_team: Mapped[Team | None] = enum_column(Team, "owner_team")
    due_on: Mapped[date | None]
    status: Mapped[ActionStatus] = enum_column(ActionStatus, "status", default=ActionStatus.OPEN)
    completed_at: Mapped[datetime | None]
