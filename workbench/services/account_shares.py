"""Who an account is shared with beside its owner: an account manager who works it too,
or the assistant it is assigned to. On a team, each of them sees the account and
everything under it (``server/scope.py``); only its owner or a director may share it,
which the server checks. Sharing is a change like any other: recorded in the history and
sent with the next sync.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal
from workbench.services.changes import ChangeSet
from workbench.store.models import Account, AccountShare, Colleague


class ShareRefused(Refusal):
    """An account cannot be shared (or unshared) as asked."""

    context = "accounts"


def _changes(account_id: int) -> ChangeSet:
    return ChangeSet.of("account_shares", accounts=(account_id,))


def _share(session: Session, account_id: int, colleague_id: int) -> AccountShare | None:
    return session.execute(
        select(AccountShare).where(
            AccountShare.account_id == account_id, AccountShare.colleague_id == colleague_id
        )
    ).scalar_one_or_none()


def colleague_named(session: Session, name: str) -> int:
    """The id of the colleague called *name* (any case)."""
    found = session.execute(
        select(Colleague.id).where(func.lower(Colleague.name) == name.strip().lower())
    ).scalars()
    ids = list(found)
    if len(ids) != 1:
        raise ShareRefused(
            QT_TRANSLATE_NOOP("accounts", "no colleague is called {name}"), name=repr(name)
        )
    return int(ids[0])


def shared_with(session: Session, account_id: int) -> list[str]:
    """The names of the colleagues *account_id* is shared with, in order."""
    return list(
        session.execute(
            select(Colleague.name)
            .join(AccountShare, AccountShare.colleague_id == Colleague.id)
            .where(AccountShare.account_id == account_id)
            .order_by(Colleague.name)
        ).scalars()
    )


def share_account(session: Session, account_id: int, colleague_id: int) -> tuple[bool, ChangeSet]:
    """Share the account with the colleague; False: it was already."""
    account = session.get_one(Account, account_id)
    colleague = session.get_one(Colleague, colleague_id)
    if account.owner_id == colleague_id:
        raise ShareRefused(
            QT_TRANSLATE_NOOP("accounts", "{name} owns {account}: it is theirs already"),
            name=colleague.name,
            account=account.name,
        )
    if _share(session, account_id, colleague_id) is not None:
        return False, ChangeSet()
    session.add(AccountShare(account_id=account_id, colleague_id=colleague_id))
    session.flush()
    return True, _changes(account_id)


def stop_sharing(session: Session, account_id: int, colleague_id: int) -> tuple[bool, ChangeSet]:
    """Stop sharing the account with the colleague; False: it was not shared with them."""
    share = _share(session, account_id, colleague_id)
    if share is None:
        return False, ChangeSet()
    session.delete(share)
    session.flush()
    return True, _changes(account_id)
