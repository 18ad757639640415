"""Who owes whom: the open action items others (a colleague, or a whole team: operations,
marketing, support…) owe on my accounts, and those I owe on anyone's — the seed's
internal coordination, as one list.

"Me" is the colleague marked as the user (``Colleague.is_me``); with none marked the list
cannot tell and is empty (:attr:`WaitingOn.me_known`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from workbench.domain.enums import Team
from workbench.services.focus import OPEN_ACTION
from workbench.services.overview import my_colleague_id
from workbench.store.models import Account, ActionItem, Colleague

#: At most this many items each way (the rest are counted).
LIMIT = 200


@dataclass(frozen=True)
class WaitingItem:
    #: True: someone owes it to me (on my account); False: I owe it.
    owed_to_me: bool
    action_id: int
    title: str
    account_id: int
    account: str
    due_on: date | None
    #: Who must do it: a colleague's name, or a team when no one is named.
    colleague: str | None
    team: Team | None

    def overdue(self, today: date) -> bool:
        return self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class WaitingOn:
    items: tuple[WaitingItem, ...] = ()
    me_known: bool = False


def waiting_on(session: Session) -> WaitingOn:
    """The open action items others owe me, then those I owe, by due date (undated last)."""
    me = my_colleague_id(session)
    if me is None:
        return WaitingOn()
    owner = aliased(Colleague)
    mine = ActionItem.owner_colleague_id == me
    others_on_my_accounts = and_(
        Account.owner_id == me,
        or_(ActionItem.owner_colleague_id.is_(None), ActionItem.owner_colleague_id != me),
    )
    items: list[WaitingItem] = []
    for owed_to_me, condition in ((True, others_on_my_accounts), (False, mine)):
        rows = session.execute(
            select(
                ActionItem.id,
                ActionItem.title,
                Account.id,
                Account.name,
                ActionItem.due_on,
                owner.name,
                ActionItem.owner_team,
            )
            .join(Account, Account.id == ActionItem.account_id)
            .outerjoin(owner, owner.id == ActionItem.owner_colleague_id)
            .where(ActionItem.status.in_(OPEN_ACTION), Account.archived_at.is_(None), condition)
            .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
            .limit(LIMIT)
        )
        items.extend(WaitingItem(owed_to_me, *row) for row in rows)
    return WaitingOn(tuple(items), me_known=True)
