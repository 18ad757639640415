"""The lists of the account detail — contacts, interactions, opportunities, contracts,
budgets, agreed KPIs, market notes, action items — described once as data.

Each :class:`RecordKind` names its model, its fields (type, label, limits) and any
rule across fields; one set of functions lists, validates, adds, edits and removes
records of every kind, and the UI builds its tables and forms from the same specs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.domain.enums import (
    ActionStatus,
    Channel,
    DecisionRole,
    InteractionKind,
    KpiDirection,
    KpiFrequency,
    MarketNoteKind,
    OpportunityKind,
    OpportunityStage,
    RenewalStatus,
    Team,
)
from workbench.domain.period import Quarter
from workbench.domain.validation import (
    QT_TRANSLATE_NOOP,
    Problem,
    ValidationError,
    check_email,
    check_order,
    check_present,
    check_range,
    check_scale,
)
from workbench.services.changes import ChangeSet, rows_changes
from workbench.store.errors import integrity_problem
from workbench.store.models import (
    Account,
    AccountBudget,
    ActionItem,
    AgreedKpi,
    Base,
    Colleague,
    Contact,
    Contract,
    Interaction,
    KpiMeasurement,
    MarketNote,
    Opportunity,
)
from workbench.store.snapshot import Snapshot, restore, snapshot_cascade


class FieldKind(Enum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    CHOICE = "choice"
    DATE = "date"
    DATETIME = "datetime"
    MONEY = "money"
    DECIMAL = "decimal"
    INTEGER = "integer"
    BOOL = "bool"
    QUARTER = "quarter"
    CONTACT = "contact"
    COLLEAGUE = "colleague"
    ACCOUNT = "account"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    #: English label, marked for translation in context "fields".
    label: str
    kind: FieldKind
    required: bool = False
    choices: type[StrEnum] | None = None
    minimum: Decimal | int | None = None
    maximum: Decimal | int | None = None
    in_table: bool = True


@dataclass(frozen=True)
class RecordView:
    id: int
    values: dict[str, Any]


@dataclass(frozen=True)
class RecordKind:
    key: str
    title: str
    model: type[Base]
    fields: tuple[FieldSpec, ...]
    order_by: Callable[[], Any]
    #: Rules across fields, beyond each field's own limits.
    rules: Callable[[dict[str, Any]], list[Problem]] = lambda values: []
    #: Values set from the account rather than typed (e.g. the currency).
    from_account: Callable[[Account], dict[str, Any]] = lambda account: {}
    #: Restricts the listed records (e.g. only open action items).
    listed: Callable[[], Any] | None = None
    #: Extra, computed columns: (key, label) filled by ``extra_values``.
    extra_columns: tuple[tuple[str, str], ...] = ()
    extra_values: Callable[[Session, list[int]], dict[int, dict[str, Any]]] | None = None
    #: A record that needs attention on *today* (e.g. an overdue action item), and why.
    alert: Callable[[dict[str, Any], date], bool] | None = None
    alert_text: str = ""

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)


def _contract_rules(values: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    check_order(problems, "ends_on", values.get("starts_on"), values.get("ends_on"), strict=True)
    return problems


def _contact_rules(values: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    if not (values.get("first_name") or "").strip() and not (values.get("last_name") or "").strip():
        problems.append(
            Problem("last_name", QT_TRANSLATE_NOOP("validation", "Give a first or last name."))
        )
    check_email(problems, "email", values.get("email"))
    return problems


def _action_rules(values: dict[str, Any]) -> list[Problem]:
    if values.get("owner_colleague_id") is None and values.get("owner_team") is None:
        return [
            Problem(
                "owner_team",
                QT_TRANSLATE_NOOP("validation", "Name a colleague or a team as owner."),
            )
        ]
    return []


def _latest_kpi_values(session: Session, kpi_ids: list[int]) -> dict[int, dict[str, Any]]:
    latest = (
        select(KpiMeasurement.kpi_id, func.max(KpiMeasurement.measured_on).label("day"))
        .where(KpiMeasurement.kpi_id.in_(kpi_ids))
        .group_by(KpiMeasurement.kpi_id)
        .subquery()
    )
    statement = select(
        KpiMeasurement.kpi_id, KpiMeasurement.value, KpiMeasurement.measured_on
    ).join(
        latest,
        (latest.c.kpi_id == KpiMeasurement.kpi_id) & (latest.c.day == KpiMeasurement.measured_on),
    )
    return {
        kpi_id: {"latest": value, "latest_on": day}
        for kpi_id, value, day in session.execute(statement)
    }


KINDS: dict[str, RecordKind] = {
    kind.key: kind
    for kind in (
        RecordKind(
            "contacts",
            QT_TRANSLATE_NOOP("records", "Contacts"),
            Contact,
            (
                FieldSpec("first_name", QT_TRANSLATE_NOOP("fields", "First name"), FieldKind.TEXT),
                FieldSpec("last_name", QT_TRANSLATE_NOOP("fields", "Last name"), FieldKind.TEXT),
                FieldSpec("job_title", QT_TRANSLATE_NOOP("fields", "Role"), FieldKind.TEXT),
                FieldSpec(
                    "decision_role",
                    QT_TRANSLATE_NOOP("fields", "Decision role"),
                    FieldKind.CHOICE,
                    choices=DecisionRole,
                ),
                FieldSpec(
                    "preferred_channel",
                    QT_TRANSLATE_NOOP("fields", "Preferred channel"),
                    FieldKind.CHOICE,
                    choices=Channel,
                ),
                FieldSpec("language", QT_TRANSLATE_NOOP("fields", "Language"), FieldKind.TEXT),
                FieldSpec("email", QT_TRANSLATE_NOOP("fields", "E-mail"), FieldKind.TEXT),
                FieldSpec(
                    "phone", QT_TRANSLATE_NOOP("fields", "Phone"), FieldKind.TEXT, in_table=False
                ),
                FieldSpec("is_primary", QT_TRANSLATE_NOOP("fields", "Primary"), FieldKind.BOOL),
            ),
            lambda: (Contact.is_primary.desc(), Contact.last_name, Contact.first_name),
            rules=_contact_rules,
        ),
        RecordKind(
            "interactions",
            QT_TRANSLATE_NOOP("records", "Interactions"),
            Interaction,
            (
                FieldSpec(
                    "occurred_at",
                    QT_TRANSLATE_NOOP("fields", "When"),
                    FieldKind.DATETIME,
                    required=True,
                ),
                FieldSpec(
                    "kind",
                    QT_TRANSLATE_NOOP("fields", "Kind"),
                    FieldKind.CHOICE,
                    required=True,
                    choices=InteractionKind,
                ),
                FieldSpec("contact_id", QT_TRANSLATE_NOOP("fields", "Contact"), FieldKind.CONTACT),
                FieldSpec(
                    "summary",
                    QT_TRANSLATE_NOOP("fields", "Summary"),
                    FieldKind.LONG_TEXT,
                    required=True,
                ),
            ),
            lambda: (Interaction.occurred_at.desc(),),
        ),
        RecordKind(
            "opportunities",
            QT_TRANSLATE_NOOP("records", "Opportunities"),
            Opportunity,
            (
                FieldSpec(
                    "name", QT_TRANSLATE_NOOP("fields", "Name"), FieldKind.TEXT, required=True
                ),
                FieldSpec(
                    "kind",
                    QT_TRANSLATE_NOOP("fields", "Kind"),
                    FieldKind.CHOICE,
                    required=True,
                    choices=OpportunityKind,
                ),
                FieldSpec(
                    "stage",
                    QT_TRANSLATE_NOOP("fields", "Stage"),
                    FieldKind.CHOICE,
                    required=True,
                    choices=OpportunityStage,
                ),
                FieldSpec(
                    "amount",
                    QT_TRANSLATE_NOOP("fields", "Amount"),
                    FieldKind.MONEY,
                    required=True,
                    minimum=Decimal(0),
                ),
                FieldSpec(
                    "probability",
                    QT_TRANSLATE_NOOP("fields", "Probability %"),
                    FieldKind.INTEGER,
                    required=True,
                    minimum=0,
                    maximum=100,
                ),
                FieldSpec(
                    "expected_close", QT_TRANSLATE_NOOP("fields", "Expected close"), FieldKind.DATE
                ),
            ),
            lambda: (Opportunity.expected_close,),
            from_account=lambda account: {"currency": account.currency},
        ),
        RecordKind(
            "contracts",
            QT_TRANSLATE_NOOP("records", "Contracts"),
            Contract,
            (
                FieldSpec(
                    "title", QT_TRANSLATE_NOOP("fields", "Title"), FieldKind.TEXT, required=True
                ),
                FieldSpec(
                    "starts_on", QT_TRANSLATE_NOOP("fields", "Start"), FieldKind.DATE, required=True
                ),
                FieldSpec(
                    "ends_on",
                    QT_TRANSLATE_NOOP("fields", "End (renewal)"),
                    FieldKind.DATE,
                    required=True,
                ),
                FieldSpec(
                    "annual_value",
                    QT_TRANSLATE_NOOP("fields", "Annual value"),
                    FieldKind.MONEY,
                    required=True,
                    minimum=Decimal(0),
                ),
                FieldSpec(
                    "notice_days",
                    QT_TRANSLATE_NOOP("fields", "Notice (days)"),
                    FieldKind.INTEGER,
                    required=True,
                    minimum=0,
                    maximum=730,
                ),
                FieldSpec(
                    "renewal_status",
                    QT_TRANSLATE_NOOP("fields", "Renewal"),
                    FieldKind.CHOICE,
                    required=True,
                    choices=RenewalStatus,
                ),
            ),
            lambda: (Contract.ends_on,),
            rules=_contract_rules,
            from_account=lambda account: {"currency": account.currency},
        ),
        RecordKind(
            "budgets",
            QT_TRANSLATE_NOOP("records", "Budget"),
            AccountBudget,
            (
                FieldSpec(
                    "period",
                    QT_TRANSLATE_NOOP("fields", "Quarter"),
                    FieldKind.QUARTER,
                    required=True,
                ),
                FieldSpec(
                    "planned",
                    QT_TRANSLATE_NOOP("fields", "Planned"),
                    FieldKind.MONEY,
                    required=True,
                    minimum=Decimal(0),
                ),
                FieldSpec(
                    "committed",
                    QT_TRANSLATE_NOOP("fields", "Committed"),
                    FieldKind.MONEY,
                    required=True,
                    minimum=Decimal(0),
                ),
                FieldSpec("note", QT_TRANSLATE_NOOP("fields", "Note"), FieldKind.TEXT),
            ),
            lambda: (AccountBudget.period,),
        ),
        RecordKind(
            "agreed_kpis",
            QT_TRANSLATE_NOOP("records", "Agreed KPIs"),
            AgreedKpi,
            (
                FieldSpec(
                    "name", QT_TRANSLATE_NOOP("fields", "KPI"), FieldKind.TEXT, required=True
                ),
                FieldSpec(
                    "direction",
                    QT_TRANSLATE_NOOP("fields", "Target is"),
                    FieldKind.CHOICE,
                    required=True,
                    choices=KpiDirection,
                ),
                FieldSpec(
                    "target",
                    QT_TRANSLATE_NOOP("fields", "Target"),
                    FieldKind.DECIMAL,
                    required=True,
                ),
                FieldSpec("unit", QT_TRANSLATE_NOOP("fields", "Unit"), FieldKind.TEXT),
                FieldSpec(
                    "frequency",
                    QT_TRANSLATE_NOOP("fields", "Reported"),
                    FieldKind.CHOICE,
                    required=True,
                    choices=KpiFrequency,
                ),
            ),
            lambda: (AgreedKpi.name,),
            extra_columns=(
                ("latest", QT_TRANSLATE_NOOP("fields", "Latest actual")),
                ("latest_on", QT_TRANSLATE_NOOP("fields", "Measured on")),
            ),
            extra_values=_latest_kpi_values,
        ),
        RecordKind(
            "market_notes",
            QT_TRANSLATE_NOOP("records", "Market notes"),
            MarketNote,
            (
                FieldSpec(
                    "noted_on", QT_TRANSLATE_NOOP("fields", "Date"), FieldKind.DATE, required=True
                ),
                FieldSpec(
                    "kind",
                    QT_TRANSLATE_NOOP("fields", "Kind"),
                    FieldKind.CHOICE,
                    required=True,
                    choices=MarketNoteKind,
                ),
                FieldSpec("competitor", QT_TRANSLATE_NOOP("fields", "Competitor"), FieldKind.TEXT),
                FieldSpec(
                    "title", QT_TRANSLATE_NOOP("fields", "Note"), FieldKind.TEXT, required=True
                ),
                FieldSpec(
                    "body",
                    QT_TRANSLATE_NOOP("fields", "Details"),
                    FieldKind.LONG_TEXT,
                    in_table=False,
                ),
            ),
            lambda: (MarketNote.noted_on.desc(),),
        ),
        RecordKind(
            "action_items",
            QT_TRANSLATE_NOOP("records", "Open action items"),
            ActionItem,
            (
                FieldSpec(
                    "title", QT_TRANSLATE_NOOP("fields", "Action"), FieldKind.TEXT, required=True
                ),
                FieldSpec(
                    "owner_colleague_id", QT_TRANSLATE_NOOP("fields", "Owner"), FieldKind.COLLEAGUE
                ),
                FieldSpec(
                    "owner_team",
                    QT_TRANSLATE_NOOP("fields", "Team"),
                    FieldKind.CHOICE,
                    choices=Team,
                ),
                FieldSpec("due_on", QT_TRANSLATE_NOOP("fields", "Due"), FieldKind.DATE),
                FieldSpec(
                    "status",
                    QT_TRANSLATE_NOOP("fields", "Status"),
                    FieldKind.CHOICE,
                    required=True,
                    choices=ActionStatus,
                ),
            ),
            lambda: (ActionItem.due_on,),
            rules=_action_rules,
            listed=lambda: ActionItem.status.in_((ActionStatus.OPEN, ActionStatus.IN_PROGRESS)),
            alert=lambda values, today: values["due_on"] is not None and values["due_on"] < today,
            alert_text=QT_TRANSLATE_NOOP("records", "Overdue"),
        ),
    )
}


def record_problems(kind: RecordKind, values: dict[str, Any]) -> list[Problem]:
    """Every problem with *values*, field by field, then the kind's cross-field rules."""
    problems: list[Problem] = []
    for spec in kind.fields:
        value: Any = values.get(spec.name)
        if isinstance(value, str):
            value = value.strip() or None
        if spec.required:
            check_present(problems, spec.name, value)
        if value is None:
            continue
        if spec.kind in (FieldKind.MONEY, FieldKind.DECIMAL):
            check_scale(problems, spec.name, value)
        number = value
        if spec.minimum is not None and spec.maximum is not None:
            check_range(problems, spec.name, number, spec.minimum, spec.maximum)
        elif spec.minimum is not None and number < spec.minimum:
            problems.append(
                Problem(spec.name, QT_TRANSLATE_NOOP("validation", "Must not be negative."))
            )
        if spec.choices is not None and value not in {m.value for m in spec.choices}:
            problems.append(
                Problem(spec.name, QT_TRANSLATE_NOOP("validation", "Choose a value from the list."))
            )
        if spec.kind is FieldKind.QUARTER:
            try:
                Quarter.from_key(int(value))
            except ValueError:
                problems.append(
                    Problem(spec.name, QT_TRANSLATE_NOOP("validation", "Not a quarter."))
                )
    return problems + kind.rules(values)


