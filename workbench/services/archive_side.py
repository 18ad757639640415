"""A second process that fills part of an archive restore on the other core.

Reading JSON and handing each row to SQLite hold Python's lock: threads take turns, a
process does not. An archive's largest table (the interactions: half of a large book's
rows), and the largest others that keep that process's share at half the work
(:func:`side_tables`), are read, checked and inserted by a process of its own into a
scratch file, while this process does the other tables; then SQLite copies their rows
across in one statement
(:func:`~workbench.store.bulk.copy_rows`, ~10× faster than inserting them from Python).

:class:`SideFill` starts the process, learns how many rows it has stored (for progress),
stops it on a cancel or a refusal here, and raises here what it refused. The process is
started with ``spawn`` (a fresh interpreter: forking a process with Qt's threads is
unsafe); a frozen bundle calls :func:`multiprocessing.freeze_support` first thing.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Event as EventType
from types import TracebackType
from typing import Any, Self

from workbench.domain.validation import Refusal

#: The largest table goes to a second process from this many rows: below, starting the
#: process (~0.4 s of its own, the time to load about as many rows) costs more than sharing
#: the work saves.
SIDE_ROWS = 100_000


def side_tables(
    tables: dict[str, int],
    cores: int | None,
    threshold: int,
    *,
    kept_here: frozenset[str] = frozenset(),
    extra_here: int = 0,
) -> list[str]:
    """The tables a second process should fill, largest first: none without a second core
    or when the largest table is under *threshold* rows; otherwise the largest, then the
    largest others (not *kept_here*) that keep its share of the work at most half.

    The work is counted in rows, each about as long to read, check and index: the second
    process starts *threshold* rows' worth late, and this one has *extra_here* rows' worth
    more to do besides its tables (the search index, built from its sources' rows).
    """
    if not tables or (cores or 1) < 2:
        return []
    by_size = sorted(tables, key=lambda name: tables[name], reverse=True)
    largest = by_size[0]
    if tables[largest] < threshold:
        return []
    if largest in kept_here:  # its work here then comes after the second process's
        extra_here = 0
    share = (sum(tables.values()) + extra_here - threshold) / 2
    aside, rows = [largest], tables[largest]
    for name in by_size[1:]:
        if tables[name] and name not in kept_here and rows + tables[name] <= share:
            aside.append(name)
            rows += tables[name]
    return aside


#: What the side's target is called with: its arguments, a counter of the rows it has
#: stored, to set as it goes, and an event set once the caller has made ready what the
#: target needs of it (see :meth:`SideFill.go`).
SideTarget = Callable[..., None]


def _run(
    target: SideTarget,
    args: tuple[Any, ...],
    stored: Synchronized,
    ready: EventType,
    answer: Connection,
) -> None:
    """The second process: run *target*, then say how it ended on *answer*."""
    try:
        target(*args, stored=stored, ready=ready)
    except Refusal as refusal:
        values = {
            key: value if isinstance(value, (str, int, float)) else str(value)
            for key, value in refusal.values.items()
        }
        answer.send(("refused", refusal.template, values))
    except BaseException as error:  # everything goes back to the caller
        answer.send(("failed", f"{type(error).__name__}: {error}", traceback.format_exc()))
    else:
        answer.send(("done",))
    finally:
        answer.close()


def wait_for_go(ready: EventType, poll: float = 0.25) -> bool:
    """In the second process: wait until the caller says go (:meth:`SideFill.go`); ``False``
    when the caller is gone first (killed before it could say, or stop it)."""
    parent = multiprocessing.parent_process()
    while not ready.wait(poll):
        if parent is not None and not parent.is_alive():
            return False
    return True


class SideFill:
    """A second process filling *target*'s file; a context manager that always stops it."""

    def __init__(
        self,
        target: SideTarget,
        args: tuple[Any, ...],
        refused: Callable[..., Exception],
        failed: Callable[[str], Exception],
    ) -> None:
        context = multiprocessing.get_context("spawn")
        self._stored: Synchronized = context.Value("q", 0, lock=False)
        self._ready = context.Event()
        self._answer, sent = context.Pipe(duplex=False)
        self._refused = refused
        self._failed = failed
        self._process: BaseProcess = context.Process(
            target=_run,
            args=(target, args, self._stored, self._ready, sent),
            name="archive-side",
            daemon=True,
        )
        self._process.start()
        sent.close()  # only the child writes: its end closing says it is gone

    def go(self) -> None:
        """Say the second process may use what the caller has made ready for it (it starts
        first, and makes its interpreter meanwhile)."""
        self._ready.set()

    @property
    def stored(self) -> int:
        """Rows the second process has stored so far."""
        return int(self._stored.value)

    def wait(self, on_rows: Callable[[int], None], poll: float = 0.1) -> None:
        """Wait for the second process, calling *on_rows* with its count as it goes (a
        cancel raised there stops it); raise here what it refused or what failed."""
        while not self._answer.poll(poll):
            on_rows(self.stored)
            if not self._process.is_alive() and not self._answer.poll():
                raise self._ended()
        try:
            answer = self._answer.recv()
        except EOFError as error:
            raise self._ended() from error
        self._process.join()
        on_rows(self.stored)
        if answer[0] == "refused":
            raise self._refused(answer[1], **answer[2])
        if answer[0] == "failed":
            raise self._failed(answer[1])

    def _ended(self) -> Exception:
        """The second process is gone without saying how it ended."""
        return self._failed(
            f"the restore's second process ended (exit code {self._process.exitcode})"
        )

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._answer.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()
