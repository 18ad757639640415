"""Creating, editing, archiving and deleting accounts — each one transaction.

Deleting returns a :class:`Snapshot` of everything that went with the account,
which :func:`restore_account` puts back exactly (undo).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.enums import AccountStatus, Sector, Tier
from workbench.domain.validation import (
    QT_TRANSLATE_NOOP,
    Problem,
    Refusal,
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
    FieldSpec("client_since", QT_TRANSLATE_NOOP("fields", "Client since"), FieldKind.DATE),
    FieldSpec("churned_on", QT_TRANSLATE_NOOP("fields", "Lost on"), FieldKind.DATE),
    FieldSpec("won_back_on", QT_TRANSLATE_NOOP("fields", "Won back on"), FieldKind.DATE),
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
    #: When the account first became a customer.
    client_since: date | None = None
    #: When the customer was lost (the last time).
    churned_on: date | None = None
    #: When a lost customer came back.
    won_back_on: date | None = None

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
            client_since=self.client_since,
            churned_on=self.churned_on,
            won_back_on=self.won_back_on,
        )

    def with_customer_dates(self, before: AccountStatus | None, today: date) -> AccountDraft:
        """Fill in the customer dates a status change implies, unless the user set them.

        Compared with ``==``: a form hands the status over as its plain string.
        Becoming a customer sets "client since" to today; being lost sets "lost on" to
        today; a lost customer made active again is "won back" today.
        """
        customer = self.status in (AccountStatus.ACTIVE, AccountStatus.AT_RISK)
        since, lost, back = self.client_since, self.churned_on, self.won_back_on
        lost_again = before != AccountStatus.CHURNED and back is not None and lost is not None
        if self.status == AccountStatus.CHURNED and (lost is None or lost_again):
            lost = today
        elif customer and since is None:
            since = today
        elif customer and before == AccountStatus.CHURNED and lost and (not back or back <= lost):
            back = today
        return replace(self, client_since=since, churned_on=lost, won_back_on=back)


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
    if draft.won_back_on is not None and draft.churned_on is None:
        problems.append(
            Problem(
                "won_back_on",
                QT_TRANSLATE_NOOP("validation", "Only a customer that was lost can be won back."),
            )
        )
    if draft.client_since and draft.churned_on and draft.churned_on < draft.client_since:
        problems.append(
            Problem(
                "churned_on",
                QT_TRANSLATE_NOOP("validation", "A customer is lost after it became one."),
            )
        )
    if draft.churned_on is not None and draft.client_since is None:
        problems.append(
            Problem(
                "client_since",
                QT_TRANSLATE_NOOP("validation", "A lost customer needs the date it became one."),
            )
        )
    if draft.status == AccountStatus.PROSPECT and draft.client_since is not None:
        problems.append(
            Problem(
                "status",
                QT_TRANSLATE_NOOP(
                    "validation", "A prospect is not a client yet: clear “Client since”."
                ),
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


def _changes(account_id: int) -> ChangeSet:
    return ChangeSet.of("accounts", accounts=(account_id,))


def create_account(
    session: Session, draft: AccountDraft, today: date | None = None
) -> tuple[int, ChangeSet]:
    draft = draft.normalised().with_customer_dates(None, today or date.today())
    problems = _problems(session, draft, None)
    if problems:
        raise ValidationError(problems)
    account = Account(**asdict(draft))
    session.add(account)
    session.flush()
    return account.id, _changes(account.id)


def account_draft(session: Session, account_id: int) -> AccountDraft:
    account = session.get_one(Account, account_id)
    return AccountDraft(
        **{name: getattr(account, name) for name in AccountDraft.__dataclass_fields__}
    )


def update_account(
    session: Session,
    account_id: int,
    draft: AccountDraft,
    today: date | None = None,
    *,
    fill_dates: bool = True,
    since: AccountDraft | None = None,
) -> tuple[None, ChangeSet]:
    """Store *draft*; with *fill_dates*, the customer dates its status change implies too
    (undo and redo store a draft exactly as it was).

    *since* is the account as the form that made *draft* opened on it: only the fields the
    user changed there are written, so what a sync (or another window) changed meanwhile
    in the others stays; a field changed both there and meanwhile is refused
    (:class:`ChangedMeanwhile`, naming the value stored now) rather than overwritten
    unseen."""
    account = session.get_one(Account, account_id)
    if since is not None:
        draft = _over_stored(account_draft(session, account_id), draft, since)
    draft = draft.normalised()
    if fill_dates:
        draft = draft.with_customer_dates(account.status, today or date.today())
    problems = _problems(session, draft, account_id)
    if problems:
        raise ValidationError(problems)
    for name, value in asdict(draft).items():
        setattr(account, name, value)
    return None, _changes(account_id)


class ChangedMeanwhile(ValidationError):
    """Fields the user changed in a form that someone else changed since it opened;
    ``current`` is the account as stored now."""

    def __init__(self, problems: list[Problem], current: AccountDraft) -> None:
        super().__init__(problems)
        self.current = current


def _over_stored(stored: AccountDraft, draft: AccountDraft, since: AccountDraft) -> AccountDraft:
    """*stored* with the fields the user changed from *since* to *draft* (both as they
    would be stored: a form gives "" where the book has nothing)."""
    draft, since, stored = draft.normalised(), since.normalised(), stored.normalised()
    mine = {
        name: getattr(draft, name)
        for name in AccountDraft.__dataclass_fields__
        if getattr(draft, name) != getattr(since, name)
    }
    clashes = [
        Problem(
            name,
            QT_TRANSLATE_NOOP(
                "validation",
                "Changed meanwhile by someone else (now: {value}). Save again to keep yours.",
            ),
            {"value": "—" if getattr(stored, name) in (None, "") else getattr(stored, name)},
        )
        for name, value in mine.items()
        if getattr(stored, name) != getattr(since, name) and getattr(stored, name) != value
    ]
    if clashes:
        raise ChangedMeanwhile(clashes, stored)
    return replace(stored, **mine)


def set_archived(session: Session, account_id: int, archived: bool) -> tuple[None, ChangeSet]:
    account = session.get_one(Account, account_id)
    account.archived_at = datetime.now(UTC) if archived else None
    return None, _changes(account_id)


def deletion_summary(session: Session, account_id: int) -> dict[str, int]:
    """What deleting the account would remove, by table (the account itself included)."""
    return snapshot_cascade(session.connection(), Account.__table__, [account_id]).counts()  # type: ignore[arg-type]


def deleted_with(session: Session, account_id: int) -> dict[str, int]:
    """What deleting the account would remove besides the account, by table: what the
    question before a deletion names."""
    summary = deletion_summary(session, account_id)
    summary.pop(Account.__tablename__, None)
    return summary


def delete_account(session: Session, account_id: int) -> tuple[Snapshot, ChangeSet]:
    """Delete the account and everything that cascades with it; the snapshot restores them.
    Its records reach into every tab, so every tab reloads."""
    connection = session.connection()
    snapshot = snapshot_cascade(connection, Account.__table__, [account_id])  # type: ignore[arg-type]
    session.delete(session.get_one(Account, account_id))
    session.flush()
    return snapshot, ChangeSet.all()


def restore_account(session: Session, snapshot: Snapshot) -> tuple[None, ChangeSet]:
    restore(session.connection(), snapshot)
    return None, ChangeSet.all()


class AccountNameRefused(Refusal):
    """A name given for an account (on the command line) names none, or more than one."""

    context = "accounts"


#: Accounts named when a name matches several: enough to see how to be more precise.
SHOWN_MATCHES = 5


def account_named(session: Session, name: str) -> int:
    """The id of the account called *name* (any case), else of the only one whose name
    contains it; :class:`AccountNameRefused` when none or several do."""
    wanted = name.strip().lower()
    rows = session.execute(select(Account.id, Account.name).order_by(Account.name)).all()
    exact = [row for row in rows if row.name.lower() == wanted]
    found = exact or [row for row in rows if wanted and wanted in row.name.lower()]
    if len(found) == 1:
        return int(found[0].id)
    if not found:
        raise AccountNameRefused(
            QT_TRANSLATE_NOOP("accounts", "no account is called {name}"), name=repr(name)
        )
    names = ", ".join(row.name for row in found[:SHOWN_MATCHES])
    raise AccountNameRefused(
        QT_TRANSLATE_NOOP("accounts", "{name} matches {count} accounts ({names}); be more precise"),
        name=repr(name),
        count=len(found),
        names=names + (", …" if len(found) > SHOWN_MATCHES else ""),
    )
