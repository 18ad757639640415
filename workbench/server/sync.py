"""The server's side of the sync protocol (``docs/SYNC.md``): applying pushed changes
field by field against versions, conflicts, and the feed laptops pull by cursor.

Every push operation runs in one transaction that first takes a transaction-wide
advisory lock: change numbers (``seq``) are handed out, and committed, one transaction at
a time, so a change never becomes visible after one with a higher number — a laptop's
cursor can never step over a change that commits late.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    Table,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError

from workbench.server.audit import Caller, audit, entry
from workbench.server.audit import write as write_audit
from workbench.server.models import (
    AppliedOperation,
    Change,
    Conflict,
    RecordVersion,
    book_tables,
    now,
)
from workbench.server.row_security import limit_to
from workbench.server.scope import (
    HIDDEN_FIELDS,
    HIDDEN_TABLES,
    HOLDERS,
    TEAM_HOLDERS,
    account_uid_of,
    book_table,
    hidden_fields,
    involved_otherwise,
    is_member,
    may_see,
    owns_account,
    scoped,
    shown_values,
    would_own,
)
from workbench.server.sessions import Member
from workbench.store.account_paths import account_path, with_account_uid
from workbench.store.history import fields_of
from workbench.store.wire import (
    id_of,
    laptop_field,
    references,
    synced_fields,
    to_python,
    wire_values,
)

#: The advisory lock every writing transaction of the book takes first.
_BOOK_LOCK = 0x5752_4B42  # "WRKB"
#: At most this many changes answer one pull.
PULL_LIMIT = 5000


#: The book's tables by name → their place, parents first.
_ORDER = {table.name: index for index, table in enumerate(book_tables())}


class PushRefused(Exception):
    """A push the server refuses whole: HTTP *status* and why."""

    def __init__(self, status: int, message: str, **record: str | None) -> None:
        super().__init__(message)
        self.status = status
        #: What it was about, for the audit: table_name, record_uid, account_uid.
        self.record = record


@dataclass
class _Outcome:
    applied: int = 0
    conflicts: list[int] = field(default_factory=list)
    versions: dict[str, int] = field(default_factory=dict)
    refused: list[dict[str, str]] = field(default_factory=list)
    #: What the laptop must take back, in the shape of pulled changes: the server's
    #: values where a conflict kept them (the laptop's are in the conflict).
    overruled: list[dict[str, Any]] = field(default_factory=list)

    def answer(self, operation_uid: str) -> dict[str, Any]:
        # Records to re-create go parents first, so a child's reference finds its parent.
        self.overruled.sort(key=lambda c: (c["kind"] != "create", _ORDER.get(c["table"], 0)))
        return {
            "operation": operation_uid,
            "applied": self.applied,
            "conflicts": self.conflicts,
            "versions": self.versions,
            "refused": self.refused,
            "overruled": self.overruled,
        }


def _lock_book(connection: Connection) -> None:
    """Take the book's write lock until this transaction ends (see the module's doc)."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _BOOK_LOCK})


@contextmanager
def _committed(connection: Connection) -> Iterator[None]:
    """Commit what the block did; on an error, roll it back and raise it."""
    try:
        yield
    except BaseException:
        connection.rollback()
        raise
    connection.commit()


def _next_seq(connection: Connection) -> int:
    return int(connection.execute(select(func.coalesce(func.max(Change.seq), 0))).scalar_one()) + 1


def _uid(value: object) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError as error:
        raise PushRefused(400, f"Not a record uid: {value!r}.") from error


def _wire_row(
    connection: Connection, table: Table, row: Mapping[str, Any], names: Iterable[str] | None = None
) -> dict[str, Any]:
    """A server row's fields (*names*, or all it syncs) as the wire carries them
    (references as uids: a query each, so an edit reads only the fields it changes)."""
    if names is not None:
        names = [n for n in names if n in table.c and not laptop_field(table, n)]
    return wire_values(connection, table, row, names)


def _server_values(
    connection: Connection,
    table: Table,
    wire: Mapping[str, Any],
    ids: dict[tuple[str, str], int],
) -> tuple[dict[str, Any], list[str]]:
    """Wire values as the server's columns take them; the fields whose reference names a
    record the server does not have are left out and named. *ids*: (table, uid) → id
    of records already looked up in this operation (and grown here)."""
    links = references(table)
    known = set(fields_of(table))
    values: dict[str, Any] = {}
    unknown: list[str] = []
    for name, value in wire.items():
        if laptop_field(table, name):
            continue  # a laptop's own field, which the server does not keep
        if name not in known:
            raise PushRefused(400, f"{table.name} has no field {name!r}.")
        if name in links and value is not None:
            try:
                key = (links[name], str(uuid.UUID(str(value))))
            except ValueError as error:
                raise PushRefused(400, f"Not a record uid: {value!r}.") from error
            found = ids.get(key)
            if found is None:
                found = id_of(connection, key[0], key[1])
                if found is not None:
                    ids[key] = found
            if found is None:
                unknown.append(name)
                continue
            values[name] = found
        else:
            try:
                values[name] = to_python(table.c[name], value)
            except (TypeError, ValueError, LookupError) as error:  # LookupError: no such choice
                raise PushRefused(400, f"{table.name}.{name}: {error}") from error
    return values, unknown


