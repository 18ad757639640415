"""The team's users: added, disabled, their passwords reset (``workbench server user``)."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, Row, func, insert, select, update

from workbench.domain.team import Role
from workbench.server.audit import Caller, audit
from workbench.server.models import Login, User, now
from workbench.server.passwords import hashed


class UserRefusal(ValueError):
    """A user change the server refuses; the message says why."""


def _named(connection: Connection, name: str) -> Row[int, str] | None:
    """The user called *name* (whatever its case): id and name as stored."""
    return connection.execute(
        select(User.id, User.name).where(func.lower(User.name) == name.strip().lower())
    ).one_or_none()


def add_user(engine: Engine, name: str, role: Role, password: str, *, by: str = "") -> int:
    name = name.strip()
    if not name:
        raise UserRefusal("A user needs a name.")
    password_hash = hashed(password)
    with engine.begin() as connection:
        if _named(connection, name) is not None:
            raise UserRefusal(f"There is already a user called {name!r}.")
        user_id = connection.execute(
            insert(User)
            .values(name=name, role=role, password_hash=password_hash)
            .returning(User.id)
        ).scalar_one()
        audit(connection, Caller(by or None), "user_add", "done", detail=f"{name} ({role})")
    return int(user_id)


def _revoke_logins(connection: Connection, user_id: int) -> None:
    connection.execute(
        update(Login)
        .where(Login.user_id == user_id, Login.revoked_at.is_(None))
        .values(revoked_at=now())
    )


def disable_user(engine: Engine, name: str, *, by: str = "") -> None:
    """The user can no longer log in, and every device of theirs is logged out now."""
    with engine.begin() as connection:
        user = _named(connection, name)
        if user is None:
            raise UserRefusal(f"No user is called {name!r}.")
        connection.execute(update(User).where(User.id == user.id).values(disabled_at=now()))
        _revoke_logins(connection, user.id)
        audit(connection, Caller(by or None), "user_disable", "done", detail=user.name)


def reset_password(engine: Engine, name: str, password: str, *, by: str = "") -> None:
    """A new password; every device of the user must log in again with it."""
    password_hash = hashed(password)
    with engine.begin() as connection:
        user = _named(connection, name)
        if user is None:
            raise UserRefusal(f"No user is called {name!r}.")
        connection.execute(
            update(User).where(User.id == user.id).values(password_hash=password_hash)
        )
        _revoke_logins(connection, user.id)
        audit(connection, Caller(by or None), "user_reset_password", "done", detail=user.name)
