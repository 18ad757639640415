"""The database the window is working on, and switching to another one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from workbench.services.changes import ChangeSet
from workbench.store.database import Store
from workbench.store.migrate import DatabaseOpenError
from workbench.ui.events import AppEvents

log = logging.getLogger(__name__)


class Workspace(QObject):
    """Holds the open :class:`Store` (or the reason none is open) and announces switches."""

    sig_switched = Signal()
    """Another database was opened: undo history of the previous one no longer applies."""

    def __init__(
        self, events: AppEvents, opener: Callable[[Path], Store], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.events = events
        self._opener = opener
        self.store: Store | None = None
        #: Why the last database could not be opened, for the window to show.
        self.open_error: str | None = None
        self.failed_path: Path | None = None

    def open(self, path: Path) -> bool:
        """Open *path*; on failure keep the current database and remember why."""
        try:
            store = self._opener(path)
        except DatabaseOpenError as exc:
            log.warning("cannot open %s: %s", path, exc)
            self.open_error, self.failed_path = str(exc), path
            if self.store is None:
                self.events.sig_database_opened.emit(None)
            return False
        if self.store is not None:
            self.store.close()
        self.store, self.open_error, self.failed_path = store, None, None
        self.sig_switched.emit()
        self.events.sig_database_opened.emit(store)
        self.events.sig_data_changed.emit(ChangeSet.all())
        return True

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
