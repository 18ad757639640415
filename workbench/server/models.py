"""The server's own tables, beside the book's (the laptop's models, :data:`book_tables`).

They have a metadata of their own, so a laptop's database never gets them. Times are
``timestamptz``; secrets are stored only as hashes (Argon2id for passwords, SHA-256 for
the random tokens, which carry 256 bits and need no slow hash).
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from workbench.domain.team import Role
from workbench.store.models import Base as BookBase
from workbench.store.models.base import NAMING_CONVENTION
from workbench.store.wire import LAPTOP_ONLY


@cache
def book_tables() -> tuple[sa.Table, ...]:
    """The book's tables as the server keeps them, parents before children (sorted once:
    sorting them took a millisecond a push)."""
    return tuple(t for t in BookBase.metadata.sorted_tables if t.name not in LAPTOP_ONLY)


def now() -> datetime:
    return datetime.now(UTC)


class ServerBase(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def _time(**kwargs: object) -> Mapped[datetime]:
    return mapped_column(sa.DateTime(timezone=True), **kwargs)  # type: ignore[arg-type]


class User(ServerBase):
    """A member of the team who may connect."""

    __tablename__ = "users"
    __table_args__ = (
        sa.Index("uq_users_name_lower", sa.func.lower(sa.column("name")), unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    role: Mapped[Role] = mapped_column(
        sa.Enum(
            Role,
            name="role",
            native_enum=False,
            create_constraint=True,
            length=9,
            values_callable=lambda members: [m.value for m in members],
        )
    )
    password_hash: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = _time(default=now)
    disabled_at: Mapped[datetime | None] = _time()


class Login(ServerBase):
    """One device's session: a short-lived access token and the refresh token that renews
    it (both rotated at each refresh), until it is revoked (logout, a disabled user, a new
    password, or a refresh token presented twice)."""

    __tablename__ = "logins"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    device: Mapped[str] = mapped_column(sa.String(200))
    access_hash: Mapped[bytes] = mapped_column(sa.LargeBinary(32), unique=True)
    access_expires: Mapped[datetime] = _time()
    refresh_hash: Mapped[bytes] = mapped_column(sa.LargeBinary(32), unique=True)
    #: The refresh token this one replaced: presented again, it means a stolen copy.
    previous_refresh_hash: Mapped[bytes | None] = mapped_column(sa.LargeBinary(32), index=True)
    refresh_expires: Mapped[datetime] = _time()
    created_at: Mapped[datetime] = _time(default=now)
    revoked_at: Mapped[datetime | None] = _time()


class LoginAttempt(ServerBase):
    """A failed login, counted to slow down guessing (by user name and by address)."""

    __tablename__ = "login_attempts"
    __table_args__ = (
        sa.Index("ix_login_attempts_name_at", "name", "at"),
        sa.Index("ix_login_attempts_client_at", "client", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    client: Mapped[str] = mapped_column(sa.String(64))
    at: Mapped[datetime] = _time(default=now)


class AuditEntry(ServerBase):
    """What the server did for whom: a login, a refusal, and (with sync) every applied
    change and conflict, with the field's old and new values."""

    __tablename__ = "audit_entries"
    __table_args__ = (sa.Index("ix_audit_entries_at", "at"),)

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    at: Mapped[datetime] = _time(default=now)
    user_name: Mapped[str | None] = mapped_column(sa.String(200))
    device: Mapped[str | None] = mapped_column(sa.String(200))
    client: Mapped[str | None] = mapped_column(sa.String(64))
    action: Mapped[str] = mapped_column(sa.String(40))
    outcome: Mapped[str] = mapped_column(sa.String(40))
    table_name: Mapped[str | None] = mapped_column(sa.String(64))
    record_uid: Mapped[str | None] = mapped_column(sa.String(36))
    account_uid: Mapped[str | None] = mapped_column(sa.String(36), index=True)
    field: Mapped[str | None] = mapped_column(sa.String(64))
    old_value: Mapped[str | None] = mapped_column(sa.Text)
    new_value: Mapped[str | None] = mapped_column(sa.Text)
    detail: Mapped[str | None] = mapped_column(sa.Text)


