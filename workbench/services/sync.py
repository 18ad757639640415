"""A laptop's sync with the team server (``docs/SYNC.md``): push what changed here, then
pull what changed there.

**Push.** The field history is the outbox: every change is recorded there in the
transaction that makes it. The rows after the last one pushed — except those a sync
itself wrote — go up grouped by their operation, whose uid makes a push idempotent: the
same operation pushed again (its answer lost with the connection) changes nothing. Each
field carries its base: the version of it this laptop last had (``sync_records``).
Where the server kept its own value (a conflict), the answer says so and that value is
taken here too; the two values wait in the server's conflicts.

**Pull.** Changes come down oldest first from the cursor, and are applied in one
operation of source ``sync`` (so they are in the History and never pushed back). A field
changed here and not yet pushed is not overwritten: its older base is *held*, so its
push finds the conflict on the server.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.domain.enums import ChangeSource
from workbench.store.history import WHOLE_RECORD, whole_record_values
from workbench.store.models import Base, FieldChange, Operation, SyncRecord, SyncState
from workbench.store.wire import (
    LAPTOP_ONLY,
    id_of,
    laptop_field,
    references,
    to_python,
    uid_of,
)


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: list[int] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    #: The team's changes this laptop could not take: they clash with a record of its own.
    kept_out: list[str] = field(default_factory=list)
    #: Operations the server refused whole (not this user's to change), with why.
    forbidden: list[str] = field(default_factory=list)
    #: The first sync of a book that had records of its own: how it joined the team.
    joined: Any = None
    #: The tables whose records this laptop took from the team (what to show again).
    changed: set[str] = field(default_factory=set)


def changed_tables(changes: Iterable[dict[str, Any]]) -> set[str]:
    """The tables *changes* from the server touch here (an account that leaves this laptop
    takes its records in every table with it)."""
    names: set[str] = set()
    for change in changes:
        if change.get("kind") == "leave":
            names.update(table.name for table in synced_tables())
        else:
            names.add(str(change.get("table")))
    return names


# -- state ----------------------------------------------------------------------------


def state(session: Session, key: str, default: Any = None) -> Any:
    value = session.execute(select(SyncState.value).where(SyncState.key == key)).scalar()
    return default if value is None else value


def set_state(session: Session, key: str, value: Any) -> None:
    if session.get(SyncState, key) is None:
        session.add(SyncState(key=key, value=value))
    else:
        session.execute(update(SyncState).where(SyncState.key == key).values(value=value))
    session.flush()


def _versions(session: Session, uids: Iterable[str]) -> dict[str, tuple[int, dict[str, int]]]:
    """Each record's version this laptop had and its held fields. A record with none
    recorded has the version of the first sync's snapshot (``sync_snapshot``), if any."""
    uids = list(uids)
    floor = int(state(session, "snapshot_seq", 0))
    found: dict[str, tuple[int, dict[str, int]]] = dict.fromkeys(uids, (floor, {})) if floor else {}
    for uid, version, held in session.execute(
        select(SyncRecord.record_uid, SyncRecord.version, SyncRecord.held).where(
            SyncRecord.record_uid.in_(list(uids))
        )
    ):
        found[uid] = (int(version), dict(held or {}))
    return found


_SET_VERSION = (
    sqlite_insert(SyncRecord)
    .values(record_uid=bindparam("uid"), version=bindparam("version"), held=bindparam("held"))
    .on_conflict_do_update(
        index_elements=[SyncRecord.record_uid],
        set_={"version": bindparam("version"), "held": bindparam("held")},
    )
)


def _set_version(session: Session, uid: str, version: int, held: dict[str, int]) -> None:
    session.execute(_SET_VERSION, {"uid": uid, "version": version, "held": held or None})


# -- the outbox -----------------------------------------------------------------------


def synced_table(name: str) -> Table | None:
    """The book's table called *name* if its records are shared with the team."""
    table = Base.metadata.tables.get(name)
    if table is None or "uid" not in table.c or name in LAPTOP_ONLY:
        return None
    return table


