"""The server's audit: one row for each thing it did or refused for someone."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, insert

from workbench.server.models import AuditEntry


@dataclass(frozen=True)
class Caller:
    """Who a request came from, as far as the server knows."""

    user_name: str | None = None
    device: str | None = None
    client: str | None = None


def audit(
    connection: Connection, caller: Caller, action: str, outcome: str, **what: object
) -> None:
    """Record *action* and its *outcome* (``detail``, ``table_name``, ``record_uid``,
    ``field``, ``old_value``, ``new_value`` as keywords), in the caller's transaction."""
    connection.execute(
        insert(AuditEntry).values(
            user_name=caller.user_name,
            device=caller.device,
            client=caller.client,
            action=action,
            outcome=outcome,
            **what,
        )
    )