class ServerInfo(ServerBase):
    """The versions the database was made for: the book's schema and the sync protocol."""

    __tablename__ = "server_info"

    key: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    value: Mapped[str] = mapped_column(sa.String(200))


class Change(ServerBase):
    """One applied change to the book, in the order the server committed them: the feed a
    laptop pulls by cursor (:attr:`seq`). ``seq`` is taken under a transaction-wide lock
    (``server.sync``), so no change commits after a later one: a cursor never skips."""

    __tablename__ = "changes"
    __table_args__ = (sa.Index("ix_changes_account_seq", "account_uid", "seq"),)

    seq: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(sa.String(64))
    record_uid: Mapped[str] = mapped_column(sa.String(36), index=True)
    #: The account the record belongs to (its own uid for an account); None: team-wide.
    account_uid: Mapped[str | None] = mapped_column(sa.String(36))
    kind: Mapped[str] = mapped_column(sa.String(6))  # create, update, delete
    #: Field → wire value: the record whole for a create, the changed fields for an
    #: update, the last values for a delete (``store.wire``).
    values: Mapped[dict[str, object]] = mapped_column(sa.JSON)
    by_user: Mapped[str] = mapped_column(sa.String(200))
    device: Mapped[str] = mapped_column(sa.String(200))
    operation_uid: Mapped[str] = mapped_column(sa.String(36))
    at: Mapped[datetime] = _time(default=now)


class RecordVersion(ServerBase):
    """A record's version (the ``seq`` of its last change) and each field's, which a
    pushed change's base version is checked against."""

    __tablename__ = "record_versions"

    record_uid: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(sa.String(64))
    version: Mapped[int] = mapped_column(sa.BigInteger)
    field_versions: Mapped[dict[str, int]] = mapped_column(sa.JSON, default=dict)
    deleted: Mapped[bool] = mapped_column(default=False)


class AppliedOperation(ServerBase):
    """A pushed operation already applied, with the answer given: the same operation
    pushed again (its answer was lost) gets the same answer and changes nothing."""

    __tablename__ = "applied_operations"

    uid: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    answer: Mapped[dict[str, object]] = mapped_column(sa.JSON)
    at: Mapped[datetime] = _time(default=now)


class Conflict(ServerBase):
    """Two edits of one field, neither made knowing the other: the server kept *theirs*
    (what it had) and holds *yours* (what was pushed) here until someone resolves it."""

    __tablename__ = "conflicts"
    __table_args__ = (sa.Index("ix_conflicts_account", "account_uid", "resolved_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(sa.String(64))
    record_uid: Mapped[str] = mapped_column(sa.String(36))
    account_uid: Mapped[str | None] = mapped_column(sa.String(36))
    field: Mapped[str] = mapped_column(sa.String(64))  # "*": a deletion against an edit
    base_value: Mapped[object] = mapped_column(sa.JSON, nullable=True)
    theirs_value: Mapped[object] = mapped_column(sa.JSON, nullable=True)
    theirs_by: Mapped[str | None] = mapped_column(sa.String(200))
    theirs_at: Mapped[datetime | None] = _time()
    yours_value: Mapped[object] = mapped_column(sa.JSON, nullable=True)
    yours_by: Mapped[str] = mapped_column(sa.String(200))
    yours_device: Mapped[str] = mapped_column(sa.String(200))
    yours_at: Mapped[datetime] = _time(default=now)
    resolved_at: Mapped[datetime | None] = _time()
    resolved_by: Mapped[str | None] = mapped_column(sa.String(200))
    resolution: Mapped[object] = mapped_column(sa.JSON, nullable=True)
