"""Who owes whom: the open action items others owe on my accounts, and those I owe."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.server.laptops import draft
from workbench.domain.enums import ActionStatus, Team
from workbench.services.accounts import create_account
from workbench.services.waiting_on import waiting_on
from workbench.store.database import Store
from workbench.store.models import ActionItem, Colleague

TODAY = date(2026, 11, 26)


def _book(store: Store, *, me_marked: bool = True) -> None:
    with store.transaction() as session:
        me = Colleague(name="Elena Vidal", team=Team.ACCOUNT_MANAGEMENT, is_me=me_marked)
        jorge = Colleague(name="Jorge Ruiz", team=Team.OPERATIONS)
        session.add_all([me, jorge])
        session.flush()
        mine, _ = create_account(session, draft("Hotel Sol", me.id), TODAY)
        theirs, _ = create_account(session, draft("Bodegas Rioja", jorge.id), TODAY)
        archived, _ = create_account(session, draft("Old Client", me.id), TODAY)

        def item(account: int, title: str, **kwargs: object) -> None:
            session.add(ActionItem(account_id=account, title=title, **kwargs))

        item(mine, "Send the SLA report", owner_colleague_id=jorge.id, due_on=date(2026, 11, 20))
        item(mine, "Campaign brief", owner_team=Team.MARKETING)
        item(mine, "Call the CFO", owner_colleague_id=me.id, due_on=date(2026, 12, 1))
        item(theirs, "Review the contract", owner_colleague_id=me.id, due_on=date(2026, 11, 28))
        item(theirs, "Not mine, not on my account", owner_colleague_id=jorge.id)
        item(
            mine,
            "Already done",
            owner_colleague_id=jorge.id,
            status=ActionStatus.DONE,
            completed_at=datetime(2026, 11, 1, tzinfo=UTC),
        )
        item(archived, "On an archived account", owner_colleague_id=jorge.id)
        session.flush()
        from workbench.store.models import Account

        session.get_one(Account, archived).archived_at = datetime(2026, 1, 1, tzinfo=UTC)


def test_others_owe_me_on_my_accounts_and_i_owe_on_anyones(store: Store) -> None:
    _book(store)
    with store.session() as session:
        waiting = waiting_on(session)
    assert waiting.me_known
    owed = [(i.title, i.colleague, i.team) for i in waiting.items if i.owed_to_me]
    assert owed == [
        ("Send the SLA report", "Jorge Ruiz", None),  # dated first
        ("Campaign brief", None, Team.MARKETING),  # a whole team, undated
    ]
    mine = [(i.title, i.account) for i in waiting.items if not i.owed_to_me]
    assert mine == [("Review the contract", "Bodegas Rioja"), ("Call the CFO", "Hotel Sol")]
    assert waiting.items[0].overdue(TODAY) and not waiting.items[1].overdue(TODAY)


def test_without_knowing_who_i_am_nothing_is_said(store: Store) -> None:
    _book(store, me_marked=False)
    with store.session() as session:
        waiting = waiting_on(session)
    assert not waiting.me_known and waiting.items == ()