def _clean(kind: RecordKind, values: dict[str, Any]) -> dict[str, Any]:
    cleaned = {}
    for spec in kind.fields:
        value: Any = values.get(spec.name)
        if isinstance(value, str):
            value = value.strip() or None
        if spec.kind is FieldKind.BOOL:
            value = bool(value)
        if spec.choices is not None and value is not None:
            value = spec.choices(value)
        if (
            spec.kind is FieldKind.TEXT
            and value is None
            and spec.name in ("first_name", "last_name")
        ):
            value = ""
        cleaned[spec.name] = value
    return cleaned


def _write(session: Session, kind: RecordKind, apply: Callable[[], None]) -> None:
    """Run *apply* in a savepoint so a refusal by the database leaves the session usable."""
    try:
        with session.begin_nested():
            apply()
            session.flush()
    except IntegrityError as exc:
        raise ValidationError([integrity_problem(exc)]) from exc


def list_records(session: Session, kind: RecordKind, account_id: int) -> list[RecordView]:
    """The account's records of *kind* as its list shows them: the listed fields only, read
    as columns (not whole records, with their uid and stamps: twice as fast)."""
    model: Any = kind.model
    names = [spec.name for spec in kind.fields]
    statement = (
        select(model.id, *(getattr(model, name) for name in names))
        .where(model.account_id == account_id)
        .order_by(*kind.order_by())
    )
    if kind.listed is not None:
        statement = statement.where(kind.listed())
    rows = session.execute(statement).all()
    extras = kind.extra_values(session, [row[0] for row in rows]) if kind.extra_values else {}
    views = []
    for row in rows:
        values = dict(zip(names, row[1:], strict=True))
        values.update(extras.get(row[0], {}))
        views.append(RecordView(row[0], values))
    return views


