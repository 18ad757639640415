"""Handing an account to another account manager, with its open work: the open action
items its old owner had on it go to the new one (those owed by others stay theirs).
A director's task in a team; undoable like any change."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal
from workbench.services.changes import ChangeSet
from workbench.services.focus import OPEN_ACTION
from workbench.store.models import Account, ActionItem, Colleague


@dataclass(frozen=True)
class Reassignment:
    """What a reassignment changed, so that undoing it puts back exactly that."""

    account_id: int
    old_owner_id: int | None
    new_owner_id: int
    #: The open action items that went with the account.
    moved_items: tuple[int, ...]


def reassign_account(
    session: Session, account_id: int, new_owner_id: int
) -> tuple[Reassignment, ChangeSet]:
    account = session.get_one(Account, account_id)
    if session.get(Colleague, new_owner_id) is None:
        raise Refusal(QT_TRANSLATE_NOOP("validation", "That colleague no longer exists."))
    old = account.owner_id
    moved: tuple[int, ...] = ()
    if old is not None and old != new_owner_id:
        moved = tuple(
            session.scalars(
                select(ActionItem.id).where(
                    ActionItem.account_id == account_id,
                    ActionItem.owner_colleague_id == old,
                    ActionItem.status.in_(OPEN_ACTION),
                )
            )
        )
        for item in moved:  # through the ORM, so the field history records each
            session.get_one(ActionItem, item).owner_colleague_id = new_owner_id
    account.owner_id = new_owner_id
    return Reassignment(account_id, old, new_owner_id, moved), _changes(account_id)


def undo_reassignment(session: Session, done: Reassignment) -> ChangeSet:
    return _hand(session, done, done.old_owner_id)


def redo_reassignment(session: Session, done: Reassignment) -> ChangeSet:
    return _hand(session, done, done.new_owner_id)


def _hand(session: Session, done: Reassignment, owner: int | None) -> ChangeSet:
    """The account, and the action items that went with it, to *owner*."""
    session.get_one(Account, done.account_id).owner_id = owner
    for item in done.moved_items:
        found = session.get(ActionItem, item)
        if found is not None and (owner is not None or found.owner_team is not None):
            found.owner_colleague_id = owner
    return _changes(done.account_id)


def _changes(account_id: int) -> ChangeSet:
    return ChangeSet.of("accounts", "action_items", accounts=(account_id,))
