"""Operations: each write transaction that changes records is one, named by the field
history's rows (see :mod:`workbench.store.history`)."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, insert, select, text
from sqlalchemy.orm import Session

from workbench.domain.enums import ChangeSource
from workbench.store.authorship import default_author
from workbench.store.models.history import Operation
from workbench.store.models.settings import Setting

#: The setting naming who writes (shown in the history, stamped on ``updated_by``).
AUTHOR_KEY = "author"

_FORGET = text(
    "DELETE FROM operations WHERE id = :id "
    "AND NOT EXISTS (SELECT 1 FROM field_changes WHERE operation_id = :id)"
)


def begin_operation(session: Session, source: ChangeSource, author: str | None) -> int:
    """Start this transaction's operation: the history rows written from now name it."""
    return begin_operation_on(session.connection(), source, author)


def begin_operation_on(connection: Connection, source: ChangeSource, author: str | None) -> int:
    inserted = connection.execute(
        insert(Operation).values(source=source, author=author).returning(Operation.id)
    )
    return int(inserted.scalar_one())


def end_operation(session: Session, operation_id: int) -> None:
    """Forget the operation when the transaction changed no field (a read, a no-op save)."""
    session.flush()
    end_operation_on(session.connection(), operation_id)


def end_operation_on(connection: Connection, operation_id: int) -> None:
    connection.execute(_FORGET, {"id": operation_id})


def stored_author(engine: Engine) -> str:
    """The author setting of the database, else the computer's name for its user."""
    with engine.connect() as connection:
        value = connection.execute(
            select(Setting.value).where(Setting.key == AUTHOR_KEY)
        ).scalar_one_or_none()
    return value if isinstance(value, str) and value.strip() else default_author()