def _records(
    connection: Connection, table: Table, uids: Iterable[str]
) -> dict[str, dict[str, Any] | None]:
    """The rows of *table* whose uids are *uids*, by uid (None: no such record)."""
    wanted = list(uids)
    found: dict[str, dict[str, Any] | None] = dict.fromkeys(wanted)
    rows = connection.execute(
        select(table).where(table.c.uid.in_([uuid.UUID(uid) for uid in wanted]))
    ).mappings()
    found.update({str(row["uid"]): dict(row) for row in rows})
    return found


def _record(connection: Connection, table: Table, uid: str) -> dict[str, Any] | None:
    return _records(connection, table, [uid])[uid]


def _versions(connection: Connection, uids: Iterable[str]) -> dict[str, RecordVersion | None]:
    """The versions of the records *uids*, by uid (None: a record with none yet)."""
    wanted = list(uids)
    found: dict[str, RecordVersion | None] = dict.fromkeys(wanted)
    for uid, version, held, deleted in connection.execute(
        select(
            RecordVersion.record_uid,
            RecordVersion.version,
            RecordVersion.field_versions,
            RecordVersion.deleted,
        ).where(RecordVersion.record_uid.in_(wanted))
    ):
        found[uid] = RecordVersion(
            record_uid=uid, version=version, field_versions=held or {}, deleted=deleted
        )
    return found


def _version(connection: Connection, uid: str) -> RecordVersion | None:
    return _versions(connection, [uid])[uid]


class _Unread:
    """Not read yet (a record's versions may be None: it has none)."""


_UNREAD = _Unread()
#: Statements the push runs for every change, compiled once; their values given apart.
_INSERT_CHANGE = insert(Change.__table__)  # type: ignore[arg-type]
_INSERT_VERSION = insert(RecordVersion.__table__)  # type: ignore[arg-type]
_VERSIONS = RecordVersion.__table__
_NEW_VERSION = pg_insert(_VERSIONS)  # type: ignore[arg-type]
_UPSERT_VERSION = _NEW_VERSION.on_conflict_do_update(
    index_elements=[_VERSIONS.c.record_uid],
    set_={name: _NEW_VERSION.excluded[name] for name in ("version", "field_versions", "deleted")},
)
_UPDATE_VERSION = (
    update(RecordVersion.__table__)  # type: ignore[arg-type]
    .where(RecordVersion.__table__.c.record_uid == bindparam("uid"))
    .values(
        version=bindparam("version"),
        field_versions=bindparam("field_versions"),
        deleted=bindparam("deleted"),
    )
)


