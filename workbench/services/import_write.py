"""Carrying out an import plan in one transaction, and undoing the last import.

Every accepted row is written or none is: the caller's transaction rolls back on
any error or on cancel (:class:`~workbench.services.progress.Cancelled`). New rows
get their ids here (one above the table's largest), so parents found later in the
file and the rows' own accounts link up before anything is inserted, and
:func:`~workbench.store.bulk.bulk_insert` writes them in batches; the full-text
index and the field history take them in one statement each
(:func:`~workbench.store.search_index.indexed_in_bulk`,
:func:`~workbench.store.history.recorded_in_bulk`). Each created row, and each
updated row's previous values, is recorded (``import_runs``, ``import_changes``) so that
:func:`undo_last_import` can put everything back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.orm import Session

from workbench.domain.countries import currency_of, time_zone_of
from workbench.domain.enums import (
    AccountStatus,
    IncidentCategory,
    IncidentStatus,
    OpportunityKind,
    OpportunityStage,
    Severity,
)
from workbench.domain.identity import uuid7
from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal
from workbench.services.changes import ChangeSet
from workbench.services.import_plan import (
    TABLES,
    Action,
    ImportPlan,
    PlannedRow,
    external_key,
)
from workbench.services.progress import Progress
from workbench.store.batches import in_chunks
from workbench.store.bulk import bulk_insert
from workbench.store.history import recorded_in_bulk
from workbench.store.import_rows import (
    delete_rows,
    edited_since,
    import_time,
    put_back,
    referring_rows,
    stored_values,
)
from workbench.store.models import Base, ImportChange, ImportRun
from workbench.store.references import defer_foreign_keys
from workbench.store.search_index import indexed_in_bulk, unindexed_in_bulk

BATCH = 2_000
_STAGE_PROBABILITY = {
    OpportunityStage.PROSPECTING: 10,
    OpportunityStage.QUALIFICATION: 20,
    OpportunityStage.PROPOSAL: 50,
    OpportunityStage.NEGOTIATION: 75,
    OpportunityStage.CLOSED_WON: 100,
    OpportunityStage.CLOSED_LOST: 0,
}


class UndoRefused(Refusal):
    """The last import cannot be undone; the message (context "import") says why."""

    context = "import"


@dataclass(frozen=True)
class ImportResult:
    run_id: int
    created: int
    updated: int
    #: Matched records the file had nothing new for.
    unchanged: int
    skipped: int
    refused: int
    accounts_created: int = 0


def apply_import(
    session: Session,
    plan: ImportPlan,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Write *plan*'s accepted rows inside the caller's transaction; returns the counts."""
    progress = progress or Progress()
    now = now or datetime.now(UTC)
    connection = session.connection()
    # Rows may name parents inserted after them: checked when the transaction commits.
    defer_foreign_keys(connection)
    run = ImportRun(
        kind=plan.kind,
        source=plan.source[-500:],
        layout=plan.layout[:100] or "-",
        imported_at=now,
        created=0,
        updated=0,
        refused=plan.count(Action.REFUSE),
    )
    session.add(run)
    session.flush()
    writer = _Writer(connection, plan, run.id, now, progress)
    accounts_created = writer.missing_accounts()
    created, updated = writer.write()
    run.created, run.updated = created + accounts_created, updated
    session.flush()
    return ImportResult(
        run.id,
        created,
        updated,
        plan.count(Action.MERGE) - updated,
        plan.count(Action.SKIP),
        plan.count(Action.REFUSE),
        accounts_created,
    )


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


