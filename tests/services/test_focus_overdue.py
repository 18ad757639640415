"""The focus list's overdue actions, picked before their accounts are read, are the
oldest open ones that are mine (I owe them, or they are owed on my accounts) with the
true total: checked against the plain definition on the sample portfolio."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from workbench.services import focus
from workbench.services.overview import my_colleague_id
from workbench.store.database import Store
from workbench.store.models import Account, ActionItem

NOW = datetime(2026, 11, 26, 8, tzinfo=UTC)


def test_overdue_actions_are_the_oldest_open_ones_with_the_true_total(
    sample_store: Store,
) -> None:
    with sample_store.session() as session:
        names = dict(session.execute(select(Account.id, Account.name)).all())
        me = my_colleague_id(session)
        assert me is not None
        mine = set(session.scalars(select(Account.id).where(Account.owner_id == me)))
        actions = session.execute(
            select(
                ActionItem.id,
                ActionItem.title,
                ActionItem.due_on,
                ActionItem.account_id,
                ActionItem.status,
                ActionItem.owner_colleague_id,
            )
        ).all()
        theirs = [a for a in actions if a.owner_colleague_id != me and a.account_id not in mine]
        assert theirs, "the sample has work that is not mine, left out"
        totals = []
        for today in (datetime(2027, 12, 31).date(), NOW.date(), datetime(2020, 1, 1).date()):
            overdue = sorted(
                (
                    a
                    for a in actions
                    if a.status in focus.OPEN_ACTION
                    and a.due_on < today
                    and (a.owner_colleague_id == me or a.account_id in mine)
                ),
                key=lambda a: (a.due_on, a.id),
            )
            items, total = focus._overdue_actions(session, today, me)
            assert total == len(overdue)
            totals.append(total)
            shown = overdue[: focus.PER_KIND]
            assert [(i.title, i.when, i.account_id, i.account_name) for i in items] == [
                (a.title, a.due_on, a.account_id, names[a.account_id]) for a in shown
            ]
            assert [dict(i.detail)["days"] for i in items] == [
                (today - a.due_on).days for a in shown
            ]
        assert totals[0] > focus.PER_KIND and totals[-1] == 0, "more than shown, and none"
