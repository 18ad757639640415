"""Edits as undoable changes on the window's one undo stack, made through
:class:`~workbench.ui.operations.Operations`.

Each edit is made at once, in one transaction (so a refusal reaches the dialog that
caused it, as the exception the service raised), announced with the change set its
service returned, and pushed onto the undo stack. Undo and redo are replays: a
transaction each, from :attr:`ChangeSource.UNDO` and :attr:`ChangeSource.FORM`, each
announcing the change set of the write it ran.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from workbench.services.changes import ChangeSet
from workbench.store.snapshot import Snapshot
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations, Undo

if TYPE_CHECKING:  # the services' argument; the window never makes one itself
    from workbench.ui.operations import Session

_T = TypeVar("_T")
#: An undo or redo: a write that announces only what it changed.
Rewrite = Callable[["Session"], ChangeSet]


def changes_of(write: Callable[[Session], tuple[Any, ChangeSet]]) -> Rewrite:
    """Only the change set of *write*: what an undo or redo announces."""
    return lambda session: write(session)[1]


class StoreEdits:
    """Base of each tab's use cases with undo: make the change now, push it, announce it."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.operations = Operations(context)

    def _change(
        self,
        text: str,
        write: Callable[[Session], tuple[_T, ChangeSet]],
        undo: Rewrite,
        redo: Rewrite | None = None,
    ) -> _T:
        """Make *write* now; undo runs *undo*, redo runs *redo* (by default *write* again)."""
        return self.operations.change_now(write, undo=Undo(text, undo, redo))

    def _create(
        self,
        text: str,
        create: Callable[[Session], tuple[_T, ChangeSet]],
        delete: Callable[[Session, _T], tuple[Snapshot, ChangeSet]],
        restore: Callable[[Session, Snapshot], tuple[Any, ChangeSet]],
    ) -> _T:
        """Make a record now. Undo deletes it, keeping a snapshot; redo restores that
        snapshot, so the same record (id, uid, stamps) comes back rather than a new one."""
        kept: dict[str, Any] = {}

        def write(session: Session) -> tuple[_T, ChangeSet]:
            created, changes = create(session)
            kept["id"] = created
            return created, changes

        def undo(session: Session) -> ChangeSet:
            kept["snapshot"], changes = delete(session, kept["id"])
            return changes

        def redo(session: Session) -> ChangeSet:
            return restore(session, kept["snapshot"])[1]

        return self._change(text, write, undo, redo)

    def _delete(
        self,
        text: str,
        delete: Callable[[Session], tuple[Snapshot, ChangeSet]],
        restore: Callable[[Session, Snapshot], tuple[Any, ChangeSet]],
    ) -> None:
        """Delete now, keeping a snapshot. Undo restores it; redo deletes again (a fresh
        snapshot, for the next undo)."""
        kept: dict[str, Snapshot] = {}

        def write(session: Session) -> tuple[None, ChangeSet]:
            kept["snapshot"], changes = delete(session)
            return None, changes

        def undo(session: Session) -> ChangeSet:
            return restore(session, kept["snapshot"])[1]

        self._change(text, write, undo)

    def _swap(
        self,
        text: str,
        read: Callable[[Session], _T],
        change: Callable[[Session], tuple[Any, ChangeSet]],
        put: Callable[[Session, _T], tuple[Any, ChangeSet]],
    ) -> None:
        """Make *change* now, reading the state *read* gives before and after it in the
        same transaction; undo and redo *put* one state or the other back exactly (the
        values the change filled in itself included, never worked out again)."""
        states: dict[str, _T] = {}

        def write(session: Session) -> tuple[None, ChangeSet]:
            states["before"] = read(session)
            _result, changes = change(session)
            states["after"] = read(session)
            return None, changes

        self._change(
            text,
            write,
            lambda session: put(session, states["before"])[1],
            lambda session: put(session, states["after"])[1],
        )
