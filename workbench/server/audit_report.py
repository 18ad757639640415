"""``workbench server audit``: what the server did and refused, newest first."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, or_, select

from workbench.server.models import AuditEntry
from workbench.server.row_security import see_everything
from workbench.store.models import Account


def audit_entries(
    engine: Engine, *, account: str | None = None, since: datetime | None = None
) -> list[dict[str, Any]]:
    """The audit, newest first; only what touched the account named *account* (its
    records and itself), only from *since* on."""
    statement = select(AuditEntry).order_by(AuditEntry.id.desc())
    with engine.connect() as connection:
        see_everything(connection)  # the server's own report, for its administrator
        if account is not None:
            uids = [
                str(uid)
                for uid in connection.execute(
                    select(Account.uid).where(func.lower(Account.name) == account.strip().lower())
                ).scalars()
            ]
            if not uids:
                raise LookupError(f"No account is called {account!r} on the server.")
            statement = statement.where(
                or_(AuditEntry.account_uid.in_(uids), AuditEntry.record_uid.in_(uids))
            )
        if since is not None:
            statement = statement.where(AuditEntry.at >= since)
        return [dict(row) for row in connection.execute(statement).mappings()]


def describe(entry: dict[str, Any]) -> str:
    """One line: when, who (device), what, outcome, and the field's old → new."""
    who = entry["user_name"] or "—"
    if entry["device"]:
        who += f" ({entry['device']})"
    line = f"{entry['at']:%Y-%m-%d %H:%M:%S} · {who} · {entry['action']} {entry['outcome']}"
    if entry["table_name"]:
        line += f" · {entry['table_name']} {entry['record_uid']}"
    if entry["field"]:
        line += f" · {entry['field']}: {entry['old_value'] or '—'} → {entry['new_value'] or '—'}"
    if entry["detail"]:
        line += f" · {entry['detail']}"
    return line
