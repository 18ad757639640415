"""Reading the field history (what :mod:`workbench.store.history`'s triggers wrote), saying
it in words, and compacting it.

An account's history is its own fields' changes and those of every record under it (its
contacts, opportunities, meetings, proposals' lines…), newest first, each with when, who
and from where (a form, an import, an undo…). Deleted records are there with their last
values. Values come back as the program uses them (amounts as decimals, times in UTC,
choices as their enum), then in words in the reader's language by :func:`describe`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, cast
from uuid import UUID

from sqlalchemy import and_, delete, func, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from workbench.domain.enum_names import enum_source, fallback_name
from workbench.domain.enums import ChangeKind, ChangeSource
from workbench.domain.record_labels import field_label, record_kind
from workbench.domain.validation import QT_TRANSLATE_NOOP, Translate, untranslated
from workbench.services.changes import ChangeSet
from workbench.store.batches import in_chunks
from workbench.store.history import WHOLE_RECORD, whole_record_values
from workbench.store.models import Base, FieldChange, Operation

#: Fields that name a record, in the order they are tried (a contact: first and last name).
_NAMING = ("name", "title", "first_name", "last_name", "summary", "key", "description")
_DIALECT = sqlite.dialect()


@dataclass(frozen=True)
class Reference:
    """A field that names another record (a contact, an owner…): its id then, and what that
    record is called now (``None`` when it is gone)."""

    table: str
    id: int
    name: str | None


@dataclass(frozen=True)
class HistoryEntry:
    """One field of one record, before and after one operation."""

    id: int
    at: datetime | None
    author: str | None
    source: ChangeSource | None
    kind: ChangeKind
    table: str
    record_uid: UUID
    #: What the record is called (its latest name in the history), when it has one.
    record_name: str | None
    field: str
    old: Any
    new: Any


def account_history(
    session: Session,
    account_id: int,
    *,
    since: datetime | None = None,
    limit: int | None = None,
) -> list[HistoryEntry]:
    """The changes to account *account_id* and every record under it, newest first
    (from *since* on; the newest *limit*)."""
    query = (
        select(FieldChange, Operation.at, Operation.author, Operation.source)
        .outerjoin(Operation, Operation.id == FieldChange.operation_id)
        .where(FieldChange.account_id == account_id)
        .order_by(FieldChange.id.desc())
    )
    if since is not None:
        query = query.where(Operation.at >= since)
    if limit is not None:
        query = query.limit(limit)
    rows = session.execute(query).all()
    fields = [(row, changed_fields(row[0])) for row in rows]
    names = record_names(session, {row[0].record_uid: row[0].table_name for row in rows})
    referenced = _referenced_names(
        session,
        [
            (row[0].table_name, field, value)
            for row, changed in fields
            for field, old, new in changed
            for value in (old, new)
            if value is not None
        ],
    )

    def value(table: str, field: str, stored: Any) -> Any:
        target = _reference_target(table, field)
        if target is None or stored is None or not isinstance(stored, int):
            return decoded(table, field, stored)
        return Reference(target, stored, referenced.get((target, stored)))

    return [
        HistoryEntry(
            id=change.id,
            at=at,
            author=author,
            source=source,
            kind=change.kind,
            table=change.table_name,
            record_uid=change.record_uid,
            record_name=names.get(change.record_uid),
            field=field,
            old=value(change.table_name, field, old),
            new=value(change.table_name, field, new),
        )
        for (change, at, author, source), changed in fields
        for field, old, new in changed
    ]


def changed_fields(change: FieldChange) -> list[tuple[str, Any, Any]]:
    """(field, old, new) as stored, for each field *change* holds: one for a field's
    change, every field the record held a value in for a record created or deleted whole
    (in the order of its table's columns)."""
    if change.field != WHOLE_RECORD:
        return [(change.field, change.old_value, change.new_value)]
    created = change.kind == ChangeKind.CREATE
    values = whole_record_values(change.new_value if created else change.old_value)
    ordered = sorted(values, key=lambda field: _FIELD_ORDER.get((change.table_name, field), 0))
    if created:
        return [(field, None, values[field]) for field in ordered]
    return [(field, values[field], None) for field in ordered]


def _reference_target(table: str, field: str) -> str | None:
    """The record table *table*.*field* refers to, when it is a reference to one."""
    found = Base.metadata.tables.get(table)
    if found is None or field not in found.c:
        return None
    for key in found.c[field].foreign_keys:
        target = key.column.table
        if "uid" in target.c and "id" in target.c:
            return str(target.name)
    return None


def _referenced_names(
    session: Session, values: list[tuple[str, str, Any]]
) -> dict[tuple[str, int], str]:
    """What the records that *values* (table, field, stored id) refer to are called now."""
    wanted: dict[str, set[int]] = {}
    for source, field, stored in values:
        target = _reference_target(source, field)
        if target is not None and isinstance(stored, int):
            wanted.setdefault(target, set()).add(stored)
    return {
        (target, int(key)): name
        for target, ids in wanted.items()
        for key, name in _stored_names(session, target, "id", sorted(ids)).items()
        if name
    }


def record_names(session: Session, records: dict[UUID, str]) -> dict[UUID, str]:
    """What each record (uid → table) is called: as it is stored now, else (deleted) from
    the newest of its naming fields in the history."""
    by_table: dict[str, list[UUID]] = {}
    for uid, name in records.items():
        by_table.setdefault(name, []).append(uid)
    stored: dict[UUID, str | None] = {}
    for name, uids in by_table.items():
        stored.update(_stored_names(session, name, "uid", uids))
    names = {uid: name for uid, name in stored.items() if name}
    found: dict[UUID, dict[str, Any]] = {}
    for gone in in_chunks([uid for uid in records if uid not in stored]):
        rows = session.execute(
            select(
                FieldChange.record_uid,
                FieldChange.field,
                FieldChange.old_value,
                FieldChange.new_value,
            )
            .where(FieldChange.record_uid.in_(gone))
            .where(FieldChange.field.in_((*_NAMING, WHOLE_RECORD)))
            .order_by(FieldChange.id)
        )
        for change in rows:
            uid, field, old, new = change[0], change[1], change[2], change[3]
            if field == WHOLE_RECORD:
                found.setdefault(uid, {}).update(whole_record_values(new or old))
            else:
                found.setdefault(uid, {})[field] = new if new is not None else old
    names.update((uid, named) for uid, fields in found.items() if (named := _name_of(fields)))
    return names


def _stored_names(
    session: Session, table_name: str, key: str, keys: list[Any]
) -> dict[Any, str | None]:
    """What the stored records of *table_name* whose *key* column is one of *keys* are
    called (``None`` for one without a name); a table with no naming field has none."""
    table = Base.metadata.tables[table_name]
    naming = [table.c[field] for field in _NAMING if field in table.c]
    names: dict[Any, str | None] = {}
    if not naming:
        return names
    for chunk in in_chunks(keys):
        for row in session.execute(select(table.c[key], *naming).where(table.c[key].in_(chunk))):
            names[row[0]] = _name_of(dict(zip((c.name for c in naming), row[1:], strict=True)))
    return names


def _name_of(fields: dict[str, Any]) -> str | None:
    person = " ".join(str(fields[f]) for f in ("first_name", "last_name") if fields.get(f))
    if person:
        return person
    for field in _NAMING:
        value = fields.get(field)
        if value not in (None, ""):
            text = str(value).strip().splitlines()[0] if str(value).strip() else ""
            return text[:60] + ("…" if len(text) > 60 else "")
    return None


def decoded(table: str, field: str, value: Any) -> Any:
    """A stored value (as the history keeps it, decoded from JSON) as the program uses it."""
    if value is None:
        return None
    found = Base.metadata.tables.get(table)
    if found is None or field not in found.c:
        return value
    column_type = found.c[field].type
    try:
        process = column_type.result_processor(_DIALECT, None)
    except NotImplementedError:
        return value
    if process is None:
        return value
    try:
        return process(value)
    except (ValueError, TypeError, LookupError, ArithmeticError):
        return value  # written by another program: shown as stored


# --- in words ---------------------------------------------------------------------------

_NOTHING = "—"
_YES = QT_TRANSLATE_NOOP("history", "Yes")
#: How a created or deleted record's line starts (the enum names, context "enums").
_KIND_WORDS = {
    ChangeKind.CREATE: QT_TRANSLATE_NOOP("enums", "Created"),
    ChangeKind.UPDATE: QT_TRANSLATE_NOOP("enums", "Changed"),
    ChangeKind.DELETE: QT_TRANSLATE_NOOP("enums", "Deleted"),
}
#: Fields in the order of their table's columns.
_FIELD_ORDER = {
    (table.name, column.name): position
    for table in Base.metadata.sorted_tables
    for position, column in enumerate(table.c)
}
_NO = QT_TRANSLATE_NOOP("history", "No")


@dataclass(frozen=True)
class Wording:
    """How values are written: the reader's language and formats."""

    translate: Translate = untranslated
    day: Callable[[date], str] = date.isoformat
    moment: Callable[[datetime], str] = lambda value: value.strftime("%Y-%m-%d %H:%M")
    number: Callable[[Decimal], str] = str


def value_text(value: Any, wording: Wording) -> str:
    """A field's value in words."""
    if value is None or value == "":
        return _NOTHING
    if isinstance(value, Reference):
        return value.name or f"#{value.id}"
    if isinstance(value, bool):
        return wording.translate("history", _YES if value else _NO)
    if isinstance(value, Enum):
        source = enum_source(value)
        return wording.translate("enums", source) if source else fallback_name(value)
    if isinstance(value, datetime):
        return wording.moment(value)
    if isinstance(value, date):
        return wording.day(value)
    if isinstance(value, Decimal):
        return wording.number(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    text = " ".join(str(value).split())
    return text[:80] + ("…" if len(text) > 80 else "")


def record_text(entry: HistoryEntry, wording: Wording) -> str:
    """What changed: "Contact Ana Ruiz", or "" for the account itself."""
    if entry.table == "accounts":
        return ""
    kind = wording.translate("records", record_kind(entry.table))
    return f"{kind} {entry.record_name}" if entry.record_name else kind


def change_text(entry: HistoryEntry, wording: Wording) -> str:
    """The change in words: "Tier: Key → Strategic"."""
    label = wording.translate("fields", field_label(entry.field))
    return f"{label}: {value_text(entry.old, wording)} → {value_text(entry.new, wording)}"


def describe(entry: HistoryEntry, wording: Wording) -> str:
    """One line: "12 Mar 2026 10:42 · Elena Vidal · Contact Ana Ruiz · E-mail: a → b"."""
    parts = [wording.moment(entry.at) if entry.at else _NOTHING]
    if entry.author:
        parts.append(entry.author)
    record = record_text(entry, wording)
    if record:
        parts.append(record)
    parts.append(change_text(entry, wording))
    return " · ".join(parts)


def created_or_deleted_text(entries: list[HistoryEntry], wording: Wording) -> str:
    """A record's creation or deletion in one line: its values then ("Created: First name:
    Ana · Last name: Ruiz …")."""
    first = entries[0]
    kind = wording.translate("enums", _KIND_WORDS[first.kind])
    values = " · ".join(
        f"{wording.translate('fields', field_label(e.field))}: "
        f"{value_text(e.new if e.kind == ChangeKind.CREATE else e.old, wording)}"
        for e in entries
        if e.field != "account_id"  # the account whose history this is
    )
    return f"{kind}: {values}"


def grouped(entries: list[HistoryEntry]) -> list[list[HistoryEntry]]:
    """*entries* as the lines a reader wants: a record created or deleted in one operation
    is one line; each changed field is a line of its own."""
    lines: list[list[HistoryEntry]] = []
    for entry in entries:
        last = lines[-1][0] if lines else None
        if (
            last is not None
            and entry.kind != ChangeKind.UPDATE
            and entry.kind == last.kind
            and entry.record_uid == last.record_uid
            and entry.at == last.at
        ):
            lines[-1].append(entry)
        else:
            lines.append([entry])
    for line in lines:
        line.sort(key=lambda e: _FIELD_ORDER.get((e.table, e.field), 0))
    return lines


def as_json(entry: HistoryEntry) -> dict[str, Any]:
    """The entry for ``workbench history --json``: stored values as they are kept."""

    def plain(value: Any) -> Any:
        if isinstance(value, Reference):
            return value.id
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, (datetime, date)):
            return value.isoformat()
        if isinstance(value, (Decimal, UUID)):
            return str(value)
        return value

    return {
        "at": plain(entry.at),
        "author": entry.author,
        "source": plain(entry.source),
        "kind": entry.kind.value,
        "record": record_kind(entry.table),
        "record_uid": entry.record_uid.hex,
        "record_name": entry.record_name,
        "field": entry.field,
        "old": plain(entry.old),
        "new": plain(entry.new),
    }


# --- compacting -------------------------------------------------------------------------


@dataclass(frozen=True)
class Compacted:
    changes_removed: int
    operations_removed: int


def compact_history(session: Session, before: datetime) -> tuple[Compacted, ChangeSet]:
    """Keep, of the changes made before *before*, only the last of each field of each
    record (its value then, and a deleted record's last values); remove the rest and the
    operations left with no change. Changes from *before* on are all kept."""
    old = select(Operation.id).where(Operation.at < before).scalar_subquery()
    latest = (
        select(func.max(FieldChange.id))
        .where(FieldChange.operation_id.in_(old))
        .group_by(FieldChange.record_uid, FieldChange.field)
    )
    removed = _count(
        session.execute(
            delete(FieldChange).where(
                and_(FieldChange.operation_id.in_(old), FieldChange.id.not_in(latest))
            )
        )
    )
    used = select(FieldChange.operation_id).where(FieldChange.operation_id.is_not(None))
    operations = _count(
        session.execute(
            delete(Operation).where(and_(Operation.at < before, Operation.id.not_in(used)))
        )
    )
    compacted = Compacted(removed, operations)
    return compacted, ChangeSet.of("field_changes", "operations")


def _count(result: Any) -> int:
    """The rows a DELETE removed."""
    return int(cast(CursorResult[Any], result).rowcount or 0)