class _Operation:
    """One pushed operation being applied, in its transaction."""

    def __init__(
        self,
        connection: Connection,
        member: Member,
        operation: Mapping[str, Any],
        last_seq: int | None = None,
    ):
        self.connection = connection
        self.member = member
        self.uid = _uid(operation.get("uid"))
        self.visible = scoped(connection, member)
        self.outcome = _Outcome()
        #: Accounts a deletion of this operation may not reach: one of its deletions
        #: there met an edit nobody had seen, so the whole deletion waits.
        self.kept_accounts = self._kept_accounts(operation.get("changes") or [])
        self.given_back: set[str] = set()
        #: The feed's last number, when known (read under the book's lock).
        self.last_seq = last_seq
        self.audits: list[dict[str, object]] = []
        #: (table, uid) → id of the records this operation looked up or created, and
        #: record uid → its account's uid: an account's records come together.
        self.ids: dict[tuple[str, str], int] = {}
        self.accounts: dict[str, str | None] = {}
        #: The records and versions of the operation's changes, read together before
        #: the first change (:meth:`read_ahead`); each taken once, then read again.
        self._rows: dict[str, dict[str, Any] | None] = {}
        self._versions: dict[str, RecordVersion | None] = {}

    def _kept_accounts(self, changes: list[Any]) -> set[str]:
        kept = set()
        for change in changes:
            if not isinstance(change, Mapping) or change.get("kind") != "delete":
                continue
            table = book_table(change.get("table"))
            if table is None:
                continue
            uid = _uid(change.get("record"))
            versions = _version(self.connection, uid)
            current = _record(self.connection, table, uid)
            if (
                current is not None
                and versions is not None
                and versions.version > self._record_base(change, uid)
            ):
                account = account_uid_of(self.connection, table, current)
                kept.add(account if account is not None else uid)
        return kept

    # -- reading ahead ---------------------------------------------------------------

    def read_ahead(self, changes: list[Mapping[str, Any]]) -> None:
        """Read the records the changes name and their versions, a statement a table
        and one for the versions, instead of two statements a change."""
        by_table: dict[str, set[str]] = {}
        for change in changes:
            table = book_table(change.get("table"))
            try:
                uid = str(uuid.UUID(str(change.get("record"))))
            except ValueError:
                continue  # refused when its turn comes
            if table is not None:
                by_table.setdefault(table.name, set()).add(uid)
        for name, uids in by_table.items():
            table = book_table(name)
            assert table is not None
            self._rows.update(_records(self.connection, table, uids))
        every = [uid for uids in by_table.values() for uid in uids]
        if every:
            self._versions.update(_versions(self.connection, every))

    def _current(self, table: Table, uid: str) -> dict[str, Any] | None:
        if uid in self._rows:
            return self._rows.pop(uid)
        return _record(self.connection, table, uid)

    def _versions_of(self, uid: str) -> RecordVersion | None:
        if uid in self._versions:
            return self._versions.pop(uid)
        return _version(self.connection, uid)

    def _forget_read_ahead(self) -> None:
        """A deletion cascades to records other changes may name: read them again."""
        self._rows.clear()
        self._versions.clear()

    # -- the log ---------------------------------------------------------------------

    def _log(
        self, table: Table, uid: str, account: str | None, kind: str, values: dict[str, Any]
    ) -> int:
        # Numbered under the book's lock, which this transaction holds: the last number
        # is read once, then counted on.
        if self.last_seq is None:
            self.last_seq = _next_seq(self.connection) - 1
        seq = self.last_seq = self.last_seq + 1
        self.connection.execute(
            _INSERT_CHANGE,
            {
                "seq": seq,
                "table_name": table.name,
                "record_uid": uid,
                "account_uid": account,
                "kind": kind,
                "values": values,
                "by_user": self.member.name,
                "device": self.member.device,
                "operation_uid": self.uid,
            },
        )
        self.outcome.versions[uid] = seq
        return seq

    def _versioned(
        self,
        table: Table,
        uid: str,
        seq: int,
        names: list[str],
        current: RecordVersion | _Unread | None = _UNREAD,
        *,
        deleted: bool = False,
        created: bool = False,
    ) -> None:
        """The record's version and its fields' become *seq*; *current*: its versions as
        already read in this transaction (read here when not given). A record *created*
        has every field at *seq*, whatever versions a deleted one of the same uid left."""
        read_ahead = self._versions.pop(uid, _UNREAD)  # stale once written: read again
        if created:
            self.connection.execute(
                _UPSERT_VERSION,
                {
                    "record_uid": uid,
                    "table_name": table.name,
                    "version": seq,
                    "field_versions": dict.fromkeys(names, seq),
                    "deleted": False,
                },
            )
            return
        if isinstance(current, _Unread):
            current = read_ahead
        if isinstance(current, _Unread):
            current = _version(self.connection, uid)
        versions = dict(current.field_versions) if current else {}
        versions.update(dict.fromkeys(names, seq))
        values = {"version": seq, "field_versions": versions, "deleted": deleted}
        if current is None:
            self.connection.execute(
                _INSERT_VERSION, {"record_uid": uid, "table_name": table.name, **values}
            )
        else:
            self.connection.execute(_UPDATE_VERSION, {"uid": uid, **values})

    def _conflict(
        self,
        table: Table,
        uid: str,
        account: str | None,
        name: str,
        base: object,
        theirs: object,
        yours: object,
    ) -> None:
        last = self.connection.execute(
            select(Change.by_user, Change.at)
            .where(Change.record_uid == uid)
            .order_by(Change.seq.desc())
            .limit(1)
        ).one_or_none()
        conflict_id = self.connection.execute(
            insert(Conflict)
            .values(
                table_name=table.name,
                record_uid=uid,
                account_uid=account,
                field=name,
                base_value=base,
                theirs_value=theirs,
                theirs_by=last[0] if last else None,
                theirs_at=last[1] if last else None,
                yours_value=yours,
                yours_by=self.member.name,
                yours_device=self.member.device,
            )
            .returning(Conflict.id)
        ).scalar_one()
        self.outcome.conflicts.append(int(conflict_id))
        self._audit("conflict", table, uid, account, name, theirs, yours)

    def _audit(
        self,
        outcome: str,
        table: Table,
        uid: str,
        account: str | None,
        name: str | None,
        old: object,
        new: object,
    ) -> None:
        # Written together once the operation is applied (``_push_one``); dropped with it
        # when it is refused whole.
        self.audits.append(
            entry(
                Caller(self.member.name, self.member.device),
                "push",
                outcome,
                table_name=table.name,
                record_uid=uid,
                account_uid=account,
                field=name,
                old_value=None if old is None else str(old),
                new_value=None if new is None else str(new),
            )
        )

    # -- one change ------------------------------------------------------------------

    def _check_access(
        self, table: Table, uid: str, account: str | None, wire: Mapping[str, Any]
    ) -> None:
        hidden = hidden_fields(self.member, table.name)
        if (
            not may_see(self.visible, account)
            or hidden is None
            or set(wire) & hidden
            or (table.name == _SHARES and not owns_account(self.connection, self.member, account))
        ):
            raise PushRefused(
                403,
                f"You may not change this {table.name} record.",
                table_name=table.name,
                record_uid=uid,
                account_uid=account,
            )

    def _scope(
        self, table: Table, uid: str, account: str | None, before: object, after: object
    ) -> None:
        """The record *uid* involves another colleague (or team) in the account than it
        did (:data:`~workbench.server.scope.HOLDERS`): the account changes hands, is shared,
        or work on it is handed over. The feed says so, for the laptops it leaves and the
        ones it reaches (``pull``) — unless each side is involved in it otherwise (a
        manager's action item of their own brings them nothing new)."""
        team = table.name in TEAM_HOLDERS
        if account is None:
            return
        if before is not None and involved_otherwise(
            self.connection, before, account, uid, team=team
        ):
            before = None
        if after is not None and involved_otherwise(
            self.connection, after, account, uid, team=team
        ):
            after = None
        if before is None and after is None:
            return
        values: dict[str, Any] = {"from": before, "to": after}
        if team:
            values["team"] = True
        self._log(table, uid, account, "scope", values)

    def apply_or_refuse(self, change: Mapping[str, Any]) -> None:
        """Apply *change*; one the book's own rules refuse (a required reference
        missing, a unique name taken) is refused alone, named in the answer."""
        savepoint = self.connection.begin_nested()
        audited = len(self.audits)
        try:
            self.apply(change)
        except IntegrityError as error:
            savepoint.rollback()
            del self.audits[audited:]  # what it had done is undone
            reason = str(error.orig).splitlines()[0] if error.orig else str(error)
            self.outcome.refused.append({"record": str(change.get("record")), "reason": reason})
            audit(
                self.connection,
                Caller(self.member.name, self.member.device),
                "push",
                "refused",
                table_name=str(change.get("table")),
                record_uid=str(change.get("record")),
                detail=reason,
            )
        else:
            savepoint.commit()

    def apply(self, change: Mapping[str, Any]) -> None:
        table = book_table(change.get("table"))
        if table is None:
            raise PushRefused(400, f"Not a table of the book: {change.get('table')!r}.")
        uid = _uid(change.get("record"))
        kind = change.get("kind")
        base = self._record_base(change, uid)
        wire = change.get("values") or {}
        old = change.get("old") or {}
        bases = change.get("bases") or {}
        if not all(isinstance(v, dict) for v in (wire, old, bases)):
            raise PushRefused(400, "A change's values are an object of fields.")
        # Made after an earlier operation of the same laptop that wrote the field: the
        # version that operation gave it, the laptop had seen.
        after = change.get("after")
        if isinstance(after, dict):
            bases = {
                name: max(int(value), self._version_after(after.get(name), uid))
                for name, value in bases.items()
            }
        current = self._current(table, uid)
        if kind == "create" and current is None:
            self._create(table, uid, wire)
        elif kind in ("create", "update"):
            self._update(table, uid, current, {n: int(bases.get(n, base)) for n in wire}, wire, old)
        elif kind == "delete":
            self._delete(table, uid, current, base)
        else:
            raise PushRefused(400, f"Not a kind of change: {kind!r}.")

    def _record_base(self, change: Mapping[str, Any], uid: str) -> int:
        """The record's version the laptop had: its ``base``, or — when an earlier
        operation of the same laptop touched the record (``after``, for a creation or a
        deletion) — the version that operation gave it, which the laptop had seen."""
        base = int(change.get("base") or 0)
        after = change.get("after")
        if after and not isinstance(after, dict):
            base = max(base, self._version_after(after, uid))
        return base

    def _version_after(self, operation_uid: object, record_uid: str) -> int:
        if not operation_uid:
            return 0
        answer = self.connection.execute(
            select(AppliedOperation.answer).where(AppliedOperation.uid == _uid(operation_uid))
        ).scalar_one_or_none()
        found: dict[str, Any] = dict(answer or {})
        versions: dict[str, int] = found.get("versions") or {}
        return int(versions.get(record_uid, 0))

    def _account_of_new(self, table: Table, wire: Mapping[str, Any], values: dict[str, Any]) -> Any:
        """The account of a record being created: the one its first reference up the way
        names, when that record is an account or was created by this operation."""
        path = account_path(table)
        if path:
            column, referred = path[0]
            parent = wire.get(column)
            if parent is None or values.get(column) is None:
                return None
            parent = str(uuid.UUID(str(parent)))
            if referred.name == "accounts":
                return parent
            if parent in self.accounts:
                return self.accounts[parent]
        return account_uid_of(self.connection, table, values)

    def _create(self, table: Table, uid: str, wire: Mapping[str, Any]) -> None:
        values, unknown = _server_values(self.connection, table, wire, self.ids)
        account = uid if table.name == "accounts" else self._account_of_new(table, wire, values)
        if (
            table.name == "accounts"
            and self.visible is not None
            and would_own(self.connection, self.member, values.get("owner_id"))
        ):
            # A new account of their own: theirs from now on, with what goes under it.
            self.visible = self.visible | {uid}
            limit_to(self.connection, self.visible)
        self._check_access(table, uid, account, wire)
        if unknown:
            self.outcome.refused.append(
                {"record": uid, "reason": f"refers to records the server lacks: {unknown}"}
            )
            self._audit("refused", table, uid, account, ",".join(unknown), None, None)
            return
        moment = now()
        row = (
            self.connection.execute(
                insert(table)
                .values(
                    uid=uuid.UUID(uid),
                    created_at=moment,
                    updated_at=moment,
                    updated_by=self.member.name,
                    **values,
                )
                .returning(*table.c)
            )
            .mappings()
            .one()
        )
        if "id" in table.c:
            self.ids[(table.name, uid)] = row["id"]
        self.accounts[uid] = account
        whole = self._created_values(table, row, wire)
        seq = self._log(table, uid, account, "create", whole)
        self._versioned(table, uid, seq, list(whole), created=True)
        if table.name in HOLDERS and table.name != "accounts":
            self._scope(table, uid, account, None, whole.get(HOLDERS[table.name]))
        self.outcome.applied += 1
        self._audit("applied", table, uid, account, "*", None, "created")

    def _created_values(self, table: Table, row: Any, wire: Mapping[str, Any]) -> dict[str, Any]:
        """The new record's fields as the wire carries them: a reference is the uid the
        laptop gave (looked up only when the server's default filled it)."""
        links = references(table)
        given = {
            name: str(uuid.UUID(str(wire[name])))
            for name in links
            if row[name] is not None and wire.get(name) is not None
        }
        rest = [name for name in synced_fields(table) if name not in given]
        return {**given, **wire_values(self.connection, table, row, rest)}

    def _update(
        self,
        table: Table,
        uid: str,
        current: dict[str, Any] | None,
        bases: Mapping[str, int],
        wire: Mapping[str, Any],
        old: Mapping[str, Any],
    ) -> None:
        """Each field applied if nobody changed it since its *bases* version (the version
        of it the laptop had), else — when the values differ — a conflict."""
        if current is None:
            # Edited on a laptop, deleted here meanwhile: the deletion stands, the edit
            # is listed as a conflict (resolving it "mine" is refused: re-create it).
            # The record is gone, so its account is the one its deletion was made under.
            gone = self._versions_of(uid)
            if gone is None:
                self.outcome.refused.append({"record": uid, "reason": "unknown record"})
                self._audit("refused", table, uid, None, "*", None, "unknown record")
                return
            account = self.connection.execute(
                select(Change.account_uid)
                .where(Change.record_uid == uid)
                .order_by(Change.seq.desc())
                .limit(1)
            ).scalar_one_or_none()
            self._check_access(table, uid, account, wire)
            for name, value in wire.items():
                self._conflict(table, uid, account, name, old.get(name), None, value)
            self.outcome.overruled.append(_overruled(table, uid, "delete", {}, gone.version))
            return
        account = account_uid_of(self.connection, table, current)
        self._check_access(table, uid, account, wire)
        values, unknown = _server_values(self.connection, table, wire, self.ids)
        theirs = _wire_row(self.connection, table, current, wire)
        versions = self._versions_of(uid)
        field_versions = versions.field_versions if versions else {}
        applied: dict[str, Any] = {}
        kept: dict[str, Any] = {}
        for name, value in wire.items():
            if name in unknown:
                self.outcome.refused.append({"record": uid, "reason": f"{name}: unknown record"})
                continue
            if int(field_versions.get(name, 0)) > bases.get(name, 0):
                if theirs.get(name) != value:
                    self._conflict(
                        table, uid, account, name, old.get(name), theirs.get(name), value
                    )
                    kept[name] = theirs.get(name)
                continue
            if theirs.get(name) != value:
                applied[name] = value
        if kept:
            self.outcome.overruled.append(
                _overruled(table, uid, "update", kept, max(int(field_versions[n]) for n in kept))
            )
        if not applied:
            return
        self.connection.execute(
            update(table)
            .where(table.c.uid == uuid.UUID(uid))
            .values(
                updated_at=now(),
                updated_by=self.member.name,
                **{name: values[name] for name in applied},
            )
        )
        seq = self._log(table, uid, account, "update", applied)
        self._versioned(table, uid, seq, list(applied), versions)
        holder = HOLDERS.get(table.name)
        if holder in applied:
            self._scope(table, uid, account, theirs.get(holder), applied[holder])
        self.outcome.applied += 1
        for name, value in applied.items():
            self._audit("applied", table, uid, account, name, theirs.get(name), value)

    def _give_back(
        self, table: Table, uid: str, account: str | None, last: dict[str, Any], version: int
    ) -> None:
        """The laptop deleted what the server keeps: it gets the record back — the whole
        account it belongs to, with what others added there that it never had."""
        if account is None:  # a record of the whole team's (a product…)
            kept = shown_values(self.member, table.name, last)
            self.outcome.overruled.append(_overruled(table, uid, "create", kept, version))
        elif account not in self.given_back:
            self.given_back.add(account)
            self.outcome.overruled.extend(
                _account_snapshot(self.connection, self.member, account, version)
            )

    def _delete(self, table: Table, uid: str, current: dict[str, Any] | None, base: int) -> None:
        if current is None:
            return  # already gone
        account = account_uid_of(self.connection, table, current)
        self._check_access(table, uid, account, {})
        last = _wire_row(self.connection, table, current)
        versions = self._versions_of(uid)
        version = versions.version if versions else 0
        if version > base:
            # Deleted on a laptop that had not seen the latest edit: the edit wins, the
            # record stays, and the deletion waits as a conflict on the whole record.
            self._conflict(table, uid, account, "*", None, last, None)
            self._give_back(table, uid, account, last, version)
            return
        if (account if account is not None else uid) in self.kept_accounts:
            # Part of a deletion that waits (a record under the account it kept): the
            # laptop gets it back with the rest.
            self._give_back(table, uid, account, last, version)
            return
        self.connection.execute(delete(table).where(table.c.uid == uuid.UUID(uid)))
        self._forget_read_ahead()
        seq = self._log(table, uid, account, "delete", last)
        self._versioned(table, uid, seq, [], deleted=True)
        if table.name in HOLDERS and table.name != "accounts":
            self._scope(table, uid, account, last.get(HOLDERS[table.name]), None)
        self.outcome.applied += 1
        self._audit("applied", table, uid, account, "*", "deleted", None)