def synced_tables() -> list[Table]:
    """The book's tables a team shares, parents first (the laptop's own are left out)."""
    return [t for t in Base.metadata.sorted_tables if synced_table(t.name) is not None]


def in_a_team(session: Session) -> bool:
    """Whether this laptop syncs with a team server already: it joined, or it has a
    cursor in the feed. (A first sync cut short in its snapshot has neither: it resumes
    as a first sync.)"""
    return bool(state(session, "joined")) or state(session, "cursor") is not None


def book_is_empty(session: Session) -> bool:
    return all(session.execute(select(t.c.uid).limit(1)).first() is None for t in synced_tables())


def _wired(session: Session, table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Stored values with references as uids."""
    links = references(table)
    return {
        name: (
            uid_of(session, links[name], value) if name in links and value is not None else value
        )
        for name, value in values.items()
    }


@dataclass
class Outbox:
    operations: list[dict[str, Any]]
    last_row: int
    #: Per operation uid: record uid → the fields it pushes.
    fields: dict[str, dict[str, set[str]]]


def outbox(session: Session) -> Outbox:
    """The operations not pushed yet, each with its changes, in the order they were made."""
    pushed = int(state(session, "pushed_through", 0))
    rows = session.execute(
        select(
            FieldChange.id,
            Operation.uid,
            FieldChange.table_name,
            FieldChange.record_uid,
            FieldChange.kind,
            FieldChange.field,
            FieldChange.old_value,
            FieldChange.new_value,
        )
        .join(Operation, Operation.id == FieldChange.operation_id)
        .where(FieldChange.id > pushed, Operation.source != ChangeSource.SYNC)
        .order_by(FieldChange.id)
    ).all()
    last = max((row[0] for row in rows), default=pushed)
    versions = _versions(session, {str(row[3]) for row in rows})
    operations: dict[str, dict[str, Any]] = {}
    pushed_fields: dict[str, dict[str, set[str]]] = {}
    #: (record uid, field) → the last operation of this outbox that wrote it ("*": the
    #: record): a later change was made after it, whatever version the server gives it.
    touched: dict[tuple[str, str], str] = {}
    #: Record uid → the operation of this outbox that created it: every field of the
    #: record has the version that operation gives it.
    created: dict[str, str] = {}
    for _id, operation_uid, table_name, record_uid, kind, name, old, new in rows:
        table = synced_table(table_name)
        if table is None or laptop_field(table, name):
            continue  # the laptop's own: a table, or a field (which colleague is "me")
        op_uid, uid = str(operation_uid), str(record_uid)
        operation = operations.setdefault(op_uid, {"uid": op_uid, "changes": []})
        changes: list[dict[str, Any]] = operation["changes"]
        version, held = versions.get(uid, (0, {}))
        kind = str(kind.value if hasattr(kind, "value") else kind)
        after = touched.get((uid, WHOLE_RECORD))
        if name == WHOLE_RECORD:
            values = whole_record_values(new) if kind == "create" else {}
            values = {k: v for k, v in values.items() if not laptop_field(table, k)}
            change = {
                "table": table.name,
                "record": uid,
                "kind": kind,
                "base": version,
                "values": _wired(session, table, values),
                "old": _wired(session, table, whole_record_values(old)) if kind == "delete" else {},
            }
            if after is not None and after != op_uid:
                change["after"] = after
            changes.append(change)
            pushed_fields.setdefault(op_uid, {}).setdefault(uid, set()).update(values)
            touched[(uid, WHOLE_RECORD)] = op_uid
            touched.update({(uid, field_name): op_uid for field_name in values})
            if kind == "create":
                created[uid] = op_uid
            continue
        last_change = changes[-1] if changes else None
        if not (
            last_change
            and last_change["record"] == uid
            and last_change["kind"] in ("update", "create")
        ):
            last_change = {
                "table": table.name,
                "record": uid,
                "kind": "update",
                "base": version,
                "bases": {},
                "values": {},
                "old": {},
            }
            changes.append(last_change)
        last_change["values"][name] = _wired(session, table, {name: new})[name]
        last_change["old"][name] = _wired(session, table, {name: old})[name]
        last_change.setdefault("bases", {})[name] = held.get(name, version)
        written = touched.get((uid, name)) or created.get(uid)
        if written is not None and written != op_uid:
            last_change.setdefault("after", {})[name] = written
        touched[(uid, WHOLE_RECORD)] = touched[(uid, name)] = op_uid
        pushed_fields.setdefault(op_uid, {}).setdefault(uid, set()).add(name)
    return Outbox(list(operations.values()), last, pushed_fields)


# -- applying what the server says ----------------------------------------------------


def _local_values(session: Session, table: Table, wire: dict[str, Any]) -> dict[str, Any]:
    links = references(table)
    values: dict[str, Any] = {}
    for name, value in wire.items():
        if name not in table.c:
            continue
        if name in links and value is not None:
            values[name] = id_of(session, links[name], value)
        else:
            values[name] = to_python(table.c[name], value)
    return values


def _pending(session: Session) -> dict[str, set[str]]:
    """Record uid → fields changed here and not pushed yet (``*``: created or deleted)."""
    found: dict[str, set[str]] = {}
    for operation in outbox(session).operations:
        for change in operation["changes"]:
            names = set(change["values"]) if change["kind"] == "update" else {WHOLE_RECORD}
            found.setdefault(change["record"], set()).update(names)
    return found


def apply_changes(
    session: Session, changes: list[dict[str, Any]], kept_out: list[str] | None = None
) -> int:
    """Apply changes from the server (pulled, or overruled in a push answer), in order.

    A change that breaks a rule of this book — the team's record takes a unique value one
    of this laptop's records holds (one the server refused, say) — is not taken, and is
    named in *kept_out*; the others are, and the sync goes on."""
    if not changes:
        return 0
    pending = _pending(session)
    versions = _versions(session, {str(c["record"]) for c in changes})
    applied = 0
    for change in changes:
        table = synced_table(str(change.get("table")))
        if table is None:
            continue
        uid, seq = str(change["record"]), int(change.get("seq") or 0)
        version, held = versions.get(uid, (0, {}))
        had = (version, dict(held))  # _apply_one may hold more fields
        waiting = pending.get(uid, set())
        if (
            not _had(change, held)
            and not _made_here(session, change.get("operation"))
            and WHOLE_RECORD not in waiting
        ):
            savepoint = session.begin_nested()
            try:
                applied += _apply_one(session, table, uid, change, waiting, held, version)
            except IntegrityError as error:
                savepoint.rollback()
                reason = str(error.orig).splitlines()[0] if error.orig else str(error)
                if kept_out is not None:
                    kept_out.append(f"{table.name} {uid} ({reason})")
            else:
                savepoint.commit()
        kept = {name: base for name, base in held.items() if name in waiting or base > seq}
        versions[uid] = (max(version, seq), kept)
        if (max(version, seq), kept) != had:
            _set_version(session, uid, max(version, seq), kept)
    session.flush()
    return applied


def _apply_one(
    session: Session,
    table: Table,
    uid: str,
    change: dict[str, Any],
    waiting: set[str],
    held: dict[str, int],
    version: int,
) -> int:
    key = table.c.uid == uuid.UUID(uid)
    exists = session.execute(select(table.c.uid).where(key)).first() is not None
    kind = change.get("kind")
    if kind in ("delete", "leave"):
        # "leave": the account left this user's scope (reassigned): it and everything
        # under it go from this laptop, as a deletion would take them.
        if exists:
            session.execute(delete(table).where(key))
        return 1
    wire = {name: value for name, value in (change.get("values") or {}).items()}
    for name in list(wire):
        if name in waiting:  # changed here, not pushed yet: keep it, hold its base
            held.setdefault(name, version)
            del wire[name]
    values = _local_values(session, table, wire)
    missing = [
        name
        for name in references(table)
        if name in wire and wire[name] is not None and values.get(name) is None
    ]
    if missing and not exists and any(not table.c[name].nullable for name in missing):
        # A record under one this laptop does not have (deleted here, not pushed yet):
        # that deletion's push decides; if the server keeps it, both come back then.
        return 0
    for name in missing:
        values.pop(name, None)
    if exists:
        if values:
            session.execute(update(table).where(key).values(**values))
    elif kind == "create":
        session.execute(insert(table).values(uid=uuid.UUID(uid), **values))
    else:
        return 0  # a change to a record this laptop does not have (deleted here)
    return 1


def _had(change: dict[str, Any], held: Any) -> bool:
    """Whether this laptop has the pulled *change* already, so that writing it again
    would change nothing: each of its fields is held here at its version or a later one —
    this laptop's own values, pushed and answered (a book's join upload among them,
    which came back record by record). Only a change of the feed (it names its
    operation): a value the server kept over this laptop's, in a push's answer, is
    taken whatever is held."""
    seq = int(change.get("seq") or 0)
    names = change.get("values") or {}
    return bool(
        seq > 0
        and change.get("operation")
        and names
        and change.get("kind") in ("create", "update")
        and all(int(held.get(name, 0)) >= seq for name in names)
    )


def _made_here(session: Session, operation_uid: object) -> bool:
    """Whether the change came from an operation of this laptop (pushed, now back)."""
    try:
        key = uuid.UUID(str(operation_uid))
    except ValueError:
        return False
    return session.execute(select(Operation.id).where(Operation.uid == key)).first() is not None


def took_pushed(session: Session, pushed: Outbox, answers: list[dict[str, Any]]) -> SyncReport:
    """Record what the server made of a push: versions, conflicts, what it kept."""
    report = SyncReport()
    # Pushed: no longer waiting, so what the server kept can be taken over them.
    set_state(session, "pushed_through", pushed.last_row)
    # What a later operation of this push did to a record is newer than what an earlier
    # answer said the server kept of it (an answer resent is as old as its operation).
    latest: dict[str, int] = {}
    for answer in answers:
        for uid, seq in (answer.get("versions") or {}).items():
            latest[uid] = max(latest.get(uid, 0), int(seq))
    for answer in answers:
        op_uid = str(answer.get("operation"))
        report.pushed += int(answer.get("applied") or 0)
        report.conflicts.extend(int(c) for c in answer.get("conflicts") or [])
        report.refused.extend(str(r.get("reason")) for r in answer.get("refused") or [])
        fields_of = pushed.fields.get(op_uid, {})
        versions = _versions(session, list((answer.get("versions") or {}).keys()))
        for uid, seq in (answer.get("versions") or {}).items():
            version, held = versions.get(uid, (0, {}))
            for name in fields_of.get(uid, set()):
                held[name] = int(seq)
            _set_version(session, uid, version, held)
        overruled = [
            change
            for change in answer.get("overruled") or []
            if int(change.get("seq") or 0) >= latest.get(str(change.get("record")), 0)
        ]
        apply_changes(session, overruled, report.kept_out)
        report.changed |= changed_tables(overruled)
    return report


# -- pushing ---------------------------------------------------------------------------


def push_each(
    server: Any, operations: list[dict[str, Any]], batch: int = 50
) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """Push *operations* in batches; the answers, and the operations the server refused
    whole as not this user's (403: an account reassigned meanwhile, say) with why — the
    others still go up. A refused batch is pushed again one operation at a time: those
    applied before the refusal answer from the server's memory, unchanged."""
    from workbench.services.sync_client import SyncError

    answers: list[dict[str, Any]] = []
    refused: list[tuple[str, str]] = []
    for start in range(0, len(operations), batch):
        part = operations[start : start + batch]
        try:
            answers.extend(server.push(part))
            continue
        except SyncError as error:
            if error.status != 403:
                raise
        for operation in part:
            try:
                answers.extend(server.push([operation]))
            except SyncError as error:
                if error.status != 403:
                    raise
                refused.append((str(operation["uid"]), str(error)))
    return answers, refused
