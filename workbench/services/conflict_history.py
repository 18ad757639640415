"""Conflicts in an account's History: when two edits of one field met on the team server,
and how the conflict was settled (kept yours, took theirs, or a new value), by whom.

Each sync keeps the conflicts the server listed — open, and settled since the last sync
— in the book (``sync_state`` ``conflict_log``, by the server's conflict id), named as
their records are called here then: the History shows them offline too. A conflict
settled on this laptop shows as settled once the server has taken the choice (at the
sync that sends it). Leaving the team forgets the log with the rest of the team's
bookkeeping; the field history itself stays.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.record_labels import field_label, record_kind
from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.services.history import Wording, decoded, value_text
from workbench.services.sync import set_state, state
from workbench.store.models import Account

# The sync state that keeps the log.
LOG = "conflict_log"


@dataclass(frozen=True)
class ConflictEvent:
    """A conflict arising (``settled`` False: *who* pushed *yours*, the team kept *theirs*)
    or settled (``settled`` True: *who* chose; ``take`` mine, theirs or value)."""

    at: datetime | None
    who: str | None
    settled: bool
    table: str
    record: str
    label: str
    field: str
    yours: Any
    yours_by: str | None
    theirs: Any
    theirs_by: str | None
    take: str | None = None
    value: Any = None


def log_conflicts(session: Session, conflicts: list[dict[str, Any]]) -> set[str]:
    """Keep *conflicts* (the server's entries, labelled) in the log: a conflict seen again
    takes its latest state (settled since). The tables of those new or changed here, whose
    History must be read again."""
    log = dict(state(session, LOG, {}) or {})
    tables: set[str] = set()
    for conflict in conflicts:
        key = str(conflict.get("id"))
        if log.get(key) != conflict:
            log[key] = conflict
            tables.add(str(conflict.get("table")))
    if tables:
        set_state(session, LOG, log)
    return tables


def moment_of(text: object) -> datetime | None:
    """A time as the server wrote it (ISO 8601); None when missing or not a time — a
    server's odd value never stops a conflict from being listed."""
    try:
        return datetime.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def account_conflicts(session: Session, account_id: int) -> list[ConflictEvent]:
    """The conflicts on account *account_id* and its records, each as it arose and (once
    settled) as it was settled, newest first."""
    uid = session.scalar(select(Account.uid).where(Account.id == account_id))
    if uid is None:
        return []
    events: list[ConflictEvent] = []
    for entry in (state(session, LOG, {}) or {}).values():
        if str(entry.get("account")) != str(uid):
            continue
        arose = ConflictEvent(
            at=moment_of(entry.get("yours_at")),
            who=entry.get("yours_by"),
            settled=False,
            table=str(entry.get("table")),
            record=str(entry.get("record")),
            label=str(entry.get("label") or entry.get("record")),
            field=str(entry.get("field")),
            yours=entry.get("yours"),
            yours_by=entry.get("yours_by"),
            theirs=entry.get("theirs"),
            theirs_by=entry.get("theirs_by"),
        )
        events.append(arose)
        resolution = entry.get("resolution") or {}
        if entry.get("resolved_at"):
            events.append(
                replace(
                    arose,
                    at=moment_of(entry.get("resolved_at")),
                    who=entry.get("resolved_by"),
                    settled=True,
                    take=resolution.get("take"),
                    value=resolution.get("value"),
                )
            )
    return sorted(events, key=lambda event: newest_first(event.at))


def newest_first(at: datetime | None) -> tuple[bool, float]:
    """A sort key putting later moments first and unknown ones last: the History's order,
    where conflicts stand among changes (in the window and on the command line)."""
    return (at is None, -at.timestamp() if at else 0.0)


_CONFLICT = QT_TRANSLATE_NOOP("history", "Conflict")
_CONFLICT_SETTLED = QT_TRANSLATE_NOOP("history", "Conflict settled")
_ARISEN = QT_TRANSLATE_NOOP(
    "history", "{field}: {yours} clashed with {theirs_by}'s {theirs}, which the team kept"
)
_DELETED_WHILE_EDITED = QT_TRANSLATE_NOOP(
    "history", "deleted while {theirs_by} edited it; the team kept the record"
)
_SETTLED = {
    "mine": QT_TRANSLATE_NOOP("history", "{field}: settled for {who}'s {value}"),
    "theirs": QT_TRANSLATE_NOOP("history", "{field}: settled for {who}'s {value}"),
    "value": QT_TRANSLATE_NOOP("history", "{field}: settled with a new value: {value}"),
}
_SETTLED_DELETION = {
    "mine": QT_TRANSLATE_NOOP("history", "settled: deleted"),
    "theirs": QT_TRANSLATE_NOOP("history", "settled: the record kept"),
}


def conflict_text(event: ConflictEvent, wording: Wording) -> str:
    """ "Contact Ana Ruiz · E-mail: a clashed with Jorge's b, which the team kept"."""
    translate = wording.translate
    record = (
        ""
        if event.table == "accounts"
        else f"{translate('records', record_kind(event.table))} {event.label}"
    )

    def shown(value: Any) -> str:
        return value_text(decoded(event.table, event.field, value), wording)

    field = translate("fields", field_label(event.field)) if event.field != "*" else ""
    who = event.theirs_by or "?"
    chooser = {"mine": event.yours_by, "theirs": event.theirs_by}.get(event.take or "")
    if not event.settled:
        if event.field == "*":
            change = translate("history", _DELETED_WHILE_EDITED).format(theirs_by=who)
        else:
            change = translate("history", _ARISEN).format(
                field=field, yours=shown(event.yours), theirs=shown(event.theirs), theirs_by=who
            )
    elif event.field == "*":
        change = translate("history", _SETTLED_DELETION.get(event.take or "", "?"))
    else:
        template = _SETTLED.get(event.take or "", _SETTLED["value"])
        change = translate("history", template).format(
            field=field, value=shown(event.value), who=chooser or "?"
        )
    return f"{record} · {change}" if record else change


def conflict_label(event: ConflictEvent, wording: Wording) -> str:
    """Where the line comes from, as the History's "From" says it."""
    return wording.translate("history", _CONFLICT_SETTLED if event.settled else _CONFLICT)


def describe_conflict(event: ConflictEvent, wording: Wording) -> str:
    """One line, as ``workbench history`` prints a change: "26 Nov 2026 07:00 · Elena Vidal
    · Conflict · Name: B clashed with Jorge's A, which the team kept"."""
    moment = wording.moment(event.at) if event.at else "—"
    who = event.who or "—"
    return " · ".join((moment, who, conflict_label(event, wording), conflict_text(event, wording)))


def conflict_json(event: ConflictEvent) -> dict[str, Any]:
    """The event for ``workbench history --json``: values as the server listed them."""
    return {
        "at": event.at.isoformat() if event.at else None,
        "author": event.who,
        "kind": "conflict_settled" if event.settled else "conflict",
        "record": record_kind(event.table),
        "record_uid": event.record,
        "record_name": event.label,
        "field": event.field,
        "yours": event.yours,
        "yours_by": event.yours_by,
        "theirs": event.theirs,
        "theirs_by": event.theirs_by,
        "take": event.take,
        "value": event.value,
    }
