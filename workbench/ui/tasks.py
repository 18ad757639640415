"""Background work: run a use case off the UI thread, report progress, allow cancel.

A task is a plain function taking a :class:`Progress`; it must not touch widgets
and opens its own database connection. Results and errors come back on the UI
thread through signals. Tests construct the runner with ``synchronous=True``,
so tasks run inline and the test sees their effects immediately.

Every task says whether it writes. Closing the window cancels the others without a
word and asks only while a write is unfinished, since only then is something the
user asked for lost. A task nobody marked counts as a write, so a forgotten mark
costs a needless question, never a silent loss.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from workbench.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)


class TaskHandle(QObject):
    """One running task: its signals, :meth:`cancel`, and whether it :attr:`writes`."""

    sig_progress = Signal(int, int, str)
    """done, total, message."""
    sig_finished = Signal(object)
    """The task's return value."""
    sig_failed = Signal(object)
    """The exception the task raised (never :class:`Cancelled`)."""
    sig_cancelled = Signal()

    def __init__(self, parent: QObject | None = None, *, writes: bool = True) -> None:
        super().__init__(parent)
        self.progress = Progress(self._relay_progress)
        self.writes = writes
        self.done = False

    def _relay_progress(self, done: int, total: int, message: str) -> None:
        self.sig_progress.emit(done, total, message)

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self, function: Callable[[Progress], Any]) -> None:
        try:
            result = function(self.progress)
        except Cancelled:
            self.done = True
            self.sig_cancelled.emit()
        except Exception as exc:  # reported to the UI, which shows it to the user
            log.exception("background task failed")
            self.done = True
            self.sig_failed.emit(exc)
        else:
            self.done = True
            if not self.writes and self.progress.cancelled:
                # A read cancelled after its last check: no one wants its result any more
                # (the window may be closing), and nothing it did needs reporting.
                self.sig_cancelled.emit()
            else:
                self.sig_finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, handle: TaskHandle, function: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._handle = handle
        self._function = function

    def run(self) -> None:
        self._handle.run(self._function)


class TaskRunner(QObject):
    """Starts tasks on a thread pool (or inline, for tests) and keeps their handles alive."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._running: set[TaskHandle] = set()

    def run(
        self,
        function: Callable[[Progress], Any],
        *,
        on_finished: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        writes: bool = True,
    ) -> TaskHandle:
        """Run *function* in the background and call back on the UI thread when it ends.

        ``writes=False`` says that cancelling it loses nothing the user asked for: it only
        reads, or only stores figures worked out from the data again next time. Such a
        task is cancelled without a question when the window closes.
        """
        handle = TaskHandle(self, writes=writes)
        handle.sig_finished.connect(on_finished)
        handle.sig_failed.connect(on_failed)
        if on_cancelled is not None:
            handle.sig_cancelled.connect(on_cancelled)
        if on_progress is not None:
            handle.sig_progress.connect(on_progress)
        # Connected after the callbacks, so it runs after them, on the UI thread.
        for signal in (handle.sig_finished, handle.sig_failed, handle.sig_cancelled):
            signal.connect(partial(self._delivered, handle))
        self._running.add(handle)
        if self.synchronous:
            handle.run(function)
        else:
            self._pool.start(_Runnable(handle, function))
        return handle

    @property
    def busy(self) -> bool:
        """Whether any task, read or write, is still running or has not yet called back: a
        task whose worker has ended but whose answer still waits in the UI thread's queue
        counts, so that "not busy" means every callback has run."""
        return bool(self._running)

    @property
    def writing(self) -> bool:
        """Whether a write is unfinished: closing now would lose it, so the window asks."""
        return any(handle.writes and not handle.done for handle in self._running)

    def _delivered(self, handle: TaskHandle, *_args: object) -> None:
        self._running.discard(handle)

    def cancel_all(self, msecs: int = 30_000) -> bool:
        """Ask every running task to stop and wait for them (their transactions roll back).
        When they have all ended, the runner is idle: their answers still on their way are
        for a window closing or a database being let go, which waits for none of them."""
        for handle in list(self._running):
            handle.cancel()
        ended = self.wait_for_all(msecs)
        if ended:
            self._running.clear()
        return ended

    def wait_for_all(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