#: Only an account's owner or a director changes who it is shared with.
_SHARES = "account_shares"


def _overruled(
    table: Table, uid: str, kind: str, values: dict[str, Any], version: int
) -> dict[str, Any]:
    return {"seq": version, "table": table.name, "record": uid, "kind": kind, "values": values}


def push(
    connection: Connection, member: Member, operations: list[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Apply each pushed operation in a transaction of its own; their answers, in order."""
    answers = []
    for operation in operations:
        if not isinstance(operation, Mapping):
            raise PushRefused(400, "An operation is an object.")
        answers.append(_push_one(connection, member, operation))
    return answers


def _push_one(
    connection: Connection, member: Member, operation: Mapping[str, Any]
) -> dict[str, Any]:
    """Apply *operation* whole, the common case; when one of its changes breaks a rule of
    the book (a unique name taken…), again from the start with each change in a savepoint
    of its own, so that it alone is refused — two statements less a change, and none
    around the operation, when none does."""
    changes = operation.get("changes")
    if not isinstance(changes, list):
        raise PushRefused(400, "An operation holds a list of changes.")
    if not all(isinstance(change, Mapping) for change in changes):
        raise PushRefused(400, "A change is an object.")
    try:
        return _pushed(connection, member, operation, changes, one_by_one=False)
    except IntegrityError:
        return _pushed(connection, member, operation, changes, one_by_one=True)


def _pushed(
    connection: Connection,
    member: Member,
    operation: Mapping[str, Any],
    changes: list[Mapping[str, Any]],
    *,
    one_by_one: bool,
) -> dict[str, Any]:
    """*operation* applied and committed, and its answer (the same answer again when it
    was applied before). Refused whole (:class:`PushRefused`), it leaves nothing but its
    audit row; any other error leaves nothing."""
    try:
        _lock_book(connection)
        done, last_seq = connection.execute(
            select(
                select(AppliedOperation.answer)
                .where(AppliedOperation.uid == _uid(operation.get("uid")))
                .scalar_subquery(),
                select(func.coalesce(func.max(Change.seq), 0)).scalar_subquery(),
            )
        ).one()
        if done is not None:
            connection.rollback()
            return dict(done)
        applying = _Operation(connection, member, operation, last_seq=last_seq)
        if one_by_one:
            for change in changes:
                applying.apply_or_refuse(change)
        else:
            applying.read_ahead(changes)
            for change in changes:
                applying.apply(change)
        write_audit(connection, applying.audits)
        answer = applying.outcome.answer(applying.uid)
        connection.execute(
            insert(AppliedOperation).values(uid=applying.uid, user_id=member.user_id, answer=answer)
        )
        connection.commit()
        return answer
    except PushRefused as refused:
        connection.rollback()  # nothing of the operation stays, but why it was refused
        audit(
            connection,
            Caller(member.name, member.device),
            "push",
            "forbidden" if refused.status == 403 else "refused",
            detail=str(refused),
            **refused.record,
        )
        connection.commit()
        raise
    except BaseException:
        connection.rollback()
        raise


def pull(
    connection: Connection, member: Member, cursor: int, limit: int = PULL_LIMIT
) -> dict[str, Any]:
    """The changes after *cursor* that *member* may see, oldest first, and the cursor to
    ask from next (past the changes they may not see, too). The page and the feed's last
    number are read in one statement, so from one snapshot: ``more`` says only what
    this page left, never a change committed while it was read."""
    limit = max(1, min(limit, PULL_LIMIT))
    visible = scoped(connection, member)
    last = select(func.max(Change.seq)).scalar_subquery().label("last_seq")
    rows = (
        connection.execute(
            select(Change, last).where(Change.seq > cursor).order_by(Change.seq).limit(limit)
        )
        .mappings()
        .all()
    )
    changes: list[dict[str, Any]] = []
    for row in rows:
        if row["kind"] == "scope":
            changes.extend(_scope_change(connection.engine, member, visible, dict(row)))
            continue
        if not may_see(visible, row["account_uid"]):
            continue
        if hidden_fields(member, row["table_name"]) is None:
            continue  # a table kept whole from them
        values = shown_values(member, row["table_name"], row["values"] or {})
        changes.append(
            {
                "seq": row["seq"],
                "table": row["table_name"],
                "record": row["record_uid"],
                "kind": row["kind"],
                "values": values,
                "by": row["by_user"],
                "at": _iso(row["at"]),
                "operation": row["operation_uid"],
            }
        )
    if not rows:
        return {"changes": changes, "cursor": cursor, "more": False}
    return {
        "changes": changes,
        "cursor": rows[-1]["seq"],
        "more": rows[-1]["seq"] < rows[-1]["last_seq"],
    }


def _scope_change(
    engine: Engine, member: Member, visible: frozenset[str] | None, row: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """An account that changed hands or was (un)shared, as *member*'s laptop must see it:
    the account whole (``create`` changes, parents first) when it came to them and they
    may see it now; ``leave`` (remove the account and everything under it) when it went
    from them and they may not see it now (they may still: shared with them); nothing
    otherwise."""
    if visible is None:
        return []
    account = row["account_uid"]
    values = row["values"] or {}
    team = bool(values.get("team"))
    with engine.connect() as connection:
        limit_to(connection, visible)
        if account in visible:
            if not is_member(connection, member, values.get("to"), team=team):
                return []  # theirs before too
            return _account_snapshot(connection, member, account, row["seq"])
        if not is_member(connection, member, values.get("from"), team=team):
            return []
    return [
        {"seq": row["seq"], "table": "accounts", "record": account, "kind": "leave", "values": {}}
    ]


def _account_snapshot(
    connection: Connection, member: Member, account: str, seq: int
) -> list[dict[str, Any]]:
    """Every record of *account*, as ``create`` changes at *seq*, parents first."""
    changes: list[dict[str, Any]] = []
    for table in book_tables():
        if hidden_fields(member, table.name) is None or "uid" not in table.c:
            continue  # a table kept whole from them, or one without record ids
        statement = _rows_of_account(table, account)
        if statement is None:
            continue
        for row in connection.execute(statement).mappings():
            values = _wire_row(connection, table, dict(row))
            own = _version(connection, str(row["uid"]))
            changes.append(
                {
                    # The record's own version: a laptop holding a later one skips it.
                    "seq": own.version if own is not None else seq,
                    "table": table.name,
                    "record": str(row["uid"]),
                    "kind": "create",
                    "values": shown_values(member, table.name, values),
                }
            )
    return changes


def _rows_of_account(table: Table, account: str) -> Any:
    """SELECT the rows of *table* that belong to *account* (None: it has no account)."""
    found = with_account_uid(table)
    if found is None:
        return None
    statement, account_uid = found
    return statement.where(account_uid == uuid.UUID(account))


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


#: At most this many settled conflicts answer one question (the newest).
SETTLED_LIMIT = 1000
#: How far back the next question about settled conflicts starts.
SETTLED_MARGIN = timedelta(minutes=5)


def _conflict_entry(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"],
        "table": row["table_name"],
        "record": row["record_uid"],
        "account": row["account_uid"],
        "field": row["field"],
        "base": row["base_value"],
        "theirs": row["theirs_value"],
        "theirs_by": row["theirs_by"],
        "theirs_at": _iso(row["theirs_at"]),
        "yours": row["yours_value"],
        "yours_by": row["yours_by"],
        "yours_at": _iso(row["yours_at"]),
        "resolved_at": _iso(row["resolved_at"]),
        "resolved_by": row["resolved_by"],
        "resolution": row["resolution"],
    }


def _conflicts_seen_by(connection: Connection, member: Member) -> Select[Conflict]:
    """The conflicts *member* may see, chosen in the query itself (a limit then counts
    only theirs): on the accounts they see (:func:`~workbench.server.scope.may_see`), and
    never of a table or field kept from them (an assistant's pricing:
    :func:`~workbench.server.scope.hidden_fields`)."""
    statement = select(Conflict)
    visible = scoped(connection, member)
    if visible is not None:
        statement = statement.where(
            or_(Conflict.account_uid.is_(None), Conflict.account_uid.in_(sorted(visible)))
        )
    for name in HIDDEN_TABLES | HIDDEN_FIELDS.keys():
        hidden = hidden_fields(member, name)
        if hidden is None:
            statement = statement.where(Conflict.table_name != name)
        elif hidden:
            statement = statement.where(
                or_(Conflict.table_name != name, Conflict.field.not_in(sorted(hidden)))
            )
    return statement


def _conflict_hidden(member: Member, row: Any) -> bool:
    """Whether the conflict *row* is of a table or field kept from *member* (as
    :func:`_conflicts_seen_by` leaves out)."""
    hidden = hidden_fields(member, row["table_name"])
    return hidden is None or row["field"] in hidden


def _seen_entry(member: Member, row: Any) -> dict[str, Any]:
    """The conflict *row* as *member* is shown it: a whole record's values (a deletion
    against an edit) without the fields kept from them."""
    entry = _conflict_entry(row)
    if row["field"] == "*":
        for side in ("base", "theirs", "yours"):
            if isinstance(entry[side], dict):
                entry[side] = shown_values(member, row["table_name"], entry[side])
    return entry


def open_conflicts(connection: Connection, member: Member) -> list[dict[str, Any]]:
    statement = _conflicts_seen_by(connection, member).where(Conflict.resolved_at.is_(None))
    rows = connection.execute(statement.order_by(Conflict.id)).mappings().all()
    return [_seen_entry(member, row) for row in rows]


def settled_conflicts(connection: Connection, member: Member, since: str) -> dict[str, Any]:
    """The conflicts *member* may see that were resolved at or after *since* (an ISO time
    from the server's clock, "" for every one; the newest :data:`SETTLED_LIMIT`), and the
    time to ask from next: a laptop's History shows how each ended. That time is a few
    minutes back (:data:`SETTLED_MARGIN`): a resolution stamped before now may commit
    after this answer. One answered twice is the same entry again."""
    at = now() - SETTLED_MARGIN
    statement = _conflicts_seen_by(connection, member).where(Conflict.resolved_at.is_not(None))
    if since:
        try:
            statement = statement.where(Conflict.resolved_at >= datetime.fromisoformat(since))
        except ValueError as error:
            raise PushRefused(400, "Give the time as ISO 8601.") from error
    rows = (
        connection.execute(statement.order_by(Conflict.resolved_at.desc()).limit(SETTLED_LIMIT))
        .mappings()
        .all()
    )
    return {
        "conflicts": [_seen_entry(member, row) for row in rows],
        "at": at.isoformat(),
    }


def resolve(
    connection: Connection, member: Member, conflict_id: int, take: str, value: object = None
) -> dict[str, Any]:
    """Settle a conflict: keep *theirs* (nothing changes), take *mine* (the pushed value)
    or a *value* given now — which then goes to every laptop like any change. Committed
    here; refused (:class:`PushRefused`), nothing is."""
    with _committed(connection):
        _lock_book(connection)
        row = (
            connection.execute(select(Conflict).where(Conflict.id == conflict_id).with_for_update())
            .mappings()
            .one_or_none()
        )
        visible = scoped(connection, member)
        if row is None or not may_see(visible, row["account_uid"]) or _conflict_hidden(member, row):
            raise PushRefused(404, f"No conflict {conflict_id}.")
        if row["resolved_at"] is not None:
            raise PushRefused(409, f"Conflict {conflict_id} was already resolved.")
        table = book_table(row["table_name"])
        assert table is not None
        chosen: object = {"theirs": row["theirs_value"], "mine": row["yours_value"]}.get(
            take, value
        )
        if take not in ("theirs", "mine", "value"):
            raise PushRefused(400, "Take mine, theirs or a value.")
        operation = _Operation(connection, member, {"uid": str(uuid.uuid4())})
        if take != "theirs":
            current = _record(connection, table, row["record_uid"])
            if current is None:
                raise PushRefused(409, "The record was deleted: re-create it instead.")
            if row["field"] == "*":
                if take == "mine":  # the deletion, now made knowingly
                    version = _version(connection, row["record_uid"])
                    operation._delete(
                        table, row["record_uid"], current, version.version if version else 0
                    )
            else:
                version = _version(connection, row["record_uid"])
                known = version.version if version else 0
                operation._update(
                    table,
                    row["record_uid"],
                    current,
                    {row["field"]: known},
                    {row["field"]: chosen},
                    {},
                )
        connection.execute(
            update(Conflict)
            .where(Conflict.id == conflict_id)
            .values(
                resolved_at=now(),
                resolved_by=member.name,
                resolution={"take": take, "value": chosen},
            )
        )
        audit(
            connection,
            Caller(member.name, member.device),
            "resolve",
            take,
            table_name=table.name,
            record_uid=row["record_uid"],
            account_uid=row["account_uid"],
            field=row["field"],
            new_value=None if chosen is None else str(chosen),
        )
    return {"resolved": conflict_id, "take": take, "versions": operation.outcome.versions}
