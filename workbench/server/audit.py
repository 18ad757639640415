"""The server's audit: one row for each thing it did or refused for someone."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, insert

from workbench.server.models import AuditEntry

#: One statement, its values given apart: compiled once, not once a row (a push writes
#: an audit row for every field it applies).
_INSERT = insert(AuditEntry.__table__)  # type: ignore[arg-type]
_WHAT = ("detail", "table_name", "record_uid", "account_uid", "field", "old_value", "new_value")


@dataclass(frozen=True)
class Caller:
    """Who a request came from, as far as the server knows."""

    user_name: str | None = None
    device: str | None = None
    client: str | None = None


def entry(caller: Caller, action: str, outcome: str, **what: object) -> dict[str, object]:
    """An audit row: *action* and its *outcome* (``detail``, ``table_name``,
    ``record_uid``, ``account_uid``, ``field``, ``old_value``, ``new_value`` as keywords)."""
    return {
        **dict.fromkeys(_WHAT),
        "user_name": caller.user_name,
        "device": caller.device,
        "client": caller.client,
        "action": action,
        "outcome": outcome,
        **what,
    }


def audit(
    connection: Connection, caller: Caller, action: str, outcome: str, **what: object
) -> None:
    """Record an :func:`entry` in the caller's transaction."""
    connection.execute(_INSERT, entry(caller, action, outcome, **what))


def write(connection: Connection, entries: list[dict[str, object]]) -> None:
    """Record many entries at once (a push's, after its changes are applied)."""
    if entries:
        connection.execute(_INSERT, entries)
