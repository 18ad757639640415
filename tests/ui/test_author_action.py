"""Edit → "Your name in the history…": the name the changes made from then on carry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from tests.services.test_accounts_and_records import draft
from tests.ui.fakes import FakeDialogs
from workbench.domain.enums import Tier
from workbench.services.accounts import account_draft
from workbench.services.history import account_history
from workbench.services.settings import load_settings
from workbench.store.models import Account
from workbench.ui.main_window import MainWindow


def test_the_name_typed_is_stored_undoable_and_carried_by_the_next_change(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path, dialogs: FakeDialogs
) -> None:
    window = make_window(sample_db_path)
    store = window.context.workspace.store
    assert store is not None
    dialogs.texts.append("  Elena Vidal ")
    window.author_action.action.trigger()
    with store.session() as session:
        assert load_settings(session).author == "Elena Vidal"
    assert store.author == "Elena Vidal"
    with store.session() as session:
        account = session.scalars(select(Account).order_by(Account.id).limit(1)).one()
        before = account_draft(session, account.id)
    tier = Tier.KEY if before.tier != Tier.KEY else Tier.STANDARD
    view = window.pages[0].view  # type: ignore[attr-defined]
    view.edits.update_account(account.id, draft(**{**vars(before), "tier": tier}))
    with store.session() as session:
        newest = account_history(session, account.id, limit=1)[0]
        assert (newest.field, newest.author) == ("tier", "Elena Vidal")
        assert session.get_one(Account, account.id).updated_by == "Elena Vidal"
    window.context.undo_stack.undo()  # the tier
    window.context.undo_stack.undo()  # the name
    with store.session() as session:
        assert load_settings(session).author is None


def test_cancelling_keeps_the_name(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path, dialogs: FakeDialogs
) -> None:
    window = make_window(sample_db_path)
    store = window.context.workspace.store
    assert store is not None
    before = store.author
    dialogs.texts.append(None)
    window.author_action.action.trigger()
    assert store.author == before
    assert window.context.undo_stack.count() == 0
