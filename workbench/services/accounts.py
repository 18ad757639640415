"""Creating, editing, archiving and deleting accounts — each one transaction.

Deleting returns a :class:`Snapshot` of everything that went with the account,
which :func:`restore_account` puts back exactly (undo).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.enums import AccountStatus, Sector, Tier
from workbench.domain.validation import (
    QT_TRANSLATE_NOOP,
    Problem,
    ValidationError,
    account_problems,
    check_email,
)
from workbench.services.account_records import FieldKind, FieldSpec
from workbench.services.changes import ChangeSet
from workbench.store.models import Account, Colleague
from workbench.store.snapshot import Snapshot, restore, snapshot_cascade

ACCOUNT_CHANGES = ChangeSet.of("accounts")


#: The account form, in the same terms as the detail lists' forms.
ACCOUNT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", QT_TRANSLATE_NOOP("fields", "Name"), FieldKind.TEXT, required=True),
    FieldSpec("parent_id", QT_TRANSLATE_NOOP("fields", "Parent account"), FieldKind.ACCOUNT),
    FieldSpec(
        "sector",
        QT_TRANSLATE_NOOP("fields", "Sector"),
        FieldKind.CHOICE,
        required=True,
        choices=Sector,
    ),
    FieldSpec(
        "tier", QT_TRANSLATE_NOOP("fields", "Tier"), FieldKind.CHOICE, required=True, choices=Tier
    ),
    FieldSpec(
        "status",
        QT_TRANSLATE_NOOP("fields", "Status"),
        FieldKind.CHOICE,
        required=True,
        choices=AccountStatus,
    ),
    FieldSpec("owner_id", QT_TRANSLATE_NOOP("fields", "Owner"), FieldKind.COLLEAGUE),
    FieldSpec(
        "country", QT_TRANSLATE_NOOP("fields", "Country (ISO code)"), FieldKind.TEXT, required=True
    ),
    FieldSpec("time_zone", QT_TRANSLATE_NOOP("fields", "Time zone"), FieldKind.TEXT, required=True),
    FieldSpec(
        "currency",
        QT_TRANSLATE_NOOP("fields", "Currency (ISO code)"),
        FieldKind.TEXT,
        required=True,
    ),
    FieldSpec("website", QT_TRANSLATE_NOOP("fields", "Website"), FieldKind.TEXT),
    FieldSpec("email_domain", QT_TRANSLATE_NOOP("fields", "E-mail domain"), FieldKind.TEXT),
    FieldSpec("description", QT_TRANSLATE_NOOP("fields", "Description"), FieldKind.LONG_TEXT),
)


def draft_from_values(values: dict[str, Any]) -> AccountDraft:
    """An AccountDraft from a form's values (missing text fields read as empty)."""
    fields: dict[str, Any] = {}
    for name in AccountDraft.__dataclass_fields__:
        value = values.get(name)
        fields[name] = "" if value is None and name in _TEXT_FIELDS else value
    return AccountDraft(**fields)


_TEXT_FIELDS = {"name", "country", "time_zone", "currency"}


def account_choices(session: Session) -> list[tuple[int, str]]:
    return [
        (row.id, row.name)
        for row in session.execute(select(Account.id, Account.name).order_by(Account.name))
    ]


@dataclass(frozen=True)
class AccountDraft:
    """The editable fields of an account, as a form holds them."""

    name: str
    sector: Sector
    tier: Tier
    status: AccountStatus
    country: str
    time_zone: str
    currency: str
    parent_id: int | None = None
    owner_id: int | None = None
    website: str | None = None
    email_domain: str | None = None
    description: str | None = None

    def normalised(self) -> AccountDraft:
        """Trim white space and upper-case the ISO codes, as a user would expect."""
        return AccountDraft(
            name=self.name.strip(),
            sector=self.sector,
            tier=self.tier,
            status=self.status,
            country=self.country.strip().upper(),
            time_zone=self.time_zone.strip(),
            currency=self.currency.strip().upper(),
            parent_id=self.parent_id,
            owner_id=self.owner_id,
            website=(self.website or "").strip() or None,
            email_domain=(self.email_domain or "").strip().lower() or None,
            description=(self.description or "").strip() or None,
        )


def _problems(session: Session, draft: AccountDraft, account_id: int | None) -> list[Problem]:
    problems = account_problems(
        name=draft.name, country=draft.country, currency=draft.currency, time_zone=draft.time_zone
    )
    for name, enum_class in (("sector", Sector), ("tier", Tier), ("status", AccountStatus)):
        try:
            enum_class(getattr(draft, name))
        except ValueError:
            problems.append(
                Problem(name, QT_TRANSLATE_NOOP("validation", "Choose a value from the list."))
            )
    if draft.email_domain and "@" in draft.email_domain:
        check_email(problems, "email_domain", "x" + draft.email_domain)
    if draft.parent_id is not None:
        if draft.parent_id == account_id or _is_descendant(session, draft.parent_id, account_id):
            problems.append(
                Problem(
                    "parent_id",
                    QT_TRANSLATE_NOOP(
                        "validation",
                        "An account cannot be its own parent or a parent of its parent.",
                    ),
                )
            )
        elif session.get(Account, draft.parent_id) is None:
            problems.append(
                Problem(
                    "parent_id", QT_TRANSLATE_NOOP("validation", "That account no longer exists.")
                )
            )
    if draft.owner_id is not None and session.get(Colleague, draft.owner_id) is None:
        problems.append(
            Problem("owner_id", QT_TRANSLATE_NOOP("validation", "That colleague no longer exists."))
        )
    return problems


def _is_descendant(session: Session, candidate: int, account_id: int | None) -> bool:
    """Whether *candidate* sits below *account_id* in the hierarchy (a cycle if made its parent)."""
    if account_id is None:
        return False
    seen: set[int] = set()
    current: int | None = candidate
    while current is not None and current not in seen:
        if current == account_id:
            return True
        seen.add(current)
        current = session.scalar(select(Account.parent_id).where(Account.id == current))
    return False


def create_account(session: Session, draft: AccountDraft) -> int:
    draft = draft.normalised()
    problems = _problems(session, draft, None)
    if problems:
        raise ValidationError(problems)
    account = Account(**asdict(draft))
    session.add(account)
    session.flush()
    return account.id


def account_draft(session: Session, account_id: int) -> AccountDraft:
    account = session.get_one(Account, account_id)
    return AccountDraft(
        **{name: getattr(account, name) for name in AccountDraft.__dataclass_fields__}
    )


def update_account(session: Session, account_id: int, draft: AccountDraft) -> None:
    draft = draft.normalised()
    problems = _problems(session, draft, account_id)
    if problems:
        raise ValidationError(problems)
    account = session.get_one(Account, account_id)
    for name, value in asdict(draft).items():
        setattr(account, name, value)


def set_archived(session: Session, account_id: int, archived: bool) -> None:
    account = session.get_one(Account, account_id)
    account.archived_at = datetime.now(UTC) if archived else None


def deletion_summary(session: Session, account_id: int) -> dict[str, int]:
    """What deleting the account would remove, by table (the account itself included)."""
    return snapshot_cascade(session.connection(), Account.__table__, [account_id]).counts()  # type: ignore[arg-type]


def delete_account(session: Session, account_id: int) -> Snapshot:
    connection = session.connection()
    snapshot = snapshot_cascade(connection, Account.__table__, [account_id])  # type: ignore[arg-type]
    session.delete(session.get_one(Account, account_id))
    session.flush()
    return snapshot


def restore_account(session: Session, snapshot: Snapshot) -> None:
    restore(session.connection(), snapshot)
