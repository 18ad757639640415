"""Undo and redo of the Portfolio's edits are changes of their own: a creation's redo
brings back the same record, and the history names each step's source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from tests.services.test_accounts_and_records import draft
from workbench.domain.enums import ChangeSource
from workbench.services.changes import ChangeSet
from workbench.store.models import Account
from workbench.store.models.history import FieldChange, Operation
from workbench.ui.main_window import MainWindow


def test_a_creation_redone_is_the_same_record_and_each_step_is_in_the_history(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path
) -> None:
    window = make_window(sample_db_path)
    view = window.pages[0].view  # type: ignore[attr-defined]
    store = window.context.workspace.store
    announced: list[ChangeSet] = []
    window.context.events.sig_data_changed.connect(announced.append)

    account_id = view.edits.create_account(draft(name="Zafiro Digital S.L."))
    with store.session() as session:
        uid = session.get_one(Account, account_id).uid
    window.context.undo_stack.undo()
    with store.session() as session:
        assert session.get(Account, account_id) is None
    window.context.undo_stack.redo()
    with store.session() as session:
        assert session.get_one(Account, account_id).uid == uid
        sources = session.scalars(
            select(Operation.source)
            .where(
                Operation.id.in_(
                    select(FieldChange.operation_id).where(FieldChange.record_uid == uid)
                )
            )
            .order_by(Operation.id)
        ).all()
    assert sources == [ChangeSource.FORM, ChangeSource.UNDO, ChangeSource.FORM]
    assert announced[0] == ChangeSet.of("accounts", accounts=(account_id,))
    assert all(changes.touches("accounts") for changes in announced)
    assert "Zafiro Digital S.L." in [row.name for row in view.all_rows]