def record_values(session: Session, kind: RecordKind, record_id: int) -> dict[str, Any]:
    record = session.get_one(kind.model, record_id)
    return {spec.name: getattr(record, spec.name) for spec in kind.fields}


def add_record(
    session: Session, kind: RecordKind, account_id: int, values: dict[str, Any]
) -> tuple[int, ChangeSet]:
    problems = record_problems(kind, values)
    if problems:
        raise ValidationError(problems)
    account = session.get_one(Account, account_id)
    cleaned = _clean(kind, values) | kind.from_account(account)
    if kind.model is ActionItem and cleaned.get("status") is ActionStatus.DONE:
        cleaned["completed_at"] = datetime.now(UTC)
    record = kind.model(account_id=account_id, **cleaned)
    _write(session, kind, lambda: session.add(record))
    return int(record.id), ChangeSet.of(kind.table, accounts=(account_id,))  # type: ignore[attr-defined]


def update_record(
    session: Session, kind: RecordKind, record_id: int, values: dict[str, Any]
) -> tuple[None, ChangeSet]:
    problems = record_problems(kind, values)
    if problems:
        raise ValidationError(problems)
    record = session.get_one(kind.model, record_id)
    cleaned = _clean(kind, values)

    def apply() -> None:
        for name, value in cleaned.items():
            setattr(record, name, value)
        if isinstance(record, ActionItem):
            done = record.status is ActionStatus.DONE
            record.completed_at = (record.completed_at or datetime.now(UTC)) if done else None

    _write(session, kind, apply)
    return None, ChangeSet.of(kind.table, accounts=(record.account_id,))  # type: ignore[attr-defined]


