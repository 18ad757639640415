"""Meetings with their RFC 5545 recurrence, exceptions and attendees."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.domain.enums import AttendeeRole, MeetingKind, MeetingMode
from workbench.store.models.base import (
    Base,
    Recorded,
    RecordedSince0008,
    enum_column,
    fk,
    is_set,
    new_uid,
    not_blank,
)


class Meeting(Recorded, Base):
    """A meeting, or the first occurrence of a series when ``rrule`` is set.

    ``starts_at``/``ends_at`` are UTC; ``time_zone`` is the IANA zone the
    meeting was planned in, which recurrence expansion uses so a weekly 09:00
    stays at 09:00 across daylight-saving changes.

    An all-day event (``all_day``: a holiday, a birthday, a client visit day) starts
    at midnight of its first day in ``time_zone`` and ends at midnight after its
    last day (the exclusive end of RFC 5545), so range queries and recurrence work
    unchanged; its days are read in its own zone, never in the viewer's.
    """

    __tablename__ = "meetings"
    __table_args__ = (
        not_blank("title"),
        sa.CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        sa.CheckConstraint("length(time_zone) > 0", name="time_zone_not_blank"),
        sa.CheckConstraint("rrule IS NULL OR rrule LIKE '%FREQ=%'", name="rrule_has_freq"),
        sa.Index("ix_meetings_account_start", "account_id", "starts_at"),
        sa.Index("ix_meetings_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(fk("accounts.id"))
    title: Mapped[str] = mapped_column(sa.String(300))
    kind: Mapped[MeetingKind] = enum_column(MeetingKind, "kind")
    mode: Mapped[MeetingMode] = enum_column(MeetingMode, "mode")
    location: Mapped[str | None] = mapped_column(sa.String(500))
    link: Mapped[str | None] = mapped_column(sa.String(1000))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    time_zone: Mapped[str] = mapped_column(sa.String(64))
    #: RFC 5545 RRULE value without the "RRULE:" prefix, e.g. "FREQ=WEEKLY;BYDAY=MO".
    rrule: Mapped[str | None] = mapped_column(sa.String(500))
    #: iCalendar UID, stable across exports so a re-import updates instead of duplicating.
    ical_uid: Mapped[str] = mapped_column(sa.String(500), unique=True, default=new_uid)
    agenda: Mapped[str | None] = mapped_column(sa.Text)
    minutes: Mapped[str | None] = mapped_column(sa.Text)
    outcome: Mapped[str | None] = mapped_column(sa.Text)
    #: A whole-day event (VALUE=DATE in iCalendar) rather than a meeting at a time.
    #: Last, as migration 0006 added it to existing tables.
    all_day: Mapped[bool] = mapped_column(default=False, server_default=sa.false(), sort_order=100)

    attendees: Mapped[list[MeetingAttendee]] = relationship(passive_deletes=True)
    exceptions: Mapped[list[MeetingException]] = relationship(passive_deletes=True)


class MeetingAttendee(RecordedSince0008, Base):
    """A client contact or an internal colleague invited to a meeting (exactly one of the two)."""

    __tablename__ = "meeting_attendees"
    __table_args__ = (
        sa.CheckConstraint(
            "(contact_id IS NULL) <> (colleague_id IS NULL)", name="contact_xor_colleague"
        ),
        sa.UniqueConstraint("meeting_id", "contact_id", "colleague_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(fk("meetings.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(fk("contacts.id"), index=True)
    colleague_id: Mapped[int | None] = mapped_column(fk("colleagues.id"), index=True)
    role: Mapped[AttendeeRole] = enum_column(AttendeeRole, "role", default=AttendeeRole.REQUIRED)


class MeetingException(RecordedSince0008, Base):
    """One occurrence of a series that was cancelled or moved (RFC 5545 EXDATE / RECURRENCE-ID)."""

    __tablename__ = "meeting_exceptions"
    __table_args__ = (
        sa.UniqueConstraint("meeting_id", "original_start"),
        sa.CheckConstraint(
            sa.or_(
                is_set("cancelled"),
                sa.text("(starts_at IS NOT NULL AND ends_at IS NOT NULL AND ends_at > starts_at)"),
            ),
            name="override_has_times",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(fk("meetings.id"))
    #: Start of the occurrence as the rule generates it (UTC): the RECURRENCE-ID.
    original_start: Mapped[datetime]
    cancelled: Mapped[bool] = mapped_column(default=False)
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    title: Mapped[str | None] = mapped_column(sa.String(300))
    location: Mapped[str | None] = mapped_column(sa.String(500))
    minutes: Mapped[str | None] = mapped_column(sa.Text)
