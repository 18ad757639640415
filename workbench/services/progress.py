"""How long-running use cases report progress and learn they were cancelled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


class Cancelled(Exception):
    """Raised inside a use case when the user cancelled it; its transaction rolls back."""


@dataclass
class Progress:
    """Handed to a long use case: it calls :meth:`advance` and the caller may :meth:`cancel`.

    The callback runs on the worker's thread; the UI side turns it into a signal.
    """

    on_progress: Callable[[int, int, str], None] | None = None
    _cancelled: bool = field(default=False, repr=False)

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def advance(self, done: int, total: int, message: str = "") -> None:
        """Report *done* of *total* steps; raises :class:`Cancelled` if cancel was asked."""
        if self._cancelled:
            raise Cancelled
        if self.on_progress is not None:
            self.on_progress(done, total, message)
