"""Logging in, staying logged in, logging out.

A login gives a device two random tokens: an **access token** that authenticates each
request for :data:`ACCESS_LIFETIME`, and a **refresh token** that, before it expires,
buys a new pair (both rotate). Only their SHA-256 hashes are stored. A refresh token
presented a second time means someone kept a copy: the login is revoked on the spot.
Revoking (logout, a disabled user, a new password) takes effect on the next request,
since every request looks its access token up.

Failed logins are counted, by user name and by address: past :data:`NAME_LIMIT` (or
:data:`CLIENT_LIMIT`) in :data:`WINDOW`, the server answers 429 with the wait, whatever
the password, so guessing is slow even across many names.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from workbench.domain.team import Role
from workbench.server.audit import Caller, audit
from workbench.server.models import Login, LoginAttempt, User, now
from workbench.server.passwords import matches, rehashed

ACCESS_LIFETIME = timedelta(minutes=15)
REFRESH_LIFETIME = timedelta(days=30)
WINDOW = timedelta(minutes=15)
NAME_LIMIT = 5
CLIENT_LIMIT = 30


class LoginRefused(Exception):
    """A login or refresh the server refuses: HTTP *status*, a message for the user."""

    def __init__(self, status: int, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    expires_in: int  # seconds the access token lasts


@dataclass(frozen=True)
class Member:
    """An authenticated caller: the user and the login (device) the request came with."""

    user_id: int
    name: str
    role: Role
    login_id: int
    device: str


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


def _new_tokens(moment: datetime) -> tuple[Tokens, dict[str, object]]:
    access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    columns: dict[str, object] = {
        "access_hash": _digest(access),
        "access_expires": moment + ACCESS_LIFETIME,
        "refresh_hash": _digest(refresh),
        "refresh_expires": moment + REFRESH_LIFETIME,
    }
    return Tokens(access, refresh, int(ACCESS_LIFETIME.total_seconds())), columns


def _wait(connection: Connection, name: str, client: str, moment: datetime) -> int | None:
    """Seconds until another attempt is allowed, or None when one is allowed now."""
    since = moment - WINDOW
    for column, value, limit in (
        (func.lower(LoginAttempt.name), name.lower(), NAME_LIMIT),
        (LoginAttempt.client, client, CLIENT_LIMIT),
    ):
        count, oldest = connection.execute(
            select(func.count(), func.min(LoginAttempt.at)).where(
                column == value, LoginAttempt.at > since
            )
        ).one()
        if count >= limit:
            return max(1, int((oldest + WINDOW - moment).total_seconds()) + 1)
    return None


def login(engine: Engine, name: str, password: str, device: str, client: str) -> Tokens:
    name, device = name.strip(), (device.strip() or "unnamed device")[:200]
    caller = Caller(name, device, client)
    moment = now()
    with engine.begin() as connection:
        wait = _wait(connection, name, client, moment)
        if wait is not None:
            audit(connection, caller, "login", "rate_limited")
    if wait is not None:  # refused after the commit, so that the audit stays
        raise LoginRefused(
            429, f"Too many failed logins: try again in {wait} seconds.", retry_after=wait
        )
    with engine.connect() as connection:
        user = connection.execute(
            select(User.id, User.password_hash, User.disabled_at).where(
                func.lower(User.name) == name.lower()
            )
        ).one_or_none()
    # The hash is checked outside any transaction (it takes a while) and even for an
    # unknown name, so that a refusal takes as long either way.
    right = matches(user.password_hash if user else None, password)
    # A hash made with older (or a test suite's) parameters takes the real ones.
    renewed = None
    if user is not None and right and user.disabled_at is None:
        renewed = rehashed(user.password_hash, password)
    refused: LoginRefused | None = None
    with engine.begin() as connection:
        if user is None or not right:
            connection.execute(insert(LoginAttempt).values(name=name, client=client))
            audit(connection, caller, "login", "refused", detail="wrong user name or password")
            refused = LoginRefused(401, "Wrong user name or password.")
        elif user.disabled_at is not None:
            audit(connection, caller, "login", "refused", detail="user disabled")
            refused = LoginRefused(403, "This user is disabled: ask your director.")
        else:
            connection.execute(
                delete(LoginAttempt).where(func.lower(LoginAttempt.name) == name.lower())
            )
            if renewed is not None:  # unless the password was changed meanwhile
                connection.execute(
                    update(User)
                    .where(User.id == user.id, User.password_hash == user.password_hash)
                    .values(password_hash=renewed)
                )
            tokens, columns = _new_tokens(moment)
            connection.execute(insert(Login).values(user_id=user.id, device=device, **columns))
            audit(connection, caller, "login", "done")
    if refused is not None:
        raise refused
    return tokens


def refresh(engine: Engine, refresh_token: str, client: str) -> Tokens:
    digest, moment = _digest(refresh_token), now()
    with engine.begin() as connection:
        current = connection.execute(
            select(Login.id, Login.revoked_at, Login.refresh_expires, User.disabled_at)
            .join(User, User.id == Login.user_id)
            .where(Login.refresh_hash == digest)
            .with_for_update(of=Login)
        ).one_or_none()
        if current is not None:
            login_id, revoked_at, expires, disabled_at = current
            if revoked_at is not None or disabled_at is not None:
                raise LoginRefused(401, "Log in again.")
            if expires <= moment:
                raise LoginRefused(401, "The login has expired: log in again.")
            tokens, columns = _new_tokens(moment)
            connection.execute(
                update(Login)
                .where(Login.id == login_id)
                .values(previous_refresh_hash=digest, **columns)
            )
            return tokens
        reused = connection.execute(
            select(Login.id, Login.device, User.name)
            .join(User, User.id == Login.user_id)
            .where(Login.previous_refresh_hash == digest)
        ).one_or_none()
        if reused is None:
            raise LoginRefused(401, "Log in again.")
        login_id, device, user_name = reused
        connection.execute(update(Login).where(Login.id == login_id).values(revoked_at=moment))
        audit(
            connection,
            Caller(user_name, device, client),
            "refresh",
            "revoked",
            detail="a refresh token was presented twice: the login is revoked",
        )
    # Said after the commit, so that the revocation stays.
    raise LoginRefused(401, "This login was revoked for safety: log in again.")


def logout(connection: Connection, member: Member, client: str) -> dict[str, bool]:
    connection.execute(update(Login).where(Login.id == member.login_id).values(revoked_at=now()))
    audit(connection, Caller(member.name, member.device, client), "logout", "done")
    connection.commit()
    return {"logged_out": True}


def authenticated(connection: Connection, access_token: str) -> Member | None:
    """The member an access token stands for, while it is valid; else None.

    Read in the connection the request then works in — its first statement, in the
    transaction the work goes on with — rather than a connection of its own: a pool
    checkout, its liveness ping and a rollback fewer a request (a third of a pull's CPU).
    """
    row = connection.execute(
        select(User.id, User.name, User.role, Login.id, Login.device)
        .join(User, User.id == Login.user_id)
        .where(
            Login.access_hash == _digest(access_token),
            Login.access_expires > now(),
            Login.revoked_at.is_(None),
            User.disabled_at.is_(None),
        )
    ).first()
    return None if row is None else Member(row[0], row[1], Role(row[2]), row[3], row[4])
