"""Every change made from the Portfolio tab, as an undoable command.

Each edit is carried out at once — so a validation error reaches the dialog that
caused it — and only then pushed onto the window's undo stack. Undo and redo run
their own transaction each and announce what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from workbench.services import account_records as records
from workbench.services import accounts
from workbench.services.account_records import RecordKind
from workbench.services.changes import ChangeSet
from workbench.store.snapshot import Snapshot
from workbench.ui.context import AppContext

Step = Callable[[Session], Any]


class StoreCommand(QUndoCommand):
    """An edit already applied once; ``redo``/``undo`` replay it in new transactions."""

    def __init__(
        self, context: AppContext, text: str, redo: Step, undo: Step, changes: ChangeSet
    ) -> None:
        super().__init__(text)
        self._context = context
        self._redo, self._undo = redo, undo
        self._changes = changes
        self._applied = True  # push() calls redo(): the first time, the edit is already done

    def _run(self, step: Step) -> None:
        store = self._context.workspace.store
        if store is None:
            return
        with store.transaction() as session:
            step(session)
        self._context.events.sig_data_changed.emit(self._changes)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)


class PortfolioEdits:
    """The Portfolio's use cases with undo: accounts and the records of their detail."""

    def __init__(self, context: AppContext) -> None:
        self.context = context

    def _apply(self, step: Step) -> Any:
        store = self.context.workspace.store
        assert store is not None
        with store.transaction() as session:
            return step(session)

    def _push(self, text: str, redo: Step, undo: Step, changes: ChangeSet) -> None:
        self.context.undo_stack.push(StoreCommand(self.context, text, redo, undo, changes))
        self.context.events.sig_data_changed.emit(changes)

    def _push_created(
        self,
        text: str,
        delete: Callable[[Session], Snapshot],
        restore: Callable[[Session, Snapshot], None],
        changes: ChangeSet,
    ) -> None:
        """Undo of a creation deletes (keeping a snapshot); redo restores that snapshot."""
        holder: dict[str, Snapshot] = {}

        def undo(session: Session) -> None:
            holder["snapshot"] = delete(session)

        def redo(session: Session) -> None:
            restore(session, holder["snapshot"])

        self._push(text, redo, undo, changes)

    def _push_deleted(
        self,
        text: str,
        snapshot: Snapshot,
        delete: Callable[[Session], Snapshot],
        restore: Callable[[Session, Snapshot], None],
        changes: ChangeSet,
    ) -> None:
        """Undo of a deletion restores its snapshot; redo deletes again (a fresh snapshot)."""
        holder = {"snapshot": snapshot}

        def redo(session: Session) -> None:
            holder["snapshot"] = delete(session)

        def undo(session: Session) -> None:
            restore(session, holder["snapshot"])

        self._push(text, redo, undo, changes)

    # --- accounts ----------------------------------------------------------------------
    def create_account(self, draft: accounts.AccountDraft) -> int:
        account_id: int = self._apply(lambda s: accounts.create_account(s, draft))
        self._push_created(
            QCoreApplication.translate("PortfolioEdits", "Create account {name}").format(
                name=draft.name.strip()
            ),
            lambda s: accounts.delete_account(s, account_id),
            accounts.restore_account,
            ChangeSet.of("accounts", accounts=(account_id,)),
        )
        return account_id

    def update_account(self, account_id: int, draft: accounts.AccountDraft) -> None:
        before = self._apply(lambda s: accounts.account_draft(s, account_id))
        self._apply(lambda s: accounts.update_account(s, account_id, draft))
        self._push(
            QCoreApplication.translate("PortfolioEdits", "Edit account {name}").format(
                name=draft.name.strip()
            ),
            lambda s: accounts.update_account(s, account_id, draft),
            lambda s: accounts.update_account(s, account_id, before),
            ChangeSet.of("accounts", accounts=(account_id,)),
        )

    def set_archived(self, account_id: int, name: str, archived: bool) -> None:
        self._apply(lambda s: accounts.set_archived(s, account_id, archived))
        text = (
            QCoreApplication.translate("PortfolioEdits", "Archive {name}")
            if archived
            else QCoreApplication.translate("PortfolioEdits", "Restore {name}")
        )
        self._push(
            text.format(name=name),
            lambda s: accounts.set_archived(s, account_id, archived),
            lambda s: accounts.set_archived(s, account_id, not archived),
            ChangeSet.of("accounts", accounts=(account_id,)),
        )

    def delete_account(self, account_id: int, name: str) -> None:
        self._push_deleted(
            QCoreApplication.translate("PortfolioEdits", "Delete account {name}").format(name=name),
            self._apply(lambda s: accounts.delete_account(s, account_id)),
            lambda s: accounts.delete_account(s, account_id),
            accounts.restore_account,
            ChangeSet.all(),
        )

    # --- records of the detail ----------------------------------------------------------
    def _record_changes(self, kind: RecordKind, account_id: int) -> ChangeSet:
        return ChangeSet.of(kind.table, accounts=(account_id,))

    def add_record(self, kind: RecordKind, account_id: int, values: dict[str, Any]) -> None:
        record_id: int = self._apply(lambda s: records.add_record(s, kind, account_id, values))
        title = QCoreApplication.translate("records", kind.title)
        self._push_created(
            QCoreApplication.translate("PortfolioEdits", "Add to {list}").format(list=title),
            lambda s: records.delete_record(s, kind, record_id),
            records.restore_records,
            self._record_changes(kind, account_id),
        )

    def update_record(
        self, kind: RecordKind, account_id: int, record_id: int, values: dict[str, Any]
    ) -> None:
        before = self._apply(lambda s: records.record_values(s, kind, record_id))
        self._apply(lambda s: records.update_record(s, kind, record_id, values))
        title = QCoreApplication.translate("records", kind.title)
        self._push(
            QCoreApplication.translate("PortfolioEdits", "Edit in {list}").format(list=title),
            lambda s: records.update_record(s, kind, record_id, values),
            lambda s: records.update_record(s, kind, record_id, before),
            self._record_changes(kind, account_id),
        )

    def delete_record(self, kind: RecordKind, account_id: int, record_id: int) -> None:
        title = QCoreApplication.translate("records", kind.title)
        self._push_deleted(
            QCoreApplication.translate("PortfolioEdits", "Remove from {list}").format(list=title),
            self._apply(lambda s: records.delete_record(s, kind, record_id)),
            lambda s: records.delete_record(s, kind, record_id),
            records.restore_records,
            self._record_changes(kind, account_id),
        )