class _Writer:
    def __init__(
        self,
        connection: Connection,
        plan: ImportPlan,
        run_id: int,
        now: datetime,
        progress: Progress,
    ) -> None:
        self.connection = connection
        self.plan = plan
        self.run_id = run_id
        self.now = now
        self.progress = progress
        self.changes: list[dict[str, Any]] = []
        self.row_ids: dict[int, int] = {}  # row number → record id
        self.currencies: dict[int, str] = {}  # account id → its currency

    def _next_id(self, table: Table) -> int:
        return int(self.connection.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1

    def missing_accounts(self) -> int:
        """Accounts named by rows but not found, when the user chose to create them."""
        names: dict[str, int] = {}
        rows = [
            row
            for row in self.plan.rows
            if row.new_account and row.action != Action.REFUSE and row.action != Action.SKIP
        ]
        if not rows:
            return 0
        table = _table("accounts")
        next_id = self._next_id(table)
        records = []
        for row in rows:
            assert row.new_account is not None
            key = row.new_account.casefold()
            if key not in names:
                names[key] = next_id
                records.append(self._account_record({"name": row.new_account}, next_id))
                next_id += 1
            row.values["account_id"] = names[key]
        self._insert(table, records)
        return len(records)

    def write(self) -> tuple[int, int]:
        plan = self.plan
        table = _table(TABLES[plan.kind])
        creates = [row for row in plan.rows if row.action == Action.CREATE]
        merges = [row for row in plan.rows if row.action == Action.MERGE]
        total = len(creates) + len(merges)
        self.progress.advance(0, total, "")
        next_id = self._next_id(table)
        for row in creates:
            self.row_ids[row.number] = next_id
            next_id += 1
        for row in merges:
            assert row.match is not None
            self.row_ids[row.number] = row.match.record_id
        build = getattr(self, f"_{plan.kind}_record")
        records = []
        created_ids = [self.row_ids[row.number] for row in creates]
        with (
            indexed_in_bulk(self.connection, table.name, created_ids),
            recorded_in_bulk(self.connection, table, "create", created_ids),
        ):
            for done, row in enumerate(creates, start=1):
                record = build(self._linked(row), self.row_ids[row.number])
                # The file's UID (a record exported elsewhere keeps its identity), else a new one.
                record["uid"] = row.values.get("uid") or uuid7()
                records.append(record)
                if len(records) == BATCH:
                    self._insert(table, records)
                    records = []
                    self.progress.advance(done, total, "")
            self._insert(table, records)
        updated = 0
        for start in range(0, len(merges), BATCH):
            batch = merges[start : start + BATCH]
            stored = self._stored(table, [self.row_ids[row.number] for row in batch])
            for row in batch:
                updated += self._merge(table, row, stored[self.row_ids[row.number]])
            self.progress.advance(len(creates) + start + len(batch), total, "")
        self._record_changes()
        self.progress.advance(total, total, "")  # a cancel up to the last moment still counts
        return len(creates), updated

    def _linked(self, row: PlannedRow) -> dict[str, Any]:
        values = dict(row.values)
        parent = self._parent_of(row)
        if parent is not None and parent != self.row_ids[row.number]:
            values["parent_id"] = parent
        return values

    def _parent_of(self, row: PlannedRow) -> int | None:
        """The record of the row named as *row*'s parent: written by this import, or the
        stored one it matched though skipped."""
        if row.parent_row is None:
            return None
        if row.parent_row in self.row_ids:
            return self.row_ids[row.parent_row]
        parent = self.plan.rows[row.parent_row - 1]
        return None if parent.match is None else parent.match.record_id

    def _insert(self, table: Table, records: list[dict[str, Any]]) -> None:
        if not records:
            return
        bulk_insert(self.connection, table, records)
        self.changes.extend(
            {"run_id": self.run_id, "table_name": table.name, "row_id": r["id"], "before": None}
            for r in records
        )

    def _stored(self, table: Table, ids: list[int]) -> dict[int, Any]:
        """The stored rows of *ids*, read in a few statements rather than one per row."""
        stored: dict[int, Any] = {}
        for chunk in in_chunks(ids):
            for found in self.connection.execute(select(table).where(table.c.id.in_(chunk))):
                stored[found.id] = found._mapping
        return stored

    def _merge(self, table: Table, row: PlannedRow, stored: Any) -> bool:
        """Fill in what the file gives, keeping the stored values the file leaves empty; never
        the record's identity (a row matched otherwise than by its UID keeps the stored one)."""
        record_id = self.row_ids[row.number]
        values = self._linked(row)
        changed = {
            key: value
            for key, value in values.items()
            if key in table.c and key not in ("id", "uid") and not _same(key, value, stored[key])
        }
        if not changed:
            return False
        # The stamps too: undoing the import gives the record back as it was, stamps and all.
        names = list(changed) + [
            stamp for stamp in ("updated_at", "updated_by") if stamp in table.c
        ]
        before = stored_values(self.connection, table.name, names, record_id)
        if "updated_at" in table.c:
            changed["updated_at"] = self.now
        self.connection.execute(update(table).where(table.c.id == record_id).values(changed))
        self.changes.append(
            {
                "run_id": self.run_id,
                "table_name": table.name,
                "row_id": record_id,
                "before": json.dumps(before, default=str),
            }
        )
        return True

    def _record_changes(self) -> None:
        bulk_insert(self.connection, _table("import_changes"), self.changes)

    # -- one record of each kind, defaults filled in ---------------------------------
    def _stamped(self, record: dict[str, Any]) -> dict[str, Any]:
        record["created_at"] = record["updated_at"] = self.now
        return record

    def _account_record(self, values: dict[str, Any], record_id: int) -> dict[str, Any]:
        options = self.plan.options
        country = values.get("country") or options.country
        status = values.get("status") or options.status
        # A customer is one from today unless the file has a column for it (even empty).
        customer = status in (AccountStatus.ACTIVE, AccountStatus.AT_RISK)
        infer_since = customer and "client_since" not in self.plan.mapping.values()
        return self._stamped(
            {
                "id": record_id,
                "name": values["name"],
                "parent_id": values.get("parent_id"),
                "sector": values.get("sector") or options.sector,
                "tier": values.get("tier") or options.tier,
                "status": status,
                "country": country,
                "time_zone": values.get("time_zone") or time_zone_of(country) or "UTC",
                "currency": values.get("currency") or currency_of(country) or "EUR",
                "owner_id": None,
                "website": values.get("website"),
                "email_domain": values.get("email_domain"),
                "external_id": values.get("external_id"),
                "client_since": values.get("client_since")
                or (self.plan.today if infer_since else None),
                "churned_on": values.get("churned_on"),
                "won_back_on": values.get("won_back_on"),
                "description": values.get("description"),
                "archived_at": None,
            }
        )

    _accounts_record = _account_record

    def _contacts_record(self, values: dict[str, Any], record_id: int) -> dict[str, Any]:
        return self._stamped(
            {
                "id": record_id,
                "account_id": values["account_id"],
                "first_name": values.get("first_name", ""),
                "last_name": values.get("last_name", ""),
                "email": values.get("email"),
                "phone": values.get("phone"),
                "job_title": values.get("job_title"),
                "decision_role": values.get("decision_role"),
                "preferred_channel": values.get("preferred_channel"),
                "language": values.get("language"),
                "is_primary": bool(values.get("is_primary", False)),
                "external_id": values.get("external_id"),
            }
        )

    def _opportunities_record(self, values: dict[str, Any], record_id: int) -> dict[str, Any]:
        stage = values.get("stage") or OpportunityStage.PROSPECTING
        probability = values.get("probability")
        return self._stamped(
            {
                "id": record_id,
                "account_id": values["account_id"],
                "name": values["name"],
                "kind": values.get("kind") or OpportunityKind.NEW,
                "stage": stage,
                "amount": values.get("amount") or 0,
                "currency": values.get("currency") or self._currency_of(values["account_id"]),
                "probability": _STAGE_PROBABILITY[stage] if probability is None else probability,
                "expected_close": values.get("expected_close"),
                "external_id": values.get("external_id"),
            }
        )

    def _currency_of(self, account_id: int) -> str:
        """The account's currency, read once per account rather than once per row."""
        if account_id not in self.currencies:
            accounts = _table("accounts")
            self.currencies[account_id] = str(
                self.connection.scalar(
                    select(accounts.c.currency).where(accounts.c.id == account_id)
                )
            )
        return self.currencies[account_id]

    def _incidents_record(self, values: dict[str, Any], record_id: int) -> dict[str, Any]:
        closed = values.get("closed_at")
        status = values.get("status") or (IncidentStatus.CLOSED if closed else IncidentStatus.OPEN)
        return self._stamped(
            {
                "id": record_id,
                "account_id": values["account_id"],
                "title": values["title"],
                "description": values.get("description"),
                "category": values.get("category") or IncidentCategory.OTHER,
                "severity": values.get("severity") or Severity.MEDIUM,
                "status": status,
                "owner_id": None,
                "reported_at": values["reported_at"],
                "acknowledged_at": values.get("acknowledged_at"),
                "resolved_at": values.get("resolved_at"),
                "closed_at": closed,
                "client_impact": values.get("client_impact"),
                "root_cause": values.get("root_cause"),
                "resolution": values.get("resolution"),
                "lessons_learned": None,
                "playbook_response": None,
                "external_id": values.get("external_id"),
            }
        )

    def _revenue_record(self, values: dict[str, Any], record_id: int) -> dict[str, Any]:
        return {
            "id": record_id,
            "account_id": values["account_id"],
            "period": values["period"],
            "revenue": values["revenue"],
            "cost": values.get("cost") or 0,
        }

    def _surveys_record(self, values: dict[str, Any], record_id: int) -> dict[str, Any]:
        return {
            "id": record_id,
            "account_id": values["account_id"],
            "contact_id": values.get("contact_id"),
            "responded_on": values["responded_on"],
            "score": values["score"],
            "comment": values.get("comment"),
        }

    def _kpi_measurements_record(self, values: dict[str, Any], record_id: int) -> dict[str, Any]:
        return {
            "id": record_id,
            "kpi_id": values["kpi_id"],
            "measured_on": values["measured_on"],
            "value": values["value"],
            "note": values.get("note"),
        }


def _same(key: str, value: Any, stored: Any) -> bool:
    if key == "external_id" and stored:  # the stored form of a Salesforce id (15 or 18) is kept
        return external_key(value) == external_key(stored)
    return _comparable(value) == _comparable(stored)


def _comparable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(microsecond=0) if value.tzinfo else value
    if isinstance(value, date):
        return value.isoformat()
    return value


# -- undo ---------------------------------------------------------------------------
def last_import(session: Session) -> ImportRun | None:
    """The latest import, unless it was undone already."""
    run = session.scalars(select(ImportRun).order_by(ImportRun.id.desc()).limit(1)).first()
    return None if run is None or run.undone_at is not None else run


@dataclass(frozen=True)
class ImportSummary:
    """The last import, as File → Undo last import… names it before undoing it."""

    kind: str
    source: str
    imported_at: datetime
    created: int
    updated: int


def import_summary(session: Session) -> ImportSummary | None:
    """:func:`last_import` in words for the question; ``None`` when there is none to undo."""
    run = last_import(session)
    if run is None:
        return None
    return ImportSummary(run.kind, run.source, run.imported_at, run.created, run.updated)


def undo_last_import(session: Session, now: datetime | None = None) -> ImportRun:
    """Delete what the last import created and put back what it changed, in the caller's
    transaction. Refused (:class:`UndoRefused`) when records were added to what it created
    since: undoing would delete them too; the caller then rolls its transaction back."""
    return undo_import(session, now)[0]


def undo_import(session: Session, now: datetime | None = None) -> tuple[ImportRun, ChangeSet]:
    """:func:`undo_last_import`, and what it changed: the tables of the records it
    deleted or put back, the import's kind and its own bookkeeping."""
    run = last_import(session)
    if run is None:
        raise UndoRefused(QT_TRANSLATE_NOOP("import", "There is no import to undo."))
    connection = session.connection()
    created: dict[str, list[int]] = {}
    updated: list[tuple[str, int, str]] = []
    for table_name, row_id, before in connection.execute(
        select(ImportChange.table_name, ImportChange.row_id, ImportChange.before).where(
            ImportChange.run_id == run.id
        )
    ):
        if before is None:
            created.setdefault(table_name, []).append(row_id)
        else:
            updated.append((table_name, row_id, before))
    _refuse_if_edited(connection, run.id, created, updated)
    # What the import changed first: a record it linked to one it created is let go of.
    for table_name, row_id, before in updated:
        put_back(connection, table_name, json.loads(before), row_id)
    _refuse_if_referenced(connection, created)
    for table_name in sorted(created, key=_dependents_first):
        ids = created[table_name]
        with (
            unindexed_in_bulk(connection, table_name, ids),
            recorded_in_bulk(connection, _table(table_name), "delete", ids),
        ):
            delete_rows(connection, table_name, ids)
    run.undone_at = now or datetime.now(UTC)
    session.flush()
    tables = {*created, *(name for name, _id, _before in updated), *_BOOKKEEPING}
    return run, ChangeSet.of(*sorted(tables | {TABLES.get(run.kind, run.kind)}))


#: Where every import and its undo write besides the records: its run and its changes.
_BOOKKEEPING = ("import_runs", "import_changes")


def import_changes(kind: str, result: ImportResult) -> ChangeSet:
    """What an import of *kind* that gave *result* changed."""
    tables = {TABLES[kind], *_BOOKKEEPING}
    if result.accounts_created:
        tables.add("accounts")
    return ChangeSet.of(*sorted(tables))


def _dependents_first(table_name: str) -> int:
    order = [table.name for table in Base.metadata.sorted_tables]
    return -order.index(table_name)


def _refuse_if_edited(
    connection: Connection,
    run_id: int,
    created: dict[str, list[int]],
    updated: list[tuple[str, int, str]],
) -> None:
    """Refuse when what the import wrote was edited since: undoing would lose the edits."""
    touched = {name: list(ids) for name, ids in created.items()}
    for table_name, row_id, _before in updated:
        touched.setdefault(table_name, []).append(row_id)
    # Stored as the same text as the records' timestamps, which the import set to it.
    imported_at = import_time(connection, run_id)
    for table_name, ids in touched.items():
        if "updated_at" not in _table(table_name).c:
            continue
        count = edited_since(connection, table_name, ids, imported_at)
        if count:
            raise UndoRefused(
                QT_TRANSLATE_NOOP(
                    "import",
                    "{count} records the import wrote were edited since ({table}); "
                    "undoing it would lose those edits.",
                ),
                count=count,
                table=table_name.replace("_", " "),
            )


def _refuse_if_referenced(connection: Connection, created: dict[str, list[int]]) -> None:
    for table_name, ids in created.items():
        target = _table(table_name)
        for other in Base.metadata.sorted_tables:
            for key in other.foreign_keys:
                if key.column.table is not target:
                    continue
                mine = created.get(other.name, [])
                excluding = mine if "id" in other.c else None
                count = referring_rows(connection, other.name, key.parent.name, ids, excluding)
                if count:
                    raise UndoRefused(
                        QT_TRANSLATE_NOOP(
                            "import",
                            "{count} records were added since to what the import created "
                            "({table}); undoing it would delete them too.",
                        ),
                        count=count,
                        table=other.name.replace("_", " "),
                    )