def delete_record(session: Session, kind: RecordKind, record_id: int) -> tuple[Snapshot, ChangeSet]:
    """Remove a record (and what cascades with it); the snapshot restores it exactly."""
    snapshot = snapshot_cascade(session.connection(), kind.model.__table__, [record_id])  # type: ignore[arg-type]
    session.delete(session.get_one(kind.model, record_id))
    session.flush()
    return snapshot, rows_changes(snapshot.rows, snapshot.cleared)


def restore_records(session: Session, snapshot: Snapshot) -> tuple[None, ChangeSet]:
    restore(session.connection(), snapshot)
    return None, rows_changes(snapshot.rows, snapshot.cleared)


def choices_for_account(
    session: Session, account_id: int
) -> dict[FieldKind, list[tuple[int, str]]]:
    """The people a record can point at: the account's contacts and our active colleagues."""
    contacts = session.execute(
        select(Contact.id, Contact.first_name, Contact.last_name)
        .where(Contact.account_id == account_id)
        .order_by(Contact.last_name, Contact.first_name)
    ).all()
    return {
        FieldKind.CONTACT: [(c.id, f"{c.first_name} {c.last_name}".strip()) for c in contacts],
        FieldKind.COLLEAGUE: colleague_choices(session),
    }


def colleague_choices(session: Session) -> list[tuple[int, str]]:
    """Our active colleagues, who can own accounts and action items."""
    statement = (
        select(Colleague.id, Colleague.name).where(Colleague.active).order_by(Colleague.name)
    )
    return [(row.id, row.name) for row in session.execute(statement)]


def quarter_choices(today: date, back: int = 8, ahead: int = 8) -> list[tuple[int, str]]:
    current = Quarter.of(today)
    return [(q.key, q.label) for q in (current.shifted(i) for i in range(-back, ahead + 1))]
