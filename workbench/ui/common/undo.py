"""Edits as undoable commands on the window's one undo stack.

Each edit is carried out at once — so a validation error reaches the dialog that
caused it — and only then pushed onto the undo stack. Undo and redo run their
own transaction each and announce what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

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


class StoreEdits:
    """Base of each tab's use cases with undo: apply now, push the command, announce."""

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
