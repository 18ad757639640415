"""The one way the window reads and changes data (after Anki's ``QueryOp``/``CollectionOp``).

A tab never opens a session: it hands a service call to :meth:`Operations.query` (a read)
or :meth:`Operations.change` (a write), which open the session on the database open now,
run the call on the :class:`~workbench.ui.tasks.TaskRunner` and come back on the UI thread
with its result. A change's service returns ``(result, ChangeSet)``; the change set is
announced on ``AppEvents.sig_data_changed``, and every tab (the one that made the change
too) reloads what it shows from it. Each change is one transaction and one operation of
the field history, from the source it names.

Undo: :meth:`change` with ``undo=`` pushes a command on the window's undo stack once the
change is done; undoing and redoing it are changes too (from :attr:`ChangeSource.UNDO`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.domain.enums import ChangeSource
from workbench.services.changes import ChangeSet
from workbench.services.progress import Progress
from workbench.ui.common.failures import failure_text
from workbench.ui.context import AppContext
from workbench.ui.tasks import TaskHandle

if TYPE_CHECKING:  # the services' argument; the window never makes one itself
    # Re-exported for the tabs' annotations, so no other ui module names SQLAlchemy.
    from sqlalchemy.orm import Session as Session

    from workbench.store.database import Store

_T = TypeVar("_T")


@dataclass(frozen=True)
class Undo:
    """How a change is taken back: the Edit menu's text, the write that undoes it, and the
    one that makes it again (by default, the change's own write run again)."""

    text: str
    undo: Callable[[Session], ChangeSet]
    redo: Callable[[Session], ChangeSet] | None = None


class Operations:
    """Reads and writes for one window, on its open database."""

    def __init__(self, context: AppContext) -> None:
        self.context = context

    # -- reads ---------------------------------------------------------------------------
    def query(
        self,
        read: Callable[[Session], _T],
        *,
        on_done: Callable[[_T], None],
        on_failed: Callable[[Exception], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> TaskHandle | None:
        """Run *read* on a session in the background; *on_done* gets its result on the UI
        thread. Nothing runs (``None``) while no database is open."""
        return self.long_query(
            lambda session, _progress: read(session),
            on_done=on_done,
            on_failed=on_failed,
            on_cancelled=on_cancelled,
        )

    def long_query(
        self,
        read: Callable[[Session, Progress], _T],
        *,
        on_done: Callable[[_T], None],
        on_failed: Callable[[Exception], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> TaskHandle | None:
        """:meth:`query` for a read that reports progress and may be cancelled."""
        return self._in_background(
            lambda store: store.session(), read, on_done, on_failed, on_cancelled, on_progress
        )

    def _in_background(
        self,
        opened: Callable[[Store], AbstractContextManager[Session]],
        work: Callable[[Session, Progress], _T],
        on_done: Callable[[_T], None],
        on_failed: Callable[[Exception], None] | None,
        on_cancelled: Callable[[], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
    ) -> TaskHandle | None:
        """Run *work* on the session *opened* gives (a read's, or one in a transaction) on
        the task runner, as a task that loses nothing the user asked for if cancelled."""
        store = self.context.workspace.store
        if store is None:
            return None

        def run(progress: Progress) -> _T:
            with opened(store) as session:
                return work(session, progress)

        return self.context.tasks.run(
            run,
            on_finished=on_done,
            on_failed=on_failed or self._report,
            on_cancelled=on_cancelled,
            on_progress=on_progress,
            writes=False,
        )

    def read_now(self, read: Callable[[Session], _T]) -> _T | None:
        """Run a small *read* now, on the UI thread, for a dialog that cannot go on without
        its answer (the people of the account just picked); ``None`` while no database is
        open. Anything that may take long goes through :meth:`query`."""
        store = self.context.workspace.store
        if store is None:
            return None
        with store.session() as session:
            return read(session)

    def reading(self, read: Callable[[Session, Progress], _T]) -> Callable[[Progress], _T]:
        """*read* as a task function that opens its own session on the database open now:
        for a :class:`~workbench.ui.common.progress.ProgressRun` that writes a file from the
        database (which closing the window asks about, unlike a :meth:`long_query`)."""
        store = self.context.workspace.store
        if store is None:
            raise RuntimeError("no database is open")

        def run(progress: Progress) -> _T:
            with store.session() as session:
                return read(session, progress)

        return run

    # -- writes --------------------------------------------------------------------------
    def change(
        self,
        write: Callable[[Session], tuple[_T, ChangeSet]],
        *,
        source: ChangeSource = ChangeSource.FORM,
        on_done: Callable[[_T], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
        undo: Undo | None = None,
    ) -> TaskHandle | None:
        """Run *write* in one transaction in the background; then announce its change set
        and give *on_done* its result, on the UI thread. With *undo*, the change goes on
        the window's undo stack once made."""
        store = self.context.workspace.store
        if store is None:
            return None

        def run(_progress: Progress) -> tuple[_T, ChangeSet]:
            with store.transaction(source) as session:
                return write(session)

        def finished(outcome: tuple[_T, ChangeSet]) -> None:
            result = self._made(write, outcome, undo)
            if on_done is not None:
                on_done(result)

        return self.context.tasks.run(
            run,
            on_finished=finished,
            on_failed=on_failed or self._report,
            writes=True,
        )

    def change_now(
        self,
        write: Callable[[Session], tuple[_T, ChangeSet]],
        *,
        source: ChangeSource = ChangeSource.FORM,
        undo: Undo | None = None,
    ) -> _T:
        """:meth:`change` made at once, on the UI thread, in one transaction, for a small
        change the caller must know made before it goes on: a form's edit (its refusal
        reaches the dialog still open as the exception it raises, its result — a new
        record's id — is there when the call returns), the proposal autosave before another
        proposal opens or the window closes. The change is announced, and with *undo* put on
        the undo stack, before the call returns. Raises :class:`RuntimeError` while no
        database is open (callers that may run then check ``workspace.store`` first)."""
        store = self.context.workspace.store
        if store is None:
            raise RuntimeError("no database is open")
        with store.transaction(source) as session:
            outcome = write(session)
        return self._made(write, outcome, undo)

    def changing(
        self,
        write: Callable[[Session, Progress], tuple[_T, ChangeSet]],
        source: ChangeSource | None,
    ) -> Callable[[Progress], tuple[_T, ChangeSet]]:
        """*write* as a task function that makes it in one transaction from *source*, for a
        :class:`~workbench.ui.common.progress.ProgressRun` (a long change with progress and
        cancel: an import). Its outcome goes to :meth:`made` on the UI thread. With no
        *source* the transaction is no operation of the history: for a write that brings
        its own (a whole database copied in) or keeps none (the sample portfolio)."""
        store = self.context.workspace.store
        if store is None:
            raise RuntimeError("no database is open")

        def run(progress: Progress) -> tuple[_T, ChangeSet]:
            if source is None:
                with store.session() as session, session.begin():
                    return write(session, progress)
            with store.transaction(source) as session:
                return write(session, progress)

        return run

    def made(self, outcome: tuple[_T, ChangeSet]) -> _T:
        """A change a :meth:`changing` task made: announce it, hand back its result."""
        result, changes = outcome
        self.context.events.sig_data_changed.emit(changes)
        return result

    def _made(
        self,
        write: Callable[[Session], tuple[_T, ChangeSet]],
        outcome: tuple[_T, ChangeSet],
        undo: Undo | None,
    ) -> _T:
        """A change is made: put it on the undo stack, announce it, hand back its result."""
        result, changes = outcome
        if undo is not None:
            redo = undo.redo or (lambda session: write(session)[1])
            self.context.undo_stack.push(_ChangeCommand(self, undo.text, redo, undo.undo, changes))
        self.context.events.sig_data_changed.emit(changes)
        return result

    def derive(
        self,
        write: Callable[[Session, Progress], _T],
        *,
        on_done: Callable[[_T], None],
        on_failed: Callable[[Exception], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> TaskHandle | None:
        """Store figures worked out from the data (the health scores) in one transaction
        from :attr:`ChangeSource.SYSTEM`, with progress and cancel. Nothing is announced
        (what they come from has changed already, and is what made the tabs ask for them)
        and cancelling loses nothing the user asked for: the next start works them out
        again."""
        return self._in_background(
            lambda store: store.transaction(ChangeSource.SYSTEM),
            write,
            on_done,
            on_failed,
            on_cancelled,
            on_progress,
        )

    def replay(self, write: Callable[[Session], ChangeSet], source: ChangeSource) -> None:
        """Run *write* now, on the UI thread, and announce its change set: an undo or redo,
        which the undo stack expects done when its call returns."""
        store = self.context.workspace.store
        if store is None:
            return
        with store.transaction(source) as session:
            changes = write(session)
        self.context.events.sig_data_changed.emit(changes)

    def _report(self, error: Exception) -> None:
        self.context.dialogs.error(
            QCoreApplication.translate("operations", "Account Workbench"), failure_text(error)
        )


class _ChangeCommand(QUndoCommand):
    """A change already made once; undo and redo replay it in transactions of their own."""

    def __init__(
        self,
        operations: Operations,
        text: str,
        redo: Callable[[Session], ChangeSet],
        undo: Callable[[Session], ChangeSet],
        changes: ChangeSet,
    ) -> None:
        super().__init__(text)
        self._operations = operations
        self._redo, self._undo = redo, undo
        self._applied = True  # push() calls redo(): the first time, the change is made already
        self.changes = changes

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._operations.replay(self._redo, ChangeSource.FORM)

    def undo(self) -> None:
        self._operations.replay(self._undo, ChangeSource.UNDO)
